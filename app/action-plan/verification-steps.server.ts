// The steps of a completion's verification that the write verbs take inside their transaction:
// recording the secretariat's check (append-only, like the history) and telling the people who act
// next. The notifications name the item and the reason, never a victim.
import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { actionVerifications, regions, users, type VerificationResult } from "../../db/schema";
import { notify } from "../notifications/notify.server";

export interface VerificationRow {
  /** The completion verified: an update with status awaiting_verification (or a secretariat's own selesai). */
  updateId: number;
  result: VerificationResult;
  at: number;
  byUserId: number | null;
  byName: string | null;
  note: string | null;
  /** The update the verification appended (selesai, or the status restored), or the completion itself. */
  resultUpdateId: number | null;
}

export function insertVerification(tx: Tx, row: VerificationRow): number {
  return tx.insert(actionVerifications).values(row).returning({ id: actionVerifications.id }).get().id;
}

/** The item as the notifications name it. */
export interface NotifiedItem {
  id: number;
  title: string;
  regionCode: string | null;
  leadAgencyId: number;
}

/**
 * The secretariat users who verify an item: those of its own task force, else (none there) of the
 * nearest task force above it; never one of the lead agency.
 */
function verifiersOf(tx: Tx, item: NotifiedItem): number[] {
  const parent = item.regionCode ? tx.select({ code: regions.parentCode }).from(regions).where(eq(regions.code, item.regionCode)).get()?.code ?? null : null;
  const levels = [item.regionCode, parent, null].filter((code, i, all) => i === all.length - 1 || code !== null);
  const found = tx
    .select({ id: users.id, regionCode: users.regionCode })
    .from(users)
    .where(
      and(
        eq(users.role, "sekretariat"),
        eq(users.active, true),
        or(isNull(users.agencyId), ne(users.agencyId, item.leadAgencyId)),
        or(...levels.map((code) => (code === null ? isNull(users.regionCode) : eq(users.regionCode, code)))),
      ),
    )
    .all();
  for (const code of levels) {
    const here = found.filter((u) => u.regionCode === code).map((u) => u.id);
    if (here.length) return here;
  }
  return [];
}

/** A liaison reported the item selesai: its secretariat is asked to verify. */
export function notifyVerificationRequested(tx: Tx, item: NotifiedItem, updateId: number): void {
  notify(
    tx,
    verifiersOf(tx, item).map((userId) => ({
      userId,
      kind: "verification-requested",
      title: `Penyelesaian menunggu verifikasi: ${item.title}`,
      body: "Periksa catatan dan bukti dukung, lalu setujui atau kembalikan dengan alasan.",
      href: `/aksi/${item.id}`,
      dedupeKey: `verification-requested:${updateId}`,
    })),
  );
}

/** The secretariat approved or returned the completion: the lead agency's liaisons are told (with the reason). */
export function notifyVerificationResult(tx: Tx, item: NotifiedItem, verificationId: number, result: VerificationResult, note: string | null): void {
  const liaisons = tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, "penghubung"),
        eq(users.active, true),
        eq(users.agencyId, item.leadAgencyId),
        // the liaisons whose task force reaches the item: national, its own region or its province
        item.regionCode === null
          ? isNull(users.regionCode)
          : or(isNull(users.regionCode), inArray(users.regionCode, [...new Set([item.regionCode, item.regionCode.split(".")[0]])])),
      ),
    )
    .all();
  const approved = result === "approved";
  notify(
    tx,
    liaisons.map((u) => ({
      userId: u.id,
      kind: approved ? "completion-approved" : "completion-returned",
      title: approved ? `Penyelesaian disetujui: ${item.title}` : `Penyelesaian dikembalikan: ${item.title}`,
      body: approved ? note : `Alasan: ${note ?? ""}`,
      href: `/aksi/${item.id}`,
      dedupeKey: `verification:${verificationId}`,
    })),
  );
}
