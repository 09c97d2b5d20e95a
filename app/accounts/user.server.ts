// Accounts: creation, lookup, listing within an admin's scope, enabling and disabling.
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, regions, sessions, users, type Role } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { scopeCondition, type ScopeCode } from "./scope";

export const MIN_PASSWORD_LENGTH = 12;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
  /** The user's task force: null = national. */
  regionCode: string | null;
  regionName: string | null;
}

/** argon2id with the library's defaults (its default algorithm is Argon2id). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a random password, made like every user's: an unknown email's password is checked
// against it, so that the answer takes as long as for a known email (no way to probe for accounts).
let standInHash: Promise<string> | undefined;

/** Whether `password` matches `passwordHash`; with no hash (unknown user) false, after the same work. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    standInHash ??= hashPassword(randomBytes(32).toString("hex"));
    await verify(await standInHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  agencyId: users.agencyId,
  agencyName: agencies.name,
  regionCode: users.regionCode,
  regionName: regions.name,
};

function selectUsers(db: Db, where: SQL | undefined) {
  return db
    .select({ ...sessionUserColumns, active: users.active, createdAt: users.createdAt })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(where);
}

export function findUserForLogin(db: Db, email: string) {
  return db.query.users.findFirst({ where: eq(users.email, normalizeEmail(email)) });
}

export function getSessionUser(db: Db, userId: number): SessionUser | undefined {
  const row = selectUsers(db, and(eq(users.id, userId), eq(users.active, true))).get();
  if (!row) return undefined;
  const { active: _active, createdAt: _createdAt, ...user } = row;
  return user;
}

/** Users an admin may manage: those whose task force lies within the admin's scope. */
export function listUsersInScope(db: Db, scope: ScopeCode) {
  return selectUsers(db, scopeCondition(users.regionCode, scope)).orderBy(asc(users.email)).all();
}

export function getUserInScope(db: Db, userId: number, scope: ScopeCode) {
  return selectUsers(db, and(eq(users.id, userId), scopeCondition(users.regionCode, scope))).get();
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  agencyId: number | null;
  regionCode: string | null;
}

export class DuplicateEmailError extends Error {}

export async function createUser(db: Db, input: NewUser, actorId: number | null) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new DuplicateEmailError(email);
    }
    const created = tx
      .insert(users)
      .values({ email, name: input.name, passwordHash, role: input.role, agencyId: input.agencyId, regionCode: input.regionCode })
      .returning()
      .get();
    const { passwordHash: _omit, ...after } = created;
    recordAudit(tx, { userId: actorId, action: "create", entity: "user", entityId: created.id, after });
    return created;
  });
}

export interface UserChanges {
  name: string;
  role: Role;
  agencyId: number | null;
  regionCode: string | null;
  active: boolean;
  password?: string;
}

/** Updates a user; disabling one also ends its sessions in the same transaction. */
export async function updateUser(db: Db, userId: number, changes: UserChanges, actorId: number) {
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  return db.transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!before) return undefined;
    const { password: _password, ...fields } = changes;
    const after = tx
      .update(users)
      .set({ ...fields, ...(passwordHash ? { passwordHash } : {}) })
      .where(eq(users.id, userId))
      .returning()
      .get();
    if (!changes.active || passwordHash) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    const strip = ({ passwordHash: _h, ...rest }: typeof before) => rest;
    recordAudit(tx, {
      userId: actorId,
      action: "update",
      entity: "user",
      entityId: userId,
      before: strip(before),
      after: { ...strip(after), passwordChanged: Boolean(passwordHash) },
    });
    return after;
  });
}
