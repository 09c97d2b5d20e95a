// The outbox: every e-mail the app sends is a row of mail_outbox, written by queueMail in the
// transaction of the event that causes it, then delivered by the sender (mailer.server.ts). The
// rows change only through this module: queued -> sending (claimed by one sender) -> sent, or back
// to queued for a retry, or failed; an admin queues a failed message again.
import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { mailAttachments, mailOutbox, type MailStatus } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../accounts/scope";

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  /** One recipient address (`nama@instansi.go.id`). */
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** What the message is for: "undangan", "pengingat", ... */
  kind: string;
  /** Makes the message idempotent: a key already in the outbox queues nothing. */
  dedupeKey?: string;
  /** The scope of the event (null or absent = national): the admins of that scope read the message. */
  regionCode?: string | null;
  /** Not delivered after this instant (epoch ms): the message then fails as expired. */
  expiresAt?: number;
}

export interface QueuedMail {
  id: number;
  /** False when the dedupe key was already in the outbox: nothing was written. */
  created: boolean;
  /** "failed" at once for an address that cannot be delivered to; the caller may say so. */
  status: MailStatus;
  lastError: string | null;
}

/** Whether `address` is one e-mail address the sender can deliver to. */
export function isMailAddress(address: string): boolean {
  return z.email().safeParse(address).success;
}

/**
 * Queues `message` in the caller's transaction: it is delivered once that commits. An address that
 * is not an e-mail address is stored as failed at once (reported in /admin/surel), so the other
 * messages of the same event still go. With a `dedupeKey` already in the outbox nothing is written
 * and the existing message is returned.
 */
export function queueMail(tx: DbOrTx, message: MailMessage, now: number = Date.now()): QueuedMail {
  const to = message.to.trim();
  const valid = isMailAddress(to);
  const inserted = tx
    .insert(mailOutbox)
    .values({
      kind: message.kind,
      dedupeKey: message.dedupeKey ?? null,
      regionCode: message.regionCode ?? null,
      toAddress: to,
      // A header is one line: a line break in a subject would start another header.
      subject: message.subject.replace(/[\r\n]+/g, " ").trim(),
      bodyText: message.text,
      bodyHtml: message.html ?? null,
      status: valid ? "queued" : "failed",
      lastError: valid ? null : `Alamat email penerima tidak valid: "${to}".`,
      nextAttemptAt: now,
      expiresAt: message.expiresAt ?? null,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id, status: mailOutbox.status, lastError: mailOutbox.lastError })
    .get();
  if (!inserted) {
    const existing = tx
      .select({ id: mailOutbox.id, status: mailOutbox.status, lastError: mailOutbox.lastError })
      .from(mailOutbox)
      .where(eq(mailOutbox.dedupeKey, message.dedupeKey!))
      .get()!;
    return { ...existing, created: false };
  }
  (message.attachments ?? []).forEach((a, position) => {
    const content = Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
    tx.insert(mailAttachments).values({ mailId: inserted.id, position, filename: a.filename, contentType: a.contentType, size: content.length, content }).run();
  });
  return { ...inserted, created: true };
}

// ---------------------------------------------------------------------------------------------
// Delivery (the sender): claim, then record the outcome
// ---------------------------------------------------------------------------------------------

export type ClaimedMail = typeof mailOutbox.$inferSelect & { attachments: MailAttachment[] };

/**
 * Takes the next message due at `now` for this sender, in one write transaction: the UPDATE moves it
 * from queued to sending, so no other sender (another process, another connection) can take it.
 * A message left "sending" by a sender that died is due again once its claim lapses (`leaseMs`).
 * Expired messages due now fail first. Undefined when nothing is due.
 */
export function claimNextMail(db: Db, now: number, leaseMs: number): ClaimedMail | undefined {
  const claimable = and(inArray(mailOutbox.status, ["queued", "sending"]), lte(mailOutbox.nextAttemptAt, now));
  const claimed = db.transaction((tx) => {
    tx.update(mailOutbox)
      .set({ status: "failed", lastError: "Kedaluwarsa: tidak terkirim sebelum batas waktunya." })
      .where(and(claimable, lte(mailOutbox.expiresAt, now)))
      .run();
    const next = tx.select({ id: mailOutbox.id }).from(mailOutbox).where(claimable).orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id)).limit(1);
    return tx
      .update(mailOutbox)
      .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: now + leaseMs })
      .where(and(inArray(mailOutbox.id, next), claimable))
      .returning()
      .get();
  });
  if (!claimed) return undefined;
  const attachments = db
    .select({ filename: mailAttachments.filename, contentType: mailAttachments.contentType, content: mailAttachments.content })
    .from(mailAttachments)
    .where(eq(mailAttachments.mailId, claimed.id))
    .orderBy(asc(mailAttachments.position))
    .all();
  return { ...claimed, attachments };
}

export function markMailSent(db: Db, id: number, messageId: string | null, now: number) {
  db.update(mailOutbox)
    .set({ status: "sent", sentAt: now, messageId, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "sending")))
    .run();
}

/** A delivery that did not succeed: queued again at `retryAt`, or failed for good when it is null. */
export function markMailNotSent(db: Db, id: number, error: string, retryAt: number | null) {
  db.update(mailOutbox)
    .set(retryAt === null ? { status: "failed", lastError: error } : { status: "queued", lastError: error, nextAttemptAt: retryAt })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "sending")))
    .run();
}

/**
 * "Kirim ulang": a failed message of `scope` queued again now, with its attempts counted from zero
 * and no expiry. Undefined when there is no such failed message.
 */
export function requeueMail(tx: DbOrTx, id: number, scope: ScopeCode, now: number = Date.now()) {
  return tx
    .update(mailOutbox)
    .set({ status: "queued", attempts: 0, nextAttemptAt: now, expiresAt: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "failed"), inScope(scope)))
    .returning({ id: mailOutbox.id, toAddress: mailOutbox.toAddress, subject: mailOutbox.subject, lastError: mailOutbox.lastError })
    .get();
}

// ---------------------------------------------------------------------------------------------
// Reading (/admin/surel): a scope reads the messages of its events and those below it
// ---------------------------------------------------------------------------------------------

function inScope(scope: ScopeCode): SQL | undefined {
  return scope === null ? undefined : scopeCondition(mailOutbox.regionCode, scope);
}

const summary = {
  id: mailOutbox.id,
  createdAt: mailOutbox.createdAt,
  kind: mailOutbox.kind,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  lastError: mailOutbox.lastError,
  sentAt: mailOutbox.sentAt,
};

/** The messages of `scope`, newest first, optionally of one status, with the total. */
export function listMailInScope(db: Db, scope: ScopeCode, filter: { status?: MailStatus }, page: { limit: number; offset: number }) {
  const where = and(inScope(scope), filter.status ? eq(mailOutbox.status, filter.status) : undefined);
  const rows = db.select(summary).from(mailOutbox).where(where).orderBy(desc(mailOutbox.id)).limit(page.limit).offset(page.offset).all();
  const total = db.select({ n: count() }).from(mailOutbox).where(where).get()!.n;
  return { rows, total };
}

/** How many messages of `scope` are in each status. */
export function countMailByStatus(db: Db, scope: ScopeCode): Record<MailStatus, number> {
  const counts: Record<MailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).where(inScope(scope)).groupBy(mailOutbox.status).all()) counts[r.status] = r.n;
  return counts;
}

/** One message of `scope` with its text and the names of its attachments; undefined outside the scope. */
export function getMailInScope(db: Db, id: number, scope: ScopeCode) {
  const mail = db
    .select({ ...summary, regionCode: mailOutbox.regionCode, bodyText: mailOutbox.bodyText, hasHtml: sql<boolean>`${mailOutbox.bodyHtml} IS NOT NULL`.mapWith(Boolean), expiresAt: mailOutbox.expiresAt, messageId: mailOutbox.messageId })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.id, id), inScope(scope)))
    .get();
  if (!mail) return undefined;
  const attachments = db
    .select({ id: mailAttachments.id, filename: mailAttachments.filename, contentType: mailAttachments.contentType, size: mailAttachments.size })
    .from(mailAttachments)
    .where(eq(mailAttachments.mailId, id))
    .orderBy(asc(mailAttachments.position))
    .all();
  return { ...mail, attachments };
}

/** An attachment of a message of `scope`, with its bytes. */
export function getMailAttachmentInScope(db: Db, mailId: number, attachmentId: number, scope: ScopeCode) {
  return db
    .select({ filename: mailAttachments.filename, contentType: mailAttachments.contentType, content: mailAttachments.content })
    .from(mailAttachments)
    .innerJoin(mailOutbox, eq(mailOutbox.id, mailAttachments.mailId))
    .where(and(eq(mailAttachments.id, attachmentId), eq(mailAttachments.mailId, mailId), inScope(scope)))
    .get();
}
