// The rakor from invitation to approved minutes, in real Chromium, through the pages people use: the
// Kepri secretariat schedules its monthly rakor as a series of twelve, records two attendees (one
// address mistyped first), imports the Zoom participants report, sends the invitations (a real SMTP
// server started here receives them), records an outcome, marks the rakor held and circulates the minutes; an attendee
// sends a correction through the link in the mail without an account; the chair approves; the
// minutes lock; anyone can check the printed notulen on the public verification page.
import path from "node:path";
import { count, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendees, minutesCorrections, outcomes, rakor, rakorMinutes, users } from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { createUser } from "../../app/accounts/user.server";
import { sendDueMail, type MailSettings } from "../../app/mail/mailer.server";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
import { startTestApp, type TestApp } from "../support/server";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "../support/smtp";

const FROM = "Sekretariat Gugus Tugas PP-TPPO Provinsi Kepulauan Riau <sekretariat@kepriprov.go.id>";
const TITLE = "Rakor Bulanan Gugus Tugas TPPO Provinsi Kepulauan Riau";
const SECRETARIAT = "sekretariat.kepri@uji.sigap.id";
const CHAIR_USER = "pimpinan.kepri@uji.sigap.id";
const CHAIR = "Drs. H. Adi Prihantara, M.M.";
const ZOOM_REPORT = path.join(__dirname, "../fixtures/zoom-participants-2025-06-04.csv");
const ADDRESSES = {
  chair: "adi.prihantara@kepriprov.go.id",
  rina: "rina.kartika@kepriprov.go.id",
  balikpapan: "humas.balikpapan@polri.go.id",
  kemenpppa: "asdep@kemenpppa.go.id",
  sumsel: "ops.sumsel@polri.go.id",
};

let smtp: TestSmtp;
let app: TestApp;
let browser: Browser;
let settings: MailSettings;

beforeAll(async () => {
  smtp = await startTestSmtp();
  settings = { smtpUrl: smtp.url, from: FROM, maxAttempts: 3, retryBaseMs: 60_000, pollMs: 1000 };
  app = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
  const admin = app.db.select().from(users).where(eq(users.email, "admin@demo.sigap.id")).get()!.id;
  await createUser(app.db, { email: SECRETARIAT, name: "Sekretariat GT PP-TPPO Provinsi Kepulauan Riau", password: DEMO_PASSWORD, role: "sekretariat", agencyId: null, regionCode: "21" }, admin);
  await createUser(app.db, { email: CHAIR_USER, name: "Adi Prihantara", password: DEMO_PASSWORD, role: "pimpinan", agencyId: null, regionCode: "21" }, admin);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.close();
});

/** A new page in its own context (its own cookies) that records every script error and console error. */
async function openPage(errors: string[]): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  // The deliberate mistake (400) and the write refused by the lock (409) are logged by Chromium; anything else is a real error.
  page.on("console", (m) => m.type() === "error" && !/status of (400|409)/.test(m.text()) && errors.push(`${page.url()}: ${m.text()}`));
  return page;
}

/** The error shown under the field named `label` (its aria-describedby). */
async function fieldError(page: Page, label: string) {
  const describedBy = await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby");
  return describedBy ? page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent() : null;
}

/** Delivers the outbox to the test SMTP server; the messages it received in this delivery. */
async function deliver(): Promise<ReceivedMail[]> {
  const before = smtp.received.length;
  await sendDueMail(app.db, { settings });
  return smtp.received.slice(before);
}

const part = (page: Page, name: string) => page.getByRole("navigation", { name: "Bagian rakor" }).getByRole("link", { name, exact: true }).click();
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

describe("the Kepri monthly rakor, from the series to minutes anyone can verify", () => {
  it("schedules the series, invites by e-mail, circulates, approves and verifies the minutes", { timeout: 90_000 }, async () => {
    const errors: string[] = [];
    const page = await openPage(errors);
    await loginThroughForm(page, app.url, SECRETARIAT);

    // 1. The monthly series, twelve times, previewed before saving.
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Rakor" }).click();
    await page.getByRole("link", { name: "Jadwalkan rakor" }).click();
    await waitForPage(page, "**/rakor/baru");
    await page.getByLabel("Judul rakor").fill(TITLE);
    await page.getByLabel("Penyelenggara").fill("Sekretariat Gugus Tugas PP-TPPO Provinsi Kepulauan Riau");
    expect(await page.getByLabel("Zona waktu").inputValue()).toBe("Asia/Jakarta");
    await page.getByLabel("Mulai").fill("2027-01-15T09:00");
    await page.getByLabel("Selesai (boleh kosong)").fill("2027-01-15T12:00");
    await page.getByLabel("Tempat", { exact: true }).fill("Ruang Rapat Lantai 4 Kantor Gubernur Kepulauan Riau, Dompak, Tanjungpinang");
    await page.getByLabel("Platform daring").fill("Zoom Meeting");
    await page.getByLabel("Tautan rapat daring").fill("https://zoom.us/j/82112345678");
    await page.getByLabel("Nama (dengan gelar)").fill(CHAIR);
    await page.getByLabel("Jabatan").fill("Sekretaris Daerah Provinsi Kepulauan Riau");
    await page.getByRole("group", { name: "Ulangi" }).getByLabel("Pengulangan").selectOption({ label: "Bulanan pada tanggal yang sama" });
    expect(await page.getByLabel("Sebanyak (kali)").inputValue()).toBe("12");
    const preview = page.locator("#pratinjau-seri");
    await preview.getByText("12 pertemuan:").waitFor();
    const dates = await preview.getByRole("listitem").allInnerTexts();
    expect(dates).toHaveLength(12);
    expect(dates[0]).toContain("Jumat, 15 Januari 2027");
    expect(dates[0]).toContain("09.00");
    expect(dates[11]).toContain("Rabu, 15 Desember 2027");
    await page.getByRole("button", { name: "Simpan rakor" }).click();
    await page.getByText(/^Seri rakor tersimpan: 12 rakor/).waitFor();

    const first = app.db.select().from(rakor).where(eq(rakor.title, TITLE)).orderBy(rakor.startsAt).get()!;
    await waitForPage(page, `**/rakor/${first.id}`);
    expect(first).toMatchObject({ level: "provinsi", regionCode: "21", timeZone: "Asia/Jakarta", startsAt: Date.UTC(2027, 0, 15, 2, 0), chairName: CHAIR });
    expect(first.seriesId).not.toBeNull();
    const series = app.db.select().from(rakor).where(eq(rakor.seriesId, first.seriesId!)).orderBy(rakor.startsAt).all();
    expect(series).toHaveLength(12);
    expect(series.every((r) => r.title === TITLE)).toBe(true);
    expect(series.at(-1)!.startsAt).toBe(Date.UTC(2027, 11, 15, 2, 0));

    const seriesPanel = page.getByRole("region", { name: /pertemuan ke-1 dari 12/ });
    await seriesPanel.waitFor();
    const seriesLink = seriesPanel.getByRole("link", { name: "Unduh kalender seluruh seri (.ics)" });
    const ics = await page.request.get(app.url + (await seriesLink.getAttribute("href"))!);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
    const icsLines = unfold(await ics.text());
    expect(icsLines).toContain("DTSTART;TZID=Asia/Jakarta:20270115T090000");
    expect(icsLines.find((l) => l.startsWith("RRULE:"))).toMatch(/^RRULE:(?=.*FREQ=MONTHLY)(?=.*BYMONTHDAY=15)(?=.*COUNT=12)/);

    // 2. Two attendees in the row editor: the mistyped address is refused at its cell, nothing saved.
    await part(page, "Peserta");
    await waitForPage(page, `**/rakor/${first.id}/peserta`);
    await page.getByLabel("Nama baris 1", { exact: true }).fill(CHAIR);
    await page.getByLabel("Jabatan baris 1", { exact: true }).fill("Sekretaris Daerah Provinsi Kepulauan Riau");
    await page.getByLabel("Surel baris 1", { exact: true }).fill(ADDRESSES.chair);
    await page.getByLabel("Peran baris 1", { exact: true }).selectOption({ label: "Pimpinan rapat" });
    await page.getByLabel("Nama baris 2", { exact: true }).fill("Rina Kartika, S.Sos.");
    await page.getByLabel("Jabatan baris 2", { exact: true }).fill("Kepala Bidang Perlindungan Perempuan");
    await page.getByLabel("Surel baris 2", { exact: true }).fill("rina.kartika(at)kepriprov.go.id");
    await page.getByLabel("Peran baris 2", { exact: true }).selectOption({ label: "Notulis" });
    await page.getByRole("button", { name: "Simpan daftar peserta" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await fieldError(page, "Surel baris 2")).toBe("Alamat surel tidak valid; tulis misalnya nama@instansi.go.id.");
    expect(await fieldError(page, "Surel baris 1")).toBeNull();
    expect(app.db.select().from(attendees).where(eq(attendees.rakorId, first.id)).all()).toEqual([]);
    // What was typed is still there; correcting the address saves both.
    expect(await page.getByLabel("Nama baris 2", { exact: true }).inputValue()).toBe("Rina Kartika, S.Sos.");
    await page.getByLabel("Surel baris 2", { exact: true }).fill(ADDRESSES.rina);
    await page.getByRole("button", { name: "Simpan daftar peserta" }).click();
    await page.getByText("Tersimpan: 2 peserta ditambahkan.").waitFor();
    const typed = app.db.select().from(attendees).where(eq(attendees.rakorId, first.id)).orderBy(attendees.position).all();
    expect(typed.map((a) => [a.name, a.email, a.role])).toEqual([
      [CHAIR, ADDRESSES.chair, "chair"],
      ["Rina Kartika, S.Sos.", ADDRESSES.rina, "secretary"],
    ]);

    // The Zoom participants report: "Name (Original Name)" stays whole.
    await page.getByRole("link", { name: "Impor CSV (termasuk laporan peserta Zoom)" }).click();
    await waitForPage(page, `**/rakor/${first.id}/peserta/impor`);
    await page.getByLabel("Berkas CSV").setInputFiles(ZOOM_REPORT);
    await page.getByRole("button", { name: "Impor peserta" }).click();
    await waitForPage(page, `**/rakor/${first.id}/peserta`);
    await page.getByText(/4 peserta ditambahkan/).waitFor();
    const names = await Promise.all((await page.getByLabel(/^Nama baris \d+$/).all()).map((input) => input.inputValue()));
    expect(names.filter(Boolean)).toEqual([CHAIR, "Rina Kartika, S.Sos.", "Polresta Balikpapan (Anton Firmanto)", "Asisten Deputi KemenPPPA", "Polda Sumsel (Operator Polda)", "Nurman"]);
    const anton = app.db.select().from(attendees).where(eq(attendees.name, "Polresta Balikpapan (Anton Firmanto)")).get()!;
    expect(anton).toMatchObject({ rakorId: first.id, email: ADDRESSES.balikpapan, attendance: "online", siteId: null });

    // "Kirim undangan": one message per address, with the letter and the .ics.
    await part(page, "Ringkasan");
    await waitForPage(page, `**/rakor/${first.id}`);
    await page.getByRole("button", { name: "Kirim undangan" }).click();
    await page.getByText("5 undangan diantrikan; 1 peserta tanpa alamat surel: Nurman.").waitFor();
    const invitations = await deliver();
    expect(invitations.map((m) => m.to).sort()).toEqual(Object.values(ADDRESSES).sort().map((a) => [a]));
    for (const mail of invitations) {
      expect(mail.parsed.subject).toBe(`Undangan: ${TITLE} — Jumat, 15 Januari 2027`);
      expect(mail.parsed.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^surat-undangan-2027-01-15-.+\.docx$/), expect.stringMatching(/\.ics$/)]);
      const invite = unfold(mail.parsed.attachments[1].content.toString("utf8"));
      expect(invite).toContain("METHOD:REQUEST");
      expect(invite).toContain("DTSTART;TZID=Asia/Jakarta:20270115T090000");
    }

    // 3. An outcome, then the minutes circulated to every attendee with an address.
    await part(page, "Hasil");
    await waitForPage(page, `**/rakor/${first.id}/hasil`);
    const OUTCOME = "Dinas Tenaga Kerja dan Imigrasi memperketat pengawasan keberangkatan PMI nonprosedural melalui Pelabuhan Batam Centre.";
    await page.getByLabel("Hasil rapat (kesimpulan atau keputusan)").fill(OUTCOME);
    await page.getByRole("button", { name: "Tambah hasil" }).click();
    await page.getByText("Hasil rapat ditambahkan.").waitFor();
    const outcomeCount = () => app.db.select({ n: count() }).from(outcomes).where(eq(outcomes.rakorId, first.id)).get()!.n;
    expect(outcomeCount()).toBe(1);

    // The rakor took place: the secretariat marks this occurrence held (the minutes wait for that).
    await part(page, "Data rakor");
    await waitForPage(page, `**/rakor/${first.id}/ubah`);
    await page.getByLabel("Status").selectOption({ label: "Terlaksana" });
    expect(await page.getByRole("radio", { name: /Hanya rakor ini/ }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByText("Perubahan data rakor tersimpan (hanya rakor ini).").waitFor();
    await waitForPage(page, `**/rakor/${first.id}`);
    expect(app.db.select().from(rakor).where(eq(rakor.id, first.id)).get()!.status).toBe("held");
    await page.getByRole("button", { name: "Edarkan notulen" }).click();
    await page.getByText("Notulen versi 1 diedarkan. 5 draf notulen diantrikan; 1 peserta tanpa alamat surel: Nurman.").waitFor();
    const drafts = await deliver();
    expect(drafts.map((m) => m.to[0]).sort()).toEqual(Object.values(ADDRESSES).sort());
    for (const mail of drafts) {
      expect(mail.parsed.subject).toBe(`Draf notulen: ${TITLE} — Jumat, 15 Januari 2027`);
      expect(mail.parsed.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^notulen-draf-2027-01-15-.+\.docx$/)]);
      expect(mail.parsed.text).toMatch(new RegExp(`${app.url}/notulen/koreksi/[A-Za-z0-9_-]+`));
    }
    const toRina = drafts.find((m) => m.to[0] === ADDRESSES.rina)!;
    const correctionLink = toRina.parsed.text!.match(new RegExp(`${app.url}/notulen/koreksi/[A-Za-z0-9_-]+`))![0];

    // Rina opens her link in her own browser, without an account, and sends a correction.
    const rina = await openPage(errors);
    await rina.goto(correctionLink);
    await rina.getByRole("heading", { name: "Koreksi draf notulen" }).waitFor();
    await rina.getByText("Yth. Rina Kartika, S.Sos.", { exact: false }).waitFor();
    expect(await rina.locator("main").innerText()).toContain(TITLE);
    const CORRECTION = "Hasil nomor 1: pelabuhannya Pelabuhan Internasional Batam Centre, dan pengawasan bersama Imigrasi Kelas I Khusus Batam.";
    await rina.getByLabel("Koreksi").fill(CORRECTION);
    await rina.getByRole("button", { name: "Kirim koreksi" }).click();
    await rina.getByText("Terima kasih, koreksi Anda sudah diterima sekretariat.", { exact: false }).waitFor();
    expect(app.db.select().from(minutesCorrections).all().map((c) => c.body)).toEqual([CORRECTION]);

    // The secretariat reads it on the rakor page.
    await page.reload();
    await waitForPage(page, (url) => url.pathname === `/rakor/${first.id}`);
    const minutesPanel = page.getByRole("region", { name: "Notulen" });
    await minutesPanel.getByRole("heading", { name: /Koreksi dari peserta/ }).waitFor();
    const panelText = await minutesPanel.innerText();
    expect(panelText).toContain("(1 belum ditangani)");
    expect(panelText).toContain(`Rina Kartika, S.Sos. (${ADDRESSES.rina}, versi 1,`);
    expect(panelText).toContain(CORRECTION);
    // The secretariat keeps the outcomes page open in a tab while the chair approves.
    await part(page, "Hasil");
    await waitForPage(page, `**/rakor/${first.id}/hasil`);

    // 4. The chair approves in his own session.
    const chair = await openPage(errors);
    await loginThroughForm(chair, app.url, CHAIR_USER);
    await chair.goto(`${app.url}/rakor/${first.id}`);
    await waitForPage(chair, `**/rakor/${first.id}`);
    await chair.getByRole("button", { name: "Setujui notulen", exact: true }).click();
    await chair.getByText(/^Notulen versi 1 disetujui\. Kode verifikasi: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\.$/).waitFor();
    const chairPanel = chair.getByRole("region", { name: "Notulen" });
    const verifyHref = (await chairPanel.getByRole("link", { name: "Halaman verifikasi" }).getAttribute("href"))!;
    const code = verifyHref.replace("/verifikasi/", "");
    expect(await chairPanel.innerText()).toContain(`Kode verifikasi: ${code}`);
    // The chair's name ends in a dot ("M.M."), which ends the sentence.
    expect(await chairPanel.innerText()).toContain(`oleh ${CHAIR}`);
    expect(await chairPanel.innerText()).not.toContain("M.M..");
    const minutes = app.db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, first.id)).get()!;
    expect(minutes).toMatchObject({ status: "approved", verificationCode: code, approvedByName: CHAIR, approvedOnBehalf: false });

    // The tab opened before the approval: adding an outcome is refused with the lock's message, nothing is written.
    const LOCK = /^Notulen rakor ini sudah disetujui pada .+\. Buka kembali notulen untuk mengubah hasil, peserta, atau agenda\.$/;
    await page.getByLabel("Hasil rapat (kesimpulan atau keputusan)").fill("Hasil yang ditambahkan setelah notulen disetujui.");
    await page.getByRole("button", { name: "Tambah hasil" }).click();
    await page.getByRole("alert").getByText(LOCK).waitFor();
    expect(outcomeCount()).toBe(1);
    // Opened again, the page says so at once and offers nothing to press.
    await page.goto(`${app.url}/rakor/${first.id}/hasil`);
    await waitForPage(page, `**/rakor/${first.id}/hasil`);
    await page.getByRole("status").getByText(LOCK).waitFor();
    expect(await page.getByRole("button", { name: "Tambah hasil" }).isDisabled()).toBe(true);
    expect(outcomeCount()).toBe(1);

    // The secretariat downloads the approved notulen.
    await part(page, "Ringkasan");
    await waitForPage(page, `**/rakor/${first.id}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh notulen (.docx)" }).click()]);
    const issued = (await download.path())!;

    // 5. Anyone, without an account, checks it on the verification page.
    const reader = await openPage(errors);
    await reader.goto(app.url + verifyHref);
    await reader.getByRole("heading", { name: "Verifikasi notulen" }).waitFor();
    await reader.getByText(`Kode ${code} terdaftar: notulen ini disahkan melalui SIGAP TPPO.`).waitFor();
    const facts = await reader.locator("dl.facts").innerText();
    expect(facts).toContain(`Notulen ${TITLE}`);
    expect(facts).toContain("Jumat, 15 Januari 2027");
    expect(facts).toContain(`oleh ${CHAIR}`);
    expect(facts).toContain(minutes.documentSha256!);
    expect(minutes.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    await reader.getByLabel("Berkas notulen").setInputFiles(issued);
    await reader.getByRole("button", { name: "Periksa berkas" }).click();
    await reader.getByText("Berkas ini sama dengan dokumen yang disahkan.").waitFor();
    // The draft that was circulated is not the approved document.
    const draft = toRina.parsed.attachments[0];
    await reader.getByLabel("Berkas notulen").setInputFiles({ name: draft.filename!, mimeType: draft.contentType, buffer: draft.content });
    await reader.getByRole("button", { name: "Periksa berkas" }).click();
    await reader.getByText(/^Berkas ini BUKAN dokumen yang disahkan \(SHA-256 berkas: [0-9a-f]{64}\)\.$/).waitFor();

    expect(errors, errors.join("\n")).toEqual([]);
  });
});
