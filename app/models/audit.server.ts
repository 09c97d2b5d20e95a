// The audit log: every write, with who, what, when, before and after. Rows are append-only
// (database triggers refuse UPDATE and DELETE). Callers pass their transaction so the change and
// its audit row commit together or not at all.
import { desc, eq, and, type SQL } from "drizzle-orm";
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
