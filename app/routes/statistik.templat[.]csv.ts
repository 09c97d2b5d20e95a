// The empty CSV template of the statistics upload: the header row only, so no example figure can
// be uploaded by mistake (the upload page shows an example).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CSV_HEADER } from "~/task-forces/case-statistic.server";
import { requirePermission } from "~/accounts/auth.server";
import { csvResponse, toCsv } from "~/documents/csv.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "write-statistics");
  return csvResponse("templat-statistik-kasus-tppo.csv", toCsv(CSV_HEADER, []));
}
