// "Overdue" in one place: the due date has passed in the time zone of the item's region
// (national items: WIB), and the item is neither selesai nor dibatalkan. An item due on
// 30 September is on time all of 30 September local time and overdue from 1 October 00.00 in
// its own zone: at 23.30 WIB on 30 September a Papua (WIT) item is already overdue while a Jakarta
// one is not. The SQL condition and the plain function below are the same rule; tests hold them equal.
import { sql, type SQL } from "drizzle-orm";
import { actionItems, regions, type ActionStatus, type TimeZone } from "../../db/schema";
import { todayIn } from "../utils/period";

/** The zone of items without a region (national items). */
export const NATIONAL_TIME_ZONE: TimeZone = "Asia/Jakarta";

/** Statuses that end an item: it can no longer be overdue. */
export const CLOSED_STATUSES: readonly ActionStatus[] = ["done", "cancelled"];

export function isClosed(status: ActionStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** The rule for one item, given its region's zone (null = national, WIB). */
export function isOverdue(item: { status: ActionStatus; dueDate: string }, zone: TimeZone | null, now = Date.now()): boolean {
  return !isClosed(item.status) && item.dueDate < todayIn(zone ?? NATIONAL_TIME_ZONE, now);
}

/**
 * The same rule as SQL over action_items; it needs no join. Today's date in the three zones is at
 * most one day apart: an item due before the earliest of them is overdue in every zone, one due on
 * or after the latest in none, and only items due in between look up their region's zone (a
 * primary-key lookup for those few rows instead of a join for every row: 200,000 items are counted
 * in tens of milliseconds).
 */
export function overdueCondition(now = Date.now()): SQL {
  const wib = todayIn("Asia/Jakarta", now);
  const wita = todayIn("Asia/Makassar", now);
  const wit = todayIn("Asia/Jayapura", now);
  const [earliest, , latest] = [wib, wita, wit].sort();
  return sql`(${actionItems.status} NOT IN ('done', 'cancelled') AND (${actionItems.dueDate} < ${earliest} OR (${actionItems.dueDate} < ${latest}
    AND ${actionItems.dueDate} < CASE COALESCE((SELECT tz.time_zone FROM ${regions} tz WHERE tz.code = ${actionItems.regionCode}), 'Asia/Jakarta')
      WHEN 'Asia/Makassar' THEN ${wita}
      WHEN 'Asia/Jayapura' THEN ${wit}
      ELSE ${wib} END)))`;
}

/** Open = not selesai and not dibatalkan (overdue or not). */
export function openCondition(): SQL {
  return sql`${actionItems.status} NOT IN ('done', 'cancelled')`;
}

/** Whole days since the due date in the item's zone (1 on the first overdue day); 0 when not past due. */
export function daysPastDue(dueDate: string, zone: TimeZone | null, now = Date.now()): number {
  const today = todayIn(zone ?? NATIONAL_TIME_ZONE, now);
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, days);
}
