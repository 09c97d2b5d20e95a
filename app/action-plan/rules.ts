// What makes a status update valid, one function per rule: the status form (inside its zod
// schema), the bundle importer (for every update of an item's history) and the write verb
// recordStatusUpdate all call these. Fields are named as the form names them.
import type { ActionStatus, Role } from "../../db/schema";
import { rolesFor } from "../accounts/policy";
import { ACTION_STATUS_LABELS } from "../utils/labels";
import type { Problem, Rule } from "../utils/rules";

export interface StatusUpdateFacts {
  status: ActionStatus;
  progress: number;
  note?: string | null;
}

export interface StatusUpdateContext {
  /** Evidence files attached to the update (a bundle carries none). */
  evidenceCount: number;
  /** Who writes it: a user's role, or null for the command line (national, no account). */
  role: Role | null;
  /** The item as the writer saw it: an update that changes nothing and says nothing is refused. */
  current?: { status: ActionStatus; progress: number };
}

const statusWord = (status: ActionStatus) => ACTION_STATUS_LABELS[status].toLowerCase();

/**
 * The statuses a writer reports. Menunggu verifikasi is never chosen: it is what a liaison's
 * selesai records until the secretariat verifies it (recordStatusUpdate).
 */
export const REPORTED_STATUSES = ["not_started", "in_progress", "done", "blocked", "cancelled"] as const satisfies readonly ActionStatus[];

/** A completion: selesai, or selesai reported and waiting for the secretariat's verification. */
export function isCompletion(status: ActionStatus): boolean {
  return status === "done" || status === "awaiting_verification";
}

/** Selesai is 100 %: the form records it so (a bundle must say so itself). */
export function normalizeStatusUpdate<T extends { status: ActionStatus; progress: number }>(input: T): T {
  return isCompletion(input.status) ? { ...input, progress: 100 } : input;
}

/** Progress is a whole percentage; 0 while Belum dimulai, 100 when Selesai. */
export function progressProblems(s: { status: ActionStatus; progress: number }): Problem[] {
  if (!Number.isInteger(s.progress) || s.progress < 0 || s.progress > 100) return [{ field: "progress", message: "harus bilangan bulat 0 sampai 100" }];
  if (s.status === "not_started" && s.progress > 0) return [{ field: "progress", message: `harus 0% bila status ${statusWord("not_started")}` }];
  if (isCompletion(s.status) && s.progress !== 100) return [{ field: "progress", message: `harus 100% bila status ${statusWord("done")}` }];
  return [];
}

/** Selesai says what was done (a note or evidence); Terhambat says what blocks it (a note). */
export function noteProblems(u: StatusUpdateFacts, context: Pick<StatusUpdateContext, "evidenceCount">): Problem[] {
  const note = u.note?.trim();
  if (isCompletion(u.status) && !note && context.evidenceCount === 0) return [{ field: "note", message: `wajib diisi untuk status ${statusWord("done")} bila tidak ada bukti dukung` }];
  if (u.status === "blocked" && !note) return [{ field: "note", message: `wajib diisi untuk status ${statusWord("blocked")}` }];
  return [];
}

/** Only the roles the policy lets cancel items (secretariats) set Dibatalkan. */
export function cancelProblems(u: Pick<StatusUpdateFacts, "status">, context: Pick<StatusUpdateContext, "role">): Problem[] {
  if (u.status !== "cancelled" || context.role === null || rolesFor("cancel-action").includes(context.role)) return [];
  return [{ field: "status", message: `${statusWord("cancelled")} hanya dapat dipilih oleh sekretariat` }];
}

/** An update from the form changes the status or progress, or adds a note or evidence. */
export function changeProblems(u: StatusUpdateFacts, context: StatusUpdateContext): Problem[] {
  const current = context.current;
  if (!current || u.status !== current.status || u.progress !== current.progress || u.note?.trim() || context.evidenceCount > 0) return [];
  return [{ field: "_form", message: "Tidak ada perubahan: ubah status atau progres, atau tambahkan catatan atau bukti" }];
}

/** Every rule of one status update. */
export function statusUpdateProblems(u: StatusUpdateFacts, context: StatusUpdateContext): Problem[] {
  const own = [...progressProblems(u), ...noteProblems(u, context), ...cancelProblems(u, context)];
  return own.length ? own : changeProblems(u, context);
}

export const STATUS_UPDATE_RULES: readonly Rule<StatusUpdateFacts, StatusUpdateContext>[] = [
  { reads: ["status", "progress", "note"], check: statusUpdateProblems },
];

/** A history lists its updates oldest first. */
export function historyOrderProblems(instants: readonly number[]): Problem[] {
  const problems: Problem[] = [];
  let latest = -Infinity;
  instants.forEach((at, i) => {
    if (at < latest) {
      problems.push({ field: `updates[${i}].at`, message: `tidak boleh sebelum pembaruan sebelumnya (updates[${i - 1}]); riwayat status harus urut dari yang terlama` });
    }
    latest = Math.max(latest, at);
  });
  return problems;
}

/** The note of the update an approval appends when the secretariat writes none. */
export const APPROVED_NOTE = "Penyelesaian diverifikasi dan disetujui.";
/** How the update a return appends begins, followed by the reason. */
export const RETURNED_PREFIX = "Penyelesaian dikembalikan: ";

/** The note of the update a verification appends to the history. */
export function verificationResultNote(approved: boolean, note: string | null): string {
  return approved ? (note ?? APPROVED_NOTE) : `${RETURNED_PREFIX}${note ?? ""}`;
}

/** The secretariat's check of a completion: returning it says why. */
export function verificationProblems(v: { result: "approved" | "returned"; note: string | null }): Problem[] {
  if (v.result === "returned" && !v.note?.trim()) return [{ field: "catatan", message: "wajib diisi: tuliskan alasan pengembalian" }];
  return [];
}
