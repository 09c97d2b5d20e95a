// "Kirim undangan": one e-mail per attendee with an address, queued in the outbox in one
// transaction, each carrying the surat undangan (.docx) and the calendar invitation (.ics,
// METHOD:REQUEST). The outbox's dedupe key is (rakor, address, SEQUENCE): pressing the button again
// without a change queues nothing, a changed rakor (a higher SEQUENCE) sends the update, and a
// cancelled rakor sends METHOD:CANCEL. An address that is not an e-mail address is queued as
// failed by queueMail (shown in /admin/surel) and reported; the other messages still go. An
// attendee whose address is an active user's also gets an in-app notification, once per version.
// A rakor whose start has passed is refused: neither an invitation nor a cancellation helps anyone.
import addressparser from "nodemailer/lib/addressparser";
import { and, eq, inArray, like } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mailOutbox, users } from "../../db/schema";
import { recordAudit } from "../accounts/audit.server";
import { buildInvitation, invitationMethod, invitationSequence, type CalendarPerson } from "../documents/ics.server";
import { letterWhen, loadSuratUndanganTemplate, renderSuratUndangan } from "../documents/surat-undangan.server";
import { isMailAddress, queueMail, type MailAttachment } from "../mail/outbox.server";
import { notify } from "../notifications/notify.server";
import { calendarDateIn } from "../utils/period";
import { isOnlineMode, personName, rakorWhen, slugify } from "./rakor-format";
import { getRakorDetail, type RakorDetail } from "./rakor.server";

export interface InvitationRun {
  /** Messages to a valid address written to the outbox now. */
  queued: number;
  /** Recipients (with a valid address) who already have this version of the invitation. */
  unchanged: number;
  /** The names of attendees with no address. */
  withoutAddress: string[];
  /** Attendees whose address is not an e-mail address (their message is stored as failed). */
  invalid: { name: string; address: string }[];
  cancelled: boolean;
}

/** An event's mail recipients among `people`: those with an address, those without one, and the invalid addresses. */
export function mailRecipients<P extends { id: number; name: string; rank: string | null; email: string | null }>(people: readonly P[]) {
  const withoutAddress = people.filter((a) => !a.email?.trim()).map((a) => personName({ name: a.name, rank: a.rank }));
  const recipients = people.filter((a) => a.email?.trim()).map((a) => ({ attendeeId: a.id, name: personName({ name: a.name, rank: a.rank }), address: a.email!.trim() }));
  const invalid = recipients.filter((p) => !isMailAddress(p.address)).map(({ name, address }) => ({ name, address }));
  return { recipients, withoutAddress, invalid };
}

/** The files of the letter and the invitation: "surat-undangan-2025-06-04-rapat-koordinasi.docx". */
export function invitationFileName(r: Pick<RakorDetail, "startsAt" | "timeZone" | "title">, prefix: string, ext: string): string {
  return `${prefix}-${calendarDateIn(r.startsAt, r.timeZone)}-${slugify(r.title, 50)}.${ext}`;
}

/** The organizer of the e-mailed invitation: the MAIL_FROM address, else a no-reply address of this host. */
function organizer(r: RakorDetail, host: string): CalendarPerson {
  const [from] = addressparser(process.env.MAIL_FROM ?? "", { flatten: true });
  return { name: r.organizerName, address: from && isMailAddress(from.address) ? from.address : `noreply@${host}` };
}

function dedupeKey(rakorId: number, address: string, sequence: number) {
  return `undangan:rakor-${rakorId}:${address.toLowerCase()}:${sequence}`;
}

function mailText(r: RakorDetail, name: string, kind: "new" | "update" | "cancel", url: string): string {
  const t = loadSuratUndanganTemplate();
  const when = letterWhen(r, t);
  const lines = [`Yth. ${name},`, "", "Dengan hormat,"];
  if (kind === "cancel") lines.push(`dengan ini kami sampaikan bahwa ${r.title} pada ${when.day}, pukul ${when.time}, dibatalkan. Mohon maaf atas perubahan ini.`);
  else {
    lines.push(kind === "update" ? `terdapat perubahan pada undangan ${r.title}. Rincian terbaru:` : `bersama ini kami mengundang Bapak/Ibu pada ${r.title}:`);
    lines.push(`Hari, tanggal: ${when.day}`, `Pukul: ${when.time}`);
    if (r.venue) lines.push(`Tempat: ${r.venue}`);
    if (isOnlineMode(r.mode) && (r.onlinePlatform || r.onlineUrl)) lines.push(`Daring: ${[r.onlinePlatform, r.onlineUrl].filter(Boolean).join(" ")}`);
    lines.push("", "Surat undangan (.docx) dan undangan kalender (.ics) terlampir.");
  }
  lines.push(`Rincian rakor: ${url}`, "", "Hormat kami,", r.organizerName);
  return lines.join("\n");
}

/**
 * Queues the invitation of rakor `rakorId` to every attendee with an address. `url` is the rakor
 * page's absolute address, `host` names the calendar UID; `nomor` is the letter's number (dotted
 * when empty). Refused, with the reason, once the rakor's start has passed.
 */
export async function sendRakorInvitations(db: Db, rakorId: number, o: { url: string; host: string; nomor: string | null; actorId: number; now?: number }): Promise<{ ok: true; run: InvitationRun } | { ok: false; error: string }> {
  const r = getRakorDetail(db, rakorId)!;
  const now = o.now ?? Date.now();
  const refused = invitationRefusal(r, now);
  if (refused) return { ok: false, error: refused };
  return { ok: true, run: await queueInvitations(db, r, invitationMethod(r, "REQUEST") === "CANCEL", { ...o, now }) };
}

/** Why invitations (or their cancellation) can no longer be sent for this rakor, or null: its start has passed. */
export function invitationRefusal(r: Pick<RakorDetail, "startsAt" | "timeZone" | "status">, now = Date.now()): string | null {
  if (r.startsAt > now) return null;
  return `Rakor ini sudah lewat (${rakorWhen(r.startsAt, null, r.timeZone)}). ${invitationMethod(r, "REQUEST") === "CANCEL" ? "Pembatalan undangan" : "Undangan"} tidak dikirim.`;
}

/** The messages of sendRakorInvitations, written to the outbox in one transaction. */
async function queueInvitations(db: Db, r: RakorDetail, cancelled: boolean, o: { url: string; host: string; nomor: string | null; actorId: number; now: number }): Promise<InvitationRun> {
  const now = o.now;
  const sequence = invitationSequence(r);
  const { recipients, withoutAddress, invalid } = mailRecipients(r.attendees);
  const run: InvitationRun = { queued: 0, unchanged: 0, withoutAddress, invalid, cancelled };
  if (recipients.length === 0) return run;

  const method = cancelled ? "CANCEL" : "REQUEST";
  const ics = buildInvitation(r, { url: o.url, host: o.host, now, delivery: { method: "REQUEST", organizer: organizer(r, o.host), attendees: recipients.filter((p) => isMailAddress(p.address)) } });
  const attachments: MailAttachment[] = [];
  if (!cancelled) attachments.push({ filename: invitationFileName(r, "surat-undangan", "docx"), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content: await renderSuratUndangan(r, { nomor: o.nomor, now }) });
  attachments.push({ filename: invitationFileName(r, "undangan", "ics"), contentType: `text/calendar; charset=utf-8; method=${method}`, content: new TextEncoder().encode(ics) });
  const day = letterWhen(r, loadSuratUndanganTemplate()).day;

  let written = false;
  db.transaction((tx) => {
    // Who was invited to this rakor before: their message of a new version is an update.
    const before = new Set(
      tx
        .select({ key: mailOutbox.dedupeKey })
        .from(mailOutbox)
        .where(like(mailOutbox.dedupeKey, `undangan:rakor-${r.id}:%`))
        .all()
        .map((row) => row.key!.split(":").slice(2, -1).join(":")),
    );
    const addresses = recipients.map((p) => p.address.toLowerCase());
    const accounts = new Map(
      tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(inArray(users.email, addresses), eq(users.active, true)))
        .all()
        .map((u) => [u.email, u.id]),
    );
    for (const p of recipients) {
      const kind = cancelled ? "cancel" : before.has(p.address.toLowerCase()) ? "update" : "new";
      const subject = `${kind === "cancel" ? "Pembatalan undangan" : kind === "update" ? "Perubahan undangan" : "Undangan"}: ${r.title} — ${day}`;
      const queued = queueMail(tx, { to: p.address, subject, text: mailText(r, p.name, kind, o.url), attachments, kind: "undangan", dedupeKey: dedupeKey(r.id, p.address, sequence), regionCode: r.regionCode }, now);
      if (isMailAddress(p.address)) run[queued.created ? "queued" : "unchanged"]++;
      written ||= queued.created;
      const userId = accounts.get(p.address.toLowerCase());
      if (userId !== undefined) notify(tx, { userId, kind: "invitation", title: subject, href: `/rakor/${r.id}`, dedupeKey: `undangan:rakor-${r.id}:${sequence}` });
    }
    if (written) recordAudit(tx, { userId: o.actorId, action: cancelled ? "cancel-invitation" : "send-invitation", entity: "rakor", entityId: r.id, after: { sequence, queued: run.queued, nomor: o.nomor } });
  });
  return run;
}

/** The flash after sending: "3 undangan diantrikan; 2 peserta tanpa alamat surel: A, B." */
export function invitationMessage(run: InvitationRun, what = run.cancelled ? "pemberitahuan pembatalan" : "undangan"): string {
  const parts: string[] = [];
  const invalidCount = run.invalid.length;
  if (run.queued) parts.push(`${run.queued} ${what} diantrikan`);
  else if (run.unchanged) parts.push(`Tidak ada ${what} baru: ${run.unchanged} penerima sudah dikirimi versi terakhir`);
  else parts.push(`Tidak ada ${what} yang diantrikan`);
  if (run.withoutAddress.length) parts.push(`${run.withoutAddress.length} peserta tanpa alamat surel: ${run.withoutAddress.join(", ")}`);
  if (invalidCount) parts.push(`${invalidCount} alamat surel tidak valid (tidak dikirim): ${run.invalid.map((p) => `${p.name} <${p.address}>`).join(", ")}`);
  return `${parts.join("; ")}.`;
}
