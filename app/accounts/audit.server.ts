// The audit log: every write, with who, what, when, before and after. Rows are append-only
// (database triggers refuse UPDATE and DELETE). Callers pass their transaction so the change and
// its audit row commit together or not at all.
import { and, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { scopeCondition } from "./scope";
import type { Db } from "../../db/client";
import { auditLog, users } from "../../db/schema";

type Tx = Pick<Db, "insert">;

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: number | string | null;
  before?: unknown;
  after?: unknown;
}

export function recordAudit(tx: Tx, entry: AuditEntry) {
  tx.insert(auditLog)
    .values({
      at: Date.now(),
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}

export function listAuditEntries(db: Db, filter: { entity?: string; entityId?: string }, page: { limit: number; offset: number }) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  action?: string;
  /** Part of the author's email or name. */
  user?: string;
  /** Instants [from, to). */
  from?: number;
  to?: number;
}

/**
 * The audit log for an admin, newest first, with the total. A national admin reads every entry; a
 * regional admin those written by users of its scope (entries carry no region of their own).
 */
export function searchAuditLog(db: Db, scope: string | null, filter: AuditFilter, page: { limit: number; offset: number }) {
  const conditions: (SQL | undefined)[] = [];
  if (scope !== null) conditions.push(scopeCondition(users.regionCode, scope), isNotNull(auditLog.userId));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.user) {
    const p = `%${filter.user.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${users.email} LIKE ${p} ESCAPE '\\' OR ${users.name} LIKE ${p} ESCAPE '\\')`);
  }
  if (filter.from !== undefined) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to !== undefined) conditions.push(lt(auditLog.at, filter.to));
  const where = and(...conditions);
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      userEmail: users.email,
      userName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  const total = db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId)).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** The entity and action names present in the log, for the filter pickers. */
export function auditVocabulary(db: Db) {
  return {
    entities: db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all().map((r) => r.v),
    actions: db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.v),
  };
}
