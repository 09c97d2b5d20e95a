// The guard. Every loader and action starts with requireUser / requireRole, and checks the
// record's scope with assertScope / assertAgency. A parent layout does not protect its children:
// each route calls the guard itself. Denials are 403 responses and are logged.
import { createCookie, json, redirect } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { getDb } from "../db.server";
import { getSessionUser, type SessionUser } from "./user.server";
import { createSession, deleteSession, resolveSession } from "./session.server";
import { scopeIncludes } from "./scope";
import type { Role } from "../../db/schema";
import { logEvent } from "../utils/log.server";
import { isProduction } from "../utils/env.server";

export type { SessionUser };

function sessionSecret(): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  if (isProduction()) throw new Error("SESSION_SECRET must be set in production");
  // Outside production a per-process secret: sessions end when the process restarts.
  globalThis.__sigapDevSecret ??= randomBytes(32).toString("hex");
  return globalThis.__sigapDevSecret;
}

declare global {
  var __sigapDevSecret: string | undefined;
}

function sessionCookie() {
  return createCookie("sigap_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction() && process.env.COOKIE_SECURE !== "false",
    path: "/",
    secrets: [sessionSecret()],
  });
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

export async function requireRole(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) forbidden(user, request, `role ${user.role} not in ${roles.join(",")}`);
  return user;
}

/** 403 unless the record's region (null = national) lies within the user's scope. */
export function assertScope(user: SessionUser, request: Request, regionCode: string | null) {
  if (!scopeIncludes(user.regionCode, regionCode)) forbidden(user, request, `region ${regionCode ?? "nasional"} outside scope`);
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
