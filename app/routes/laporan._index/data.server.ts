// What the report page shows: the report composed with links on every figure (the preview), the
// saved draft and the standard texts used where the draft leaves a part empty.
import type { Db } from "../../../db/client";
import { listReportScopes, loadReportData, type ReportScope } from "~/report/report.server";
import type { Period } from "~/utils/period";
import { composeReport, defaultNarrative } from "~/report/compose.server";
import { annexHref, docxHref, reportLinks, reportQuery } from "~/report/links";
import { loadLaporanTemplate } from "~/report/template.server";

export function reportPageData(db: Db, userScope: string | null, scope: ReportScope, period: Period, now = Date.now()) {
  const template = loadLaporanTemplate();
  const data = loadReportData(db, scope, period, now);
  const q = { scope: scope.code, period };
  const doc = composeReport(data, template, { links: reportLinks(q) });
  return {
    doc,
    scopeName: scope.code === null ? "Nasional" : scope.taskForceName.replace(/^Gugus Tugas /, ""),
    query: reportQuery(q),
    docxHref: docxHref(q),
    annexHref: annexHref(q),
    draft: data.draft,
    defaults: defaultNarrative(data, template),
    signerMissing: doc.signature.name === null,
    scopes: reportScopeOptions(db, userScope),
  };
}

/** The scopes of the picker: the user's own task force and, for the national one, each province. */
export function reportScopeOptions(db: Db, userScope: string | null) {
  return listReportScopes(db, userScope).map((s) => ({
    value: s.code ?? "nasional",
    label: s.code === null ? "Nasional" : s.code.includes(".") ? s.name : `Provinsi ${s.name}`,
  }));
}
