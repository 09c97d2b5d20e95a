// The leader's dashboard and the action-plan summaries. The figures of the dashboard and the report
// (per Subsatgas, per agency, rakor held, completion over time) are the maintained ones of
// figures.server.ts; the summaries of a filtered action list (free text, agency, region...) are
// counted here over the items the filter matches, with the same status and overdue rules.
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  actionItems,
  actionSupportingAgencies,
  actionUpdates,
  agencies,
  outcomes,
  rakor,
  regions,
  subsatgas,
  users,
} from "../../db/schema";
import type { ActionFilter } from "./action-filter";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { currentYear, periodBounds, yearPeriod, type Period } from "../utils/period";
import { actionFilterCondition, leadAgency } from "./action.server";
import {
  agencyOverdueRanking,
  completionSeries,
  rakorHeldByLevelAndMode,
  scopeTimeZone,
  subsatgasSummary,
  sumCounts,
  withCompletion,
  yearsWithData,
  perActiveSubsatgas,
  ZERO_COUNTS as ZERO,
  type Counts,
  type StatusCounts,
  type SubsatgasSummary,
} from "./figures.server";
import { overdueCondition } from "./overdue.server";

export {
  agencyOverdueRanking,
  completionSeries,
  rakorHeldByLevelAndMode,
  scopeTimeZone,
  subsatgasSummary,
  sumCounts,
  type CompletionPoint,
  type RakorHeld,
  type StatusCounts,
  type SubsatgasSummary,
} from "./figures.server";

/** The years with data within scope (items due or rakor held in them), newest first. */
export const dashboardYears = (db: Db, scope: ScopeCode) => yearsWithData(db, scope);

/** Items belong to a period when their due date falls in it (shared with the report's lists). */
export function duePeriodCondition(period: Period | null): SQL | undefined {
  return period ? and(gte(actionItems.dueDate, period.start), sql`${actionItems.dueDate} <= ${period.end}`) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Counting action items
// ---------------------------------------------------------------------------------------------

function statusCountColumns(now: number) {
  const counted = (status: string) => sql<number>`coalesce(sum(${actionItems.status} = ${status}), 0)`.mapWith(Number);
  return {
    total: count(actionItems.id),
    done: counted("done"),
    inProgress: counted("in_progress"),
    blocked: counted("blocked"),
    notStarted: counted("not_started"),
    cancelled: counted("cancelled"),
    awaitingVerification: counted("awaiting_verification"),
    overdue: sql<number>`coalesce(sum(${overdueCondition(now)}), 0)`.mapWith(Number),
  };
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

function bySubsatgas(db: Db, where: SQL | undefined, now: number, joins: CountJoins = {}): SubsatgasSummary[] {
  const rows = groupedCounts(db, { slug: actionItems.subsatgasSlug }, where, now, joins).groupBy(actionItems.subsatgasSlug).all() as unknown as (Counts & { slug: string })[];
  return perActiveSubsatgas(db, new Map(rows.map(({ slug, ...c }) => [slug, c])));
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

// ---------------------------------------------------------------------------------------------
// Rakor
// ---------------------------------------------------------------------------------------------

/** Rakor held (status Terlaksana) that start in the period, read in the scope's zone, within scope (shared with the report's lists). */
export function rakorHeldCondition(db: Db, scope: ScopeCode, period: Period): SQL {
  const { from, to } = periodBounds(period, scopeTimeZone(db, scope));
  return and(eq(rakor.status, "held"), gte(rakor.startsAt, from), lt(rakor.startsAt, to), scopeCondition(rakor.regionCode, scope))!;
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

/**
 * Everything on the leader's dashboard for one scope and period (null = all items, rakor of the
 * current year). The report to the President calls the functions above with its own period.
 */
export function dashboardNumbers(db: Db, scope: ScopeCode, period: Period | null = null, now = Date.now()) {
  const zone = scopeTimeZone(db, scope);
  const subsatgasRows = subsatgasSummary(db, scope, period, now);
  return {
    zone,
    subsatgas: subsatgasRows,
    totals: sumCounts(subsatgasRows),
    agencies: agencyOverdueRanking(db, scope, period, now),
    rakorHeld: rakorHeldByLevelAndMode(db, scope, period ?? yearPeriod(currentYear(zone, now))),
    series: completionSeries(db, scope, period, now),
    period,
    next: nextRakor(db, scope, now) ?? null,
    recent: recentUpdates(db, scope),
  };
}

export type DashboardNumbers = ReturnType<typeof dashboardNumbers>;
