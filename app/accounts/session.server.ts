// Server-side sessions and login throttling. The cookie carries a random id; the database keeps
// only its SHA-256, so a copy of the database does not hand out live sessions.
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, lt, max, min } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loginAttempts, sessions, users } from "../../db/schema";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES = 10;

function hashId(id: string): string {
  return createHash("sha256").update(id).digest("hex");
}

export function createSession(db: Db, userId: number, meta: { ip?: string; userAgent?: string }): string {
  const id = randomBytes(32).toString("base64url");
  const now = Date.now();
  db.insert(sessions)
    .values({ idHash: hashId(id), userId, createdAt: now, lastSeenAt: now, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) })
    .run();
  return id;
}

/**
 * The user id behind a session id, or null when the session is unknown, idle too long, too old,
 * or its user is disabled. An ended session is deleted on the spot.
 */
export function resolveSession(db: Db, id: string, now = Date.now()): number | null {
  const idHash = hashId(id);
  const row = db
    .select({ userId: sessions.userId, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, active: users.active })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash))
    .get();
  if (!row) return null;
  if (!row.active || now - row.lastSeenAt > IDLE_TIMEOUT_MS || now - row.createdAt > ABSOLUTE_TIMEOUT_MS) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    return null;
  }
  if (now - row.lastSeenAt > TOUCH_INTERVAL_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
  }
  return row.userId;
}

export function deleteSession(db: Db, id: string) {
  db.delete(sessions).where(eq(sessions.idHash, hashId(id))).run();
}

/** Deletes sessions idle past the timeout; run at start-up and now and then. */
export function purgeExpiredSessions(db: Db, now = Date.now()) {
  db.delete(sessions).where(lt(sessions.lastSeenAt, now - IDLE_TIMEOUT_MS)).run();
  db.delete(loginAttempts).where(lt(loginAttempts.at, now - LOGIN_WINDOW_MS)).run();
}

/**
 * When the account or the address has failed LOGIN_MAX_FAILURES times within the window, the
 * time until the oldest of those failures leaves the window; otherwise null. Failures of an
 * account before its last successful login do not count.
 */
export function loginLockout(db: Db, email: string, ip: string, now = Date.now()): number | null {
  const since = now - LOGIN_WINDOW_MS;
  const lastSuccess =
    db
      .select({ at: max(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gt(loginAttempts.at, since)))
      .get()?.at ?? since;
  const byEmail = db
    .select({ n: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false), gt(loginAttempts.at, lastSuccess)))
    .get();
  const byIp = db
    .select({ n: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .get();
  const waits: number[] = [];
  for (const r of [byEmail, byIp]) {
    if (r && r.n >= LOGIN_MAX_FAILURES && r.oldest != null) waits.push(r.oldest + LOGIN_WINDOW_MS - now);
  }
  return waits.length ? Math.max(1000, ...waits) : null;
}

export function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean) {
  db.insert(loginAttempts).values({ email, ip, success, at: Date.now() }).run();
}
