// The minutes (notulen) of a rakor through their versions: draft -> circulated (every attendee with
// an address receives the draft and a personal correction link) -> approved by the chair, or by the
// secretariat on the chair's behalf; neither while the rakor is still scheduled. A circulated or
// approved version records what its document says of the rakor (title, start, zone), which the
// correction and verification pages show. An approved version stores the issued .docx, its SHA-256 and a
// verification code (printed with a QR code for /verifikasi/<code>), and locks the rakor's outcomes,
// attendance and agenda: the app refuses with 409 (requireMinutesOpen), and migration 0007's
// triggers abort any other writer with "minutes_locked". Reopening records why and starts the next
// version as a draft; the approved documents stay verifiable. No row yet = version 1, draft.
import { createHash, randomBytes } from "node:crypto";
import { json, type ActionFunctionArgs } from "@remix-run/node";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db, DbOrTx } from "../../db/client";
import { minutesCorrections, minutesRecipients, rakor, rakorMinutes, type TimeZone } from "../../db/schema";
import type { SessionUser } from "../accounts/auth.server";
import { recordAudit } from "../accounts/audit.server";
import { can } from "../accounts/policy";
import { loadNotulenData, renderNotulen, type NotulenData } from "../documents/notulen.server";
import { queueMail, isMailAddress } from "../mail/outbox.server";
import { getFile, recordFile, stageFile } from "../utils/upload.server";
import { idParam } from "../utils/http.server";
import { formatDateTime, formatDayDate } from "../utils/period";
import { invitationFileName, invitationMessage, mailRecipients, type InvitationRun } from "./invitation.server";
import { getRakorDetail, getRakorHead, type RakorHead } from "./rakor.server";

export type MinutesRow = typeof rakorMinutes.$inferSelect;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** How long a correction link works after it was sent. */
export const CORRECTION_LINK_TTL_MS = 60 * 24 * 60 * 60 * 1000;
export const CORRECTION_MAX = 5000;
export const REASON_MAX = 1000;

/** The newest version of the rakor's minutes; undefined while nothing was done with them (version 1, draft). */
export function latestMinutes(db: DbOrTx, rakorId: number): MinutesRow | undefined {
  return db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, rakorId)).orderBy(desc(rakorMinutes.version)).limit(1).get();
}

// ---------------------------------------------------------------------------------------------
// The lock
// ---------------------------------------------------------------------------------------------

/** The message of the database triggers that refuse a change to approved minutes. */
export const MINUTES_LOCKED = "minutes_locked";

/** Why the rakor's outcomes, attendance and agenda cannot change now, or null when they can. */
export function minutesLockMessage(db: DbOrTx, r: { id: number; timeZone: TimeZone }): string | null {
  const latest = latestMinutes(db, r.id);
  if (latest?.status !== "approved") return null;
  return `Notulen rakor ini sudah disetujui pada ${formatDateTime(latest.approvedAt!, r.timeZone)}. Buka kembali notulen untuk mengubah hasil, peserta, atau agenda.`;
}

function lockedResponse(message: string) {
  return json({ message }, { status: 409 });
}

/** Throws 409 with the lock message when the rakor's minutes are approved: called first by every action that changes them. */
export function requireMinutesOpen(db: DbOrTx, r: { id: number; timeZone: TimeZone }): void {
  const message = minutesLockMessage(db, r);
  if (message) throw lockedResponse(message);
}

export function isMinutesLockedError(error: unknown): boolean {
  return error instanceof Error && error.message === MINUTES_LOCKED;
}

/**
 * Runs a /rakor/:id action so that a write refused by the lock triggers (one that did not check
 * requireMinutesOpen, or raced an approval) answers the same 409 instead of a server error. Called
 * inside the route's action, never at module scope: the browser bundle keeps module-scope calls,
 * and there this .server module is empty.
 */
export async function withMinutesLock<T>(db: () => Db, args: ActionFunctionArgs, action: (args: ActionFunctionArgs) => Promise<T>): Promise<T> {
  try {
    return await action(args);
  } catch (error) {
    if (!isMinutesLockedError(error)) throw error;
    const head = getRakorHead(db(), idParam(args.params.id));
    throw lockedResponse((head && minutesLockMessage(db(), head)) ?? "Notulen rakor ini sudah disetujui. Buka kembali notulen untuk mengubah hasil, peserta, atau agenda.");
  }
}

// ---------------------------------------------------------------------------------------------
// Circulation and corrections
// ---------------------------------------------------------------------------------------------

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Why the minutes of a rakor that is still scheduled cannot be circulated or approved yet, or null. */
function scheduledRefusal(r: { status: string }, what: "mengedarkan" | "menyetujui"): string | null {
  return r.status === "scheduled" ? `Rakor ini masih berstatus Dijadwalkan. Ubah statusnya menjadi Terlaksana sebelum ${what} notulen.` : null;
}

/** What a circulated or approved document says of its rakor, stored on its minutes row. */
function documentSnapshot(r: { title: string; startsAt: number; timeZone: TimeZone }) {
  return { documentTitle: r.title, rakorStartsAt: r.startsAt, rakorTimeZone: r.timeZone };
}

/** The title and date a minutes row's document shows: its snapshot, else (imported before it) the rakor's. */
function documentFacts(m: MinutesRow, r: { title: string; startsAt: number; timeZone: TimeZone }) {
  const timeZone = m.rakorTimeZone ?? r.timeZone;
  return { title: m.documentTitle ?? r.title, date: formatDayDate(m.rakorStartsAt ?? r.startsAt, timeZone), timeZone };
}

/** The current version as a draft or circulated row, made (version 1) when there is none yet. */
function openVersion(tx: DbOrTx, rakorId: number): MinutesRow {
  const latest = latestMinutes(tx, rakorId);
  if (latest) return latest;
  return tx.insert(rakorMinutes).values({ rakorId, version: 1, status: "draft" }).returning().get();
}

export type CirculationResult = { ok: true; version: number; run: InvitationRun } | { ok: false; error: string };

/**
 * "Edarkan notulen": marks the current version circulated and queues one message per attendee with
 * an address, the draft notulen (marked DRAF) attached, with a personal correction link
 * (<origin>/notulen/koreksi/<token>; only the token's SHA-256 is stored). Recipients who already
 * have this version get nothing again; an invalid address is stored as failed and reported.
 */
export async function circulateMinutes(db: Db, rakorId: number, o: { origin: string; actorId: number; now?: number }): Promise<CirculationResult> {
  const now = o.now ?? Date.now();
  const r = getRakorDetail(db, rakorId)!;
  if (latestMinutes(db, rakorId)?.status === "approved") return { ok: false, error: "Notulen ini sudah disetujui. Buka kembali notulen sebelum mengedarkannya lagi." };
  const scheduled = scheduledRefusal(r, "mengedarkan");
  if (scheduled) return { ok: false, error: scheduled };
  const { recipients, withoutAddress, invalid } = mailRecipients(r.attendees);
  const run: InvitationRun = { queued: 0, unchanged: 0, withoutAddress, invalid, cancelled: false };
  const docx = await renderNotulen(loadNotulenData(db, rakorId)!, undefined, { kind: "draft" });
  const attachment = { filename: invitationFileName(r, "notulen-draf", "docx"), contentType: DOCX, content: docx };
  const day = formatDayDate(r.startsAt, r.timeZone);

  let version = 1;
  db.transaction((tx) => {
    const current = openVersion(tx, rakorId);
    version = current.version;
    if (current.status === "approved") return;
    tx.update(rakorMinutes).set({ status: "circulated", circulatedAt: now, circulatedBy: o.actorId, ...documentSnapshot(r) }).where(eq(rakorMinutes.id, current.id)).run();
    const sent = new Set(tx.select({ email: minutesRecipients.email }).from(minutesRecipients).where(eq(minutesRecipients.minutesId, current.id)).all().map((x) => x.email.toLowerCase()));
    for (const p of recipients) {
      if (sent.has(p.address.toLowerCase())) {
        run.unchanged++;
        continue;
      }
      const token = randomBytes(24).toString("base64url");
      const link = `${o.origin}/notulen/koreksi/${token}`;
      const text = [
        `Yth. ${p.name},`,
        "",
        `Bersama ini kami sampaikan draf notulen ${r.title} pada ${day} (versi ${current.version}) untuk Bapak/Ibu periksa.`,
        "Bila ada yang perlu dikoreksi, sampaikan koreksi melalui tautan berikut (tanpa perlu masuk ke aplikasi):",
        link,
        "",
        "Draf notulen (.docx) terlampir.",
        "",
        "Hormat kami,",
        r.organizerName,
      ].join("\n");
      const queued = queueMail(tx, { to: p.address, subject: `Draf notulen: ${r.title} — ${day}`, text, attachments: [attachment], kind: "notulen", dedupeKey: `notulen:minutes-${current.id}:${p.address.toLowerCase()}`, regionCode: r.regionCode }, now);
      if (!isMailAddress(p.address)) continue;
      tx.insert(minutesRecipients).values({ minutesId: current.id, attendeeId: p.attendeeId, name: p.name, email: p.address, tokenHash: sha256(token), sentAt: now }).run();
      if (queued.created) run.queued++;
    }
    recordAudit(tx, { userId: o.actorId, action: "circulate-minutes", entity: "rakor", entityId: rakorId, after: { version: current.version, queued: run.queued } });
  });
  return { ok: true, version, run };
}

/** The flash after circulating: "3 draf notulen diantrikan; 1 peserta tanpa alamat surel: …". */
export function circulationMessage(result: Extract<CirculationResult, { ok: true }>): string {
  return `Notulen versi ${result.version} diedarkan. ${invitationMessage(result.run, "draf notulen")}`;
}

export type CorrectionLink =
  | { state: "open"; recipientId: number; minutesId: number; name: string; title: string; date: string; version: number }
  | { state: "closed"; title: string; date: string; version: number; reason: string };

/** What a correction link opens; undefined for an unknown or expired token (404). */
export function findCorrectionLink(db: Db, token: string, now: number = Date.now()): CorrectionLink | undefined {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = db
    .select({ recipient: minutesRecipients, minutes: rakorMinutes, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone })
    .from(minutesRecipients)
    .innerJoin(rakorMinutes, eq(rakorMinutes.id, minutesRecipients.minutesId))
    .innerJoin(rakor, eq(rakor.id, rakorMinutes.rakorId))
    .where(eq(minutesRecipients.tokenHash, sha256(token)))
    .get();
  if (!row || row.recipient.sentAt + CORRECTION_LINK_TTL_MS < now) return undefined;
  const { title, date, timeZone } = documentFacts(row.minutes, row);
  const base = { title, date, version: row.minutes.version };
  const latest = latestMinutes(db, row.minutes.rakorId)!;
  if (row.minutes.status === "approved") return { ...base, state: "closed", reason: `Notulen versi ${row.minutes.version} sudah disetujui pada ${formatDateTime(row.minutes.approvedAt!, timeZone)}, sehingga koreksi tidak dapat dikirim lagi.` };
  if (latest.id !== row.minutes.id) return { ...base, state: "closed", reason: `Notulen ini sudah diubah (versi terbaru: ${latest.version}). Koreksi melalui tautan ini tidak dapat dikirim lagi.` };
  return { ...base, state: "open", recipientId: row.recipient.id, minutesId: row.minutes.id, name: row.recipient.name };
}

/** Stores a correction sent through an open link; a field error for an empty or overlong text. */
export function recordCorrection(db: Db, link: Extract<CorrectionLink, { state: "open" }>, body: string): { ok: true } | { ok: false; error: string } {
  const text = body.trim();
  if (!text) return { ok: false, error: "Tuliskan koreksi Anda." };
  if (text.length > CORRECTION_MAX) return { ok: false, error: `Koreksi paling panjang ${CORRECTION_MAX} karakter.` };
  db.insert(minutesCorrections).values({ minutesId: link.minutesId, recipientId: link.recipientId, body: text }).run();
  return { ok: true };
}

/** "Tandai sudah ditangani": false when the correction is not one of this rakor's. */
export function resolveCorrection(db: Db, rakorId: number, correctionId: number, actorId: number): boolean {
  return db.transaction((tx) => {
    const own = tx
      .select({ id: minutesCorrections.id })
      .from(minutesCorrections)
      .innerJoin(rakorMinutes, eq(rakorMinutes.id, minutesCorrections.minutesId))
      .where(and(eq(minutesCorrections.id, correctionId), eq(rakorMinutes.rakorId, rakorId)))
      .get();
    if (!own) return false;
    tx.update(minutesCorrections).set({ resolvedAt: Date.now(), resolvedBy: actorId }).where(and(eq(minutesCorrections.id, correctionId), isNull(minutesCorrections.resolvedAt))).run();
    recordAudit(tx, { userId: actorId, action: "resolve-minutes-correction", entity: "rakor", entityId: rakorId, after: { correctionId } });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Approval and reopening
// ---------------------------------------------------------------------------------------------

/** A name compared without titles, degrees, case or punctuation: "Dr. Endi Sutendi, S.H." = "endi sutendi". */
function nameKey(name: string): string {
  const TITLES = new Set(["dr", "drs", "dra", "ir", "prof", "h", "hj", "kh"]);
  return name
    .split(",")[0]
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !TITLES.has(w))
    .join(" ");
}

export type ApprovalRight = { ok: true; onBehalf: boolean; chairName: string } | { ok: false; status: 400 | 403; error: string };

/**
 * Who may approve: the rakor's chair as a 'pimpinan' user (name as recorded on the rakor), or a
 * secretariat or admin who may write the rakor, on the chair's behalf. A rakor without a chair's
 * name cannot be approved.
 */
export function approvalRight(user: SessionUser, r: RakorHead): ApprovalRight {
  const chairName = r.chairName?.trim();
  const mayWrite = can(user, "write-rakor", r);
  if (!chairName) {
    return { ok: false, status: mayWrite || user.role === "pimpinan" ? 400 : 403, error: "Pimpinan rapat belum dicatat pada rakor ini. Isi nama pimpinan rapat melalui \u201cUbah data rakor\u201d sebelum notulen disetujui." };
  }
  if (user.role === "pimpinan" && can(user, "read-rakor", r) && nameKey(user.name) === nameKey(chairName)) return { ok: true, onBehalf: false, chairName };
  if (mayWrite) return { ok: true, onBehalf: true, chairName };
  return { ok: false, status: 403, error: `Notulen ini hanya dapat disetujui oleh pimpinan rapat (${chairName}) atau oleh sekretariat atas namanya.` };
}

/** Unguessable and typable: 12 characters of Crockford base32 (60 bits), "K7QF-2M9X-PL4D". */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newVerificationCode(): string {
  const chars = [...randomBytes(12)].map((b) => CODE_ALPHABET[b & 31]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A typed code in its stored form (case, spaces and dashes ignored; O read as 0, I and L as 1), or null. */
export function normalizeVerificationCode(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (chars.length !== 12 || [...chars].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Everything the notulen prints, to tell whether the records changed while the document was made. */
function fingerprint(data: NotulenData): string {
  return sha256(JSON.stringify(data, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
}

export type ApprovalResult = { ok: true; version: number; code: string } | { ok: false; error: string };

/**
 * "Setujui notulen": makes the final notulen (verification code, QR code for
 * <origin>/verifikasi/<code>), stores it as a file and, in one transaction, records the file, its
 * SHA-256, the code and who approved. The document is made before the transaction (rendering is
 * asynchronous); the transaction commits it only if the records it prints are still the same.
 */
export async function approveMinutes(db: Db, rakorId: number, o: { origin: string; actorId: number; approvedByName: string; onBehalf: boolean; now?: number }): Promise<ApprovalResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = o.now ?? Date.now();
    const data = loadNotulenData(db, rakorId)!;
    const scheduled = scheduledRefusal(data.rakor, "menyetujui");
    if (scheduled) return { ok: false, error: scheduled };
    const printed = fingerprint(data);
    const before = latestMinutes(db, rakorId);
    if (before?.status === "approved") return { ok: false, error: "Notulen ini sudah disetujui." };
    const version = before?.version ?? 1;
    const code = newVerificationCode();
    const url = `${o.origin}/verifikasi/${code}`;
    const qrPng = new Uint8Array(await QRCode.toBuffer(url, { type: "png", margin: 1, width: 300 }));
    const bytes = await renderNotulen(data, undefined, { kind: "approved", version, code, url, qrPng, approvedAt: now, approvedBy: o.approvedByName, onBehalf: o.onBehalf });
    const name = invitationFileName(data.rakor, "notulen", "docx").replace(/\.docx$/, `-v${version}.docx`);
    const staged = stageFile({ ok: true, kind: "docx", mediaType: DOCX, name }, Buffer.from(bytes), o.actorId);
    try {
      const done = db.transaction((tx) => {
        const current = latestMinutes(tx, rakorId);
        if (current?.id !== before?.id || current?.status === "approved") return false;
        if (fingerprint(loadNotulenData(db, rakorId)!) !== printed) return false;
        const file = recordFile(tx, staged);
        const values = {
          status: "approved" as const,
          approvedAt: now,
          approvedByUserId: o.actorId,
          approvedByName: o.approvedByName,
          approvedOnBehalf: o.onBehalf,
          verificationCode: code,
          documentFileId: file.id,
          documentSha256: file.sha256,
          ...documentSnapshot(data.rakor),
        };
        if (current) tx.update(rakorMinutes).set(values).where(eq(rakorMinutes.id, current.id)).run();
        else tx.insert(rakorMinutes).values({ rakorId, version, ...values }).run();
        recordAudit(tx, { userId: o.actorId, action: "approve-minutes", entity: "rakor", entityId: rakorId, after: { version, onBehalf: o.onBehalf, approvedByName: o.approvedByName, sha256: file.sha256 } });
        return true;
      });
      if (done) return { ok: true, version, code };
      staged.discard();
    } catch (error) {
      staged.discard();
      throw error;
    }
  }
  return { ok: false, error: "Data rakor berubah saat notulen disahkan. Periksa kembali lalu setujui lagi." };
}

export type ReopenResult = { ok: true; version: number } | { ok: false; errors: Record<string, string> };

/** "Buka kembali notulen": records why on the approved version and starts the next version as a draft. */
export function reopenMinutes(db: Db, rakorId: number, reason: string, actorId: number, now: number = Date.now()): ReopenResult {
  const text = reason.trim();
  if (!text) return { ok: false, errors: { alasanBuka: "Tuliskan alasan notulen dibuka kembali." } };
  if (text.length > REASON_MAX) return { ok: false, errors: { alasanBuka: `Alasan paling panjang ${REASON_MAX} karakter.` } };
  return db.transaction((tx): ReopenResult => {
    const latest = latestMinutes(tx, rakorId);
    if (latest?.status !== "approved") return { ok: false, errors: { notulen: "Notulen ini belum disetujui, sehingga tidak perlu dibuka kembali." } };
    tx.update(rakorMinutes).set({ reopenedAt: now, reopenedBy: actorId, reopenReason: text }).where(eq(rakorMinutes.id, latest.id)).run();
    const next = tx.insert(rakorMinutes).values({ rakorId, version: latest.version + 1, status: "draft" }).returning().get();
    recordAudit(tx, { userId: actorId, action: "reopen-minutes", entity: "rakor", entityId: rakorId, after: { version: next.version, reason: text } });
    return { ok: true, version: next.version };
  });
}

/** The stored approved document of the rakor's current version, when its minutes are approved. */
export function approvedDocument(db: Db, rakorId: number) {
  const latest = latestMinutes(db, rakorId);
  return latest?.status === "approved" && latest.documentFileId !== null ? getFile(db, latest.documentFileId) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The rakor page's panel
// ---------------------------------------------------------------------------------------------

/** What the minutes panel of the rakor page shows to `user`. */
export function loadMinutesPanel(db: Db, r: RakorHead, user: SessionUser) {
  const versions = db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, r.id)).orderBy(asc(rakorMinutes.version)).all();
  const latest = versions.at(-1);
  const mayWrite = can(user, "write-rakor", r);
  const right = approvalRight(user, r);
  const corrections = mayWrite
    ? db
        .select({ id: minutesCorrections.id, body: minutesCorrections.body, createdAt: minutesCorrections.createdAt, resolvedAt: minutesCorrections.resolvedAt, version: rakorMinutes.version, name: minutesRecipients.name, email: minutesRecipients.email })
        .from(minutesCorrections)
        .innerJoin(rakorMinutes, eq(rakorMinutes.id, minutesCorrections.minutesId))
        .innerJoin(minutesRecipients, eq(minutesRecipients.id, minutesCorrections.recipientId))
        .where(eq(rakorMinutes.rakorId, r.id))
        .orderBy(desc(minutesCorrections.createdAt))
        .all()
        .map((c) => ({ ...c, createdAt: formatDateTime(c.createdAt, r.timeZone) }))
    : [];
  const recipients = latest ? db.select({ id: minutesRecipients.id }).from(minutesRecipients).where(eq(minutesRecipients.minutesId, latest.id)).all().length : 0;
  const at = (t: number | null) => (t === null ? null : formatDateTime(t, r.timeZone));
  return {
    version: latest?.version ?? 1,
    status: latest?.status ?? ("draft" as const),
    circulatedAt: at(latest?.circulatedAt ?? null),
    recipients,
    approvedAt: at(latest?.approvedAt ?? null),
    approvedByName: latest?.approvedByName ?? null,
    approvedOnBehalf: latest?.approvedOnBehalf ?? false,
    verificationCode: latest?.verificationCode ?? null,
    lockMessage: minutesLockMessage(db, r),
    previous: versions.slice(0, -1).map((v) => ({ version: v.version, verificationCode: v.verificationCode, reopenedAt: at(v.reopenedAt), reopenReason: v.reopenReason })),
    corrections,
    chairName: r.chairName,
    canCirculate: mayWrite,
    canReopen: mayWrite,
    approval: right.ok ? { onBehalf: right.onBehalf } : null,
  };
}

export type MinutesPanelData = ReturnType<typeof loadMinutesPanel>;

// ---------------------------------------------------------------------------------------------
// Public verification
// ---------------------------------------------------------------------------------------------

/** Lookups of /verifikasi/<code> per client address: guessing a code is slow. */
export const VERIFICATION_RATE_LIMIT = { bucket: "verifikasi", limit: 20, windowMs: 10 * 60 * 1000 };

/** What the public verification page says about the approved version with `code`; nothing about attendees. */
export function findVerifiedMinutes(db: Db, code: string) {
  const row = db
    .select({ minutes: rakorMinutes, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone })
    .from(rakorMinutes)
    .innerJoin(rakor, eq(rakor.id, rakorMinutes.rakorId))
    .where(and(eq(rakorMinutes.verificationCode, code), eq(rakorMinutes.status, "approved")))
    .get();
  if (!row) return undefined;
  const latest = latestMinutes(db, row.minutes.rakorId)!;
  const m = row.minutes;
  const facts = documentFacts(m, row);
  return {
    code,
    title: `Notulen ${facts.title}`,
    date: facts.date,
    version: m.version,
    approvedAt: formatDateTime(m.approvedAt!, facts.timeZone),
    approvedByName: m.approvedByName!,
    onBehalf: m.approvedOnBehalf,
    /** Null for minutes approved elsewhere and imported with a bundle: no document is stored here. */
    sha256: m.documentSha256,
    reopenedAt: m.reopenedAt === null ? null : formatDateTime(m.reopenedAt, facts.timeZone),
    newerVersion: latest.id !== m.id ? latest.version : null,
  };
}

/** Whether `bytes` are the approved document with this SHA-256. */
export function matchesDocument(expectedSha256: string, bytes: Uint8Array): { matches: boolean; sha256: string } {
  const actual = sha256(bytes);
  return { matches: actual === expectedSha256, sha256: actual };
}
