// The report as a .docx download. Built in the report worker (never on the request thread); when
// the worker's queue is full the answer is 503 with Retry-After, not a stalled server.
import type { LoaderFunctionArgs } from "@remix-run/node";
import path from "node:path";
import { databasePath } from "../../db/client";
import { getDb } from "~/db.server";
import { reportFileName } from "~/report/report.server";
import { getReportPool, ReportBusyError, ReportFailedError } from "~/report/pool.server";
import { readReportSelection } from "~/report/selection.server";
import { templatesDir } from "~/report/template.server";
import { requirePermission } from "~/accounts/auth.server";
import { logEvent } from "~/utils/log.server";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function text(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-report");
  const selection = readReportSelection(getDb(), user, request);
  if (!selection.ok) return text(400, Object.values(selection.errors).join(" "));
  const { scope, period } = selection;
  try {
    const bytes = await getReportPool().generate({
      databasePath: path.resolve(databasePath()),
      scope: scope.code,
      period,
      now: Date.now(),
      templatesDir: templatesDir(),
    });
    logEvent("report_download", { userId: user.id, scope: scope.code ?? "nasional", start: period.start, end: period.end });
    return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), {
      status: 200,
      headers: {
        "Content-Type": DOCX,
        "Content-Disposition": `attachment; filename="${reportFileName(scope, period)}"`,
        "Content-Length": String(bytes.byteLength),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ReportBusyError) return text(503, error.message, { "Retry-After": "15" });
    if (error instanceof ReportFailedError && error.input) return text(404, error.message);
    return text(500, "Laporan gagal disusun. Silakan coba lagi atau hubungi administrator.");
  }
}
