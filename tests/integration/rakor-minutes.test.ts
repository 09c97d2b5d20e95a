// Minutes approval: a secretariat circulates the draft notulen (one message per attendee with an
// address, through a real SMTP server started here, the draft .docx attached and a personal
// correction link; an invalid address is reported and the others still go); a recipient sends a
// correction without an account; the chair (a 'pimpinan' user) or the secretariat on the chair's
// behalf approves; approved minutes refuse changes to outcomes, attendance and agenda (409, nothing
// written) until reopened with a reason (version 2); the public /verifikasi/<code> page shows the
// approved document, compares an uploaded file by hash, is 404 for an unknown code and 429 after
// 20 lookups in 10 minutes; the stored approved .docx opens in LibreOffice with its code printed.
// Minutes of a rakor still scheduled are neither circulated nor approved; approved minutes also lock
// the rakor's own data ("Ubah data rakor", a series change skips the occurrence); the correction and
// verification pages show what the circulated or approved document says, not a later change.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { agendaItems, attendees, files, minutesCorrections, minutesRecipients, outcomes, rakor, rakorMinutes, rateLimitHits, users } from "../../db/schema";
import { sendDueMail, type MailSettings } from "../../app/mail/mailer.server";
import { VERIFICATION_RATE_LIMIT } from "../../app/rakor/minutes.server";
import { hitRateLimit } from "../../app/utils/rate-limit.server";
import { createRakor, rakorForm, rowsForm, submit, uploadForm } from "../support/rakor";
import { docxToPdfText, removeDir } from "../support/report";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

const FROM = "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>";
const ADDRESSES = { chair: "endi.sutendi@polri.go.id", speaker: "eko@polri.go.id", kemenpppa: "asdep@kemenpppa.go.id", invalid: "sari(at)bp2mi.go.id" };
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

let smtp: TestSmtp;
let app: TestApp;
let secretariat: TestClient;
let settings: MailSettings;
let rakorId: number;

const docxText = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(unzipSync(bytes)["word/document.xml"])
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("") + "\n");
const headerText = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, xml]) => new TextDecoder().decode(xml))
    .join("");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const minutesOf = (id: number) => app.db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, id)).orderBy(rakorMinutes.version).all();
const counts = (id: number) => ({
  outcomes: app.db.select().from(outcomes).where(eq(outcomes.rakorId, id)).all().length,
  attendees: app.db.select().from(attendees).where(eq(attendees.rakorId, id)).all().length,
  agenda: app.db.select().from(agendaItems).where(eq(agendaItems.rakorId, id)).all().length,
});

async function deliver() {
  const before = smtp.received.length;
  await sendDueMail(app.db, { settings });
  return smtp.received.slice(before);
}

async function flashAfter(res: { status: number; location: string | null }, client = secretariat) {
  expect(res.status).toBe(302);
  return (await client.text(res.location!)).text;
}

/** A rakor with an agenda item, an outcome and attendees; returns its id. */
async function recordRakor(overrides: Record<string, string> = {}) {
  const id = await createRakor(secretariat, { status: "held", ...overrides });
  expect((await submit(secretariat, `/rakor/${id}/agenda`, { intent: "add", date: "2025-06-04", time: "", title: "Arahan Ketua Harian Gugus Tugas" })).status).toBe(302);
  expect((await submit(secretariat, `/rakor/${id}/hasil`, { intent: "add", text: "Setiap instansi menyerahkan data korban TPPO triwulan II." })).status).toBe(302);
  return id;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  settings = { smtpUrl: smtp.url, from: FROM, maxAttempts: 3, retryBaseMs: 60_000, pollMs: 1000 };
  app = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await recordRakor();
  const res = await submit(
    secretariat,
    `/rakor/${rakorId}/peserta`,
    rowsForm([
      { name: "Dr. Endi Sutendi", rank: "Irjen Pol", agency: "Polri", role: "chair", email: ADDRESSES.chair },
      { name: "Drs. Eko", rank: "Brigjen Pol", agency: "Polri", role: "speaker", email: ADDRESSES.speaker },
      { name: "Asisten Deputi KemenPPPA", agency: "KemenPPPA", attendance: "online", email: ADDRESSES.kemenpppa },
      { name: "Budi Santoso", agency: "KemenPPPA" },
      { name: "Sari Wulandari", agency: "BP2MI" },
    ]),
  );
  expect(res.status).toBe(302);
  // An address that is not one, as an imported list may carry (the row editor refuses it at its cell).
  app.db.update(attendees).set({ email: ADDRESSES.invalid }).where(eq(attendees.name, "Sari Wulandari")).run();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

let correctionLink: string;
let code: string;
let approvedBytes: Uint8Array;

describe("circulating the draft", () => {
  it("starts as a draft, version 1, with the forms offered to the secretariat only", async () => {
    const page = (await secretariat.text(`/rakor/${rakorId}`)).text;
    expect(page).toContain("Versi 1: Draf");
    expect(page).toContain("Edarkan notulen");
    expect(page).toContain("Setujui notulen atas nama Dr. Endi Sutendi");
    const liaison = (await (await app.loginAs("kemenpppa@demo.sigap.id")).text(`/rakor/${rakorId}`)).text;
    expect(liaison).toContain("Versi 1: Draf");
    expect(liaison).not.toContain("Edarkan notulen");
    expect(liaison).not.toContain("Setujui notulen");
  });

  it("refuses a liaison, who sends nothing", async () => {
    const liaison = await app.loginAs("kemenpppa@demo.sigap.id");
    expect((await liaison.post(`/rakor/${rakorId}`, { intent: "edarkan-notulen" })).status).toBe(403);
    expect(minutesOf(rakorId)).toEqual([]);
  });

  it("e-mails each attendee with an address one message with the draft and a link, and reports the invalid address", async () => {
    const flash = await flashAfter(await submit(secretariat, `/rakor/${rakorId}`, { intent: "edarkan-notulen" }));
    expect(flash).toContain("Notulen versi 1 diedarkan. 3 draf notulen diantrikan; 1 peserta tanpa alamat surel: Budi Santoso; 1 alamat surel tidak valid (tidak dikirim): Sari Wulandari");
    expect(minutesOf(rakorId).map((m) => [m.version, m.status])).toEqual([[1, "circulated"]]);

    const received = await deliver();
    expect(received.map((m) => m.to[0]).sort()).toEqual([ADDRESSES.chair, ADDRESSES.kemenpppa, ADDRESSES.speaker].sort());
    const links = new Set<string>();
    for (const mail of received) {
      expect(mail.parsed.subject).toBe("Draf notulen: Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO — Rabu, 4 Juni 2025");
      const [docx] = mail.parsed.attachments;
      expect(mail.parsed.attachments).toHaveLength(1);
      expect(docx.filename).toMatch(/^notulen-draf-2025-06-04-.*\.docx$/);
      const bytes = new Uint8Array(docx.content);
      expect(docxText(bytes)).toContain("DRAF: untuk dikoreksi peserta, belum disahkan");
      expect(headerText(bytes)).toContain("DRAF");
      expect(docxText(bytes)).toContain("Setiap instansi menyerahkan data korban TPPO triwulan II.");
      const link = /(http:\/\/127\.0\.0\.1:\d+\/notulen\/koreksi\/[A-Za-z0-9_-]+)/.exec(mail.parsed.text!)![1];
      links.add(link);
    }
    expect(links.size).toBe(3);
    correctionLink = new URL([...links][0]).pathname;
    // Only the token's hash is stored.
    const token = correctionLink.split("/").at(-1)!;
    const stored = app.db.select().from(minutesRecipients).all();
    expect(stored).toHaveLength(3);
    expect(stored.map((r) => r.tokenHash)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(stored.map((r) => r.tokenHash)).not.toContain(token);
  });

  it("sends nothing again to those who have this version", async () => {
    const flash = await flashAfter(await submit(secretariat, `/rakor/${rakorId}`, { intent: "edarkan-notulen" }));
    expect(flash).toContain("Tidak ada draf notulen baru: 3 penerima sudah dikirimi versi terakhir");
    expect(await deliver()).toEqual([]);
  });
});

describe("a correction through the link, without an account", () => {
  it("shows the rakor and takes a correction, refusing an empty one", async () => {
    const anonymous = app.client();
    const page = await anonymous.text(correctionLink);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(page.text).toContain("Rabu, 4 Juni 2025");
    const empty = await submit(anonymous, correctionLink, { koreksi: "  " });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain("Tuliskan koreksi Anda.");
    const sent = await submit(anonymous, correctionLink, { koreksi: "Nama instansi pada hasil 1 seharusnya KemenPPPA." });
    expect(sent.status).toBe(200);
    expect(sent.text).toContain("koreksi Anda sudah diterima");
    expect(app.db.select().from(minutesCorrections).all().map((c) => c.body)).toEqual(["Nama instansi pada hasil 1 seharusnya KemenPPPA."]);
  });

  it("shows the date the circulated draft gives, not a later change of the rakor", async () => {
    const id = await recordRakor({ title: "Rakor dengan tanggal yang kemudian diubah" });
    expect((await submit(secretariat, `/rakor/${id}/peserta`, rowsForm([{ name: "Notulis Rakor", agency: "Polri", email: "notulis@polri.go.id" }]))).status).toBe(302);
    await flashAfter(await submit(secretariat, `/rakor/${id}`, { intent: "edarkan-notulen" }));
    const mail = (await deliver()).find((m) => m.to[0] === "notulis@polri.go.id")!;
    const link = new URL(/(http:\/\/127\.0\.0\.1:\d+\/notulen\/koreksi\/[A-Za-z0-9_-]+)/.exec(mail.parsed.text!)![1]).pathname;
    const moved = rakorForm({ title: "Rakor dengan tanggal yang kemudian diubah (dipindah)", startsAt: "2025-06-05T10:00" });
    expect((await submit(secretariat, `/rakor/${id}/ubah`, moved)).status).toBe(302);
    const page = await app.client().text(link);
    expect(page.text).toContain("Rabu, 4 Juni 2025");
    expect(page.text).not.toContain("Kamis, 5 Juni 2025");
    expect(page.text).not.toContain("(dipindah)");
  });

  it("is 404 for an unknown token", async () => {
    expect((await app.client().get("/notulen/koreksi/tidak-dikenal-sama-sekali-0123456789")).status).toBe(404);
  });

  it("lists the correction on the rakor page, where the secretariat marks it handled", async () => {
    const page = (await secretariat.text(`/rakor/${rakorId}`)).text;
    expect(page).toContain("Koreksi dari peserta (1 belum ditangani)");
    expect(page).toContain("Nama instansi pada hasil 1 seharusnya KemenPPPA.");
    const [correction] = app.db.select().from(minutesCorrections).all();
    const flash = await flashAfter(await submit(secretariat, `/rakor/${rakorId}`, { intent: "tandai-koreksi", id: String(correction.id) }));
    expect(flash).toContain("Koreksi ditandai sudah ditangani.");
    expect(app.db.select().from(minutesCorrections).get()!.resolvedAt).not.toBeNull();
  });
});

describe("approval", () => {
  it("is refused to a leader who is not the rakor's chair, and writes nothing", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    expect((await leader.text(`/rakor/${rakorId}`)).text).not.toContain("Setujui notulen");
    expect((await leader.post(`/rakor/${rakorId}`, { intent: "setujui-notulen" })).status).toBe(403);
    expect(minutesOf(rakorId)[0].status).toBe("circulated");
  });

  it("needs the chair's name on the rakor", async () => {
    const unchaired = await createRakor(secretariat, { title: "Rakor tanpa pimpinan tercatat", chairName: "", chairRank: "", chairPosition: "", chairAgency: "" });
    const res = await submit(secretariat, `/rakor/${unchaired}`, { intent: "setujui-notulen" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Pimpinan rapat belum dicatat pada rakor ini.");
    expect(minutesOf(unchaired)).toEqual([]);
  });

  it("is refused, like circulating, while the rakor is still scheduled; once held, a chair's name ending in a dot ends the sentence once", async () => {
    const chair = { chairName: "Drs. H. Adi Prihantara, M.M.", chairRank: "", chairPosition: "Sekretaris Daerah Provinsi Kepulauan Riau", chairAgency: "" };
    const id = await recordRakor({ title: "Rakor yang belum ditandai terlaksana", status: "scheduled", ...chair });
    const circulate = await submit(secretariat, `/rakor/${id}`, { intent: "edarkan-notulen" });
    expect(circulate.status).toBe(409);
    expect(circulate.text).toContain("Rakor ini masih berstatus Dijadwalkan. Ubah statusnya menjadi Terlaksana sebelum mengedarkan notulen.");
    const approve = await submit(secretariat, `/rakor/${id}`, { intent: "setujui-notulen" });
    expect(approve.status).toBe(409);
    expect(approve.text).toContain("Rakor ini masih berstatus Dijadwalkan. Ubah statusnya menjadi Terlaksana sebelum menyetujui notulen.");
    expect(minutesOf(id)).toEqual([]);

    expect((await submit(secretariat, `/rakor/${id}/ubah`, rakorForm({ title: "Rakor yang belum ditandai terlaksana", status: "held", ...chair }))).status).toBe(302);
    const flash = await flashAfter(await submit(secretariat, `/rakor/${id}`, { intent: "setujui-notulen" }));
    expect(flash).toMatch(/Notulen versi 1 disetujui atas nama Drs\. H\. Adi Prihantara, M\.M\. Kode verifikasi: /);
    expect(flash).toContain("oleh Drs. H. Adi Prihantara, M.M. (disetujui sekretariat atas nama pimpinan rapat).");
    expect(flash).not.toContain("M.M..");
    const docx = docxText(new Uint8Array(await (await secretariat.get(`/rakor/${id}/notulen.docx`)).arrayBuffer()));
    expect(docx).toContain("oleh sekretariat atas nama Drs. H. Adi Prihantara, M.M.\n");
    expect(docx).not.toContain("M.M..");
  });

  it("by the secretariat on the chair's behalf stores the document, its hash and a code", async () => {
    const flash = await flashAfter(await submit(secretariat, `/rakor/${rakorId}`, { intent: "setujui-notulen" }));
    expect(flash).toContain("Notulen versi 1 disetujui atas nama Dr. Endi Sutendi. Kode verifikasi:");
    const [m] = minutesOf(rakorId);
    const me = app.db.select().from(users).where(eq(users.email, "sekretariat@demo.sigap.id")).get()!;
    expect(m).toMatchObject({ status: "approved", approvedByName: "Dr. Endi Sutendi", approvedOnBehalf: true, approvedByUserId: me.id });
    expect(m.verificationCode).toMatch(CODE);
    code = m.verificationCode!;
    const file = app.db.select().from(files).where(eq(files.id, m.documentFileId!)).get()!;
    expect(file.sha256).toBe(m.documentSha256);

    // The download is the stored document, byte for byte.
    const res = await secretariat.get(`/rakor/${rakorId}/notulen.docx`);
    expect(res.status).toBe(200);
    approvedBytes = new Uint8Array(await res.arrayBuffer());
    expect(sha256(approvedBytes)).toBe(m.documentSha256);
    const again = new Uint8Array(await (await secretariat.get(`/rakor/${rakorId}/notulen.docx`)).arrayBuffer());
    expect(sha256(again)).toBe(m.documentSha256);

    const text = docxText(approvedBytes);
    expect(text).toContain(`Kode verifikasi: ${code}`);
    expect(text).toContain("disahkan pada Rabu");
    expect(text).toContain("oleh sekretariat atas nama Dr. Endi Sutendi");
    expect(text).not.toContain("DRAF");
    expect(Object.keys(unzipSync(approvedBytes)).some((n) => /^word\/media\/.*\.png$/.test(n))).toBe(true);

    const page = (await secretariat.text(`/rakor/${rakorId}`)).text;
    expect(page).toContain("Versi 1: Disetujui");
    expect(page).toContain(`Kode verifikasi: ${code}`);
    expect(page).not.toContain("Edarkan notulen");
  });

  it("closes the correction links of the approved version", async () => {
    const res = await app.client().text(correctionLink);
    expect(res.status).toBe(410);
    expect(res.text).toContain("Notulen versi 1 sudah disetujui pada");
    const post = await submit(app.client(), correctionLink, { koreksi: "Terlambat." });
    expect(post.status).toBe(410);
    expect(app.db.select().from(minutesCorrections).all()).toHaveLength(1);
  });

  it("opens in LibreOffice, and its text carries the verification code", () => {
    const pdf = docxToPdfText(approvedBytes);
    try {
      expect(pdf.pages).toBeGreaterThanOrEqual(1);
      expect(pdf.text).toContain(code);
      expect(pdf.images).toBeGreaterThanOrEqual(1);
    } finally {
      removeDir(pdf.dir);
    }
  }, 120_000);

  it("by the chair as a 'pimpinan' user, in their own name", async () => {
    const chaired = await recordRakor({ title: "Rakor dipimpin Ketua Harian", chairName: "Ketua Harian GT PP-TPPO", chairRank: "", chairPosition: "", chairAgency: "Polri" });
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const page = (await leader.text(`/rakor/${chaired}`)).text;
    expect(page).toContain("Setujui notulen");
    expect(page).not.toContain("atas nama");
    const flash = await flashAfter(await submit(leader, `/rakor/${chaired}`, { intent: "setujui-notulen" }), leader);
    expect(flash).toContain("Notulen versi 1 disetujui. Kode verifikasi:");
    const [m] = minutesOf(chaired);
    const leaderId = app.db.select().from(users).where(eq(users.email, "pimpinan@demo.sigap.id")).get()!.id;
    expect(m).toMatchObject({ status: "approved", approvedByName: "Ketua Harian GT PP-TPPO", approvedOnBehalf: false, approvedByUserId: leaderId });
    // The leader may approve, nothing else.
    expect((await leader.post(`/rakor/${chaired}`, { intent: "buka-notulen", alasanBuka: "x" })).status).toBe(403);
  });
});

describe("approved minutes are locked", () => {
  it("answer 409 to changes of outcomes, attendance and agenda, and write nothing", async () => {
    const before = counts(rakorId);
    const [outcome] = app.db.select().from(outcomes).where(eq(outcomes.rakorId, rakorId)).all();
    const [agenda] = app.db.select().from(agendaItems).where(eq(agendaItems.rakorId, rakorId)).all();
    const posts: [string, Record<string, string> | FormData][] = [
      [`/rakor/${rakorId}/hasil`, { intent: "add", text: "Hasil tambahan" }],
      [`/rakor/${rakorId}/hasil`, { intent: "update", id: String(outcome.id), text: "Diubah" }],
      [`/rakor/${rakorId}/hasil`, { intent: "delete", id: String(outcome.id) }],
      [`/rakor/${rakorId}/peserta`, rowsForm([{ name: "Peserta Baru", agency: "Polri" }])],
      [`/rakor/${rakorId}/peserta`, { intent: "paste", list: "Ani Lestari\tPolri" }],
      [`/rakor/${rakorId}/peserta/impor`, uploadForm({}, { name: "peserta.csv", bytes: "nama,instansi\nAni Lestari,Polri\n", type: "text/csv" })],
      [`/rakor/${rakorId}/agenda`, { intent: "add", date: "2025-06-04", time: "", title: "Agenda tambahan" }],
      [`/rakor/${rakorId}/agenda`, { intent: "delete", id: String(agenda.id) }],
    ];
    for (const [path, body] of posts) {
      const res = await submit(secretariat, path, body);
      expect(res.status, path).toBe(409);
      expect(res.text, path).toContain("Notulen rakor ini sudah disetujui pada Rabu");
      expect(res.text, path).toContain("Buka kembali notulen untuk mengubah hasil, peserta, atau agenda.");
    }
    expect(counts(rakorId)).toEqual(before);
    expect(app.db.select().from(outcomes).where(eq(outcomes.id, outcome.id)).get()!.text).toBe(outcome.text);
  });

  it("show the lock on the editors, with their controls disabled", async () => {
    for (const page of ["hasil", "peserta", "agenda", "peserta/impor"]) {
      const res = await secretariat.get(`/rakor/${rakorId}/${page}`);
      const html = await res.text();
      expect(htmlToText(html), page).toContain("Notulen rakor ini sudah disetujui pada");
      expect(html, page).toMatch(/<fieldset disabled=""/);
    }
  });

  it("lock the rakor's own data: the edit page shows the lock, and a change (status included) answers 409 and writes nothing", async () => {
    const before = app.db.select().from(rakor).where(eq(rakor.id, rakorId)).get()!;
    const page = await secretariat.get(`/rakor/${rakorId}/ubah`);
    const html = await page.text();
    expect(htmlToText(html)).toContain("Notulen rakor ini sudah disetujui pada");
    expect(html).toMatch(/<fieldset disabled=""/);
    for (const change of [{ venue: "Hotel Aryaduta, Jakarta", startsAt: "2025-06-05T10:00" }, { status: "cancelled" }] as Record<string, string>[]) {
      const res = await submit(secretariat, `/rakor/${rakorId}/ubah`, rakorForm(change));
      expect(res.status).toBe(409);
      expect(res.text).toContain("Notulen rakor ini sudah disetujui pada");
    }
    expect(app.db.select().from(rakor).where(eq(rakor.id, rakorId)).get()).toEqual(before);
    expect(() => app.db.update(rakor).set({ venue: "Lewat jalan lain" }).where(eq(rakor.id, rakorId)).run()).toThrow("minutes_locked");
  });

  it("leave their occurrence where it is when a series changes from an earlier one, reported like a held one", async () => {
    const title = "Rakor Seri dengan Notulen Disetujui";
    const created = await submit(secretariat, "/rakor/baru", rakorForm({ title, status: "scheduled", startsAt: "2031-01-15T10:00", ulang: "monthly_day", ulangAkhir: "jumlah", ulangJumlah: "3" }));
    expect(created.status).toBe(302);
    const [first, second, third] = app.db.select().from(rakor).where(eq(rakor.title, title)).orderBy(rakor.startsAt).all();
    // Minutes approved elsewhere and imported with a bundle: nothing else marks this occurrence held.
    app.db.insert(rakorMinutes).values({ rakorId: third.id, version: 1, status: "approved", approvedAt: Date.now(), approvedByName: "Dr. Endi Sutendi", verificationCode: "SERI-TIGA-0003" }).run();
    const res = await submit(secretariat, `/rakor/${second.id}/ubah`, rakorForm({ title, status: "scheduled", startsAt: "2031-02-15T13:00", venue: "Gedung Daerah, Tanjungpinang", lingkup: "berikutnya" }));
    expect(res.status).toBe(302);
    const flash = (await secretariat.text(res.location!)).text;
    expect(flash).toContain("Perubahan tersimpan untuk rakor ini dan 0 rakor berikutnya dalam seri.");
    expect(flash).toContain(`Tidak dipindah karena sudah terlaksana, sudah ada peserta/hasil, atau notulennya sudah disetujui: Sabtu, 15 Maret 2031 (/rakor/${third.id})`);
    const after = (id: number) => app.db.select().from(rakor).where(eq(rakor.id, id)).get()!;
    expect(after(second.id)).toMatchObject({ venue: "Gedung Daerah, Tanjungpinang", startsAt: Date.UTC(2031, 1, 15, 5, 0) });
    expect(after(third.id)).toMatchObject({ venue: third.venue, startsAt: third.startsAt });
    expect(after(first.id)).toMatchObject({ venue: first.venue, startsAt: first.startsAt });
    expect((await submit(secretariat, `/rakor/${third.id}/ubah`, rakorForm({ title, status: "scheduled", startsAt: "2031-03-15T13:00", lingkup: "ini" }))).status).toBe(409);
  });

  it("are refused by the database to any other writer", () => {
    expect(() => app.db.insert(outcomes).values({ rakorId, position: 99, text: "Lewat jalan lain" }).run()).toThrow("minutes_locked");
  });
});

describe("the public verification page", () => {
  it("shows the document's title, date, version, approver and hash without login, and no attendee", async () => {
    const res = await app.client().text(`/verifikasi/${code}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Notulen Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(res.text).toContain("Rabu, 4 Juni 2025");
    expect(res.text).toMatch(/Versi 1 Disahkan Rabu, 4 Juni 2025|Versi 1 Disahkan \S+, \d+ \S+ \d{4}, pukul/);
    expect(res.text).toContain("oleh sekretariat atas nama Dr. Endi Sutendi");
    expect(res.text).toContain(sha256(approvedBytes));
    for (const name of ["Budi Santoso", "Drs. Eko", ADDRESSES.chair]) expect(res.text).not.toContain(name);
  });

  it("reads a code typed in lower case without dashes, and /verifikasi takes a typed code", async () => {
    expect((await app.client().get(`/verifikasi/${code.replace(/-/g, "").toLowerCase()}`)).status).toBe(200);
    const typed = await app.client().post("/verifikasi", { kode: code.toLowerCase() });
    expect(typed.status).toBe(302);
    expect(typed.headers.get("Location")).toBe(`/verifikasi/${code}`);
    const bad = await submit(app.client(), "/verifikasi", { kode: "123" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Kode verifikasi terdiri atas 12 huruf dan angka");
  });

  it("says whether an uploaded file is the approved document", async () => {
    const same = await submit(app.client(), `/verifikasi/${code}`, uploadForm({}, { name: "notulen.docx", bytes: approvedBytes.slice() }, "berkas"));
    expect(same.status).toBe(200);
    expect(same.text).toContain("Berkas ini sama dengan dokumen yang disahkan.");
    const changed = approvedBytes.slice();
    changed[changed.length - 30] ^= 1;
    const other = await submit(app.client(), `/verifikasi/${code}`, uploadForm({}, { name: "notulen.docx", bytes: changed }, "berkas"));
    expect(other.text).toContain("Berkas ini BUKAN dokumen yang disahkan");
    const none = await submit(app.client(), `/verifikasi/${code}`, uploadForm({}, { name: "", bytes: "" }, "berkas"));
    expect(none.status).toBe(400);
    expect(none.text).toContain("Pilih berkas notulen yang akan diperiksa.");
  });

  it("is 404 for an unknown code", async () => {
    const res = await app.client().text("/verifikasi/ABCD-EFGH-JKMN");
    expect(res.status).toBe(404);
    expect(res.text).toContain("Kode verifikasi tidak dikenal.");
  });
});

describe("reopening", () => {
  it("needs a reason", async () => {
    const res = await submit(secretariat, `/rakor/${rakorId}`, { intent: "buka-notulen", alasanBuka: " " });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Tuliskan alasan notulen dibuka kembali.");
    expect(minutesOf(rakorId)).toHaveLength(1);
  });

  it("starts version 2 as a draft and unlocks the rakor; the approved version stays verifiable", async () => {
    const flash = await flashAfter(await submit(secretariat, `/rakor/${rakorId}`, { intent: "buka-notulen", alasanBuka: "Koreksi nama instansi pada hasil rapat." }));
    expect(flash).toContain("Notulen dibuka kembali sebagai versi 2.");
    const [v1, v2] = minutesOf(rakorId);
    expect(v1).toMatchObject({ status: "approved", reopenReason: "Koreksi nama instansi pada hasil rapat.", verificationCode: code });
    expect(v1.reopenedAt).not.toBeNull();
    expect(v2).toMatchObject({ version: 2, status: "draft", verificationCode: null });

    expect((await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text: "Hasil tambahan setelah dibuka kembali" })).status).toBe(302);
    expect(counts(rakorId).outcomes).toBe(2);
    // The download is a fresh draft now.
    const draft = new Uint8Array(await (await secretariat.get(`/rakor/${rakorId}/notulen.docx`)).arrayBuffer());
    expect(docxText(draft)).toContain("Hasil tambahan setelah dibuka kembali");

    const page = await app.client().text(`/verifikasi/${code}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("sudah ada versi yang lebih baru (versi 2)");
    const same = await submit(app.client(), `/verifikasi/${code}`, uploadForm({}, { name: "notulen.docx", bytes: approvedBytes.slice() }, "berkas"));
    expect(same.text).toContain("Berkas ini sama dengan dokumen yang disahkan.");
  });
});

describe("what the verification page shows", () => {
  it("stays what the approved document says after the reopened rakor changes", async () => {
    expect(minutesOf(rakorId)[0]).toMatchObject({ documentTitle: "Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO", rakorStartsAt: Date.UTC(2025, 5, 4, 2, 0), rakorTimeZone: "Asia/Makassar" });
    const changed = rakorForm({ title: "Rapat Koordinasi Nasional TPPO (jadwal ulang)", startsAt: "2025-06-05T10:00" });
    expect((await submit(secretariat, `/rakor/${rakorId}/ubah`, changed)).status).toBe(302);
    const page = await app.client().text(`/verifikasi/${code}`);
    expect(page.text).toContain("Notulen Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(page.text).toContain("Rabu, 4 Juni 2025");
    expect(page.text).not.toContain("jadwal ulang");
    expect(page.text).not.toContain("Kamis, 5 Juni 2025");
  });
});

describe("guessing codes", () => {
  it("is refused from the 21st lookup in 10 minutes, with Retry-After", async () => {
    app.db.delete(rateLimitHits).run();
    for (let i = 0; i < 20; i++) expect((await app.client().get(`/verifikasi/ZZZZ-ZZZZ-ZZ${String(i).padStart(2, "0")}`)).status).toBe(404);
    const res = await app.client().get(`/verifikasi/${code}`);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(500);
    expect(htmlToText(await res.text())).toContain("Terlalu banyak pemeriksaan kode verifikasi dari alamat Anda.");
  });

  it("counts the hits of every process in the database, and forgets hits older than the window", () => {
    const ip = app.db.select().from(rateLimitHits).get()!.key;
    const other = openDatabase(process.env.DATABASE_PATH);
    try {
      expect(hitRateLimit(other, VERIFICATION_RATE_LIMIT, ip).ok).toBe(false);
      expect(hitRateLimit(other, VERIFICATION_RATE_LIMIT, "10.0.0.9").ok).toBe(true);
      const later = Date.now() + VERIFICATION_RATE_LIMIT.windowMs + 1000;
      expect(hitRateLimit(other, VERIFICATION_RATE_LIMIT, ip, later).ok).toBe(true);
      expect(app.db.select().from(rateLimitHits).all().map((h) => h.key)).toEqual([ip]);
    } finally {
      other.$client.close();
    }
  });
});
