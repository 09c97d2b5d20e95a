// Verification of completions. A liaison's selesai is recorded as an update with status
// awaiting_verification (recordStatusUpdate) and counts as selesai nowhere; the secretariat of the
// item's scope approves it or returns it with a reason. The check is an action_verifications row
// (append-only) on that completion, and it moves the item by appending an update: selesai when
// approved (the completion series counts the item done from then), the status in force before the
// completion when returned. So the item's status stays its latest update's, and every figure keyed
// by status follows without a rule of its own.
import { and, asc, count, desc, eq, gt, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { ACTION_STATUSES, actionItems, actionUpdates, actionVerifications, auditLog, regions, users, type ActionStatus, type TimeZone, type VerificationResult } from "../../db/schema";
import { recordAudit } from "../accounts/audit.server";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { fields, postedValues, type FieldErrors } from "../utils/forms";
import { assertNoProblems, problemSentence } from "../utils/rules";
import { actionSnapshot, appendStatusUpdate, itemForWrite, latestCompletion, leadAgency, setActionState, type WriteResult } from "./action.server";
import { NATIONAL_TIME_ZONE } from "./overdue.server";
import { verificationProblems, verificationResultNote } from "./rules";
import { insertVerification, notifyVerificationResult } from "./verification-steps.server";

const WAITING = "awaiting_verification" satisfies ActionStatus;

/**
 * The status and progress in force just before the completion waiting: as the audit row of the
 * wait's first completion (recordStatusUpdate) recorded the item's state, since that state need not
 * be an update of the history (an imported item carries its status without one). A completion
 * with no such row (imported as waiting) falls back to the latest update that is not one, and with
 * none to Belum dimulai.
 */
function stateBeforeCompletion(tx: DbOrTx, actionId: number): { status: ActionStatus; progress: number } {
  const lastOther = tx
    .select({ id: actionUpdates.id, at: actionUpdates.at, status: actionUpdates.status, progress: actionUpdates.progress })
    .from(actionUpdates)
    .where(and(eq(actionUpdates.actionId, actionId), ne(actionUpdates.status, WAITING)))
    .orderBy(desc(actionUpdates.at), desc(actionUpdates.id))
    .limit(1)
    .get();
  const firstCompletion = tx
    .select({ id: actionUpdates.id })
    .from(actionUpdates)
    .where(
      and(
        eq(actionUpdates.actionId, actionId),
        eq(actionUpdates.status, WAITING),
        lastOther ? or(gt(actionUpdates.at, lastOther.at), and(eq(actionUpdates.at, lastOther.at), gt(actionUpdates.id, lastOther.id))) : undefined,
      ),
    )
    .orderBy(asc(actionUpdates.at), asc(actionUpdates.id))
    .limit(1)
    .get();
  const recorded = firstCompletion
    ? (tx
        .select({ before: auditLog.before })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entity, "action_item"),
            eq(auditLog.entityId, String(actionId)),
            eq(auditLog.action, "status_update"),
            sql`json_extract(${auditLog.after}, '$.updateId') = ${firstCompletion.id}`,
          ),
        )
        .get()?.before as { status?: unknown; progress?: unknown } | null | undefined)
    : undefined;
  if (recorded && ACTION_STATUSES.includes(recorded.status as ActionStatus) && recorded.status !== WAITING && typeof recorded.progress === "number") {
    return { status: recorded.status as ActionStatus, progress: recorded.progress };
  }
  return lastOther ? { status: lastOther.status, progress: lastOther.progress } : { status: "not_started", progress: 0 };
}

export interface VerificationInput {
  result: VerificationResult;
  note: string | null;
}

/**
 * Approves or returns the completion the item waits on, if the item still has `expectedVersion`
 * and still waits (else the newer state, as a conflict): one transaction with the verification,
 * the update it appends, the audit row and the liaisons' notifications.
 */
export function verifyCompletion(db: Db, actionId: number, expectedVersion: number, input: VerificationInput, actorId: number, now = Date.now()): WriteResult<{ verificationId: number }> {
  assertNoProblems(verificationProblems(input));
  return db.transaction((tx) => {
    const item = itemForWrite(tx, actionId);
    if (!item) return { ok: false as const, reason: "not_found" as const };
    const completion = item.status === WAITING ? latestCompletion(tx, actionId) : undefined;
    if (!completion || item.version !== expectedVersion) return { ok: false as const, reason: "conflict" as const, current: actionSnapshot(tx, actionId)! };
    const note = input.note?.trim() || null;
    const approved = input.result === "approved";
    const next = approved ? { status: "done" as const, progress: 100 } : stateBeforeCompletion(tx, actionId);
    const version = setActionState(tx, actionId, next, { expectedVersion, bump: true }, now)!;
    const role = tx.select({ role: users.role }).from(users).where(eq(users.id, actorId)).get()?.role ?? null;
    const { updateId: resultUpdateId } = appendStatusUpdate(
      tx,
      actionId,
      { ...next, at: now, note: verificationResultNote(approved, note), byUserId: actorId, byName: null },
      [],
      role,
    );
    const verificationId = insertVerification(tx, { updateId: completion.id, result: input.result, at: now, byUserId: actorId, byName: null, note, resultUpdateId });
    notifyVerificationResult(tx, item, verificationId, input.result, note);
    recordAudit(tx, {
      userId: actorId,
      action: "verify",
      entity: "action_item",
      entityId: actionId,
      before: { status: item.status, progress: item.progress, version: item.version },
      after: { ...next, version, result: input.result, note, updateId: completion.id, resultUpdateId, verificationId },
    });
    return { ok: true as const, version, verificationId };
  });
}

// ---------------------------------------------------------------------------------------------
// The verification form (intent=verifikasi on /aksi/:id)
// ---------------------------------------------------------------------------------------------

const HASIL = { disetujui: "approved", dikembalikan: "returned" } as const;

const VerificationFields = z.object({
  hasil: z.enum(["disetujui", "dikembalikan"], { error: "Pilih hasil verifikasi." }),
  catatan: fields.optionalText(4000),
  version: z.string({ error: "Formulir tidak lengkap: muat ulang halaman." }).trim().regex(/^\d{1,9}$/, "Formulir tidak lengkap: muat ulang halaman.").transform(Number),
});

export type VerificationFormResult = { ok: true; input: VerificationInput; version: number } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Reads the verification form: a result, and a reason when the completion is returned. */
export function parseVerificationForm(formData: FormData): VerificationFormResult {
  const values = postedValues(formData);
  const parsed = VerificationFields.safeParse(Object.fromEntries(["hasil", "catatan", "version"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_form")] ??= issue.message;
    return { ok: false, errors, values };
  }
  const input = { result: HASIL[parsed.data.hasil], note: parsed.data.catatan };
  const problems = verificationProblems(input);
  if (problems.length) return { ok: false, errors: Object.fromEntries(problems.map((p) => [p.field, problemSentence(p, { catatan: "Catatan" })])), values };
  return { ok: true, input, version: parsed.data.version };
}

// ---------------------------------------------------------------------------------------------
// Reading: the queue, its count, and the checks of one item's history
// ---------------------------------------------------------------------------------------------

/** Since when an item waits: its first completion after the latest update that is not one. */
const waitingSince = sql<number>`(SELECT min(w.at) FROM ${actionUpdates} w WHERE w.action_id = ${actionItems.id} AND w.status = ${WAITING}
  AND w.at >= coalesce((SELECT max(q.at) FROM ${actionUpdates} q WHERE q.action_id = ${actionItems.id} AND q.status <> ${WAITING}), 0))`;

/** What waits for `user` within scope: items awaiting verification, minus those of the user's own agency. */
function queueCondition(scope: ScopeCode, agencyId: number | null): SQL | undefined {
  return and(eq(actionItems.status, WAITING), scopeCondition(actionItems.regionCode, scope), agencyId === null ? undefined : ne(actionItems.leadAgencyId, agencyId));
}

/** The items waiting for verification within scope, the longest waiting first, with the zone of each item. */
export function listAwaitingVerification(db: Db, scope: ScopeCode, agencyId: number | null) {
  return db
    .select({
      id: actionItems.id,
      title: actionItems.title,
      regionCode: actionItems.regionCode,
      timeZone: sql<TimeZone>`coalesce(${regions.timeZone}, ${NATIONAL_TIME_ZONE})`,
      leadAgencyName: leadAgency.name,
      dueDate: actionItems.dueDate,
      waitingSince: waitingSince.mapWith(Number),
    })
    .from(actionItems)
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(queueCondition(scope, agencyId))
    .orderBy(asc(waitingSince), asc(actionItems.id))
    .limit(500)
    .all();
}

export function countAwaitingVerification(db: Db, scope: ScopeCode, agencyId: number | null): number {
  return db.select({ n: count() }).from(actionItems).where(queueCondition(scope, agencyId)).get()?.n ?? 0;
}

/**
 * The returns still in force among `actionIds`: items whose latest verification returned their
 * completion and that have had no update since (the return's update is still their latest), with
 * its reason. One query for a list's page.
 */
export function returnedCompletions(db: DbOrTx, actionIds: readonly number[]): Map<number, string | null> {
  if (actionIds.length === 0) return new Map();
  const completion = alias(actionUpdates, "completion");
  const rows = db
    .select({ actionId: completion.actionId, note: actionVerifications.note })
    .from(actionVerifications)
    .innerJoin(completion, eq(completion.id, actionVerifications.updateId))
    .where(
      and(
        inArray(completion.actionId, [...new Set(actionIds)]),
        eq(actionVerifications.result, "returned"),
        sql`${actionVerifications.resultUpdateId} = (SELECT l.id FROM ${actionUpdates} l WHERE l.action_id = ${completion.actionId} ORDER BY l.at DESC, l.id DESC LIMIT 1)`,
      ),
    )
    .all();
  return new Map(rows.map((r) => [r.actionId, r.note]));
}

/** A list's rows, each with the return still in force on it (null: none). */
export function withReturnedCompletions<R extends { id: number }>(db: DbOrTx, rows: R[]): Array<R & { returned: { note: string | null } | null }> {
  const returned = returnedCompletions(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, returned: returned.has(r.id) ? { note: returned.get(r.id) ?? null } : null }));
}
