// The surat undangan and "Kirim undangan": a secretariat records a rakor with its agenda and
// attendees (three with an address, one without, one with an address that is not one), downloads
// the letter (.docx, read back with python-docx and from its XML), then sends the invitation
// through the outbox to a real SMTP server started here: one message per address with the letter
// and the .ics (METHOD:REQUEST); pressing again sends nothing; a change of time sends an update with
// a higher SEQUENCE; a cancellation sends METHOD:CANCEL. A liaison is refused and queues nothing;
// a rakor whose start has passed is refused its invitation and its cancellation alike.
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendees, mailOutbox } from "../../db/schema";
import { sendDueMail, type MailSettings } from "../../app/mail/mailer.server";
import { createRakor, rakorForm, rowsForm, submit } from "../support/rakor";
import { readWithPythonDocx } from "../support/python-docx";
import { startTestApp, type TestApp, type TestClient } from "../support/server";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

const FROM = "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>";
let smtp: TestSmtp;
let app: TestApp;
let secretariat: TestClient;
let rakorId: number;
let settings: MailSettings;

const ADDRESSES = { chair: "endi.sutendi@polri.go.id", speaker: "eko@polri.go.id", kemenpppa: "asdep@kemenpppa.go.id", invalid: "sari(at)bp2mi.go.id" };

/** The text of word/document.xml, paragraph by paragraph (table cells included). */
function docxText(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
  return xml
    .split("</w:p>")
    .map((p) => [...p.replace(/<w:tab\/>/g, "<w:t> </w:t>").replace(/<w:br\/>/g, "<w:t>\n</w:t>").matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .map((p) => p.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"))
    .filter((p) => p.trim());
}

function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

const sequenceOf = (ics: string) => Number(icsLines(ics).find((l) => l.startsWith("SEQUENCE:"))!.slice(9));
const outboxCount = () => app.db.select().from(mailOutbox).all().length;

/** Presses "Kirim undangan"; the flash shown on the rakor page after the redirect. */
async function sendInvitation(client: TestClient, nomor = "") {
  const res = await submit(client, `/rakor/${rakorId}`, { intent: "kirim-undangan", nomor });
  expect(res.status).toBe(302);
  return (await client.text(res.location!)).text;
}

/** Delivers the outbox; the messages received by the SMTP server in this delivery. */
async function deliver() {
  const before = smtp.received.length;
  await sendDueMail(app.db, { settings });
  return smtp.received.slice(before);
}

/** Waits until the next second so the rakor's change gets a higher SEQUENCE (seconds). */
const nextSecond = () => new Promise((r) => setTimeout(r, 1100 - (Date.now() % 1000)));

beforeAll(async () => {
  smtp = await startTestSmtp();
  settings = { smtpUrl: smtp.url, from: FROM, maxAttempts: 3, retryBaseMs: 60_000, pollMs: 1000 };
  app = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  // (It resembles Polri through the alias "Mabes Polri": recorded as an agency of its own.)
  // (Invitations go out only before the rakor starts: this one is years ahead.)
  rakorId = await createRakor(secretariat, { status: "scheduled", startsAt: "2031-06-04T10:00", organizer: "Astamaops Mabes Polri", organizerPilihan: "baru", organizerPilihanUntuk: "Astamaops Mabes Polri" });
  for (const item of [{ title: "Arahan Ketua Harian Gugus Tugas" }, { title: "Pemaparan regulasi pencegahan TPPO" }]) {
    expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "add", date: "2031-06-04", time: "", ...item })).status).toBe(302);
  }
  const res = await submit(
    secretariat,
    `/rakor/${rakorId}/peserta`,
    rowsForm([
      { name: "Dr. Endi Sutendi", rank: "Irjen Pol", jobTitle: "Wakil Asisten Operasi Kapolri", agency: "Polri", role: "chair" },
      { name: "Drs. Eko", rank: "Brigjen Pol", jobTitle: "Karo Bin Ops", agency: "Polri", role: "speaker" },
      { name: "Asisten Deputi KemenPPPA", agency: "KemenPPPA", attendance: "online" },
      { name: "Budi Santoso", jobTitle: "Kepala Bidang Perlindungan", agency: "KemenPPPA" },
      { name: "Sari Wulandari", agency: "BP2MI" },
    ]),
  );
  expect(res.status).toBe(302);
  // The addresses, as a list imported with an e-mail column would record them.
  const setEmail = (name: string, email: string) => app.db.update(attendees).set({ email }).where(eq(attendees.name, name)).run();
  setEmail("Dr. Endi Sutendi", ADDRESSES.chair);
  setEmail("Drs. Eko", ADDRESSES.speaker);
  setEmail("Asisten Deputi KemenPPPA", ADDRESSES.kemenpppa);
  setEmail("Sari Wulandari", ADDRESSES.invalid);
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe("the surat undangan", () => {
  it("opens and reads as a Tata Naskah Dinas invitation: Nomor, Hal, day, time with zone, place, link and agenda", async () => {
    const res = await secretariat.get(`/rakor/${rakorId}/surat-undangan.docx?nomor=${encodeURIComponent("005/UND/GT-TPPO/VI/2025")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="surat-undangan-2031-06-04-rapat-koordinasi-nasional[^"]*\.docx"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const py = readWithPythonDocx(bytes);
    expect(py.title).toBe("Undangan Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(py.paragraphs.map((p) => p.text)).toContain("GUGUS TUGAS PENCEGAHAN DAN PENANGANAN");

    const text = docxText(bytes);
    const joined = text.join("\n");
    expect(text).toEqual(expect.arrayContaining(["Nomor", "005/UND/GT-TPPO/VI/2025", "Sifat", "Biasa", "Lampiran", "-", "Hal", "Undangan"]));
    // The invitees with position and agency; the chair signs instead.
    expect(text).toContain("Yth.");
    // The agencies as typed on the attendance list ("Polri", "KemenPPPA"), not their canonical names.
    expect(joined).toContain("1. Brigjen Pol Drs. Eko (Karo Bin Ops, Polri)");
    expect(joined).toContain("3. Budi Santoso (Kepala Bidang Perlindungan, KemenPPPA)");
    expect(joined).not.toContain("Endi Sutendi (");
    expect(text).toEqual(expect.arrayContaining(["hari, tanggal", "Rabu, 4 Juni 2031", "pukul", "10.00 WITA s.d. selesai", "tempat", "Mabes Polri, Jakarta"]));
    expect(joined).toContain("melalui Zoom Meeting https://zoom.us/j/81234567890");
    expect(joined).toContain("1. Arahan Ketua Harian Gugus Tugas\n2. Pemaparan regulasi pencegahan TPPO");
    expect(joined).toContain("kami mengharapkan kehadiran Bapak/Ibu");
    expect(text).toEqual(expect.arrayContaining(["Wakil Asisten Operasi Kapolri,", "Irjen Pol Dr. Endi Sutendi"]));
  });

  it("leaves the number dotted when none is given", async () => {
    const res = await secretariat.get(`/rakor/${rakorId}/surat-undangan.docx`);
    expect(docxText(new Uint8Array(await res.arrayBuffer()))).toContainEqual(expect.stringMatching(/^…\/…\/…\/\d{4}$/));
  });
});

describe("Kirim undangan", () => {
  let firstSequence: number;

  it("is offered to the secretariat on the rakor page, and refused to a liaison, who queues nothing", async () => {
    const page = (await secretariat.text(`/rakor/${rakorId}`)).text;
    expect(page).toContain("Unduh surat undangan (.docx)");
    expect(page).toContain("Kirim undangan");
    const liaison = await app.loginAs("kemenpppa@demo.sigap.id");
    const liaisonPage = await liaison.text(`/rakor/${rakorId}`);
    expect(liaisonPage.status).toBe(200);
    expect(liaisonPage.text).toContain("Unduh surat undangan (.docx)");
    expect(liaisonPage.text).not.toContain("Kirim undangan");
    const res = await liaison.post(`/rakor/${rakorId}`, { intent: "kirim-undangan", nomor: "" });
    expect(res.status).toBe(403);
    expect(outboxCount()).toBe(0);
  });

  it("queues one message per address, reports those without one and the invalid one, and delivers the others", async () => {
    const flash = await sendInvitation(secretariat, "005/UND/GT-TPPO/VI/2025");
    expect(flash).toContain(`3 undangan diantrikan; 1 peserta tanpa alamat surel: Budi Santoso; 1 alamat surel tidak valid (tidak dikirim): Sari Wulandari <${ADDRESSES.invalid}>.`);
    const failed = app.db.select().from(mailOutbox).where(eq(mailOutbox.status, "failed")).all();
    expect(failed.map((m) => m.toAddress)).toEqual([ADDRESSES.invalid]);

    const received = await deliver();
    expect(received.map((m) => m.to[0]).sort()).toEqual([ADDRESSES.chair, ADDRESSES.kemenpppa, ADDRESSES.speaker].sort());
    for (const mail of received) {
      expect(mail.parsed.subject).toBe("Undangan: Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO — Rabu, 4 Juni 2031");
      expect(mail.parsed.text).toContain("Pukul: 10.00 WITA s.d. selesai");
      const [letter, calendar] = mail.parsed.attachments;
      expect(mail.parsed.attachments).toHaveLength(2);
      expect(letter.filename).toMatch(/^surat-undangan-2031-06-04-.*\.docx$/);
      expect(docxText(new Uint8Array(letter.content))).toContain("005/UND/GT-TPPO/VI/2025");
      expect(calendar.contentType).toBe("text/calendar");
      expect(calendar.headers.get("content-type")).toMatchObject({ params: { method: "REQUEST" } });
      const lines = icsLines(calendar.content.toString("utf8"));
      expect(lines).toContain("METHOD:REQUEST");
      expect(lines).toContain("DTSTART;TZID=Asia/Makassar:20310604T100000");
      expect(lines).toContain('ORGANIZER;CN="Astamaops Mabes Polri":mailto:sekretariat@example.go.id');
      expect(lines.filter((l) => l.startsWith("ATTENDEE;"))).toHaveLength(3);
      expect(lines).toContain(`ATTENDEE;CN="Brigjen Pol Drs. Eko";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${ADDRESSES.speaker}`);
    }
    firstSequence = sequenceOf(received[0].parsed.attachments[1].content.toString("utf8"));
  });

  it("sends nothing new when pressed again without a change", async () => {
    const before = outboxCount();
    const flash = await sendInvitation(secretariat);
    expect(flash).toContain("Tidak ada undangan baru: 3 penerima sudah dikirimi versi terakhir");
    expect(outboxCount()).toBe(before);
    expect(await deliver()).toHaveLength(0);
  });

  it("sends the update with a higher SEQUENCE after the time changes", async () => {
    await nextSecond();
    expect((await submit(secretariat, `/rakor/${rakorId}/ubah`, rakorForm({ status: "scheduled", organizer: "Astamaops Mabes Polri", startsAt: "2031-06-04T13:00" }))).status).toBe(302);
    expect(await sendInvitation(secretariat)).toContain("3 undangan diantrikan");
    const received = await deliver();
    expect(received).toHaveLength(3);
    for (const mail of received) {
      expect(mail.parsed.subject).toBe("Perubahan undangan: Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO — Rabu, 4 Juni 2031");
      const ics = mail.parsed.attachments[1].content.toString("utf8");
      expect(icsLines(ics)).toContain("DTSTART;TZID=Asia/Makassar:20310604T130000");
      expect(icsLines(ics)).toContain("METHOD:REQUEST");
      expect(sequenceOf(ics)).toBeGreaterThan(firstSequence);
    }
  });

  it("sends METHOD:CANCEL once the rakor is cancelled, and the download stays a PUBLISH copy", async () => {
    await nextSecond();
    expect((await submit(secretariat, `/rakor/${rakorId}/ubah`, rakorForm({ status: "cancelled", organizer: "Astamaops Mabes Polri", startsAt: "2031-06-04T13:00" }))).status).toBe(302);
    expect(await sendInvitation(secretariat)).toContain("3 pemberitahuan pembatalan diantrikan");
    const received = await deliver();
    expect(received).toHaveLength(3);
    for (const mail of received) {
      expect(mail.parsed.subject).toMatch(/^Pembatalan undangan: /);
      expect(mail.parsed.attachments).toHaveLength(1);
      const [calendar] = mail.parsed.attachments;
      expect(calendar.headers.get("content-type")).toMatchObject({ params: { method: "CANCEL" } });
      const lines = icsLines(calendar.content.toString("utf8"));
      expect(lines).toContain("METHOD:CANCEL");
      expect(lines).toContain("STATUS:CANCELLED");
      expect(lines.find((l) => l.startsWith("UID:"))).toMatch(new RegExp(`^UID:rakor-${rakorId}@`));
    }
    const download = icsLines(await (await secretariat.get(`/rakor/${rakorId}/undangan.ics`)).text());
    expect(download).toContain("METHOD:PUBLISH");
    expect(download.some((l) => l.startsWith("ORGANIZER") || l.startsWith("ATTENDEE"))).toBe(false);
  });

  it("writes 'Daftar terlampir' and lists the invitees in an appendix when they are more than ten", async () => {
    const position = app.db.select().from(attendees).where(eq(attendees.rakorId, rakorId)).all().length;
    app.db
      .insert(attendees)
      .values(Array.from({ length: 8 }, (_, i) => ({ rakorId, position: position + i + 1, name: `Peserta Tambahan ${i + 1}`, jobTitle: "Analis" })))
      .run();
    const text = docxText(new Uint8Array(await (await secretariat.get(`/rakor/${rakorId}/surat-undangan.docx`)).arrayBuffer()));
    expect(text).toContain("Yth. Daftar terlampir");
    expect(text).toEqual(expect.arrayContaining(["Lampiran", "1 (satu) berkas", "DAFTAR UNDANGAN", "12.", "Peserta Tambahan 8"]));
  });

  it("is refused for a rakor that already started, invitation and cancellation alike, and queues nothing", async () => {
    const past = await createRakor(secretariat, { status: "scheduled", title: "Rakor yang sudah lewat", startsAt: "2025-06-04T10:00" });
    expect((await submit(secretariat, `/rakor/${past}/peserta`, rowsForm([{ name: "Drs. Eko", rank: "Brigjen Pol", agency: "Polri" }]))).status).toBe(302);
    app.db.update(attendees).set({ email: ADDRESSES.speaker }).where(eq(attendees.rakorId, past)).run();
    const before = outboxCount();
    const res = await submit(secretariat, `/rakor/${past}`, { intent: "kirim-undangan", nomor: "" });
    expect(res.status).toBe(409);
    expect(res.text).toContain("Rakor ini sudah lewat (Rabu, 4 Juni 2025, pukul 10.00 WITA). Undangan tidak dikirim.");
    expect((await submit(secretariat, `/rakor/${past}/ubah`, rakorForm({ status: "cancelled", title: "Rakor yang sudah lewat", startsAt: "2025-06-04T10:00" }))).status).toBe(302);
    const cancel = await submit(secretariat, `/rakor/${past}`, { intent: "kirim-undangan", nomor: "" });
    expect(cancel.status).toBe(409);
    expect(cancel.text).toContain("Rakor ini sudah lewat (Rabu, 4 Juni 2025, pukul 10.00 WITA). Pembatalan undangan tidak dikirim.");
    expect(outboxCount()).toBe(before);
    // The page says so in place of the form, instead of offering a button that can only be refused.
    const page = await (await secretariat.get(`/rakor/${past}`)).text();
    expect(page).toContain("Rakor ini sudah lewat (Rabu, 4 Juni 2025, pukul 10.00 WITA). Pembatalan undangan tidak dikirim.");
    expect(page).not.toContain('value="kirim-undangan"');
  });

  it("says why a Nomor is refused", async () => {
    const res = await submit(secretariat, `/rakor/${rakorId}`, { intent: "kirim-undangan", nomor: "9".repeat(101) });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Nomor surat paling panjang 100 karakter.");
  });
});
