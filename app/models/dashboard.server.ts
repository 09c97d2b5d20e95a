// The numbers leaders read: one implementation, shared by the dashboard and the report to the
// President. Every figure is computed in SQL over the user's scope.
import { and, asc, count, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { actionItems, rakor, regions, subsatgas } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../utils/scope";
import { overdueCondition } from "./overdue.server";

export interface SubsatgasSummary {
  slug: string;
  name: string;
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

export function completionPercent(done: number, total: number, cancelled: number): number | null {
  const base = total - cancelled;
  return base > 0 ? Math.round((done / base) * 1000) / 10 : null;
}

/** Per Subsatgas: total, selesai, berjalan, terhambat, terlambat and completion %, within scope. */
export function subsatgasSummary(db: Db, scope: ScopeCode, now = Date.now()): SubsatgasSummary[] {
  const counted = (status: string) => sql<number>`coalesce(sum(${actionItems.status} = ${status}), 0)`.mapWith(Number);
  const rows = db
    .select({
      slug: subsatgas.slug,
      name: subsatgas.name,
      total: count(actionItems.id),
      done: counted("done"),
      inProgress: counted("in_progress"),
      blocked: counted("blocked"),
      notStarted: counted("not_started"),
      cancelled: counted("cancelled"),
      overdue: sql<number>`coalesce(sum(${overdueCondition(now)}), 0)`.mapWith(Number),
    })
    .from(subsatgas)
    .leftJoin(actionItems, and(eq(actionItems.subsatgasSlug, subsatgas.slug), scopeCondition(actionItems.regionCode, scope)))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(eq(subsatgas.active, true))
    .groupBy(subsatgas.slug)
    .orderBy(asc(subsatgas.position))
    .all();
  return rows.map((r) => ({ ...r, completion: completionPercent(r.done, r.total, r.cancelled) }));
}

/** The next scheduled rakor in scope, if any. */
export function nextRakor(db: Db, scope: ScopeCode, now = Date.now()) {
  return db
    .select({ id: rakor.id, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone, mode: rakor.mode })
    .from(rakor)
    .where(and(eq(rakor.status, "scheduled"), gte(rakor.startsAt, now), scopeCondition(rakor.regionCode, scope)))
    .orderBy(asc(rakor.startsAt))
    .limit(1)
    .get();
}

