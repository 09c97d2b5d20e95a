// The report's annex (Lampiran): every record behind the report's totals, as an .xlsx workbook
// (written by app/documents/annex-xlsx.server.ts). Its rows are chosen by the conditions the
// report's figures count with, so each sheet has as many rows as the report's number says:
// - Rencana Aksi: the items of the active Subsatgas due in the period within scope (scopeCondition,
//   duePeriodCondition; the items subsatgasSummary totals), "terlambat" by overdueCondition;
// - Rakor: the rakor held in the period within scope (rakorHeldCondition; rakorHeldByLevelAndMode);
// - Statistik Kasus: the entries whose whole period lies within the period (withinPeriod; caseTotals).
// Rows are read through a cursor, one sheet at a time, so a national year (~40,000 items) is
// never held in memory as a list.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { actionItems, agencies, caseStatistics, rakor, regions, subsatgas, type ActionStatus, type RakorLevel, type RakorMode, type TimeZone } from "../../db/schema";
import { scopeCondition } from "../accounts/scope";
import { leadAgency } from "../action-plan/action.server";
import { duePeriodCondition, rakorHeldCondition } from "../action-plan/dashboard.server";
import { overdueCondition } from "../action-plan/overdue.server";
import { FIGURES } from "../task-forces/case-figures";
import { withinPeriod } from "../task-forces/case-statistic.server";
import { writeXlsx, type XlsxCell, type XlsxSheet } from "../documents/annex-xlsx.server";
import { formatNumber } from "../utils/format";
import { ACTION_STATUS_LABELS, LEVEL_LABELS, MODE_LABELS } from "../utils/labels";
import { calendarDateIn, formatDateTime, formatTime, periodLabel, type Period } from "../utils/period";
import { noteOf, reportFileName, type ReportScope } from "./report.server";

/** The sheets' names, in order. */
export const ANNEX_SHEETS = { actions: "Rencana Aksi", rakor: "Rakor", cases: "Statistik Kasus", about: "Keterangan" } as const;

/**
 * Rows of a drizzle select, read one at a time through better-sqlite3's cursor. While it is open
 * the connection runs no other statement (the worker's own connection runs nothing else meanwhile).
 */
function* cursor<T extends Record<string, unknown>>(db: Db, fields: T, query: { toSQL(): { sql: string; params: unknown[] } }): Generator<{ [K in keyof T]: unknown }> {
  const keys = Object.keys(fields) as (keyof T)[];
  const { sql: text, params } = query.toSQL();
  for (const values of db.$client.prepare(text).raw(true).iterate(...params) as IterableIterator<unknown[]>) {
    const row = {} as { [K in keyof T]: unknown };
    keys.forEach((k, i) => (row[k] = values[i]));
    yield row;
  }
}

export interface AnnexActionRow {
  id: number;
  regionName: string | null;
  regionCode: string | null;
  subsatgasName: string;
  title: string;
  leadAgencyName: string;
  dueDate: string;
  status: ActionStatus;
  progress: number;
  overdue: boolean;
  lastNote: string | null;
}

/** The items behind the report's totals: active Subsatgas in order, then by due date. */
export function* annexActionRows(db: Db, scope: string | null, period: Period, now: number): Generator<AnnexActionRow> {
  const fields = {
    id: actionItems.id,
    regionName: regions.name,
    regionCode: actionItems.regionCode,
    subsatgasName: subsatgas.name,
    title: actionItems.title,
    // As written in the minutes or bundle; the canonical agency carries the grouping.
    leadAgencyName: sql<string>`coalesce(${actionItems.leadAgencyName}, ${leadAgency.name})`,
    dueDate: actionItems.dueDate,
    status: actionItems.status,
    progress: actionItems.progress,
    overdue: sql`${overdueCondition(now)}`,
    // The latest note written on the item, as the report's lists read it.
    lastNote: noteOf(),
  };
  const query = db
    .select(fields)
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(and(eq(subsatgas.active, true), scopeCondition(actionItems.regionCode, scope), duePeriodCondition(period)))
    .orderBy(asc(subsatgas.position), asc(actionItems.dueDate), asc(actionItems.id));
  for (const r of cursor(db, fields, query)) yield { ...(r as unknown as AnnexActionRow), overdue: r.overdue === 1 };
}

export interface AnnexRakorRow {
  id: number;
  startsAt: number;
  timeZone: TimeZone;
  title: string;
  level: RakorLevel;
  mode: RakorMode;
  regionName: string | null;
  regionCode: string | null;
  organizer: string;
  venue: string | null;
  onlinePlatform: string | null;
}

/** The rakor held in the period within scope, oldest first. */
export function* annexRakorRows(db: Db, scope: string | null, period: Period): Generator<AnnexRakorRow> {
  const fields = {
    id: rakor.id,
    startsAt: rakor.startsAt,
    timeZone: rakor.timeZone,
    title: rakor.title,
    level: rakor.level,
    mode: rakor.mode,
    regionName: regions.name,
    regionCode: rakor.regionCode,
    organizer: sql<string>`coalesce(${rakor.organizerAgencyName}, ${agencies.name})`,
    venue: rakor.venue,
    onlinePlatform: rakor.onlinePlatform,
  };
  const query = db
    .select(fields)
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(rakorHeldCondition(db, scope, period))
    .orderBy(asc(rakor.startsAt), asc(rakor.id));
  yield* cursor(db, fields, query) as Generator<AnnexRakorRow>;
}

/** The case-statistics entries the report's case totals sum, by period, region and agency. */
export function* annexCaseRows(db: Db, scope: string | null, period: Period) {
  const fields = {
    periodStart: caseStatistics.periodStart,
    periodEnd: caseStatistics.periodEnd,
    regionName: regions.name,
    regionCode: caseStatistics.regionCode,
    agencyName: sql<string>`coalesce(${caseStatistics.agencyName}, ${agencies.name})`,
    ...Object.fromEntries(FIGURES.map((f) => [f.key, caseStatistics[f.key]])),
  };
  const query = db
    .select(fields)
    .from(caseStatistics)
    .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
    .leftJoin(regions, eq(regions.code, caseStatistics.regionCode))
    .where(and(scopeCondition(caseStatistics.regionCode, scope), withinPeriod(period)))
    .orderBy(asc(caseStatistics.periodStart), asc(caseStatistics.periodEnd), sql`${caseStatistics.regionCode} IS NOT NULL`, asc(caseStatistics.regionCode), asc(agencies.name), asc(caseStatistics.id));
  yield* cursor(db, fields, query) as Generator<Record<string, string | number | null>>;
}

/** "lampiran-laporan-gt-pp-tppo-nasional-2025-01-01-sd-2025-12-31.xlsx": the report's file name, as its annex. */
export function annexFileName(scope: ReportScope, period: Period): string {
  return `lampiran-${reportFileName(scope, period).replace(/\.docx$/, "")}.xlsx`;
}

const region = (name: string | null, code: string | null) => (code === null ? "Nasional" : (name ?? code));

/** The annex of the report of `scope` for `period`, as the records stand at `now`, as .xlsx bytes. */
export async function renderReportAnnex(db: Db, scope: ReportScope, period: Period, now: number): Promise<{ bytes: Uint8Array; rows: { actions: number; rakor: number; cases: number } }> {
  const code = scope.code;
  const sheets: XlsxSheet[] = [
    {
      name: ANNEX_SHEETS.actions,
      columns: [
        { header: "Wilayah", width: 26 },
        { header: "Kode wilayah", width: 12 },
        { header: "Subsatgas", width: 30 },
        { header: "Judul", width: 60 },
        { header: "Instansi pelaksana utama", width: 32 },
        { header: "Tenggat", width: 12, kind: "date" },
        { header: "Status", width: 14 },
        { header: "Progres (%)", width: 11 },
        { header: "Terlambat", width: 10 },
        { header: "Catatan terakhir", width: 60 },
        { header: "ID", width: 8 },
      ],
      rows: function* () {
        for (const r of annexActionRows(db, code, period, now)) {
          yield [region(r.regionName, r.regionCode), r.regionCode, r.subsatgasName, r.title, r.leadAgencyName, r.dueDate, ACTION_STATUS_LABELS[r.status], r.progress, r.overdue ? "Ya" : "Tidak", r.lastNote, r.id];
        }
      },
    },
    {
      name: ANNEX_SHEETS.rakor,
      columns: [
        { header: "Tanggal", width: 12, kind: "date" },
        { header: "Pukul", width: 11 },
        { header: "Judul", width: 60 },
        { header: "Tingkat", width: 15 },
        { header: "Bentuk", width: 10 },
        { header: "Wilayah", width: 26 },
        { header: "Kode wilayah", width: 12 },
        { header: "Penyelenggara", width: 32 },
        { header: "Tempat / platform", width: 36 },
        { header: "ID", width: 8 },
      ],
      rows: function* () {
        for (const r of annexRakorRows(db, code, period)) {
          const place = [r.venue, r.onlinePlatform].filter(Boolean).join("; ");
          yield [calendarDateIn(r.startsAt, r.timeZone), formatTime(r.startsAt, r.timeZone), r.title, LEVEL_LABELS[r.level], MODE_LABELS[r.mode], region(r.regionName, r.regionCode), r.regionCode, r.organizer, place || null, r.id];
        }
      },
    },
    {
      name: ANNEX_SHEETS.cases,
      columns: [
        { header: "Periode mulai", width: 13, kind: "date" },
        { header: "Periode selesai", width: 13, kind: "date" },
        { header: "Wilayah", width: 26 },
        { header: "Kode wilayah", width: 12 },
        { header: "Instansi", width: 32 },
        ...FIGURES.map((f) => ({ header: f.label, width: Math.max(12, Math.min(24, f.label.length)) })),
      ],
      rows: function* () {
        for (const r of annexCaseRows(db, code, period)) {
          yield [r.periodStart, r.periodEnd, region(r.regionName as string | null, r.regionCode as string | null), r.regionCode, r.agencyName, ...FIGURES.map((f) => r[f.key] as XlsxCell)];
        }
      },
    },
  ];
  sheets.push({
    name: ANNEX_SHEETS.about,
    columns: [
      { header: "Keterangan", width: 34 },
      { header: "Isi", width: 70 },
    ],
    rows: ([actions, held, entries]) => [
      ["Lampiran laporan", scope.taskForceName],
      ["Periode", periodLabel(period)],
      ["Keadaan data per", formatDateTime(now, scope.zone)],
      [`Lembar "${ANNEX_SHEETS.actions}"`, `${formatNumber(actions)} rencana aksi bertenggat dalam periode (sama dengan total capaian rencana aksi pada laporan)`],
      [`Lembar "${ANNEX_SHEETS.rakor}"`, `${formatNumber(held)} rakor terlaksana dalam periode`],
      [`Lembar "${ANNEX_SHEETS.cases}"`, `${formatNumber(entries)} entri statistik kasus yang seluruh periodenya berada dalam periode laporan`],
    ],
  });
  const { bytes, rows } = await writeXlsx(sheets, { title: `Lampiran laporan ${scope.taskForceName}, ${periodLabel(period)}`, created: new Date(now) });
  return { bytes, rows: { actions: rows[0], rakor: rows[1], cases: rows[2] } };
}
