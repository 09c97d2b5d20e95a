// Reading a user's notifications (written by notify.server.ts): the list, newest first, the unread
// count the navigation shows, and marking them read. Every query is limited to the user's own rows.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { notifications } from "../../db/schema";

/** How many notifications the list shows (the newest). */
export const NOTIFICATION_LIST_LIMIT = 100;

/** The user's notifications, newest first. */
export function listNotifications(db: DbOrTx, userId: number, limit = NOTIFICATION_LIST_LIMIT) {
  return db
    .select({ id: notifications.id, kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}

/** How many of the user's notifications are unread: one probe of notifications_user_idx (user_id, read_at). */
export function unreadNotificationCount(db: DbOrTx, userId: number): number {
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .get()!.n;
}

/**
 * Marks one of the user's notifications read (once: a read one keeps its time) and returns it, or
 * undefined when the user has no such notification.
 */
export function markNotificationRead(db: DbOrTx, userId: number, id: number, now = Date.now()) {
  const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
  db.update(notifications).set({ readAt: now }).where(and(mine, isNull(notifications.readAt))).run();
  return db.select({ id: notifications.id, href: notifications.href }).from(notifications).where(mine).get();
}

/** Marks every unread notification of the user read; returns how many were. */
export function markAllNotificationsRead(db: DbOrTx, userId: number, now = Date.now()): number {
  return db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run().changes;
}
