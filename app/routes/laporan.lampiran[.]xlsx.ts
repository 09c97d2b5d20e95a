// The report's annex (Lampiran) as an .xlsx download, for the same ?dari=&sampai=&wilayah= as the
// report: every record behind its totals (app/report/annex.server.ts), built in the report worker.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/accounts/auth.server";
import { reportDownload } from "~/report/download.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-report");
  return reportDownload(request, user, "annex");
}
