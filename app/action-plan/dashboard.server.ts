// The numbers leaders read: one implementation, shared by the dashboard, the action-plan views
// and the report to the President. Every figure is computed in SQL over the user's scope.
//
// Shape: each function takes (db, scope, period, now). `scope` is the user's task force (null =
// national); `period` is an inclusive pair of calendar dates or null for "everything":
// - action items belong to a period when their due date falls in it (a work plan "for 2025" is
//   the items due in 2025); their status is the current one and "terlambat" is judged at `now`;
// - rakor belong to a period when they start in it, read in the scope's time zone;
// - the completion chart has one point per month of the period (the last 12 months without one),
//   each the state at the end of that month, the last one at `now` (so it equals the table).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { id as localeId } from "date-fns/locale";
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  actionItems,
  actionSupportingAgencies,
  actionUpdates,
  agencies,
  outcomes,
  rakor,
  RAKOR_LEVELS,
  RAKOR_MODES,
  regions,
  subsatgas,
  users,
  type RakorLevel,
  type RakorMode,
  type TimeZone,
} from "../../db/schema";
import type { ActionFilter } from "./action-filter";
import { completionPercent } from "./completion";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { currentYear, periodBounds, todayIn, yearPeriod, zonedToEpoch, type Period } from "../utils/period";
import { actionFilterCondition, leadAgency } from "./action.server";
import { NATIONAL_TIME_ZONE, overdueCondition } from "./overdue.server";

// ---------------------------------------------------------------------------------------------
// The scope's clock
// ---------------------------------------------------------------------------------------------

/** The time zone of a task force: its region's, WIB for the national one. */
export function scopeTimeZone(db: Db, scope: ScopeCode): TimeZone {
  if (scope === null) return NATIONAL_TIME_ZONE;
  return db.select({ zone: regions.timeZone }).from(regions).where(eq(regions.code, scope)).get()?.zone ?? NATIONAL_TIME_ZONE;
}

/** Items belong to a period when their due date falls in it (shared with the report's lists). */
export function duePeriodCondition(period: Period | null): SQL | undefined {
  return period ? and(gte(actionItems.dueDate, period.start), sql`${actionItems.dueDate} <= ${period.end}`) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Counting action items
// ---------------------------------------------------------------------------------------------

export interface StatusCounts {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  notStarted: number;
  cancelled: number;
  overdue: number;
  /** Selesai as a share of items not cancelled, 0-100 with one decimal; null when there are none. */
  completion: number | null;
}

export { completionPercent };

function statusCountColumns(now: number) {
  const counted = (status: string) => sql<number>`coalesce(sum(${actionItems.status} = ${status}), 0)`.mapWith(Number);
  return {
    total: count(actionItems.id),
    done: counted("done"),
    inProgress: counted("in_progress"),
    blocked: counted("blocked"),
    notStarted: counted("not_started"),
    cancelled: counted("cancelled"),
    overdue: sql<number>`coalesce(sum(${overdueCondition(now)}), 0)`.mapWith(Number),
  };
}

const ZERO = { total: 0, done: 0, inProgress: 0, blocked: 0, notStarted: 0, cancelled: 0, overdue: 0 };

function withCompletion<T extends Omit<StatusCounts, "completion">>(r: T): T & { completion: number | null } {
  return { ...r, completion: completionPercent(r.done, r.total, r.cancelled) };
}

/** Sums rows of counts (the "Jumlah" line of a table). */
export function sumCounts(rows: Omit<StatusCounts, "completion">[]): StatusCounts {
  const t = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) t[k] += r[k];
  return withCompletion(t);
}

/** The joins a grouped count needs: what its keys name, or everything a list filter may read. */
type CountJoins = "filter" | { leadAgency?: boolean; regions?: boolean };

/**
 * Items grouped by `key`. Scope and period read action_items alone, so the national counts scan one
 * table; only a list filter (text search, rakor) or a key's name needs the other tables. The
 * inner joins left out are guaranteed by foreign keys and change no count.
 */
function groupedCounts<K extends Record<string, SQL | SQL.Aliased | unknown>>(db: Db, keys: K, where: SQL | undefined, now: number, joins: CountJoins = {}) {
  const all = joins === "filter";
  let q = db
    .select({ ...(keys as Record<string, never>), ...statusCountColumns(now) })
    .from(actionItems)
    .$dynamic();
  if (all) q = q.innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug));
  if (all || joins.leadAgency) q = q.innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId));
  if (all || joins.regions) q = q.leftJoin(regions, eq(regions.code, actionItems.regionCode));
  if (all) q = q.leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId));
  return q.where(where);
}

export interface SubsatgasSummary extends StatusCounts {
  slug: string;
  name: string;
}

function bySubsatgas(db: Db, where: SQL | undefined, now: number, joins: CountJoins = {}): SubsatgasSummary[] {
  const counts = new Map(
    groupedCounts(db, { slug: actionItems.subsatgasSlug }, where, now, joins)
      .groupBy(actionItems.subsatgasSlug)
      .all()
      .map((r) => {
        const row = r as unknown as Omit<StatusCounts, "completion"> & { slug: string };
        return [row.slug, row] as const;
      }),
  );
  // The active Subsatgas, each shown even with no items (the list is data, not code).
  return db
    .select({ slug: subsatgas.slug, name: subsatgas.name })
    .from(subsatgas)
    .where(eq(subsatgas.active, true))
    .orderBy(asc(subsatgas.position))
    .all()
    .map((s) => {
      const c = counts.get(s.slug);
      return withCompletion({ ...s, ...ZERO, ...(c ? { ...c, slug: s.slug } : {}) });
    });
}

/** Per Subsatgas: total, selesai, berjalan, terhambat, terlambat and completion %, within scope (and period). */
export function subsatgasSummary(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now()): SubsatgasSummary[] {
  return bySubsatgas(db, and(scopeCondition(actionItems.regionCode, scope), duePeriodCondition(period)), now);
}

/** The same table for a filtered list (the "per Subsatgas" view). */
export function subsatgasSummaryFiltered(db: Db, scope: ScopeCode, filter: ActionFilter, now = Date.now()): SubsatgasSummary[] {
  return bySubsatgas(db, actionFilterCondition(scope, filter, now), now, "filter");
}

export interface AgencySummary extends StatusCounts {
  agencyId: number;
  name: string;
  /** Items (in the same filter) where the agency supports rather than leads. */
  supporting: number;
}

/** Per agency as lead (status counts) plus its number of items as supporting agency. */
export function summaryByAgency(db: Db, scope: ScopeCode, filter: ActionFilter, now = Date.now()): AgencySummary[] {
  const where = actionFilterCondition(scope, filter, now);
  const lead = groupedCounts(db, { agencyId: actionItems.leadAgencyId, name: leadAgency.name }, where, now, "filter").groupBy(actionItems.leadAgencyId).all() as unknown as (Omit<StatusCounts, "completion"> & { agencyId: number; name: string })[];
  const support = db
    .select({ agencyId: actionSupportingAgencies.agencyId, name: agencies.name, n: count() })
    .from(actionSupportingAgencies)
    .innerJoin(agencies, eq(agencies.id, actionSupportingAgencies.agencyId))
    .innerJoin(actionItems, eq(actionItems.id, actionSupportingAgencies.actionId))
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
    .where(where)
    .groupBy(actionSupportingAgencies.agencyId)
    .all();
  const rows = new Map<number, AgencySummary>();
  for (const r of lead) rows.set(r.agencyId, { ...withCompletion(r), supporting: 0 });
  for (const s of support) {
    const row = rows.get(s.agencyId) ?? { agencyId: s.agencyId, name: s.name, ...withCompletion({ ...ZERO }), supporting: 0 };
    row.supporting = s.n;
    rows.set(s.agencyId, row);
  }
  return [...rows.values()].sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, "id"));
}

export interface RegionSummary extends StatusCounts {
  /** Null = national items. */
  regionCode: string | null;
  name: string;
}

/** Per region of the items (national first, then by region code). */
export function summaryByRegion(db: Db, scope: ScopeCode, filter: ActionFilter, now = Date.now()): RegionSummary[] {
  const rows = groupedCounts(db, { regionCode: actionItems.regionCode, name: regions.name }, actionFilterCondition(scope, filter, now), now, "filter")
    .groupBy(actionItems.regionCode)
    .orderBy(sql`${actionItems.regionCode} IS NOT NULL`, asc(actionItems.regionCode))
    .all() as unknown as (Omit<StatusCounts, "completion"> & { regionCode: string | null; name: string | null })[];
  return rows.map((r) => withCompletion({ ...r, name: r.name ?? "Nasional" }));
}

/** Lead agencies ranked by their overdue items (then by total), within scope and period. */
export function agencyOverdueRanking(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now(), limit = 10) {
  const rows = groupedCounts(db, { agencyId: actionItems.leadAgencyId, name: leadAgency.name }, and(scopeCondition(actionItems.regionCode, scope), duePeriodCondition(period)), now, { leadAgency: true })
    .groupBy(actionItems.leadAgencyId)
    .orderBy(desc(sql`coalesce(sum(${overdueCondition(now)}), 0)`), desc(count(actionItems.id)), asc(leadAgency.name))
    .limit(limit)
    .all() as unknown as (Omit<StatusCounts, "completion"> & { agencyId: number; name: string })[];
  return rows.map(withCompletion);
}

// ---------------------------------------------------------------------------------------------
// Rakor
// ---------------------------------------------------------------------------------------------

export interface RakorHeld {
  period: Period;
  /** One cell per level and mode, zeros included. */
  cells: { level: RakorLevel; mode: RakorMode; count: number }[];
  byLevel: Record<RakorLevel, number>;
  byMode: Record<RakorMode, number>;
  total: number;
}

/** Rakor held (status Terlaksana) that start in the period, read in the scope's zone, within scope (shared with the report's lists). */
export function rakorHeldCondition(db: Db, scope: ScopeCode, period: Period): SQL {
  const { from, to } = periodBounds(period, scopeTimeZone(db, scope));
  return and(eq(rakor.status, "held"), gte(rakor.startsAt, from), lt(rakor.startsAt, to), scopeCondition(rakor.regionCode, scope))!;
}

/** Rakor held (status Terlaksana) in the period, by level and by mode, within scope. */
export function rakorHeldByLevelAndMode(db: Db, scope: ScopeCode, period: Period): RakorHeld {
  const found = db
    .select({ level: rakor.level, mode: rakor.mode, n: count() })
    .from(rakor)
    .where(rakorHeldCondition(db, scope, period))
    .groupBy(rakor.level, rakor.mode)
    .all();
  const cells = RAKOR_LEVELS.flatMap((level) => RAKOR_MODES.map((mode) => ({ level, mode, count: found.find((f) => f.level === level && f.mode === mode)?.n ?? 0 })));
  const byLevel = Object.fromEntries(RAKOR_LEVELS.map((l) => [l, cells.filter((c) => c.level === l).reduce((s, c) => s + c.count, 0)])) as Record<RakorLevel, number>;
  const byMode = Object.fromEntries(RAKOR_MODES.map((m) => [m, cells.filter((c) => c.mode === m).reduce((s, c) => s + c.count, 0)])) as Record<RakorMode, number>;
  return { period, cells, byLevel, byMode, total: cells.reduce((s, c) => s + c.count, 0) };
}

/** The next scheduled rakor in scope, if any. */
export function nextRakor(db: Db, scope: ScopeCode, now = Date.now()) {
  return db
    .select({ id: rakor.id, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone, mode: rakor.mode, level: rakor.level, venue: rakor.venue })
    .from(rakor)
    .where(and(eq(rakor.status, "scheduled"), gte(rakor.startsAt, now), scopeCondition(rakor.regionCode, scope)))
    .orderBy(asc(rakor.startsAt))
    .limit(1)
    .get();
}

// ---------------------------------------------------------------------------------------------
// Completion over time
// ---------------------------------------------------------------------------------------------

export interface CompletionPoint {
  /** 'YYYY-MM' */
  month: string;
  /** "Jan\n2026", for the chart. */
  label: string;
  /** The instant the point describes: the end of the month, or now for the running month. */
  at: number;
  total: number;
  done: number;
  cancelled: number;
  completion: number | null;
}

function monthStart(year: number, month: number, zone: TimeZone): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return zonedToEpoch(`${y}-${String(m).padStart(2, "0")}-01`, "00:00", zone);
}

/** The months a chart covers: those of the period up to now, or the 12 months up to now. */
export function seriesMonths(period: Period | null, zone: TimeZone, now = Date.now()): { month: string; label: string; at: number }[] {
  const today = todayIn(zone, now);
  let [y, m] = (period ? period.start : today).split("-").map(Number);
  if (!period) {
    m -= 11;
    while (m < 1) {
      m += 12;
      y -= 1;
    }
  }
  const last = period && period.end < today ? period.end : today;
  const out: { month: string; label: string; at: number }[] = [];
  while (`${y}-${String(m).padStart(2, "0")}` <= last.slice(0, 7) && out.length < 120) {
    const end = monthStart(y, m + 1, zone) - 1;
    const start = monthStart(y, m, zone);
    out.push({
      month: `${y}-${String(m).padStart(2, "0")}`,
      label: `${format(new TZDate(start, zone), "MMM", { locale: localeId })}\n${y}`,
      at: Math.min(end, now),
    });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * Completion % at the end of each month: an item counts from its birth (the rakor that decided
 * it, its creation or its first update, whichever is earliest); its status at an instant is that
 * of its latest update at or before it. Imported items without any history count with their
 * current status from birth, since nothing says when it changed.
 */
export function completionSeries(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now()): CompletionPoint[] {
  const months = seriesMonths(period, scopeTimeZone(db, scope), now);
  if (months.length === 0) return [];
  const points = sql.join(
    months.map((p, i) => sql`(${i}, ${p.at})`),
    sql`, `,
  );
  const where = and(scopeCondition(actionItems.regionCode, scope), duePeriodCondition(period)) ?? sql`1`;
  // Each update is in force from its instant until the item's next update (LEAD), so the status at
  // a point is found by one range join instead of a lookup per item and point.
  const rows = db.all<{ idx: number; total: number; done: number; cancelled: number }>(sql`
    WITH pts(idx, t) AS (VALUES ${points}),
    items AS MATERIALIZED (
      SELECT ${actionItems.id} AS id, ${actionItems.status} AS cur_status,
        min(${actionItems.createdAt},
            coalesce((SELECT min(u.at) FROM ${actionUpdates} u WHERE u.action_id = ${actionItems.id}), ${actionItems.createdAt}),
            coalesce(${rakor.startsAt}, ${actionItems.createdAt})) AS born,
        EXISTS (SELECT 1 FROM ${actionUpdates} u WHERE u.action_id = ${actionItems.id}) AS has_updates
      FROM ${actionItems}
      LEFT JOIN ${outcomes} ON ${outcomes.id} = ${actionItems.outcomeId}
      LEFT JOIN ${rakor} ON ${rakor.id} = ${outcomes.rakorId}
      WHERE ${where}
    ),
    spans AS MATERIALIZED (
      SELECT u.status AS status, u.at AS from_at,
        LEAD(u.at) OVER (PARTITION BY u.action_id ORDER BY u.at, u.id) AS to_at
      FROM ${actionUpdates} u JOIN items i ON i.id = u.action_id
    ),
    closed AS MATERIALIZED (
      SELECT status, from_at, to_at FROM spans WHERE status IN ('done', 'cancelled')
      UNION ALL
      SELECT cur_status, born, NULL FROM items WHERE NOT has_updates AND cur_status IN ('done', 'cancelled')
    )
    SELECT p.idx AS idx,
      (SELECT count(*) FROM items i WHERE i.born <= p.t) AS total,
      (SELECT count(*) FROM closed c WHERE c.status = 'done' AND c.from_at <= p.t AND (c.to_at IS NULL OR c.to_at > p.t)) AS done,
      (SELECT count(*) FROM closed c WHERE c.status = 'cancelled' AND c.from_at <= p.t AND (c.to_at IS NULL OR c.to_at > p.t)) AS cancelled
    FROM pts p ORDER BY p.idx`);
  return months.map((p, i) => {
    const r = rows.find((row) => row.idx === i) ?? { total: 0, done: 0, cancelled: 0 };
    return { ...p, total: r.total, done: r.done, cancelled: r.cancelled, completion: completionPercent(r.done, r.total, r.cancelled) };
  });
}

// ---------------------------------------------------------------------------------------------
// Latest updates and the whole dashboard
// ---------------------------------------------------------------------------------------------

/** The latest status updates of items within scope. */
export function recentUpdates(db: Db, scope: ScopeCode, limit = 8) {
  return db
    .select({
      id: actionUpdates.id,
      at: actionUpdates.at,
      status: actionUpdates.status,
      progress: actionUpdates.progress,
      note: actionUpdates.note,
      byName: sql<string | null>`coalesce(${users.name}, ${actionUpdates.byName})`,
      actionId: actionItems.id,
      title: actionItems.title,
      agencyName: leadAgency.name,
    })
    .from(actionUpdates)
    .innerJoin(actionItems, eq(actionItems.id, actionUpdates.actionId))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(users, eq(users.id, actionUpdates.byUserId))
    .where(scopeCondition(actionItems.regionCode, scope))
    .orderBy(desc(actionUpdates.at), desc(actionUpdates.id))
    .limit(limit)
    .all();
}

/** The years a period picker offers: those with items due or rakor held within scope, and the current one. */
export function dashboardYears(db: Db, scope: ScopeCode, now = Date.now()): number[] {
  return memoised(db, ["years", scope], now, () => computeYears(db, scope, now));
}

function computeYears(db: Db, scope: ScopeCode, now: number): number[] {
  const zone = scopeTimeZone(db, scope);
  const years = new Set<number>([currentYear(zone, now)]);
  for (const r of db
    .selectDistinct({ y: sql<string>`substr(${actionItems.dueDate}, 1, 4)` })
    .from(actionItems)
    .where(scopeCondition(actionItems.regionCode, scope))
    .all())
    years.add(Number(r.y));
  for (const r of db.select({ at: rakor.startsAt }).from(rakor).where(scopeCondition(rakor.regionCode, scope)).all()) years.add(currentYear(zone, r.at));
  return [...years].filter((y) => y >= 2000 && y <= 2100).sort((a, b) => b - a);
}

/**
 * The data version: rows changed through this connection (SQLite's total_changes()) and commits by
 * any other connection (PRAGMA data_version, e.g. an import run from the command line). Either
 * moves whenever the data behind a figure may have changed; reading both costs microseconds.
 */
function dataVersion(db: Db): string {
  const changes = db.$client.prepare("SELECT total_changes()").pluck().get() as number;
  const others = db.$client.pragma("data_version", { simple: true }) as number;
  return `${changes}.${others}`;
}

const MEMO_ENTRIES = 64;
const memo = new WeakMap<Db, Map<string, unknown>>();

/**
 * `compute` once per (what, data version, today's date in each zone). The dashboard's aggregates
 * add up every item and status update (over a second of SQL at national scale); leaders read far
 * more often than anyone writes, and any write changes the version, so a reader never sees a
 * stale number. (A session being touched also counts as a write: harmless.) The day is part of
 * the key because "terlambat" changes at midnight.
 */
function memoised<T>(db: Db, what: unknown[], now: number, compute: () => T): T {
  const key = JSON.stringify([...what, dataVersion(db), todayIn("Asia/Jakarta", now), todayIn("Asia/Makassar", now), todayIn("Asia/Jayapura", now)]);
  let entries = memo.get(db);
  if (!entries) memo.set(db, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  if (entries.size > MEMO_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

function computeAggregates(db: Db, scope: ScopeCode, period: Period | null, now: number) {
  const zone = scopeTimeZone(db, scope);
  const subsatgasRows = subsatgasSummary(db, scope, period, now);
  return {
    zone,
    subsatgas: subsatgasRows,
    totals: sumCounts(subsatgasRows),
    agencies: agencyOverdueRanking(db, scope, period, now),
    rakorHeld: rakorHeldByLevelAndMode(db, scope, period ?? yearPeriod(currentYear(zone, now))),
    series: completionSeries(db, scope, period, now),
  };
}

/**
 * Everything on the leader's dashboard for one scope and period (null = all items, rakor of the
 * current year). The report to the President calls the functions above with its own period.
 */
export function dashboardNumbers(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now()) {
  return {
    ...memoised(db, ["figures", scope, period], now, () => computeAggregates(db, scope, period, now)),
    period,
    next: nextRakor(db, scope, now) ?? null,
    recent: recentUpdates(db, scope),
  };
}

export type DashboardNumbers = ReturnType<typeof dashboardNumbers>;
