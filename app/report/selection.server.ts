// Which report a request asks for: ?dari=&sampai= (the period, default 1 January to 30 June of
// this year) and ?wilayah= ('nasional' or a province code; default the user's own task force).
// Shared by the preview, the download and the lists behind the figures, so all three read the
// same report. A region outside the user's scope is refused with 403 (and logged).
import type { Db } from "../../db/client";
import { defaultReportPeriod, getReportScope, MAX_PERIOD_YEARS, mayReportOn, type ReportScope } from "./report.server";
import { readPeriod, type Period } from "../utils/period";
import { scopeTimeZone } from "../action-plan/dashboard.server";
import { assertCan, type SessionUser } from "../accounts/auth.server";

export type ReportSelection =
  | { ok: true; scope: ReportScope; period: Period }
  | { ok: false; errors: Record<string, string>; values: { dari: string; sampai: string; wilayah: string } };

export function readReportSelection(db: Db, user: SessionUser, request: Request): ReportSelection {
  const url = new URL(request.url);
  const params = url.searchParams;
  const wilayah = params.get("wilayah")?.trim() || (user.regionCode ?? "nasional");
  const errors: Record<string, string> = {};
  let code: string | null = null;
  if (wilayah !== "nasional") {
    if (/^\d{2}(\.\d{2})?$/.test(wilayah)) code = wilayah;
    else errors.wilayah = "Kode wilayah tidak valid.";
  }
  if (!errors.wilayah) assertCan(user, request, "read-report", { regionCode: code }, `report of ${wilayah}`);
  if (!errors.wilayah && !mayReportOn(user.regionCode, code)) errors.wilayah = "Laporan disusun untuk tingkat nasional atau provinsi (beserta kabupaten/kotanya).";
  const scope = errors.wilayah ? undefined : getReportScope(db, code);
  if (!errors.wilayah && !scope) errors.wilayah = "Wilayah tidak dikenal.";
  const fallback = defaultReportPeriod(scopeTimeZone(db, scope?.code ?? user.regionCode));
  const asked = readPeriod(url, fallback, { maxYears: MAX_PERIOD_YEARS });
  Object.assign(errors, asked.errors);
  if (Object.keys(errors).length || !scope) return { ok: false, errors, values: { ...asked.values, wilayah } };
  return { ok: true, scope, period: asked.period };
}
