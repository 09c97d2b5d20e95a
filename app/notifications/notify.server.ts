// In-app notifications: written in the transaction of the event that causes them (a returned
// completion, a verification request, an invitation), read from the navigation's unread count.
import type { DbOrTx as Tx } from "../../db/client";
import { notifications } from "../../db/schema";

export interface NotificationInput {
  userId: number;
  /** What happened, for grouping and icons: "completion-returned", "verification-requested", "invitation". */
  kind: string;
  /** What the user reads, in Indonesian. No victim data. */
  title: string;
  body?: string | null;
  /** In-app link ("/aksi/12"). */
  href?: string | null;
  /** The same event is notified to the same user once. */
  dedupeKey?: string | null;
}

/** Adds a notification for each input; an event already notified to that user (same dedupeKey) is skipped. */
export function notify(tx: Tx, inputs: NotificationInput | NotificationInput[]): void {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (!list.length) return;
  tx.insert(notifications)
    .values(list.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? null, href: n.href ?? null, dedupeKey: n.dedupeKey ?? null })))
    .onConflictDoNothing()
    .run();
}
