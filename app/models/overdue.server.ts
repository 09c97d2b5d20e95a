// "Overdue" in one place: the due date has passed in the time zone of the item's region
// (national items: WIB), and the item is neither selesai nor dibatalkan.
import { sql, type SQL } from "drizzle-orm";
import { actionItems, regions } from "../../db/schema";
import { todayIn } from "../utils/time";

/** SQL condition; the query must LEFT JOIN regions on action_items.region_code. */
export function overdueCondition(now = Date.now()): SQL {
  return sql`(${actionItems.status} NOT IN ('done', 'cancelled') AND ${actionItems.dueDate} < CASE COALESCE(${regions.timeZone}, 'Asia/Jakarta')
    WHEN 'Asia/Makassar' THEN ${todayIn("Asia/Makassar", now)}
    WHEN 'Asia/Jayapura' THEN ${todayIn("Asia/Jayapura", now)}
    ELSE ${todayIn("Asia/Jakarta", now)} END)`;
}
