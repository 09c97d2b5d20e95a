// Which report a request asks for: ?dari=&sampai= (the period, default 1 January to 30 June of
// this year) and ?wilayah= ('nasional' or a province code; default the user's own task force).
// Shared by the preview, the download and the lists behind the figures, so all three read the
// same report. A region outside the user's scope is refused with 403 (and logged).
import type { Db } from "../../db/client";
import { defaultReportPeriod, getReportScope, mayReportOn, periodErrors, type Period, type ReportScope } from "./report.server";
import { scopeTimeZone } from "../action-plan/dashboard.server";
import { forbidden, type SessionUser } from "../accounts/auth.server";
import { scopeIncludes } from "../accounts/scope";

export type ReportSelection =
  | { ok: true; scope: ReportScope; period: Period }
  | { ok: false; errors: Record<string, string>; values: { dari: string; sampai: string; wilayah: string } };

export function readReportSelection(db: Db, user: SessionUser, request: Request): ReportSelection {
  const params = new URL(request.url).searchParams;
  const wilayah = params.get("wilayah")?.trim() || (user.regionCode ?? "nasional");
  const errors: Record<string, string> = {};
  let code: string | null = null;
  if (wilayah !== "nasional") {
    if (/^\d{2}(\.\d{2})?$/.test(wilayah)) code = wilayah;
    else errors.wilayah = "Kode wilayah tidak valid.";
  }
  if (!errors.wilayah && !scopeIncludes(user.regionCode, code)) forbidden(user, request, `report of ${wilayah} outside scope`);
  if (!errors.wilayah && !mayReportOn(user.regionCode, code)) errors.wilayah = "Laporan disusun untuk tingkat nasional atau provinsi (beserta kabupaten/kotanya).";
  const scope = errors.wilayah ? undefined : getReportScope(db, code);
  if (!errors.wilayah && !scope) errors.wilayah = "Wilayah tidak dikenal.";
  const fallback = defaultReportPeriod(scopeTimeZone(db, scope?.code ?? user.regionCode));
  const dari = params.get("dari")?.trim() || fallback.start;
  const sampai = params.get("sampai")?.trim() || fallback.end;
  Object.assign(errors, periodErrors(dari, sampai));
  if (Object.keys(errors).length || !scope) return { ok: false, errors, values: { dari, sampai, wilayah } };
  return { ok: true, scope, period: { start: dari, end: sampai } };
}
