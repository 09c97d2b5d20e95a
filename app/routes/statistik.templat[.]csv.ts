// The empty CSV template of the statistics upload: the header row only, so no example figure can
// be uploaded by mistake (the upload page shows an example).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { CSV_HEADER, STATISTIC_WRITERS } from "~/task-forces/case-statistic.server";
import { requireRole } from "~/accounts/auth.server";
import { csvResponse, toCsv } from "~/documents/csv";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STATISTIC_WRITERS);
  return csvResponse("templat-statistik-kasus-tppo.csv", toCsv(CSV_HEADER, []));
}
