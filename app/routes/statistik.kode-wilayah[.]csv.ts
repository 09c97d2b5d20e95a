// The region codes a user may use in the statistics upload: the regions within their scope.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { listRegionsInScope } from "~/task-forces/region.server";
import { requirePermission } from "~/accounts/auth.server";
import { csvResponse, toCsv } from "~/documents/csv.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-statistics");
  const rows = listRegionsInScope(getDb(), user.regionCode).map((r) => [r.code, r.name, r.level === "provinsi" ? "Provinsi" : "Kabupaten/Kota", r.parentCode ?? ""]);
  return csvResponse("kode-wilayah.csv", toCsv(["kode_wilayah", "nama_wilayah", "tingkat", "kode_provinsi"], rows));
}
