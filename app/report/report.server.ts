// The report to the President (laporan kepada Presiden): the data it is written from, and the
// drafts of its narrative parts. Every number comes from the modules the dashboard and the
// statistics pages use (the maintained figures of figures.server.ts, case-statistic.server.ts,
// task-force.server.ts): one implementation of each number. What they do not offer, the records
// behind those numbers (the items of a Subsatgas with their latest note, the blocked items with
// what blocks them, the rakor held), is listed here with the same conditions
// (duePeriodCondition, rakorHeldCondition, overdueCondition, scopeCondition), so a list always
// has as many rows as its number says; the report names only a few of them (REPORT_LIST_LIMITS),
// the annex all.
//
// Scope: the report of a task force covers its region and the regions below it (national: all;
// a province: itself and its regencies/cities), summarised one row per region directly below.
// Period: inclusive calendar dates; action items belong to it by their due date, rakor by their
// start in the scope's zone, case statistics when their whole period lies within it (each rule as
// its module defines it).
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import {
  actionItems,
  actionUpdates,
  rakor,
  RAKOR_LEVELS,
  RAKOR_MODES,
  regions,
  reportDrafts,
  subsatgas,
  taskForces,
  users,
  type ActionStatus,
  type LegalBasisKind,
  type RakorLevel,
  type RakorMode,
  type TimeZone,
} from "../../db/schema";
import { isProvinceCode, ownScopeCondition, scopeCondition, scopeKey, type ScopeCode } from "../accounts/scope";
import { currentYear, todayIn, type Period } from "../utils/period";
import { leadAgency } from "../action-plan/action.server";
import { recordAudit } from "../accounts/audit.server";
import { caseTotals, caseTotalsByRegion } from "../task-forces/case-statistic.server";
import { duePeriodCondition, rakorHeldCondition } from "../action-plan/dashboard.server";
import {
  rakorHeldByLevelAndMode,
  regionSummary,
  scopeTimeZone,
  subsatgasSummary,
  sumCounts,
  withCompletion,
  ZERO_COUNTS,
  type Counts,
  type StatusCounts,
} from "../action-plan/figures.server";
import { overdueCondition } from "../action-plan/overdue.server";
import {
  coverageByProvince,
  coverageSentence,
  getTaskForce,
  listActiveSubsatgas,
  listRegencyCoverage,
  subsatgasSentence,
  taskForceCoverage,
  taskForceName,
  type TaskForceCoverage,
} from "../task-forces/task-force.server";

// ---------------------------------------------------------------------------------------------
// Scope and period
// ---------------------------------------------------------------------------------------------

export interface ReportScope {
  /** Null = national. */
  code: string | null;
  /** "Nasional", "Jawa Barat", "Kabupaten Indramayu". */
  name: string;
  level: "nasional" | "provinsi" | "kabupaten_kota";
  /** "Gugus Tugas Nasional", "Gugus Tugas Provinsi Jawa Barat". */
  taskForceName: string;
  zone: TimeZone;
}

/** The scope of a report for region `code` (null = national); undefined for an unknown region. */
export function getReportScope(db: Db, code: string | null): ReportScope | undefined {
  if (code === null) return { code: null, name: "Nasional", level: "nasional", taskForceName: taskForceName(null), zone: scopeTimeZone(db, null) };
  const region = db.select().from(regions).where(eq(regions.code, code)).get();
  if (!region) return undefined;
  return { code, name: region.name, level: region.level, taskForceName: taskForceName(region), zone: region.timeZone };
}

/**
 * The scopes a user may report on: their own task force and, for the national one, each province
 * (a province's report covers its regencies/cities).
 */
export function listReportScopes(db: Db, userScope: ScopeCode): { code: string | null; name: string }[] {
  const own = getReportScope(db, userScope);
  const out: { code: string | null; name: string }[] = own ? [{ code: own.code, name: own.code === null ? "Nasional" : own.name }] : [];
  if (userScope === null) {
    for (const p of db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.level, "provinsi")).orderBy(asc(regions.code)).all()) {
      out.push({ code: p.code, name: p.name });
    }
  }
  return out;
}

/** Whether a user whose task force is `userScope` may report on `code`. */
export function mayReportOn(userScope: ScopeCode, code: string | null): boolean {
  if (code === userScope) return true;
  return userScope === null && code !== null && isProvinceCode(code);
}

/** 1 January to 30 June of the current year in the scope's zone: the report the seeds say is due in July. */
export function defaultReportPeriod(zone: TimeZone, now = Date.now()): Period {
  const year = currentYear(zone, now);
  return { start: `${year}-01-01`, end: `${year}-06-30` };
}

/** The longest period a report may cover. */
export const MAX_PERIOD_YEARS = 10;

// ---------------------------------------------------------------------------------------------
// The records behind the numbers
// ---------------------------------------------------------------------------------------------

export interface RakorFilter {
  level?: RakorLevel;
  mode?: RakorMode;
}

function rakorListWhere(db: Db, scope: ScopeCode, period: Period, f: RakorFilter): SQL {
  return and(rakorHeldCondition(db, scope, period), f.level ? eq(rakor.level, f.level) : undefined, f.mode ? eq(rakor.mode, f.mode) : undefined)!;
}

/** The rakor held in the period within scope (the rows behind rakorHeldByLevelAndMode), oldest first. */
export function listRakorHeldInPeriod(db: Db, scope: ScopeCode, period: Period, filter: RakorFilter = {}, page?: { limit: number; offset: number }) {
  const where = rakorListWhere(db, scope, period, filter);
  let query = db
    .select({
      id: rakor.id,
      title: rakor.title,
      level: rakor.level,
      mode: rakor.mode,
      startsAt: rakor.startsAt,
      timeZone: rakor.timeZone,
      venue: rakor.venue,
      onlinePlatform: rakor.onlinePlatform,
      regionName: regions.name,
      chairName: rakor.chairName,
      chairRank: rakor.chairRank,
      chairPosition: rakor.chairPosition,
      chairAgency: rakor.chairAgency,
    })
    .from(rakor)
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(where)
    .orderBy(asc(rakor.startsAt), asc(rakor.id))
    .$dynamic();
  if (page) query = query.limit(page.limit).offset(page.offset);
  const rows = query.all();
  const total = page ? (db.select({ n: count() }).from(rakor).where(where).get()?.n ?? 0) : rows.length;
  return { rows, total };
}

export type ReportRakorRow = ReturnType<typeof listRakorHeldInPeriod>["rows"][number];

export interface ReportActionFilter {
  subsatgas?: string;
  status?: ActionStatus;
  overdue?: boolean;
  /** Only the items of this region within scope: a province with its regencies/cities, or a regency/city. */
  region?: string;
  /** Only the scope's own items (national: those without a region), not those of the regions below it. */
  own?: boolean;
}

/** The latest note written on an item (with `extra`: on one of its updates matching it), as the report and its annex read it. */
export function noteOf(extra?: SQL) {
  return sql<string | null>`(SELECT u.note FROM ${actionUpdates} u WHERE u.action_id = ${actionItems.id} AND coalesce(u.note, '') <> '' ${extra ? sql`AND ${extra}` : sql``} ORDER BY u.at DESC, u.id DESC LIMIT 1)`;
}

function actionListWhere(scope: ScopeCode, period: Period, f: ReportActionFilter, now: number): SQL | undefined {
  return and(
    scopeCondition(actionItems.regionCode, scope),
    duePeriodCondition(period),
    f.subsatgas ? eq(actionItems.subsatgasSlug, f.subsatgas) : undefined,
    f.status ? eq(actionItems.status, f.status) : undefined,
    f.overdue ? overdueCondition(now) : undefined,
    f.region ? scopeCondition(actionItems.regionCode, f.region) : undefined,
    f.own ? ownScopeCondition(actionItems.regionCode, scope) : undefined,
  );
}

/**
 * An item's lead agency as the report names it: as written on the item; the registered agency's
 * short name only for an item that wrote none. Grouping and counting stay on the link.
 */
const leadAgencyColumns = {
  leadAgencyName: sql<string>`coalesce(${actionItems.leadAgencyName}, ${leadAgency.name})`,
  leadAgencyShort: sql<string | null>`CASE WHEN ${actionItems.leadAgencyName} IS NULL THEN ${leadAgency.shortName} END`,
};

/**
 * The action items due in the period within scope (the rows behind subsatgasSummary), with the
 * latest note written on each and whether it is overdue now; in Subsatgas order, then by due date.
 */
export function listReportActions(db: Db, scope: ScopeCode, period: Period, filter: ReportActionFilter = {}, now = Date.now(), page?: { limit: number; offset: number }) {
  const where = actionListWhere(scope, period, filter, now);
  const order = [asc(subsatgas.position), asc(actionItems.dueDate), asc(actionItems.id)];
  // A page is chosen first (ids only), so the latest-note subquery runs for its rows alone.
  const pageIds = page
    ? db
        .select({ id: actionItems.id })
        .from(actionItems)
        .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
        .leftJoin(regions, eq(regions.code, actionItems.regionCode))
        .where(where)
        .orderBy(...order)
        .limit(page.limit)
        .offset(page.offset)
    : undefined;
  const rows = db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      subsatgasSlug: actionItems.subsatgasSlug,
      subsatgasName: subsatgas.name,
      ...leadAgencyColumns,
      regionName: regions.name,
      dueDate: actionItems.dueDate,
      status: actionItems.status,
      progress: actionItems.progress,
      overdue: sql<number>`${overdueCondition(now)}`.mapWith(Boolean),
      lastNote: noteOf(undefined),
    })
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(pageIds ? inArray(actionItems.id, pageIds) : where)
    .orderBy(...order)
    .all();
  const total = page
    ? (db
        .select({ n: count() })
        .from(actionItems)
        .leftJoin(regions, eq(regions.code, actionItems.regionCode))
        .where(where)
        .get()?.n ?? 0)
    : rows.length;
  return { rows, total };
}

export type ReportActionRow = ReturnType<typeof listReportActions>["rows"][number];

/**
 * When an item terhambat became so: its first update marking it terhambat after the latest one
 * giving it another status (null when its history does not say).
 */
const blockedSince = sql<number | null>`(SELECT min(u.at) FROM ${actionUpdates} u WHERE u.action_id = ${actionItems.id} AND u.status = 'blocked'
  AND u.at > coalesce((SELECT max(v.at) FROM ${actionUpdates} v WHERE v.action_id = ${actionItems.id} AND v.status <> 'blocked'), 0))`;

/**
 * The items terhambat due in the period within scope, longest blocked first (then by due date),
 * each with since when and what blocks it: the note of its latest update marking it terhambat
 * (the rule requires one), else its latest note.
 */
export function listBlockedActions(db: Db, scope: ScopeCode, period: Period, now = Date.now(), limit?: number) {
  const where = actionListWhere(scope, period, { status: "blocked" }, now);
  const order = [sql`${blockedSince} IS NULL`, sql`${blockedSince}`, asc(actionItems.dueDate), asc(actionItems.id)];
  const pageIds = limit !== undefined ? db.select({ id: actionItems.id }).from(actionItems).where(where).orderBy(...order).limit(limit) : undefined;
  return db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      subsatgasName: subsatgas.name,
      ...leadAgencyColumns,
      regionName: regions.name,
      dueDate: actionItems.dueDate,
      progress: actionItems.progress,
      overdue: sql<number>`${overdueCondition(now)}`.mapWith(Boolean),
      blockedSince,
      blockedBy: sql<string | null>`coalesce(${noteOf(sql`u.status = 'blocked'`)}, ${noteOf(undefined)})`,
    })
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(pageIds ? inArray(actionItems.id, pageIds) : where)
    .orderBy(...order)
    .all();
}

export type BlockedActionRow = ReturnType<typeof listBlockedActions>[number];

export interface LegalBasisText {
  kind: LegalBasisKind | null;
  number: string | null;
  date: string | null;
  title: string | null;
}

/** The recorded legal basis (kind, number, date, title) of the task forces of `codes`, by region code. */
export function legalBasisByRegion(db: Db, codes: string[]): Map<string, LegalBasisText> {
  const out = new Map<string, LegalBasisText>();
  for (let i = 0; i < codes.length; i += 500) {
    const rows = db
      .select({
        code: taskForces.scopeKey,
        kind: taskForces.legalBasisKind,
        number: taskForces.legalBasisNumber,
        date: taskForces.legalBasisDate,
        title: taskForces.legalBasisTitle,
      })
      .from(taskForces)
      .where(inArray(taskForces.scopeKey, codes.slice(i, i + 500)))
      .all();
    for (const r of rows) out.set(r.code, { kind: r.kind, number: r.number, date: r.date, title: r.title });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Drafts of the narrative parts
// ---------------------------------------------------------------------------------------------

export const DRAFT_PARTS = ["pengantar", "kendala", "rekomendasi", "penutup"] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];
export const DRAFT_MAX = 20_000;

const draftText = () =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim())
    .refine((v) => v.length <= DRAFT_MAX, `Paling panjang ${DRAFT_MAX.toLocaleString("id-ID")} karakter.`)
    .transform((v) => (v ? v : null));

export const ReportDraftSchema = z.object({ pengantar: draftText(), kendala: draftText(), rekomendasi: draftText(), penutup: draftText() });

export type ReportDraftInput = Record<DraftPart, string | null>;

export interface ReportDraft extends ReportDraftInput {
  updatedAt: number | null;
  updatedByName: string | null;
}

/** The saved narrative of the report of `scope` for exactly this period, if any. */
export function getReportDraft(db: Db, scope: ScopeCode, period: Period): ReportDraft | null {
  const row = db
    .select({
      pengantar: reportDrafts.pengantar,
      kendala: reportDrafts.kendala,
      rekomendasi: reportDrafts.rekomendasi,
      penutup: reportDrafts.penutup,
      updatedAt: reportDrafts.updatedAt,
      updatedByName: users.name,
    })
    .from(reportDrafts)
    .leftJoin(users, eq(users.id, reportDrafts.updatedBy))
    .where(and(eq(reportDrafts.scopeKey, scopeKey(scope)), eq(reportDrafts.periodStart, period.start), eq(reportDrafts.periodEnd, period.end)))
    .get();
  return row ?? null;
}

/** Saves (creates or replaces) the narrative of the report of `scope` for the period, with its audit row, in one transaction. */
export function saveReportDraft(db: Db, scope: ScopeCode, period: Period, input: ReportDraftInput, actorId: number, now = Date.now()): number {
  const key = scopeKey(scope);
  return db.transaction((tx) => {
    const before = tx
      .select()
      .from(reportDrafts)
      .where(and(eq(reportDrafts.scopeKey, key), eq(reportDrafts.periodStart, period.start), eq(reportDrafts.periodEnd, period.end)))
      .get();
    const values = { ...input, updatedBy: actorId, updatedAt: now };
    const saved = before
      ? tx.update(reportDrafts).set(values).where(eq(reportDrafts.id, before.id)).returning().get()
      : tx.insert(reportDrafts).values({ scopeKey: key, periodStart: period.start, periodEnd: period.end, ...values }).returning().get();
    recordAudit(tx, { userId: actorId, action: before ? "update" : "create", entity: "report_draft", entityId: saved.id, before: before ?? null, after: saved });
    return saved.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Everything the report says, in one serialisable object (the preview and the .docx read the same)
// ---------------------------------------------------------------------------------------------

/**
 * How many records the report names where it lists them (the rest are counted, and listed in the
 * annex): own items per Subsatgas, rakor of its own level, the longest-blocked items.
 */
export const REPORT_LIST_LIMITS = { items: 25, rakor: 30, blocked: 10 } as const;

/** `total` less the sum of `parts`: the scope's own items, once its regions are taken out. */
function countsLess(total: Counts, parts: Counts[]): StatusCounts {
  const out = { ...ZERO_COUNTS };
  for (const k of Object.keys(ZERO_COUNTS) as (keyof Counts)[]) out[k] = total[k] - parts.reduce((s, p) => s + p[k], 0);
  return withCompletion(out);
}

/** Whether a recorded legal basis is complete (the registry's rule: formed, kind, number and date). */
function recordedBasis(tf: { formed: boolean; legalBasisKind: LegalBasisKind | null; legalBasisNumber: string | null; legalBasisDate: string | null; legalBasisTitle: string | null } | null | undefined): LegalBasisText | null {
  if (!tf?.formed || !tf.legalBasisKind || !tf.legalBasisNumber || !tf.legalBasisDate) return null;
  return { kind: tf.legalBasisKind, number: tf.legalBasisNumber, date: tf.legalBasisDate, title: tf.legalBasisTitle };
}

/**
 * The task forces below the scope, read once: the table's rows, and the counts of the sentence
 * added up from those rows, so the sentence and the table say the same.
 */
function coverageOf(db: Db, scope: ReportScope) {
  const level = (rows: { formed: boolean; hasLegalBasis: boolean; subsatgasComplete: boolean }[]) => ({
    total: rows.length,
    formed: rows.filter((r) => r.formed).length,
    withLegalBasis: rows.filter((r) => r.hasLegalBasis).length,
    subsatgasComplete: rows.filter((r) => r.subsatgasComplete).length,
  });
  if (scope.level === "kabupaten_kota") return { counts: taskForceCoverage(db, scope.code), rows: [] };
  if (scope.level === "nasional") {
    const provinces = coverageByProvince(db, null);
    const basis = legalBasisByRegion(db, provinces.map((r) => r.code));
    const sum = (k: "regencies" | "regenciesFormed" | "regenciesWithLegalBasis" | "regenciesSubsatgasComplete") => provinces.reduce((s, r) => s + r[k], 0);
    const counts: TaskForceCoverage = {
      provinces: level(provinces),
      regencies: { total: sum("regencies"), formed: sum("regenciesFormed"), withLegalBasis: sum("regenciesWithLegalBasis"), subsatgasComplete: sum("regenciesSubsatgasComplete") },
      subsatgasCount: listActiveSubsatgas(db).length,
    };
    const rows = provinces.map((r) => ({
      code: r.code,
      name: r.name,
      formed: r.formed,
      hasLegalBasis: r.hasLegalBasis,
      subsatgasComplete: r.subsatgasComplete,
      legalBasis: r.hasLegalBasis ? (basis.get(r.code) ?? null) : null,
      regencies: r.regencies as number | null,
      regenciesFormed: r.regenciesFormed as number | null,
      regenciesWithLegalBasis: r.regenciesWithLegalBasis as number | null,
    }));
    return { counts, rows };
  }
  const regencies = listRegencyCoverage(db, scope.code);
  const basis = legalBasisByRegion(db, regencies.map((r) => r.code));
  const counts: TaskForceCoverage = { provinces: level(coverageByProvince(db, scope.code)), regencies: level(regencies), subsatgasCount: listActiveSubsatgas(db).length };
  const rows = regencies.map((r) => ({
    code: r.code,
    name: r.name,
    formed: r.formed,
    hasLegalBasis: r.hasLegalBasis,
    subsatgasComplete: r.subsatgasComplete,
    legalBasis: r.hasLegalBasis ? (basis.get(r.code) ?? null) : null,
    regencies: null as number | null,
    regenciesFormed: null as number | null,
    regenciesWithLegalBasis: null as number | null,
  }));
  return { counts, rows };
}

/**
 * The whole report of `scope` for `period`, as the records stand at `now`. It speaks at the level
 * of its scope: the figures cover everything within it (from the maintained figures, as the
 * dashboard), the regions directly below are summarised one row each, and the records it names
 * are its own task force's (its own items per Subsatgas, its own level's rakor) and the longest
 * blocked, each list capped by REPORT_LIST_LIMITS.
 */
export function loadReportData(db: Db, scope: ReportScope, period: Period, now = Date.now()) {
  const limits = REPORT_LIST_LIMITS;
  const code = scope.code;
  const summary = subsatgasSummary(db, code, period, now);
  const totals = sumCounts(summary);
  const items = summary.map((s) => {
    const list = listReportActions(db, code, period, { subsatgas: s.slug, own: true }, now, { limit: limits.items, offset: 0 });
    return { slug: s.slug, name: s.name, rows: list.rows, total: list.total };
  });
  const regionRows = scope.level === "kabupaten_kota" ? null : regionSummary(db, code, period, now);
  const coverage = coverageOf(db, scope);
  const own = getTaskForce(db, code);
  return {
    scope,
    period,
    now,
    /** The report's date: today in the scope's zone. */
    today: todayIn(scope.zone, now),
    rakorHeld: rakorHeldByLevelAndMode(db, code, period),
    rakorLevels: RAKOR_LEVELS,
    rakorModes: RAKOR_MODES,
    /** The rakor of the scope's own level (its own task force's), the first few. */
    rakorList: listRakorHeldInPeriod(db, code, period, { level: scope.level }, { limit: limits.rakor, offset: 0 }),
    subsatgas: summary,
    totals,
    /** Per region directly below the scope, and the scope's own items (the total less those rows); null for a regency. */
    regions: regionRows ? { rows: regionRows, own: countsLess(totals, regionRows) } : null,
    /** The scope's own items per Subsatgas, the first few of each. */
    items,
    blocked: listBlockedActions(db, code, period, now, limits.blocked),
    cases: { totals: caseTotals(db, code, period), byRegion: caseTotalsByRegion(db, code, period) },
    coverage: {
      counts: coverage.counts,
      sentence: coverageSentence(coverage.counts),
      subsatgasSentence: subsatgasSentence(coverage.counts),
      rows: coverage.rows,
      own: own?.taskForce
        ? {
            formed: own.taskForce.formed,
            legalBasis: recordedBasis(own.taskForce),
            subsatgasFormed: own.subsatgas.filter((s) => s.formed).map((s) => s.name),
            secretariatName: own.secretariatName,
          }
        : null,
    },
    draft: getReportDraft(db, code, period),
  };
}

export type ReportData = ReturnType<typeof loadReportData>;

/** "laporan-gt-pp-tppo-nasional-2025-01-01-sd-2025-06-30.docx" */
export function reportFileName(scope: ReportScope, period: Period): string {
  const where = scope.code === null ? "nasional" : scope.code.replace(".", "-");
  return `laporan-gt-pp-tppo-${where}-${period.start}-sd-${period.end}.docx`;
}

