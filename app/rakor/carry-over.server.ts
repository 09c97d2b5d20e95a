// The carry-over review before a rakor (/rakor/:id/tinjauan): per Subsatgas, what changed since the
// task force's previous rakor — completed, newly blocked, newly overdue, still overdue, waiting for
// verification — next to the open list of reviewAgendaPlan (action-plan/action.server.ts). The
// words the page shows live in carry-over.ts (shared with the browser). Changes are read from
// the append-only status history (action_updates). "The previous rakor" is the latest rakor of the
// same level and region that started before this one and was not cancelled; "since then" runs from
// its start to now. Each list is one query with the task force (items of exactly its region, as in
// the open list) in its where clause.
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { actionItems, agencies, agendaItems, rakor, regions, subsatgas, type ActionStatus, type RakorLevel, type TimeZone } from "../../db/schema";
import { reviewAgendaPlan, reviewAgendaTitle, type ActionListRow } from "../action-plan/action.server";
import { CLOSED_STATUSES, daysPastDue, overdueCondition } from "../action-plan/overdue.server";
import { recordAudit } from "../accounts/audit.server";
import { ACTION_STATUS_LABELS } from "../utils/labels";
import { formatCalendarDate, formatDate, formatDayDate } from "../utils/period";
import { nextPosition } from "./rakor.server";
import { CHANGE_KIND_LABELS, CHANGE_KINDS, type ChangedItem, type ChangeKind } from "./carry-over";

export interface PreviousRakor {
  id: number;
  title: string;
  startsAt: number;
  timeZone: TimeZone;
}

/** The latest rakor of the same level and region that started before this one and was not cancelled. */
export function findPreviousRakor(db: DbOrTx, head: { id: number; level: RakorLevel; regionCode: string | null; startsAt: number }): PreviousRakor | null {
  const row = db
    .select({ id: rakor.id, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone })
    .from(rakor)
    .where(
      and(
        eq(rakor.level, head.level),
        head.regionCode === null ? isNull(rakor.regionCode) : eq(rakor.regionCode, head.regionCode),
        lt(rakor.startsAt, head.startsAt),
        ne(rakor.status, "cancelled"),
        ne(rakor.id, head.id),
      ),
    )
    .orderBy(desc(rakor.startsAt), desc(rakor.id))
    .limit(1)
    .get();
  return row ?? null;
}

/** The item's status in force at `at`: its latest update by then; before its first update "belum dimulai" (an item without history: its own status). */
function statusAt(at: number): SQL<string> {
  return sql<string>`coalesce(
    (SELECT u.status FROM action_updates u WHERE u.action_id = ${actionItems.id} AND u.at <= ${at} ORDER BY u.at DESC, u.id DESC LIMIT 1),
    CASE WHEN EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = ${actionItems.id}) THEN 'not_started' ELSE ${actionItems.status} END)`;
}

/** When the item took its current `status`: its first update with that status after the last one with another. */
function becameAt(status: ActionStatus): SQL<number | null> {
  return sql<number | null>`(SELECT min(u.at) FROM action_updates u WHERE u.action_id = ${actionItems.id} AND u.status = ${status}
    AND u.at > coalesce((SELECT max(o.at) FROM action_updates o WHERE o.action_id = ${actionItems.id} AND o.status <> ${status}), -1))`;
}

/** When the item was decided (the rule of the view figure_event_source, migration 0005): its rakor, its creation or its first update, the earliest. */
const decidedAt = sql<number>`min(${actionItems.createdAt},
  coalesce((SELECT min(u.at) FROM action_updates u WHERE u.action_id = ${actionItems.id}), ${actionItems.createdAt}),
  coalesce((SELECT rk.starts_at FROM outcomes o JOIN rakor rk ON rk.id = o.rakor_id WHERE o.id = ${actionItems.outcomeId}), ${actionItems.createdAt}))`;

function changeList(db: DbOrTx, regionCode: string | null, when: SQL<number | null> | null, condition: SQL) {
  return db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      subsatgasSlug: actionItems.subsatgasSlug,
      leadAgencyName: sql<string>`coalesce(${actionItems.leadAgencyName}, ${agencies.name})`,
      dueDate: actionItems.dueDate,
      status: actionItems.status,
      progress: actionItems.progress,
      timeZone: regions.timeZone,
      at: when ?? sql<number | null>`NULL`,
    })
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(agencies, eq(agencies.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(and(regionCode === null ? isNull(actionItems.regionCode) : eq(actionItems.regionCode, regionCode), ne(subsatgas.active, false), condition))
    .orderBy(asc(subsatgas.position), asc(actionItems.dueDate), asc(actionItems.id))
    .all();
}

type ChangeRow = ReturnType<typeof changeList>[number];

/**
 * Reached "selesai" after `since` and still is. Only an approved completion is "selesai" in the
 * history (a reported one is "menunggu verifikasi" until the secretariat approves it).
 */
export function listCompletedSince(db: DbOrTx, regionCode: string | null, since: number) {
  return changeList(db, regionCode, becameAt("done"), sql`${actionItems.status} = 'done' AND ${statusAt(since)} <> 'done'`);
}

/** Terhambat now, and was not at `since`. */
export function listNewlyBlockedSince(db: DbOrTx, regionCode: string | null, since: number) {
  return changeList(db, regionCode, becameAt("blocked"), sql`${actionItems.status} = 'blocked' AND ${statusAt(since)} <> 'blocked'`);
}

/** Overdue at `since` (decided by then, not closed then, due before that day): the overdue rule of overdue.server.ts at that instant. */
function overdueAt(since: number): SQL {
  const closed = sql.join(
    CLOSED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`(${overdueCondition(since)} AND ${statusAt(since)} NOT IN (${closed}) AND ${decidedAt} <= ${since})`;
}

/** Overdue now and already overdue at `since`. */
export function listStillOverdue(db: DbOrTx, regionCode: string | null, since: number, now = Date.now()) {
  return changeList(db, regionCode, null, sql`${overdueCondition(now)} AND ${overdueAt(since)}`);
}

/** Overdue now (so still open) and not overdue at `since`: it became overdue since then. */
export function listNewlyOverdue(db: DbOrTx, regionCode: string | null, since: number, now = Date.now()) {
  return changeList(db, regionCode, null, sql`${overdueCondition(now)} AND NOT ${overdueAt(since)}`);
}

/** A completion reported and waiting for the secretariat's verification now (since when). */
export function listAwaitingVerification(db: DbOrTx, regionCode: string | null) {
  return changeList(db, regionCode, becameAt("awaiting_verification"), eq(actionItems.status, "awaiting_verification"));
}

export interface CarryOverGroup {
  slug: string;
  name: string;
  /** The agenda item's title (also how a repeat is recognised). */
  title: string;
  open: ActionListRow[];
  overdue: number;
  changes: Record<ChangeKind, ChangedItem[]>;
  onAgenda: boolean;
  /** The agenda item's notes: the open list, then what changed since the previous rakor. */
  notes: string;
}

export interface CarryOverReview {
  previous: PreviousRakor | null;
  /** The kinds this review lists: none without a previous rakor. */
  kinds: readonly ChangeKind[];
  groups: CarryOverGroup[];
}

function changedItem(row: ChangeRow, kind: ChangeKind, now: number): ChangedItem {
  const change = kind === "stillOverdue" || kind === "newlyOverdue" ? `Terlambat ${daysPastDue(row.dueDate, row.timeZone, now)} hari` : ACTION_STATUS_LABELS[row.status];
  return { id: row.id, title: row.title, leadAgencyName: row.leadAgencyName, dueDate: row.dueDate, change, at: row.at };
}

function changeLine(item: ChangedItem, i: number, zone: TimeZone): string {
  const when = item.at === null ? "" : `; ${formatDate(item.at, zone)}`;
  return `${i + 1}. ${item.title} (${item.leadAgencyName}; tenggat ${formatCalendarDate(item.dueDate)}; ${item.change}${when})`;
}

/** The review of one rakor: the open list per Subsatgas and, when there is a previous rakor, what changed since. */
export function carryOverReview(db: DbOrTx, rakorId: number, now = Date.now()): CarryOverReview | null {
  const head = db.select({ id: rakor.id, level: rakor.level, regionCode: rakor.regionCode, startsAt: rakor.startsAt, timeZone: rakor.timeZone }).from(rakor).where(eq(rakor.id, rakorId)).get();
  if (!head) return null;
  const previous = findPreviousRakor(db, head);
  const kinds = previous ? CHANGE_KINDS : [];
  const changed: Record<ChangeKind, ChangeRow[]> = { completed: [], blocked: [], newlyOverdue: [], stillOverdue: [], awaiting: [] };
  if (previous) {
    changed.completed = listCompletedSince(db, head.regionCode, previous.startsAt);
    changed.blocked = listNewlyBlockedSince(db, head.regionCode, previous.startsAt);
    changed.newlyOverdue = listNewlyOverdue(db, head.regionCode, previous.startsAt, now);
    changed.stillOverdue = listStillOverdue(db, head.regionCode, previous.startsAt, now);
    changed.awaiting = listAwaitingVerification(db, head.regionCode);
  }
  const open = new Map(reviewAgendaPlan(db, rakorId, now).map((g) => [g.slug, g]));
  const slugs = new Set([...open.keys(), ...Object.values(changed).flatMap((rows) => rows.map((r) => r.subsatgasSlug))]);
  if (slugs.size === 0) return { previous, kinds, groups: [] };
  const existing = new Set(db.select({ title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.rakorId, rakorId)).all().map((a) => a.title));
  const groups = db
    .select({ slug: subsatgas.slug, name: subsatgas.name })
    .from(subsatgas)
    .where(inArray(subsatgas.slug, [...slugs]))
    .orderBy(asc(subsatgas.position))
    .all()
    .map((s): CarryOverGroup => {
      const plan = open.get(s.slug);
      const changes = Object.fromEntries(
        CHANGE_KINDS.map((k) => [k, changed[k].filter((r) => r.subsatgasSlug === s.slug).map((r) => changedItem(r, k, now))]),
      ) as Record<ChangeKind, ChangedItem[]>;
      const title = plan?.title ?? reviewAgendaTitle(s.name);
      const lines = [plan ? plan.notes : "Tidak ada rencana aksi yang belum selesai."];
      if (previous) {
        lines.push("", `Sejak rakor sebelumnya (${previous.title}, ${formatDayDate(previous.startsAt, previous.timeZone)}):`);
        for (const k of kinds) {
          lines.push(`${CHANGE_KIND_LABELS[k]}: ${changes[k].length}`, ...changes[k].map((item, i) => changeLine(item, i, head.timeZone)));
        }
      }
      return { slug: s.slug, name: s.name, title, open: plan?.items ?? [], overdue: plan?.overdue ?? 0, changes, onAgenda: existing.has(title), notes: lines.join("\n") };
    });
  return { previous, kinds, groups };
}

/** Appends the review's agenda items not yet on the rakor, after its current agenda, in one transaction. */
export function appendCarryOverAgenda(db: Db, rakorId: number, actorId: number, now = Date.now()): { added: number; skipped: number } {
  return db.transaction((tx) => {
    const groups = carryOverReview(tx, rakorId, now)?.groups ?? [];
    let added = 0;
    for (const group of groups) {
      if (group.onAgenda) continue;
      const row = tx
        .insert(agendaItems)
        .values({ rakorId, position: nextPosition(tx, agendaItems, rakorId), title: group.title, notes: group.notes })
        .returning()
        .get();
      const actionIds = [...group.open.map((i) => i.id), ...Object.values(group.changes).flatMap((items) => items.map((i) => i.id))];
      recordAudit(tx, { userId: actorId, action: "carry_over", entity: "agenda_item", entityId: row.id, after: { ...row, actionIds: [...new Set(actionIds)] } });
      added++;
    }
    if (added > 0) tx.update(rakor).set({ updatedAt: now }).where(eq(rakor.id, rakorId)).run();
    return { added, skipped: groups.length - added };
  });
}
