// Reminder e-mails, through the outbox (mail/outbox.server.ts):
// - each liaison (penghubung, active, e-mail digest on) gets at most one digest a day, and only when
//   something needs them: open items led by their agency (within their scope) that are overdue
//   (overdue.server.ts, each item in its own zone) or due within 7 days, and completions returned
//   to them since their previous digest (notifications of kind "completion-returned");
// - each leader (pimpinan, digest on) gets a weekly summary of their scope on Mondays: status
//   updates and completions of the last 7 days, overdue items now (the maintained figures) and
//   items waiting for verification.
// A recipient's day is the calendar day in the zone of their region (national users: WIB). The
// outbox's dedupe keys `digest:<userId>:<YYYY-MM-DD>` and `weekly:<userId>:<YYYY-Www>` make every
// run idempotent: a second run on the same day queues nothing, whichever process runs it.
// The mails name action items only: no case statistics, no victim data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, not, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { actionItems, actionUpdates, agencies, mailOutbox, notifications, regions, users, type TimeZone } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { overdueCount } from "../action-plan/figures.server";
import { daysPastDue, NATIONAL_TIME_ZONE, openCondition, overdueCondition } from "../action-plan/overdue.server";
import { fillTemplate, templatesDir } from "../documents/notulen.server";
import { queueMail } from "../mail/outbox.server";
import { addDays, calendarDateIn, formatCalendarDate, formatDayDate, todayIn, zonedToEpoch } from "../utils/period";

/** The local time from which a recipient's mail of the day may be sent. */
export const REMINDER_LOCAL_TIME = "07:00";
/** Items due within this many days (from the recipient's today) are "jatuh tempo". */
export const DUE_SOON_DAYS = 7;
/** At most this many items per section of a digest; the rest are counted and linked. */
const SECTION_LIMIT = 15;
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Wording (templates/pengingat.json)
// ---------------------------------------------------------------------------------------------

const text = z.string();
export const PengingatTemplateSchema = z.object({
  harian: z.object({
    perihal: text,
    salam: text,
    pembuka: text,
    terlambat: text,
    baris_terlambat: text,
    jatuh_tempo: text,
    baris_jatuh_tempo: text,
    dikembalikan: text,
    baris_dikembalikan: text,
    baris_dikembalikan_catatan: text,
    lainnya: text,
    penutup: text,
    berhenti: text,
    tanda_tangan: text,
  }),
  mingguan: z.object({
    perihal: text,
    salam: text,
    pembuka: text,
    pembaruan: text,
    selesai: text,
    terlambat: text,
    menunggu_verifikasi: text,
    penutup: text,
    tautan_terlambat: text,
    berhenti: text,
    tanda_tangan: text,
  }),
});
export type PengingatTemplate = z.infer<typeof PengingatTemplateSchema>;

/** templates/pengingat.json, read at every run so an edit shows in the next mail. */
export function loadPengingatTemplate(dir = templatesDir()): PengingatTemplate {
  const file = path.join(dir, "pengingat.json");
  const parsed = PengingatTemplateSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a valid reminder template (check: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")})`);
  return parsed.data;
}

/** The app's public address for links in e-mails: APP_URL, else this host on PORT. */
export function appUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.APP_URL?.trim() || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------

/** The ISO week of a calendar date: '2025-09-08' -> '2025-W37'. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of the week names its year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function isMonday(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

// ---------------------------------------------------------------------------------------------
// Recipients
// ---------------------------------------------------------------------------------------------

export interface Recipient {
  id: number;
  name: string;
  email: string;
  role: "penghubung" | "pimpinan";
  agencyId: number | null;
  agencyName: string | null;
  regionCode: string | null;
  regionName: string | null;
  zone: TimeZone;
}

/** Active liaisons and leaders with the e-mail digest on, with the zone of their region. */
export function listReminderRecipients(db: Db): Recipient[] {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      agencyId: users.agencyId,
      agencyName: agencies.name,
      regionCode: users.regionCode,
      regionName: regions.name,
      zone: regions.timeZone,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .where(and(eq(users.active, true), eq(users.digestEnabled, true), inArray(users.role, ["penghubung", "pimpinan"])))
    .orderBy(asc(users.id))
    .all()
    .map((r) => ({ ...r, role: r.role as Recipient["role"], zone: r.zone ?? NATIONAL_TIME_ZONE }));
}

/** The dedupe key of a recipient's mail of `day`. */
export function reminderKey(r: Pick<Recipient, "id" | "role">, day: string): string {
  return r.role === "penghubung" ? `digest:${r.id}:${day}` : `weekly:${r.id}:${isoWeek(day)}`;
}

const alreadyQueued = (db: Db, key: string) => Boolean(db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.dedupeKey, key)).get());

// ---------------------------------------------------------------------------------------------
// The liaison's digest
// ---------------------------------------------------------------------------------------------

interface DigestItem {
  id: number;
  title: string;
  dueDate: string;
  zone: TimeZone | null;
}

export interface DigestContent {
  overdue: { rows: DigestItem[]; total: number };
  dueSoon: { rows: DigestItem[]; total: number };
  returned: { title: string; body: string | null; href: string | null }[];
}

/** An item waiting for the secretariat's verification asks nothing of the liaison (the status may not exist). */
const notAwaitingVerification = sql`${actionItems.status} <> 'awaiting_verification'`;

function itemSection(db: Db, where: SQL | undefined): { rows: DigestItem[]; total: number } {
  const rows = db
    .select({ id: actionItems.id, title: actionItems.title, dueDate: actionItems.dueDate, zone: regions.timeZone })
    .from(actionItems)
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(where)
    .orderBy(asc(actionItems.dueDate), asc(actionItems.id))
    .limit(SECTION_LIMIT)
    .all();
  const total = rows.length < SECTION_LIMIT ? rows.length : db.select({ n: count() }).from(actionItems).where(where).get()!.n;
  return { rows, total };
}

/** When the liaison's previous digest was queued (0 when never): the dedupe keys `digest:<id>:...` as an index range. */
function previousDigestAt(db: Db, userId: number, before: string): number {
  const row = db
    .select({ at: mailOutbox.createdAt })
    .from(mailOutbox)
    .where(and(gte(mailOutbox.dedupeKey, `digest:${userId}:`), lt(mailOutbox.dedupeKey, before)))
    .orderBy(desc(mailOutbox.dedupeKey))
    .limit(1)
    .get();
  return row?.at ?? 0;
}

/** What the liaison's digest of `day` holds at `now`; empty sections when nothing needs them. */
export function digestContent(db: Db, r: Recipient, day: string, now: number): DigestContent {
  const open = and(eq(actionItems.leadAgencyId, r.agencyId ?? -1), scopeCondition(actionItems.regionCode, r.regionCode), openCondition(), notAwaitingVerification);
  const overdue = itemSection(db, and(open, overdueCondition(now)));
  const dueSoon = itemSection(db, and(open, not(overdueCondition(now)), lte(actionItems.dueDate, addDays(day, DUE_SOON_DAYS))));
  const since = previousDigestAt(db, r.id, `digest:${r.id}:${day}`);
  const returned = db
    .select({ title: notifications.title, body: notifications.body, href: notifications.href })
    .from(notifications)
    .where(and(eq(notifications.userId, r.id), eq(notifications.kind, "completion-returned"), gt(notifications.createdAt, since)))
    .orderBy(asc(notifications.createdAt))
    .all();
  return { overdue, dueSoon, returned };
}

export function digestIsEmpty(c: DigestContent): boolean {
  return c.overdue.total === 0 && c.dueSoon.total === 0 && c.returned.length === 0;
}

/** The digest as text: subject and body, from templates/pengingat.json. */
export function digestMail(r: Recipient, c: DigestContent, day: string, now: number, base: string, t = loadPengingatTemplate().harian) {
  const link = (href: string) => `${base}${href}`;
  const dayLabel = formatDayDate(zonedToEpoch(day, "12:00", r.zone), r.zone);
  const agency = r.agencyName ?? "instansi Anda";
  const lines = [fillTemplate(t.salam, { nama: r.name }), "", fillTemplate(t.pembuka, { instansi: agency, tanggal: dayLabel })];
  const section = (heading: string, s: { rows: DigestItem[]; total: number }, line: (i: DigestItem) => string, more: string) => {
    if (s.total === 0) return;
    lines.push("", fillTemplate(heading, { jumlah: s.total }), ...s.rows.map(line));
    if (s.total > s.rows.length) lines.push(fillTemplate(t.lainnya, { jumlah: s.total - s.rows.length, tautan: link(more) }));
  };
  section(t.terlambat, c.overdue, (i) => fillTemplate(t.baris_terlambat, { judul: i.title, tenggat: formatCalendarDate(i.dueDate), hari: daysPastDue(i.dueDate, i.zone, now), tautan: link(`/aksi/${i.id}`) }), "/aksi/saya?terlambat=1");
  section(t.jatuh_tempo, c.dueSoon, (i) => fillTemplate(t.baris_jatuh_tempo, { judul: i.title, tenggat: formatCalendarDate(i.dueDate), tautan: link(`/aksi/${i.id}`) }), "/aksi/saya");
  if (c.returned.length) {
    lines.push("", fillTemplate(t.dikembalikan, { jumlah: c.returned.length }));
    for (const n of c.returned) {
      const values = { judul: n.title, catatan: n.body ?? "", tautan: link(n.href ?? "/notifikasi") };
      lines.push(fillTemplate(n.body ? t.baris_dikembalikan_catatan : t.baris_dikembalikan, values));
    }
  }
  lines.push("", fillTemplate(t.penutup, { tautan: link("/aksi/saya") }), "", t.tanda_tangan, "", "--", fillTemplate(t.berhenti, { tautan: link("/profil") }));
  return { subject: fillTemplate(t.perihal, { instansi: agency, tanggal: dayLabel }), text: lines.join("\n") };
}

// ---------------------------------------------------------------------------------------------
// The leader's weekly summary
// ---------------------------------------------------------------------------------------------

export interface WeeklyContent {
  /** Status updates recorded in the 7 days before `now`, within scope. */
  updates: number;
  /** Of those, updates that made an item selesai. */
  completed: number;
  overdue: number;
  awaitingVerification: number;
  from: number;
}

export function weeklyContent(db: Db, scope: ScopeCode, now: number): WeeklyContent {
  const from = now - 7 * DAY_MS;
  const moved = db
    .select({ n: count(), done: sql<number>`coalesce(sum(${actionUpdates.status} = 'done'), 0)`.mapWith(Number) })
    .from(actionUpdates)
    .innerJoin(actionItems, eq(actionItems.id, actionUpdates.actionId))
    .where(and(gt(actionUpdates.at, from), lte(actionUpdates.at, now), scopeCondition(actionItems.regionCode, scope)))
    .get()!;
  // a plain comparison: it counts 0 where the status 'awaiting_verification' does not exist
  const awaiting = db
    .select({ n: count() })
    .from(actionItems)
    .where(and(sql`${actionItems.status} = 'awaiting_verification'`, scopeCondition(actionItems.regionCode, scope)))
    .get()!.n;
  return { updates: moved.n, completed: moved.done, overdue: overdueCount(db, scope, {}, now), awaitingVerification: awaiting, from };
}

export function weeklyMail(r: Recipient, c: WeeklyContent, day: string, now: number, base: string, t = loadPengingatTemplate().mingguan) {
  const scopeName = r.regionName ?? "Nasional";
  const dayLabel = formatDayDate(zonedToEpoch(day, "12:00", r.zone), r.zone);
  const periode = `${formatCalendarDate(calendarDateIn(c.from, r.zone))} s.d. ${formatCalendarDate(calendarDateIn(now, r.zone))}`;
  const lines = [
    fillTemplate(t.salam, { nama: r.name }),
    "",
    fillTemplate(t.pembuka, { cakupan: scopeName, periode }),
    fillTemplate(t.pembaruan, { jumlah: c.updates }),
    fillTemplate(t.selesai, { jumlah: c.completed }),
    fillTemplate(t.terlambat, { jumlah: c.overdue }),
    fillTemplate(t.menunggu_verifikasi, { jumlah: c.awaitingVerification }),
    "",
    fillTemplate(t.penutup, { tautan: `${base}/dasbor` }),
    fillTemplate(t.tautan_terlambat, { tautan: `${base}/aksi?terlambat=1` }),
    "",
    t.tanda_tangan,
    "",
    "--",
    fillTemplate(t.berhenti, { tautan: `${base}/profil` }),
  ];
  return { subject: fillTemplate(t.perihal, { cakupan: scopeName, tanggal: dayLabel }), text: lines.join("\n") };
}

// ---------------------------------------------------------------------------------------------
// One run
// ---------------------------------------------------------------------------------------------

export interface ReminderOptions {
  /** The instant of the run (default now). */
  now?: number;
  /** Every recipient's day (the CLI's --today); default: today in each recipient's zone. */
  today?: string;
  /** The server's morning run: only recipients whose local time is past REMINDER_LOCAL_TIME. */
  scheduled?: boolean;
  /** Keys already looked at by this process (the server's timer): skipped, and added to. */
  seen?: Set<string>;
  /** The base of the links (default appUrl()). */
  baseUrl?: string;
}

export interface QueuedReminder {
  userId: number;
  to: string;
  kind: "pengingat-harian" | "ringkasan-mingguan";
  subject: string;
  dedupeKey: string;
}

export interface ReminderRun {
  queued: QueuedReminder[];
  /** Recipients whose mail of the day (or week) was already in the outbox. */
  alreadySent: number;
  /** Liaisons with nothing due, overdue or returned (no mail). */
  nothingToSay: number;
  /** Recipients not yet at REMINDER_LOCAL_TIME (scheduled runs) or leaders on a day other than Monday. */
  notYet: number;
}

/**
 * Queues the reminders due in this run, each in its own transaction. With `today` (the CLI's
 * --today) the rules read the instant of noon WIB of that day, when it is that day in every zone.
 */
export function runReminders(db: Db, options: ReminderOptions = {}): ReminderRun {
  const now = options.today ? zonedToEpoch(options.today, "12:00", NATIONAL_TIME_ZONE) : (options.now ?? Date.now());
  const base = options.baseUrl ?? appUrl();
  const template = loadPengingatTemplate();
  const run: ReminderRun = { queued: [], alreadySent: 0, nothingToSay: 0, notYet: 0 };
  for (const r of listReminderRecipients(db)) {
    const day = options.today ?? todayIn(r.zone, now);
    if (options.scheduled && now < zonedToEpoch(day, REMINDER_LOCAL_TIME, r.zone)) {
      run.notYet++;
      continue;
    }
    if (r.role === "pimpinan" && !isMonday(day)) {
      run.notYet++;
      continue;
    }
    const key = reminderKey(r, day);
    if (options.seen?.has(key)) continue;
    options.seen?.add(key);
    if (alreadyQueued(db, key)) {
      run.alreadySent++;
      continue;
    }
    let mail: { subject: string; text: string };
    if (r.role === "penghubung") {
      const content = digestContent(db, r, day, now);
      if (digestIsEmpty(content)) {
        run.nothingToSay++;
        continue;
      }
      mail = digestMail(r, content, day, now, base, template.harian);
    } else {
      mail = weeklyMail(r, weeklyContent(db, r.regionCode, now), day, now, base, template.mingguan);
    }
    const kind = r.role === "penghubung" ? "pengingat-harian" : "ringkasan-mingguan";
    // A day's mail is not delivered once its day (the week's: its week) is over; one queued for a
    // day chosen with --today has no such limit.
    const expiresAt = options.today ? undefined : zonedToEpoch(addDays(day, r.role === "penghubung" ? 1 : 7), "00:00", r.zone);
    const queued = db.transaction((tx) => queueMail(tx, { to: r.email, subject: mail.subject, text: mail.text, kind, dedupeKey: key, regionCode: r.regionCode, expiresAt }));
    if (queued.created) run.queued.push({ userId: r.id, to: r.email, kind, subject: mail.subject, dedupeKey: key });
    else run.alreadySent++;
  }
  return run;
}

/** What a run did, in Indonesian, one line per queued mail and a total. */
export function describeReminderRun(run: ReminderRun): string[] {
  return [
    ...run.queued.map((q) => `Diantrikan: ${q.to} (${q.kind === "pengingat-harian" ? "pengingat harian" : "ringkasan mingguan"}): ${q.subject}`),
    `${run.queued.length} surel pengingat diantrikan; ${run.alreadySent} sudah dikirim sebelumnya; ${run.nothingToSay} penghubung tanpa hal yang perlu diingatkan.`,
  ];
}
