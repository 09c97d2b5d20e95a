// The leader's numbers, read from the maintained figures (db/schema.ts "Maintained figures",
// kept current by the triggers of migration 0005 in the same transaction as every write, rebuilt
// by `npm run figures:rebuild`). No read here adds up the records themselves: a period is split
// into whole months or years (read from the coarse tables) and at most two partial months or
// years at its edges (read per day), so the national dashboard sums a few thousand rows at most.
//
// The rules they count by:
// - an item belongs to a period when its due date falls in it; its status is the current one;
// - selesai counts approved completions only: an item a liaison reported selesai is "menunggu
//   verifikasi" (its own figure) until the secretariat approves it;
// - "terlambat" = not selesai and not dibatalkan (menunggu verifikasi included), and due before
//   today in the item's own zone (overdue.server.ts); counted as the open items minus those not yet due, so it changes at
//   midnight in each zone without any write;
// - a rakor is held in a period when it starts in it, read in the scope's zone;
// - the completion series counts an item from when it was decided and with its status as of each
//   month's end (the rule is the view figure_event_source in migration 0008): selesai from the
//   update its approval appended.
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import {
  agencies,
  figureAgencyDays,
  figureAgencyYears,
  figureItemDays,
  figureItemMonths,
  figureRakorDays,
  figureSeriesDays,
  figureSeriesMonths,
  RAKOR_LEVELS,
  RAKOR_MODES,
  regions,
  subsatgas,
  TIME_ZONES,
  type RakorLevel,
  type RakorMode,
  type TimeZone,
} from "../../db/schema";
import { scopeKey, type ScopeCode } from "../accounts/scope";
import { addDays, todayIn, zonedToEpoch, type Period } from "../utils/period";
import { completionPercent, type CountsRow, type StatusCounts } from "./completion";
import { NATIONAL_TIME_ZONE } from "./overdue.server";

// ---------------------------------------------------------------------------------------------
// Status counts
// ---------------------------------------------------------------------------------------------

export type Counts = CountsRow;
export type { StatusCounts };

export const ZERO_COUNTS: Counts = { total: 0, done: 0, inProgress: 0, blocked: 0, notStarted: 0, cancelled: 0, awaitingVerification: 0, overdue: 0 };

export function withCompletion<T extends Counts>(r: T): T & { completion: number | null } {
  return { ...r, completion: completionPercent(r.done, r.total, r.cancelled) };
}

/** Sums rows of counts (the "Jumlah" line of a table). */
export function sumCounts(rows: Counts[]): StatusCounts {
  const t = { ...ZERO_COUNTS };
  for (const r of rows) for (const k of Object.keys(ZERO_COUNTS) as (keyof Counts)[]) t[k] += r[k];
  return withCompletion(t);
}

/** The time zone of a task force: its region's, WIB for the national one. */
export function scopeTimeZone(db: DbOrTx, scope: ScopeCode): TimeZone {
  if (scope === null) return NATIONAL_TIME_ZONE;
  return db.select({ zone: regions.timeZone }).from(regions).where(eq(regions.code, scope)).get()?.zone ?? NATIONAL_TIME_ZONE;
}

// ---------------------------------------------------------------------------------------------
// Splitting a period into whole units and partial edges
// ---------------------------------------------------------------------------------------------

type Grain = "month" | "year";
type Range = [from: string, to: string];

/** "Every due date": wide enough for any record, narrow enough for date arithmetic. */
const EVERYTHING: Range = ["1900-01-01", "2999-12-31"];
const unitOf = (date: string, grain: Grain) => date.slice(0, grain === "month" ? 7 : 4);
const unitStart = (unit: string, grain: Grain) => (grain === "month" ? `${unit}-01` : `${unit}-01-01`);
function nextUnitStart(unit: string, grain: Grain): string {
  if (grain === "year") return `${Number(unit) + 1}-01-01`;
  const [y, m] = unit.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const k = y * 12 + (m - 1) - n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
}
const unitEnd = (unit: string, grain: Grain) => addDays(nextUnitStart(unit, grain), -1);

/**
 * A range of dates as whole months (or years), read from the coarse table, and the days at its
 * edges outside them, read per day. E.g. 15 Jan - 31 Mar by month: Feb-Mar whole, 15-31 Jan by day.
 */
export function splitRange([from, to]: Range, grain: Grain): { whole: Range | null; days: Range[] } {
  if (from > to) return { whole: null, days: [] };
  const first = unitOf(from, grain);
  const last = unitOf(to, grain);
  const wholeFrom = from === unitStart(first, grain) ? first : unitOf(nextUnitStart(first, grain), grain);
  const wholeTo = to === unitEnd(last, grain) ? last : null;
  if (first === last && (from !== unitStart(first, grain) || !wholeTo)) return { whole: null, days: [[from, to]] };
  const days: Range[] = [];
  if (from !== unitStart(first, grain)) days.push([from, unitEnd(first, grain)]);
  if (!wholeTo) days.push([unitStart(last, grain), to]);
  const end = wholeTo ?? unitOf(addDays(unitStart(last, grain), -1), grain);
  return { whole: wholeFrom <= end ? [wholeFrom, end] : null, days };
}

const rangeOf = (period: Period | null): Range => (period ? [period.start, period.end] : EVERYTHING);

/** Today's date in each zone: the same instant is a day apart across Indonesia around midnight. */
function todays(now: number): Record<TimeZone, string> {
  return Object.fromEntries(TIME_ZONES.map((z) => [z, todayIn(z, now)])) as Record<TimeZone, string>;
}

// ---------------------------------------------------------------------------------------------
// Grouped counts of items (per Subsatgas, per lead agency)
// ---------------------------------------------------------------------------------------------

interface CountTables {
  grain: Grain;
  key: string;
  coarse: { table: SQL; unit: string };
  fine: SQL;
}

const BY_SUBSATGAS: CountTables = { grain: "month", key: "subsatgas_slug", coarse: { table: sql`${figureItemMonths}`, unit: "due_month" }, fine: sql`${figureItemDays}` };
const BY_AGENCY: CountTables = { grain: "year", key: "lead_agency_id", coarse: { table: sql`${figureAgencyYears}`, unit: "due_year" }, fine: sql`${figureAgencyDays}` };

/** The pieces of SQL that read `range` from the tables: one SELECT of whole units and one per edge. */
function pieces(t: CountTables, scope: string, range: Range, columns: SQL): SQL[] {
  const { whole, days } = splitRange(range, t.grain);
  const out: SQL[] = [];
  if (whole) out.push(sql`SELECT ${columns} FROM ${t.coarse.table} WHERE scope_key = ${scope} AND ${sql.raw(t.coarse.unit)} BETWEEN ${whole[0]} AND ${whole[1]}`);
  for (const [from, to] of days) out.push(sql`SELECT ${columns} FROM ${t.fine} WHERE scope_key = ${scope} AND due_date BETWEEN ${from} AND ${to}`);
  return out;
}

const laterDate = (a: string, b: string) => (a > b ? a : b);
const earlierDate = (a: string, b: string) => (a < b ? a : b);

/**
 * The open items of `range` that are not yet due at `now` (due today or later in their own zone),
 * per key: due on or after the latest of the three todays in any zone, and, on the day or two
 * between the earliest and the latest today, by the zone of each row. Subtracted from the open
 * items they leave "terlambat".
 */
function notYetDuePieces(t: CountTables, scope: string, range: Range, now: number): SQL[] {
  const today = todays(now);
  const dates = Object.values(today).sort();
  const [earliest, latest] = [dates[0], dates[dates.length - 1]];
  const columns = sql`${sql.raw(t.key)} AS k, 0 AS total, 0 AS done, 0 AS in_progress, 0 AS blocked, 0 AS not_started, 0 AS cancelled, 0 AS awaiting_verification, total - done - cancelled AS not_yet_due`;
  const out = pieces(t, scope, [laterDate(range[0], latest), range[1]], columns);
  const from = laterDate(range[0], earliest);
  const to = earlierDate(range[1], addDays(latest, -1));
  if (from <= to)
    out.push(sql`SELECT ${columns} FROM ${t.fine} WHERE scope_key = ${scope} AND due_date BETWEEN ${from} AND ${to}
      AND due_date >= CASE zone WHEN 'Asia/Makassar' THEN ${today["Asia/Makassar"]} WHEN 'Asia/Jayapura' THEN ${today["Asia/Jayapura"]} ELSE ${today["Asia/Jakarta"]} END`);
  return out;
}

type GroupedRow = Counts & { k: string | number };

/** Status counts and "terlambat" per key of `t`, within scope and period, at `now`. */
function groupedCounts(db: DbOrTx, t: CountTables, scope: ScopeCode, period: Period | null, now: number, tail: SQL = sql``): GroupedRow[] {
  const key = scopeKey(scope);
  const range = rangeOf(period);
  const parts = [
    ...pieces(t, key, range, sql`${sql.raw(t.key)} AS k, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification, 0 AS not_yet_due`),
    ...notYetDuePieces(t, key, range, now),
  ];
  if (parts.length === 0) return [];
  return db.all<GroupedRow>(sql`
    SELECT k, sum(total) AS total, sum(done) AS done, sum(in_progress) AS inProgress, sum(blocked) AS blocked,
      sum(not_started) AS notStarted, sum(cancelled) AS cancelled, sum(awaiting_verification) AS awaitingVerification,
      sum(total) - sum(done) - sum(cancelled) - sum(not_yet_due) AS overdue
    FROM (${sql.join(parts, sql` UNION ALL `)})
    GROUP BY k HAVING sum(total) <> 0 ${tail}`);
}

export interface SubsatgasSummary extends StatusCounts {
  slug: string;
  name: string;
}

/** Per Subsatgas: total, selesai, berjalan, terhambat, terlambat and completion %, within scope (and period). Every active Subsatgas, even without items. */
export function subsatgasSummary(db: DbOrTx, scope: ScopeCode, period: Period | null = null, now = Date.now()): SubsatgasSummary[] {
  const counts = new Map(groupedCounts(db, BY_SUBSATGAS, scope, period, now).map(({ k, ...c }) => [String(k), c]));
  return perActiveSubsatgas(db, counts);
}

/** One row per active Subsatgas in its order, with its counts (zeros when it has none): the list is data, not code. */
export function perActiveSubsatgas(db: DbOrTx, counts: Map<string, Counts>): SubsatgasSummary[] {
  return db
    .select({ slug: subsatgas.slug, name: subsatgas.name })
    .from(subsatgas)
    .where(eq(subsatgas.active, true))
    .orderBy(asc(subsatgas.position))
    .all()
    .map((s) => withCompletion({ ...s, ...ZERO_COUNTS, ...counts.get(s.slug) }));
}

export interface RegionSummary extends StatusCounts {
  code: string;
  name: string;
}

/**
 * One row per region directly below `scope` (national: each province with its regencies/cities;
 * a province: each of its regencies/cities; a regency: none), in code order: total, selesai,
 * berjalan, terhambat, terlambat and completion %, read from the figures kept for that region.
 */
export function regionSummary(db: DbOrTx, scope: ScopeCode, period: Period | null = null, now = Date.now()): RegionSummary[] {
  const children = db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(scope === null ? eq(regions.level, "provinsi") : and(eq(regions.parentCode, scope), eq(regions.level, "kabupaten_kota")))
    .orderBy(asc(regions.code))
    .all();
  return children.map((r) => ({ ...r, ...sumCounts(groupedCounts(db, BY_SUBSATGAS, r.code, period, now)) }));
}

/** How many action items lie within `scope` (every status, every due date). */
export function itemCount(db: DbOrTx, scope: ScopeCode): number {
  const row = db.get<{ n: number | null }>(sql`SELECT sum(total) AS n FROM ${figureItemMonths} WHERE scope_key = ${scopeKey(scope)}`);
  return row?.n ?? 0;
}

/**
 * How many items a list filtered by "terlambat" (and at most a Subsatgas and a due year) holds,
 * from the figures: the same count as the list's, without reading every open item.
 */
export function overdueCount(db: DbOrTx, scope: ScopeCode, filter: { subsatgas?: string; period?: Period | null }, now = Date.now()): number {
  return groupedCounts(db, BY_SUBSATGAS, scope, filter.period ?? null, now)
    .filter((r) => !filter.subsatgas || r.k === filter.subsatgas)
    .reduce((sum, r) => sum + r.overdue, 0);
}

export interface AgencyFigures extends StatusCounts {
  agencyId: number;
  name: string;
}

/** Lead agencies ranked by their overdue items (then by total, then name), within scope and period. */
export function agencyOverdueRanking(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now(), limit = 10): AgencyFigures[] {
  const year = period && /^\d{4}-01-01$/.test(period.start) && period.end === `${period.start.slice(0, 4)}-12-31` ? period.start.slice(0, 4) : null;
  const rows = year ? rankingOfYear(db, scopeKey(scope), year, now, limit) : groupedCounts(db, BY_AGENCY, scope, period, now);
  const ranked = rows.sort((a, b) => b.overdue - a.overdue || b.total - a.total).slice(0, limit * 3);
  if (ranked.length === 0) return [];
  const names = new Map(
    db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(inArray(agencies.id, ranked.map((r) => Number(r.k))))
      .all()
      .map((a) => [a.id, a.name]),
  );
  return ranked
    .map(({ k, ...c }) => withCompletion({ agencyId: Number(k), name: names.get(Number(k)) ?? "", ...c }))
    .sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, "id"))
    .slice(0, limit);
}

/**
 * The ranking of one due year without adding up every agency: the agencies are read through the
 * index by their open items, most first, and "terlambat" is open minus not yet due (at most the
 * rest of the running year, per day). An agency whose open items are fewer than the overdue
 * items of the limit-th found so far cannot enter, so the walk stops there (ties included).
 */
function rankingOfYear(db: Db, key: string, year: string, now: number, limit: number): GroupedRow[] {
  const later = notYetDuePieces(BY_AGENCY, key, [`${year}-01-01`, `${year}-12-31`], now);
  const notYetDue = new Map(
    later.length === 0 ? [] : db.all<{ k: number; n: number }>(sql`SELECT k, sum(not_yet_due) AS n FROM (${sql.join(later, sql` UNION ALL `)}) GROUP BY k`).map((r) => [r.k, r.n]),
  );
  const walk = db.$client
    .prepare(
      `SELECT lead_agency_id AS k, total, done, in_progress AS inProgress, blocked, not_started AS notStarted, cancelled, awaiting_verification AS awaitingVerification, total - done - cancelled AS open
       FROM figure_agency_years WHERE scope_key = ? AND due_year = ? AND total <> 0 ORDER BY total - done - cancelled DESC, total DESC`,
    )
    .iterate(key, year) as IterableIterator<GroupedRow & { open: number }>;
  const found: GroupedRow[] = [];
  let bar = -1; // the overdue count of the limit-th agency found so far
  for (const { open, ...row } of walk) {
    if (found.length >= limit && open < bar) break;
    const overdue = open - (notYetDue.get(Number(row.k)) ?? 0);
    found.push({ ...row, overdue });
    if (found.length === limit || (found.length > limit && overdue > bar)) bar = found.map((f) => f.overdue).sort((a, b) => b - a)[limit - 1];
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Rakor held
// ---------------------------------------------------------------------------------------------

export interface RakorHeld {
  period: Period;
  /** One cell per level and mode, zeros included. */
  cells: { level: RakorLevel; mode: RakorMode; count: number }[];
  byLevel: Record<RakorLevel, number>;
  byMode: Record<RakorMode, number>;
  total: number;
}

/** Rakor held (status Terlaksana) that start in the period (scope's zone), by level and mode, within scope. */
export function rakorHeldByLevelAndMode(db: DbOrTx, scope: ScopeCode, period: Period): RakorHeld {
  const found = db
    .select({ level: figureRakorDays.level, mode: figureRakorDays.mode, n: sql<number>`sum(${figureRakorDays.n})`.mapWith(Number) })
    .from(figureRakorDays)
    .where(and(eq(figureRakorDays.scopeKey, scopeKey(scope)), sql`${figureRakorDays.startDate} BETWEEN ${period.start} AND ${period.end}`))
    .groupBy(figureRakorDays.level, figureRakorDays.mode)
    .all();
  const cells = RAKOR_LEVELS.flatMap((level) => RAKOR_MODES.map((mode) => ({ level, mode, count: found.find((f) => f.level === level && f.mode === mode)?.n ?? 0 })));
  const byLevel = Object.fromEntries(RAKOR_LEVELS.map((l) => [l, cells.filter((c) => c.level === l).reduce((s, c) => s + c.count, 0)])) as Record<RakorLevel, number>;
  const byMode = Object.fromEntries(RAKOR_MODES.map((m) => [m, cells.filter((c) => c.mode === m).reduce((s, c) => s + c.count, 0)])) as Record<RakorMode, number>;
  return { period, cells, byLevel, byMode, total: cells.reduce((s, c) => s + c.count, 0) };
}

// ---------------------------------------------------------------------------------------------
// Completion over time
// ---------------------------------------------------------------------------------------------

export interface CompletionPoint {
  /** 'YYYY-MM' */
  month: string;
  /** The instant the point describes: the end of the month, or now for the running month. */
  at: number;
  total: number;
  done: number;
  cancelled: number;
  completion: number | null;
}

/** The months a chart covers: those of the period up to now, or the 12 months up to now. */
export function seriesMonths(period: Period | null, zone: TimeZone, now = Date.now()): { month: string; at: number }[] {
  const today = todayIn(zone, now);
  let month = period ? unitOf(period.start, "month") : monthsBefore(unitOf(today, "month"), 11);
  const last = unitOf(period && period.end < today ? period.end : today, "month");
  const out: { month: string; at: number }[] = [];
  while (month <= last && out.length < 120) {
    const next = nextUnitStart(month, "month");
    out.push({ month, at: Math.min(zonedToEpoch(next, "00:00", zone) - 1, now) });
    month = unitOf(next, "month");
  }
  return out;
}

/**
 * Completion % at the end of each month of the period (the running month: now), for the items
 * due in the period: each point adds up the events of figure_series up to its month.
 */
export function completionSeries(db: DbOrTx, scope: ScopeCode, period: Period | null = null, now = Date.now()): CompletionPoint[] {
  const months = seriesMonths(period, scopeTimeZone(db, scope), now);
  if (months.length === 0) return [];
  const key = scopeKey(scope);
  const { whole, days } = splitRange(rangeOf(period), "month");
  const last = months[months.length - 1].month;
  const parts: SQL[] = [];
  if (whole) parts.push(sql`SELECT month, total, done, cancelled FROM ${figureSeriesMonths} WHERE scope_key = ${key} AND due_month BETWEEN ${whole[0]} AND ${whole[1]} AND month <= ${last}`);
  for (const [from, to] of days) parts.push(sql`SELECT month, total, done, cancelled FROM ${figureSeriesDays} WHERE scope_key = ${key} AND due_date BETWEEN ${from} AND ${to} AND month <= ${last}`);
  const byMonth = db.all<{ month: string; total: number; done: number; cancelled: number }>(
    sql`SELECT month, sum(total) AS total, sum(done) AS done, sum(cancelled) AS cancelled FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY month ORDER BY month`,
  );
  let i = 0;
  const running = { total: 0, done: 0, cancelled: 0 };
  return months.map((p) => {
    for (; i < byMonth.length && byMonth[i].month <= p.month; i++) {
      running.total += byMonth[i].total;
      running.done += byMonth[i].done;
      running.cancelled += byMonth[i].cancelled;
    }
    return { ...p, ...running, completion: completionPercent(running.done, running.total, running.cancelled) };
  });
}

// ---------------------------------------------------------------------------------------------
// Years with data
// ---------------------------------------------------------------------------------------------

/** The years with data within scope (items due or rakor held in them), newest first. */
export function yearsWithData(db: DbOrTx, scope: ScopeCode): number[] {
  const key = scopeKey(scope);
  // each a single min() or max() over the primary key: one index probe
  const edge = (q: SQL) => db.get<{ v: string | null }>(q)?.v ?? null;
  const bounds = [
    edge(sql`SELECT min(due_month) AS v FROM ${figureItemMonths} WHERE scope_key = ${key}`),
    edge(sql`SELECT max(due_month) AS v FROM ${figureItemMonths} WHERE scope_key = ${key}`),
    edge(sql`SELECT min(start_date) AS v FROM ${figureRakorDays} WHERE scope_key = ${key}`),
    edge(sql`SELECT max(start_date) AS v FROM ${figureRakorDays} WHERE scope_key = ${key}`),
  ]
    .filter((v): v is string => v !== null)
    .map((v) => Number(v.slice(0, 4)));
  if (bounds.length === 0) return [];
  const years: number[] = [];
  for (let y = Math.max(...bounds); y >= Math.min(...bounds); y--) {
    const found = db.get(sql`
      SELECT 1 FROM ${figureAgencyYears} WHERE scope_key = ${key} AND due_year = ${String(y)} AND total <> 0
      UNION ALL SELECT 1 FROM ${figureRakorDays} WHERE scope_key = ${key} AND start_date BETWEEN ${`${y}-01-01`} AND ${`${y}-12-31`} AND n <> 0
      LIMIT 1`);
    if (found) years.push(y);
  }
  return years;
}
