// The guard. Every loader and action starts with requirePermission (or requireUser where any
// signed-in user may come), and checks the record it reads with assertCan. Both read the one
// policy table (policy.ts). A parent layout does not protect its children: each route calls the
// guard itself. Denials are 403 responses and are logged.
import { createCookie, json, redirect } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { getDb } from "../db.server";
import { getSessionUser, type SessionUser } from "./user.server";
import { createSession, deleteSession, resolveSession } from "./session.server";
import { can, recordOf, rolesFor, type Action, type PolicyRecord } from "./policy";
import { logEvent } from "../utils/log.server";
import { isProduction } from "../utils/env.server";

export type { SessionUser };

/** In production the session secret is at least this long (`openssl rand -hex 32` gives 64). */
export const MIN_SESSION_SECRET_LENGTH = 32;

/** Why SESSION_SECRET cannot be used in production (in Indonesian), or null when it can. */
export function sessionSecretProblem(): string | null {
  if (!isProduction()) return null;
  const secret = process.env.SESSION_SECRET;
  const advice = "atur SESSION_SECRET dengan nilai acak yang panjang, misalnya `export SESSION_SECRET=$(openssl rand -hex 32)`.";
  if (!secret) return `SESSION_SECRET belum diatur. Di produksi aplikasi menolak berjalan tanpa kunci sesi: ${advice}`;
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    return `SESSION_SECRET terlalu pendek (${secret.length} karakter, paling sedikit ${MIN_SESSION_SECRET_LENGTH}): ${advice}`;
  }
  return null;
}

function sessionSecret(): string {
  const problem = sessionSecretProblem();
  if (problem) throw new Error(problem);
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  // Outside production a per-process secret: sessions end when the process restarts.
  globalThis.__sigapDevSecret ??= randomBytes(32).toString("hex");
  return globalThis.__sigapDevSecret;
}

declare global {
  var __sigapDevSecret: string | undefined;
}

/** A cookie signed with the session secret, with the session cookie's attributes (the flash message uses it too). */
export function signedCookie(name: string, options: { maxAge?: number } = {}) {
  return createCookie(name, {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction() && process.env.COOKIE_SECURE !== "false",
    path: "/",
    secrets: [sessionSecret()],
    ...options,
  });
}

function sessionCookie() {
  return signedCookie("sigap_session");
}

async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The signed-in user, or null. */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const db = getDb();
  const userId = resolveSession(db, id);
  return userId === null ? null : (getSessionUser(db, userId) ?? null);
}

/** The signed-in user; otherwise a redirect to /login that clears the cookie and comes back here. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : "/";
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`, {
    headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) },
  });
}

export function forbidden(user: SessionUser | null, request: Request, reason: string): never {
  logEvent("access_denied", { userId: user?.id ?? null, role: user?.role ?? null, method: request.method, path: new URL(request.url).pathname, reason });
  throw json({ message: "Anda tidak berwenang membuka atau mengubah data ini." }, { status: 403 });
}

/**
 * The signed-in user, if the policy grants their role `action`; 403 otherwise. The record the
 * route then reads is checked with assertCan.
 */
export async function requirePermission(request: Request, action: Action): Promise<SessionUser> {
  const user = await requireUser(request);
  assertCan(user, request, action);
  return user;
}

/** 403 unless the policy lets `user` do `action` on `record`; `subject` names the record in the log. */
export function assertCan(user: SessionUser, request: Request, action: Action, record?: PolicyRecord, subject: string = recordOf(action)) {
  if (can(user, action, record)) return;
  if (!rolesFor(action).includes(user.role)) forbidden(user, request, `role ${user.role} may not ${action}`);
  const agency = user.agencyId === null ? "" : ` of agency ${user.agencyId}`;
  forbidden(user, request, `${subject} in ${record?.regionCode ?? "nasional"}: ${user.role}${agency} (scope ${user.regionCode ?? "nasional"}) may not ${action}`);
}

export async function startSession(request: Request, userId: number, ip: string, redirectTo: string) {
  const db = getDb();
  // A fresh id at every login; an id the browser carried before is dropped.
  const previous = await readSessionId(request);
  if (previous) deleteSession(db, previous);
  const id = createSession(db, userId, { ip, userAgent: request.headers.get("User-Agent") ?? undefined });
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize(id) } });
}

export async function endSession(request: Request) {
  const id = await readSessionId(request);
  if (id) deleteSession(getDb(), id);
  return redirect("/login", { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}

/**
 * Only same-site relative paths are followed after login. Backslashes and control characters are
 * refused anywhere: browsers drop tabs and newlines from a Location and read a backslash as "/",
 * so "/<tab>/evil.com" or "/<tab><backslash>evil.com" would otherwise land on another host.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(to)) return fallback;
  return to;
}
