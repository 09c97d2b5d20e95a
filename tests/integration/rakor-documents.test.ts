// A whole rakor, end to end: a secretariat records the 4 June 2025 rakor (seeds/, followed from
// Polres Kolaka, Polresta Balikpapan and Polda Sumsel at once) through the pages' forms, with its
// sites, attendees, agenda, materials and outcomes; then its notulen (.docx) and invitation (.ics)
// are opened and read.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionItems, agencies, attendees, outcomes, rakor, rakorSites } from "../../db/schema";
import { createRakor, rowsForm, siteForm, submit, uploadForm } from "../support/rakor";
import { readWithPythonDocx } from "../support/python-docx";
import { docxToPdfText, fold, removeDir } from "../support/report";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;

/** The paragraphs of word/document.xml as plain text. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain("word/document.xml");
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return xml
    .split("</w:p>")
    // A tab reads as a space, a line break within the paragraph as a line break.
    .map((p) => p.replace(/<w:tab\/>/g, "<w:t>\t</w:t>").replace(/<w:br\/>/g, "<w:t>\n</w:t>"))
    .map((p) => decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")).replace(/\t/g, " "))
    .filter((p) => p.trim() !== "");
}

/** Unfolds an .ics into its logical lines. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
});
afterAll(() => app?.close());

describe("recording the 4 June 2025 rakor through the pages", () => {
  it("schedules it: hybrid, 10.00 WITA, at Mabes Polri and on Zoom", async () => {
    // "Astamaops Mabes Polri" resembles Polri (alias "Mabes Polri"): the form asks, and the secretariat records it as an agency of its own.
    rakorId = await createRakor(secretariat, { organizer: "Astamaops Mabes Polri", organizerPilihan: "baru", organizerPilihanUntuk: "Astamaops Mabes Polri", endsAt: "2025-06-04T12:30" });
    expect(app.db.select().from(rakor).where(eq(rakor.id, rakorId)).get()).toMatchObject({ startsAt: Date.UTC(2025, 5, 4, 2, 0), timeZone: "Asia/Makassar", mode: "hybrid" });
  });

  it("adds the three sites, Balikpapan with its own chair", async () => {
    const sites = [
      siteForm("Aula Kemitraan Polres Kolaka", { agency: "Polres Kolaka", regionCode: "74.01" }),
      siteForm("Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan", {
        agency: "Polresta Balikpapan",
        regionCode: "64.71",
        chairName: "Anton Firmanto, S.H., S.I.K., M.Si.",
        chairRank: "Kombes Pol",
        chairPosition: "Kapolresta Balikpapan",
        chairAgency: "Polresta Balikpapan",
      }),
      siteForm("Polda Sumatera Selatan, Palembang", { agency: "Polda Sumatera Selatan", regionCode: "16.71" }),
    ];
    for (const form of sites) expect((await submit(secretariat, `/rakor/${rakorId}/lokasi`, form)).status).toBe(302);
    expect(app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).all()).toHaveLength(3);
  });

  it("records the attendees: the venue by row editor, Kolaka by pasting, Balikpapan from a CSV", async () => {
    const [kolaka] = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).orderBy(rakorSites.position).all();
    const venue = await submit(
      secretariat,
      `/rakor/${rakorId}/peserta`,
      rowsForm([
        { name: "Dr. Endi Sutendi", rank: "Irjen Pol", jobTitle: "Wakil Asisten Operasi Kapolri", agency: "Polri", role: "chair" },
        { name: "Drs. Eko", rank: "Brigjen Pol", agency: "Polri", role: "speaker" },
        { name: "Asisten Deputi KemenPPPA", agency: "KemenPPPA", role: "speaker", attendance: "online" },
      ]),
    );
    expect(venue.status).toBe(302);
    const pasted = await submit(secretariat, `/rakor/${rakorId}/peserta`, {
      intent: "paste",
      list: "Ir. H. A. Abbas, M.Si;;Asisten II Bupati Kolaka;Pemerintah Kabupaten Kolaka\nNurman;IPDA;Kaurbiops Satreskrim;Polres Kolaka\nRidwan;AKP;Kasat Binmas;Polres Kolaka",
      site: String(kolaka.id),
      role: "participant",
      attendance: "online",
    });
    expect(pasted.status).toBe(302);
    const csv = [
      "Nama;Pangkat;Jabatan;Instansi;Lokasi;Peran;Kehadiran",
      '"Anton Firmanto, S.H., S.I.K., M.Si.";Kombes Pol;Kapolresta Balikpapan;Polresta Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;peserta;hadir daring',
      "Dadang R;Iptu;Ps. Kasat Binmas;Polresta Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;peserta;hadir daring",
      "Herlambang, S.H.;Ipda;Kanit PPA;Polresta Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;peserta;hadir daring",
      "Perwakilan DP3AKB Kota Balikpapan;;;DP3AKB Kota Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;peserta;hadir daring",
      "Perwakilan Dinas Sosial Kota Balikpapan;;;Dinas Sosial Kota Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;peserta;hadir daring",
      "Sangidun;Ipda;Kasi Humas Polresta Balikpapan;Polresta Balikpapan;Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan;notulis;hadir daring",
    ].join("\r\n");
    const imported = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "online" }, { name: "daftar-hadir-balikpapan.csv", bytes: csv }));
    expect(imported.status).toBe(302);
    const people = app.db.select().from(attendees).where(eq(attendees.rakorId, rakorId)).all();
    expect(people).toHaveLength(12);
    // "Polri" and "KemenPPPA" land on the reference agencies through their aliases.
    const polri = app.db.select().from(agencies).where(eq(agencies.shortName, "Polri")).get()!;
    expect(people.find((p) => p.name === "Drs. Eko")!.agencyId).toBe(polri.id);
  });

  it("records the agenda with presenters and a time, and reorders it", async () => {
    const items: Record<string, string>[] = [
      { title: "Tanya jawab" },
      { title: "Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO", presenterName: "Drs. Eko", presenterRank: "Brigjen Pol", presenterAgency: "Polri", time: "10:15" },
      { title: "Pendekatan berbasis korban dan perlindungan khusus bagi perempuan dan anak", presenterName: "Asisten Deputi KemenPPPA", presenterAgency: "KemenPPPA" },
    ];
    for (const item of items) expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "add", date: "2025-06-04", time: "", ...item })).status).toBe(302);
    const first = () => app.db.$client.prepare("SELECT id, title FROM agenda_items WHERE rakor_id = ? ORDER BY position").all(rakorId) as { id: number; title: string }[];
    const qa = first()[0].id;
    await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "move", id: String(qa), direction: "down" });
    await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "move", id: String(qa), direction: "down" });
    expect(first().map((a) => a.title)).toEqual([items[1].title, items[2].title, "Tanya jawab"]);
    const wrongDay = await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "add", title: "Salah hari", date: "2025-06-05", time: "09:00" });
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.text).toContain("Tanggal agenda harus dalam rentang hari rakor.");
  });

  it("records the materials: a regulation link and an uploaded file", async () => {
    const link = await submit(secretariat, `/rakor/${rakorId}/bahan`, {
      intent: "link",
      title: "Peraturan Presiden Nomor 19 Tahun 2023 tentang RAN-PPTPPO",
      kind: "regulation",
      url: "https://peraturan.bpk.go.id/Details/240000/perpres-no-19-tahun-2023",
    });
    expect(link.status).toBe(302);
    const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n% Peraturan Ketua Harian\n%%EOF\n"));
    const upload = await submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title: "Peraturan Ketua Harian Gugus Tugas Pencegahan dan Penanganan TPPO", kind: "regulation" }, { name: "perkahar-gt-tppo.pdf", bytes: pdf }));
    expect(upload.status).toBe(302);
  });

  it("records the six outcomes in one go, in order", async () => {
    const text = [
      "1. Penguatan Satgas TPPO di level Polda dan Polres.",
      "2. Pelatihan penyidik dengan pendekatan berbasis korban.",
      "3. Pengembangan sistem deteksi dini.",
      "4. Pengawasan terhadap LPK, BLKLN dan P3MI.",
      "5. Peningkatan kerja sama internasional, termasuk dengan Interpol dan Aseanapol.",
      "6. Pembentukan Subgugus Tugas TPPO di daerah segera diikuti dengan dasar hukum.",
    ].join("\n");
    expect((await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text, perLine: "on" })).status).toBe(302);
    const rows = app.db.select().from(outcomes).where(eq(outcomes.rakorId, rakorId)).orderBy(outcomes.position).all();
    expect(rows.map((o) => o.text)).toHaveLength(6);
    expect(rows[0].text).toBe("Penguatan Satgas TPPO di level Polda dan Polres.");
    // The action plan makes an action item from the first outcome.
    const polri = app.db.select().from(agencies).where(eq(agencies.shortName, "Polri")).get()!;
    app.db.insert(actionItems).values({ outcomeId: rows[0].id, title: "Perkuat Satgas TPPO di seluruh Polda dan Polres", subsatgasSlug: "penegakan-hukum", leadAgencyId: polri.id, dueDate: "2025-09-30", status: "in_progress", progress: 60 }).run();
  });

  it("shows everything on the rakor's page, with the time in all three zones", async () => {
    const page = await secretariat.text(`/rakor/${rakorId}`);
    expect(page.status).toBe(200);
    for (const text of [
      "Rabu, 4 Juni 2025, pukul 10.00 WITA s.d. 12.30 WITA",
      "Sama dengan 09.00–11.30 WIB · 11.00–13.30 WIT",
      "Kombes Pol Anton Firmanto, S.H., S.I.K., M.Si. (Kapolresta Balikpapan)",
      "12 hadir dari 12 tercatat",
      "Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO · pukul 10.15 WITA",
      "Pemapar: Brigjen Pol Drs. Eko (Polri)",
      "Peraturan Ketua Harian Gugus Tugas Pencegahan dan Penanganan TPPO Regulasi",
      "Perkuat Satgas TPPO di seluruh Polda dan Polres",
      "Buat rencana aksi",
    ]) {
      expect(page.text).toContain(text);
    }
  });
});

describe("the notulen", () => {
  let paragraphs: string[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    const res = await secretariat.get(`/rakor/${rakorId}/notulen.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="notulen-2025-06-04-rapat-koordinasi-nasional-gugus-tugas-pencegahan.docx"');
    bytes = new Uint8Array(await res.arrayBuffer());
    paragraphs = docxParagraphs(bytes);
  });

  it("opens with the title, day and date, time, place and mode, chair and notulis", () => {
    expect(paragraphs[0]).toBe("NOTULEN");
    expect(paragraphs[1]).toBe("RAPAT KOORDINASI NASIONAL GUGUS TUGAS PENCEGAHAN DAN PENANGANAN TPPO");
    const text = paragraphs.join("\n");
    expect(text).toContain("Hari/Tanggal\n:\nRabu, 4 Juni 2025");
    expect(text).toContain("pukul 10.00 WITA s.d. 12.30 WITA (09.00–11.30 WIB · 11.00–13.30 WIT)");
    expect(text).toContain("Tempat\n:\nMabes Polri, Jakarta");
    expect(text).toContain("Bentuk Rapat\n:\nHybrid melalui Zoom Meeting");
    expect(text).toContain("2. Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan");
    expect(text).toContain("Pimpinan Rapat\n:\nIrjen Pol Dr. Endi Sutendi (Wakil Asisten Operasi Kapolri)");
    expect(text).toContain("Notulis\n:\nIpda Sangidun (Kasi Humas Polresta Balikpapan)");
  });

  it("summarises attendance by agency and channel", () => {
    const text = paragraphs.join("\n");
    expect(text).toContain("Rapat dihadiri oleh 12 orang (2 hadir luring dan 10 hadir daring) dari 7 instansi");
    // Polresta Balikpapan: 4 online; Polri: 2 in person; each row number, agency, luring, daring, absent, total.
    expect(text).toContain("Polresta Balikpapan\n0\n4\n0\n4");
    expect(text).toContain("Kepolisian Negara Republik Indonesia\n2\n0\n0\n2");
    expect(text).toContain("Jumlah\n2\n10\n0\n12");
    expect(text).toContain("Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan: 6 orang, dipimpin Kombes Pol Anton Firmanto, S.H., S.I.K., M.Si. (Kapolresta Balikpapan)");
    // Online without a site is counted apart from the venue.
    expect(text).toContain("Tempat utama (Mabes Polri, Jakarta): 2 orang");
    expect(text).toContain("Daring (tanpa lokasi): 1 orang");
  });

  it("lists the agenda with presenters and the outcomes with their action items", () => {
    const text = paragraphs.join("\n");
    expect(text).toContain("1. Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO\nPukul 10.15 WITA. Disampaikan oleh Brigjen Pol Drs. Eko (Polri).");
    expect(text).toContain("3. Tanya jawab");
    expect(text).toContain("1. Penguatan Satgas TPPO di level Polda dan Polres.\nTindak lanjut:\na. Perkuat Satgas TPPO di seluruh Polda dan Polres — Kepolisian Negara Republik Indonesia; tenggat 30 September 2025; status Berjalan (60%).");
    expect(text).toContain("6. Pembentukan Subgugus Tugas TPPO di daerah segera diikuti dengan dasar hukum.\nTindak lanjut:\nRencana aksi belum disusun.");
  });

  it("ends with the signature block for the notulis and the chair, and the attendance list", () => {
    const text = paragraphs.join("\n");
    expect(text).toMatch(/Notulis,\nSangidun\nIpda \/ Kasi Humas Polresta Balikpapan\nJakarta, 4 Juni 2025\nPimpinan Rapat,\nDr\. Endi Sutendi\nIrjen Pol \/ Wakil Asisten Operasi Kapolri/);
    expect(text).toContain("LAMPIRAN: DAFTAR HADIR");
    expect(text).toContain("Lokasi: Aula Kemitraan Polres Kolaka");
  });

  it("re-opens in python-docx with its chapters as headings and the attendance tables' header rows repeated", () => {
    const py = readWithPythonDocx(bytes);
    expect(py.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text)).toEqual(["I. PESERTA RAPAT", "II. AGENDA DAN PAPARAN", "III. HASIL RAPAT", "IV. PENUTUP"]);
    const attendance = py.tables.filter((t) => t.headerRepeats);
    expect(attendance.map((t) => t.header[1])).toEqual(["Instansi", "Nama"]);
    // The attendance list: the header, then per place with people a row naming it and a row per person.
    const people = app.db.select().from(attendees).where(eq(attendees.rakorId, rakorId)).all();
    // Places: the venue, each site, and online from no site.
    expect(attendance[1].rows).toBe(1 + people.length + new Set(people.map((p) => p.siteId ?? (p.attendance === "online" ? "daring" : "utama"))).size);
    expect(py.paragraphs.every((p) => p.numId === null)).toBe(true);
  });

  it("takes its wording from templates/notulen.json", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "notulen-template-"));
    try {
      const template = JSON.parse(readFileSync("templates/notulen.json", "utf8"));
      template.judul = "RISALAH RAPAT";
      template.bab_hasil = "III. KESIMPULAN";
      writeFileSync(path.join(dir, "notulen.json"), JSON.stringify(template));
      const { loadNotulenData, loadNotulenTemplate, renderNotulen } = await import("../../app/documents/notulen.server");
      const rendered = docxParagraphs(new Uint8Array(await renderNotulen(loadNotulenData(app.db, rakorId)!, loadNotulenTemplate(dir))));
      expect(rendered[0]).toBe("RISALAH RAPAT");
      expect(rendered).toContain("III. KESIMPULAN");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is a document LibreOffice opens and renders as pages", () => {
    const soffice = spawnSync("which", ["soffice"]).status === 0;
    expect(soffice, "LibreOffice (soffice) and pdftotext are needed to render the notulen").toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), "notulen-pdf-"));
    try {
      writeFileSync(path.join(dir, "notulen.docx"), bytes);
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, path.join(dir, "notulen.docx")], { stdio: "ignore", timeout: 120_000 });
      const pdf = execFileSync("pdftotext", ["-layout", path.join(dir, "notulen.pdf"), "-"]).toString("utf8");
      expect(pdf).toContain("NOTULEN");
      expect(pdf).toContain("Hybrid melalui Zoom Meeting");
      expect(pdf).toMatch(/Halaman 1 dari \d/);
      expect(pdf).toContain("LAMPIRAN: DAFTAR HADIR");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe("the invitation", () => {
  it("places the rakor at 10.00 WITA with the zone it needs, and links back to the rakor", async () => {
    const res = await secretariat.get(`/rakor/${rakorId}/undangan.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8; method=PUBLISH");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="undangan-2025-06-04-[a-z0-9-]+\.ics"$/);
    const raw = await res.text();
    expect(raw.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(raw.replace(/\r\n/g, "")).not.toContain("\n");
    const lines = icsLines(raw);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("DTSTART;TZID=Asia/Makassar:20250604T100000");
    expect(lines).toContain("DTEND;TZID=Asia/Makassar:20250604T123000");
    const tz = lines.slice(lines.indexOf("BEGIN:VTIMEZONE"), lines.indexOf("END:VTIMEZONE") + 1);
    expect(tz).toEqual(expect.arrayContaining(["TZID:Asia/Makassar", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800"]));
    expect(lines).toContain("SUMMARY:Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(lines).toContain("LOCATION:Mabes Polri\\, Jakarta / Zoom Meeting https://zoom.us/j/81234567890");
    expect(lines).toContain(`URL:${app.url}/rakor/${rakorId}`);
    expect(lines).toContain(`UID:rakor-${rakorId}@127.0.0.1`);
    const description = lines.find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("Waktu: Rabu\\, 4 Juni 2025\\, pukul 10.00 WITA s.d. 12.30 WITA (09.00–11.30 WIB · 11.00–13.30 WIT).");
    expect(description).toContain("\\nAgenda:\\n1. Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO\\n");
    expect(description).toContain(`Rincian rakor: ${app.url}/rakor/${rakorId}`);
  });

  it("is cancelled in the calendar when the rakor is", async () => {
    const { rakorFormValues } = await import("../../app/rakor/rakor-form.server");
    const { getRakorHead } = await import("../../app/rakor/rakor.server");
    const values = rakorFormValues(getRakorHead(app.db, rakorId)!);
    const before = icsLines(await (await secretariat.get(`/rakor/${rakorId}/undangan.ics`)).text()).find((l) => l.startsWith("SEQUENCE:"))!;
    await new Promise((r) => setTimeout(r, 1100));
    expect((await submit(secretariat, `/rakor/${rakorId}/ubah`, { ...values, status: "cancelled" })).status).toBe(302);
    const lines = icsLines(await (await secretariat.get(`/rakor/${rakorId}/undangan.ics`)).text());
    expect(lines).toContain("STATUS:CANCELLED");
    expect(Number(lines.find((l) => l.startsWith("SEQUENCE:"))!.slice(9))).toBeGreaterThan(Number(before.slice(9)));
  });
});

describe("characters XML cannot carry", () => {
  it("are removed from an outcome before it is stored, so the notulen still opens", async () => {
    const id = await createRakor(secretariat);
    expect((await submit(secretariat, `/rakor/${id}/hasil`, { intent: "add", text: "Hasil\uFFFF rapat\uFFFE dengan\u0007 catatan" })).status).toBe(302);
    expect(app.db.select().from(outcomes).where(eq(outcomes.rakorId, id)).all().map((o) => o.text)).toEqual(["Hasil rapat dengan catatan"]);
    const res = await secretariat.get(`/rakor/${id}/notulen.docx`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // Every XML part holds only characters of XML 1.0's Char production, which Word requires.
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(new TextDecoder().decode(data), name).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    }
    expect(docxParagraphs(bytes)).toContain("1. Hasil rapat dengan catatan");
  });
});

describe("the surat undangan of a monthly rakor without an agenda, to four invitees", () => {
  let letter: Uint8Array;

  beforeAll(async () => {
    const id = await createRakor(secretariat, {
      title: "Rakor Bulanan Gugus Tugas TPPO Provinsi Kepulauan Riau",
      level: "provinsi",
      regionCode: "21",
      organizer: "Sekretariat Gugus Tugas PP-TPPO Provinsi Kepulauan Riau",
      chairName: "Drs. H. Adi Prihantara, M.M.",
      chairRank: "",
      chairPosition: "Sekretaris Daerah Provinsi Kepulauan Riau",
      chairAgency: "Pemerintah Provinsi Kepulauan Riau",
      status: "scheduled",
      timeZone: "Asia/Jakarta",
      startsAt: "2030-01-15T09:00",
      endsAt: "2030-01-15T12:00",
      venue: "Ruang Rapat Lantai 4 Kantor Gubernur Kepulauan Riau, Dompak, Tanjungpinang",
      onlineUrl: "https://zoom.us/j/82112345678",
    });
    const res = await submit(
      secretariat,
      `/rakor/${id}/peserta`,
      rowsForm([
        { name: "Drs. H. Adi Prihantara, M.M.", jobTitle: "Sekretaris Daerah Provinsi Kepulauan Riau", role: "chair" },
        { name: "Kombes Pol. Budi Santoso, S.I.K.", rank: "Kombes Pol", jobTitle: "Dirreskrimum Polda Kepri", agency: "Polda Kepri" },
        { name: "Rina Kartika, S.Sos.", jobTitle: "Kepala Bidang Perlindungan Perempuan", agency: "DP3AP2KB Provinsi Kepulauan Riau" },
        { name: "Asisten Deputi KemenPPPA", agency: "KemenPPPA" },
        { name: "Hendra Gunawan", rank: "AKBP", jobTitle: "Kasubdit IV Renakta", agency: "Polda Kepri" },
      ]),
    );
    expect(res.status).toBe(302);
    letter = new Uint8Array(await (await secretariat.get(`/rakor/${id}/surat-undangan.docx`)).arrayBuffer());
  });

  it("writes a rank already at the start of a name once, and the title alone as the agenda when it names a rakor", () => {
    const paragraphs = docxParagraphs(letter);
    const text = paragraphs.join("\n");
    expect(text).toContain("1. Kombes Pol. Budi Santoso, S.I.K. (Dirreskrimum Polda Kepri)");
    expect(text).not.toMatch(/Kombes Pol\.? Kombes Pol/);
    expect(text).toContain("4. AKBP Hendra Gunawan (Kasubdit IV Renakta, Polda Kepri)");
    // The agenda row: "acara", ":", then the title as written.
    expect(paragraphs[paragraphs.indexOf("acara") + 2]).toBe("Rakor Bulanan Gugus Tugas TPPO Provinsi Kepulauan Riau");
    expect(text).not.toContain("Rapat koordinasi Rakor");
  });

  it("keeps the closing sentence and the signer on one page when LibreOffice renders it", () => {
    const pdf = docxToPdfText(letter);
    try {
      const pages = pdf.text.split("\f").map(fold);
      const closing = pages.findIndex((p) => p.includes("Atas perhatian dan kehadirannya"));
      const signer = pages.findIndex((p) => p.includes("Drs. H. Adi Prihantara, M.M."));
      expect(closing).toBeGreaterThanOrEqual(0);
      expect(signer).toBe(closing);
    } finally {
      removeDir(pdf.dir);
    }
  }, 150_000);
});
