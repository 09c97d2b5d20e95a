// Reminder e-mails, delivered to a real SMTP server started here. Liaisons in three zones (WIB
// Indramayu, WITA Sulawesi Selatan, WIT Papua), each of their own agency, and leaders (national,
// Papua). The morning run picks each recipient at 07.00 in their own zone; a liaison gets a digest
// only when an item of their agency is overdue or due within 7 days or a completion was returned to
// them; digest off means nothing; a second run the same day queues nothing; the leaders' weekly
// summary comes on Mondays with the updates, completions, overdue and waiting counts of their
// scope; `npm run reminders -- --today` runs it for a day and delivers. No mail carries case
// statistics or victim words.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../app/accounts/user.server";
import { sendDueMail, type MailSettings } from "../../app/mail/mailer.server";
import { notify } from "../../app/notifications/notify.server";
import { isMonday, isoWeek, runReminders } from "../../app/reminders/reminders.server";
import { addDays, zonedToEpoch } from "../../app/utils/period";
import { count } from "../support/aksi";
import { startTestApp, type TestApp } from "../support/server";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "../support/smtp";

const run = promisify(execFile);
const FROM = "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>";
const BASE = "https://sigap.example.go.id";
/** A Monday. */
const D = "2030-03-04";
const DAY_MS = 86_400_000;

let app: TestApp;
let smtp: TestSmtp;
let settings: MailSettings;
const ids: Record<string, number> = {};

const MAIL = {
  wib: "penghubung.indramayu@uji.sigap.id",
  wita: "penghubung.sulsel@uji.sigap.id",
  wit: "penghubung.papua@uji.sigap.id",
  off: "penghubung.nonaktif@uji.sigap.id",
  leaderPapua: "pimpinan.papua@uji.sigap.id",
  leaderNational: "pimpinan@demo.sigap.id",
};

function agency(name: string, region: string): number {
  return count(app, "INSERT INTO agencies (name, name_key, region_code) VALUES (?, lower(?), ?) RETURNING id", name, name, region);
}
function item(title: string, agencyId: number, region: string, dueDate: string, status = "in_progress"): number {
  const slug = (app.db.$client.prepare("SELECT slug FROM subsatgas ORDER BY position LIMIT 1").get() as { slug: string }).slug;
  return count(app, "INSERT INTO action_items (title, subsatgas_slug, lead_agency_id, region_code, due_date, status, progress) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", title, slug, agencyId, region, dueDate, status, status === "done" ? 100 : 10);
}
async function user(email: string, role: "penghubung" | "pimpinan", regionCode: string, agencyId: number | null) {
  ids[email] = (await createUser(app.db, { email, name: email.split("@")[0].replace(".", " "), password: "kata-sandi-uji-123", role, agencyId, regionCode }, null)).id;
}

/** Delivers the outbox; the messages received in this delivery, by recipient. */
async function deliver(): Promise<Map<string, ReceivedMail>> {
  const before = smtp.received.length;
  await sendDueMail(app.db, { settings });
  return new Map(smtp.received.slice(before).map((m) => [m.to[0], m]));
}
const at = (day: string, time: string, zone: "Asia/Jakarta" = "Asia/Jakarta") => zonedToEpoch(day, time, zone);
const queuedTo = (r: ReturnType<typeof runReminders>) => r.queued.map((q) => q.to);

beforeAll(async () => {
  smtp = await startTestSmtp();
  settings = { smtpUrl: smtp.url, from: FROM, maxAttempts: 3, retryBaseMs: 60_000, pollMs: 1000 };
  app = await startTestApp({ env: { APP_URL: BASE } });
  const a = { wib: agency("Dinas Sosial Kabupaten Indramayu", "32.12"), wita: agency("Dinas Sosial Provinsi Sulawesi Selatan", "73"), wit: agency("Dinas Sosial Provinsi Papua", "91") };
  const off = agency("Dinas Tenaga Kerja Kabupaten Indramayu", "32.12");
  await user(MAIL.wib, "penghubung", "32.12", a.wib);
  await user(MAIL.wita, "penghubung", "73", a.wita);
  await user(MAIL.wit, "penghubung", "91", a.wit);
  await user(MAIL.off, "penghubung", "32.12", off);
  await user(MAIL.leaderPapua, "pimpinan", "91", null);
  app.db.$client.prepare("UPDATE users SET digest_enabled = 0 WHERE email = ?").run(MAIL.off);

  // Indramayu: one overdue since two days, one due in 3 days, one done long ago, one due in 20 days
  ids.wibOverdue = item("Pendataan pekerja migran di desa kantong", a.wib, "32.12", addDays(D, -2));
  ids.wibSoon = item("Rapat koordinasi desa migran produktif", a.wib, "32.12", addDays(D, 3), "not_started");
  item("Sosialisasi yang sudah selesai", a.wib, "32.12", addDays(D, -30), "done");
  item("Rencana jangka panjang Indramayu", a.wib, "32.12", addDays(D, 20));
  // Sulawesi Selatan: nothing due within 7 days, nothing overdue (done and cancelled ones are past due)
  ids.witaLater = item("Penyusunan peraturan gubernur", a.wita, "73", addDays(D, 20));
  item("Pelatihan yang sudah selesai", a.wita, "73", addDays(D, -3), "done");
  item("Kegiatan yang dibatalkan", a.wita, "73", addDays(D, -3), "cancelled");
  // Papua: due in 3 days, overdue since yesterday, and one waiting for verification (asks nothing of the liaison)
  ids.witSoon = item("Pembentukan pos pelayanan terpadu di Jayapura", a.wit, "91", addDays(D, 3));
  ids.witOverdue = item("Pemetaan jalur rawan di perbatasan", a.wit, "91", addDays(D, -1));
  ids.witWaiting = item("Laporan pelatihan aparat kampung", a.wit, "91", addDays(D, 5), "awaiting_verification");
  // the liaison whose digest is off has an overdue item
  item("Pengawasan agen penyalur tenaga kerja", off, "32.12", addDays(D, -5));

  // Status updates in Papua: two in the week before Monday 07.00, one older
  const monday = at(D, "07:00");
  const update = (actionId: number, when: number, status: string) =>
    app.db.$client.prepare("INSERT INTO action_updates (action_id, at, status, progress, note, by_name) VALUES (?, ?, ?, ?, 'uji', 'Penghubung Papua')").run(actionId, when, status, status === "done" ? 100 : 40);
  update(ids.witSoon, monday - 2 * DAY_MS, "in_progress");
  const doneItem = item("Sosialisasi di bandara Sentani", a.wit, "91", addDays(D, -4), "done");
  update(doneItem, monday - DAY_MS, "done");
  update(ids.witOverdue, monday - 10 * DAY_MS, "in_progress");
  expect(isMonday(D)).toBe(true);
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe("the morning run, by zone", () => {
  it("at 06.30 WIB the Papua (WIT, 08.30) recipients get theirs, the WIB ones not yet", async () => {
    const r = runReminders(app.db, { now: at(D, "06:30"), scheduled: true, baseUrl: BASE });
    expect(queuedTo(r).sort()).toEqual([MAIL.leaderPapua, MAIL.wit].sort());
    const got = await deliver();
    expect([...got.keys()].sort()).toEqual([MAIL.leaderPapua, MAIL.wit].sort());

    const digest = got.get(MAIL.wit)!.parsed;
    expect(digest.subject).toBe("Pengingat rencana aksi Dinas Sosial Provinsi Papua: Senin, 4 Maret 2030");
    const text = digest.text!;
    expect(text).toContain("TERLAMBAT (1):");
    expect(text).toContain(`- Pemetaan jalur rawan di perbatasan (jatuh tempo 3 Maret 2030, terlambat 1 hari)\n  ${BASE}/aksi/${ids.witOverdue}`);
    expect(text).toContain("JATUH TEMPO DALAM 7 HARI (1):");
    expect(text).toContain(`- Pembentukan pos pelayanan terpadu di Jayapura (jatuh tempo 7 Maret 2030)\n  ${BASE}/aksi/${ids.witSoon}`);
    expect(text).not.toContain("Laporan pelatihan aparat kampung");
    expect(text).toContain(`${BASE}/profil`);
    expect(count(app, "SELECT count(*) FROM mail_outbox WHERE dedupe_key = ?", `digest:${ids[MAIL.wit]}:${D}`)).toBe(1);
  });

  it("the leader's weekly summary (Mondays) counts the scope's week: updates, completions, overdue, waiting", async () => {
    const mail = smtp.received.find((m) => m.to[0] === MAIL.leaderPapua)!.parsed;
    expect(mail.subject).toBe("Ringkasan mingguan rencana aksi Gugus Tugas Papua: Senin, 4 Maret 2030");
    const text = mail.text!;
    expect(text).toContain("dikirim setiap Senin pagi");
    expect(text).toContain("- Pembaruan status yang dilaporkan: 2");
    expect(text).toContain("- Rencana aksi yang selesai: 1");
    expect(text).toContain("- Terlambat saat ini: 1");
    expect(text).toContain("- Menunggu verifikasi: 1");
    expect(text).toContain(`${BASE}/dasbor`);
    expect(count(app, "SELECT count(*) FROM mail_outbox WHERE dedupe_key = ?", `weekly:${ids[MAIL.leaderPapua]}:${isoWeek(D)}`)).toBe(1);
    expect(isoWeek(D)).toBe("2030-W10");
  });

  it("at 07.05 WIB the WIB recipients get theirs; Papua gets nothing twice; no digest without anything due, or with the digest off", async () => {
    const r = runReminders(app.db, { now: at(D, "07:05"), scheduled: true, baseUrl: BASE });
    const to = queuedTo(r);
    expect(to).toContain(MAIL.wib);
    expect(to).toContain(MAIL.leaderNational);
    expect(to).not.toContain(MAIL.wit);
    expect(to).not.toContain(MAIL.leaderPapua);
    expect(to).not.toContain(MAIL.off);
    // Sulawesi Selatan (WITA, 08.05) has nothing overdue or due within 7 days
    expect(to).not.toContain(MAIL.wita);
    expect(r.alreadySent).toBe(2);
    const got = await deliver();
    const text = got.get(MAIL.wib)!.parsed.text!;
    expect(text).toContain(`- Pendataan pekerja migran di desa kantong (jatuh tempo 2 Maret 2030, terlambat 2 hari)\n  ${BASE}/aksi/${ids.wibOverdue}`);
    expect(text).toContain(`- Rapat koordinasi desa migran produktif (jatuh tempo 7 Maret 2030)\n  ${BASE}/aksi/${ids.wibSoon}`);
    expect(text).not.toContain("Rencana jangka panjang Indramayu");
    expect(text).not.toContain("Sosialisasi yang sudah selesai");
    expect(got.has(MAIL.off)).toBe(false);
    expect(got.has(MAIL.wita)).toBe(false);
  });

  it("a second run the same day queues nothing new", async () => {
    const before = count(app, "SELECT count(*) FROM mail_outbox");
    const r = runReminders(app.db, { now: at(D, "15:00"), scheduled: true, baseUrl: BASE });
    expect(r.queued).toEqual([]);
    expect(count(app, "SELECT count(*) FROM mail_outbox")).toBe(before);
    expect((await deliver()).size).toBe(0);
  });

  it("a completion returned to a liaison brings a digest the next day, even with nothing due; leaders get nothing on Tuesday", async () => {
    app.db.transaction((tx) =>
      notify(tx, { userId: ids[MAIL.wita], kind: "completion-returned", title: "Penyelesaian dikembalikan: Penyusunan peraturan gubernur", body: "Lampirkan salinan peraturan yang ditandatangani.", href: `/aksi/${ids.witaLater}`, dedupeKey: "uji:kembali" }),
    );
    const tuesday = addDays(D, 1);
    const r = runReminders(app.db, { now: zonedToEpoch(tuesday, "07:30", "Asia/Makassar"), scheduled: true, baseUrl: BASE });
    expect(queuedTo(r)).toContain(MAIL.wita);
    expect(queuedTo(r)).not.toContain(MAIL.leaderPapua);
    expect(queuedTo(r)).not.toContain(MAIL.leaderNational);
    const text = (await deliver()).get(MAIL.wita)!.parsed.text!;
    expect(text).toContain("PENYELESAIAN YANG DIKEMBALIKAN (1):");
    expect(text).toContain(`- Penyelesaian dikembalikan: Penyusunan peraturan gubernur: Lampirkan salinan peraturan yang ditandatangani.\n  ${BASE}/aksi/${ids.witaLater}`);
    expect(text).not.toContain("TERLAMBAT");
    expect(text).not.toContain("JATUH TEMPO");
    // the returned completion was in that digest: the day after, nothing again
    const wednesday = runReminders(app.db, { now: zonedToEpoch(addDays(D, 2), "07:30", "Asia/Makassar"), scheduled: true, baseUrl: BASE });
    expect(queuedTo(wednesday)).not.toContain(MAIL.wita);
  });

  it("a liaison who turns the digest off gets nothing", async () => {
    app.db.$client.prepare("UPDATE users SET digest_enabled = 0 WHERE email = ?").run(MAIL.wib);
    const r = runReminders(app.db, { today: addDays(D, 3), baseUrl: BASE });
    expect(queuedTo(r)).not.toContain(MAIL.wib);
    expect(queuedTo(r)).toContain(MAIL.wit);
    app.db.$client.prepare("UPDATE users SET digest_enabled = 1 WHERE email = ?").run(MAIL.wib);
    await deliver();
  });

  it("no mail carries case statistics or victim words", () => {
    const mine = smtp.received.filter((m) => Object.values(MAIL).includes(m.to[0]));
    expect(mine.length).toBeGreaterThanOrEqual(6);
    for (const m of mine) expect(`${m.parsed.subject}\n${m.parsed.text}`).not.toMatch(/korban|kasus|statistik|tersangka|rehabilit|dipulangkan/i);
  });
});

describe("npm run reminders", () => {
  const cli = (args: string[]) =>
    run("npm", ["run", "--silent", "reminders", "--", ...args], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH!, SMTP_URL: smtp.url, MAIL_FROM: FROM, APP_URL: BASE },
    });

  it("--today runs that day now, prints what it queued and delivers; a second run queues nothing", async () => {
    const day = addDays(D, 7); // the next Monday
    const before = smtp.received.length;
    const first = await cli(["--today", day]);
    expect(first.stdout).toContain(`Diantrikan: ${MAIL.wit} (pengingat harian): Pengingat rencana aksi Dinas Sosial Provinsi Papua: Senin, 11 Maret 2030`);
    expect(first.stdout).toContain(`Diantrikan: ${MAIL.leaderPapua} (ringkasan mingguan)`);
    expect(first.stdout).toMatch(/\d+ terkirim, 0 dicoba lagi nanti, 0 gagal\./);
    const got = smtp.received.slice(before).map((m) => m.to[0]);
    expect(got).toEqual(expect.arrayContaining([MAIL.wit, MAIL.wib, MAIL.leaderPapua, MAIL.leaderNational]));
    expect(got).not.toContain(MAIL.off);
    expect(count(app, "SELECT count(*) FROM mail_outbox WHERE dedupe_key = ?", `digest:${ids[MAIL.wit]}:${day}`)).toBe(1);

    const second = await cli(["--today", day]);
    expect(second.stdout).toContain("0 surel pengingat diantrikan");
    expect(second.stdout).not.toContain("Diantrikan:");
  });

  it("refuses a date that is not one", async () => {
    await expect(cli(["--today", "2030-02-30"])).rejects.toMatchObject({ stderr: expect.stringContaining("--today harus tanggal YYYY-MM-DD") });
  });
});
