// The region codes a user may use in the statistics upload: the regions within their scope.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { requireUser } from "~/accounts/auth.server";
import { csvResponse, toCsv } from "~/documents/csv";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const rows = listRegionsInScope(getDb(), user.regionCode).map((r) => [r.code, r.name, r.level === "provinsi" ? "Provinsi" : "Kabupaten/Kota", r.parentCode ?? ""]);
  return csvResponse("kode-wilayah.csv", toCsv(["kode_wilayah", "nama_wilayah", "tingkat", "kode_provinsi"], rows));
}
