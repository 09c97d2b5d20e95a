// The report (.docx) and its annex (.xlsx) as downloads: the same guard, the same selection of
// scope and period (selection.server.ts) and the same worker pool. Built in the report worker
// (never on the request thread); when the worker's queue is full the answer is 503 with
// Retry-After, not a stalled server.
import path from "node:path";
import { databasePath } from "../../db/client";
import { getDb } from "../db.server";
import type { SessionUser } from "../accounts/auth.server";
import { logEvent } from "../utils/log.server";
import { annexFileName } from "./annex.server";
import type { ReportKind } from "./generate.server";
import { getReportPool, ReportBusyError, ReportFailedError } from "./pool.server";
import { reportFileName } from "./report.server";
import { readReportSelection } from "./selection.server";
import { templatesDir } from "./template.server";

const FORMATS: Record<ReportKind, { contentType: string; fileName: typeof reportFileName; noun: string }> = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fileName: reportFileName, noun: "Laporan" },
  annex: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: annexFileName, noun: "Lampiran" },
};

function text(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

/**
 * The download of `kind` for the scope and period the request asks (?dari=&sampai=&wilayah=), for
 * `user` (who has passed the route's guard for "read-report"; the scope is checked here).
 */
export async function reportDownload(request: Request, user: SessionUser, kind: ReportKind): Promise<Response> {
  const selection = readReportSelection(getDb(), user, request);
  if (!selection.ok) return text(400, Object.values(selection.errors).join(" "));
  const { scope, period } = selection;
  const format = FORMATS[kind];
  try {
    const bytes = await getReportPool().generate({
      kind,
      databasePath: path.resolve(databasePath()),
      scope: scope.code,
      period,
      now: Date.now(),
      templatesDir: templatesDir(),
    });
    logEvent("report_download", { userId: user.id, kind, scope: scope.code ?? "nasional", start: period.start, end: period.end });
    return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), {
      status: 200,
      headers: {
        "Content-Type": format.contentType,
        "Content-Disposition": `attachment; filename="${format.fileName(scope, period)}"`,
        "Content-Length": String(bytes.byteLength),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ReportBusyError) return text(503, error.message, { "Retry-After": "15" });
    if (error instanceof ReportFailedError && error.input) return text(404, error.message);
    return text(500, `${format.noun} gagal disusun. Silakan coba lagi atau hubungi administrator.`);
  }
}
