// The report as a .docx download (its annex: laporan.lampiran[.]xlsx.ts), built in the report
// worker by app/report/download.server.ts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/accounts/auth.server";
import { reportDownload } from "~/report/download.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-report");
  return reportDownload(request, user, "docx");
}
