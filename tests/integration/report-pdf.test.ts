// The downloaded report opens cleanly in other readers: LibreOffice (headless) converts it to PDF,
// and pdftotext finds the cover, the Daftar Isi with the right page numbers, the chapters, the
// tables' Indonesian numbers and the figure; python-docx re-opens it and finds the chapters as
// headings, the tables' repeated header rows and a numbered recommendation as separate list items.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/server";
import { docxToPdfText, fold, PERIOD, removeDir, seedReportData } from "../support/report";
import { readWithPythonDocx, type PyDocx } from "../support/python-docx";

let app: TestApp;
let pdf: ReturnType<typeof docxToPdfText>;
let py: PyDocx;
const RECOMMENDATIONS = ["Bentuk Gugus Tugas di kabupaten/kota yang belum memilikinya.", "Tetapkan anggaran perlindungan korban di setiap provinsi."];

beforeAll(async () => {
  app = await startTestApp();
  seedReportData(app.db);
  const leader = await app.loginAs("pimpinan@demo.sigap.id");
  await leader.post(`/laporan?dari=${PERIOD.start}&sampai=${PERIOD.end}&wilayah=nasional`, {
    intent: "simpan",
    rekomendasi: ["Rekomendasi pimpinan: percepat penyerahan data LPK oleh pemerintah daerah.", ...RECOMMENDATIONS.map((r, i) => `${i + 1}. ${r}`)].join("\n"),
  });
  const res = await leader.get(`/laporan/unduh?dari=${PERIOD.start}&sampai=${PERIOD.end}&wilayah=nasional`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  pdf = docxToPdfText(bytes);
  py = readWithPythonDocx(bytes);
}, 180_000);
afterAll(async () => {
  if (pdf) removeDir(pdf.dir);
  await app.close();
});

const CHAPTERS = [
  "I. PENDAHULUAN",
  "II. PELAKSANAAN KOORDINASI",
  "III. CAPAIAN RENCANA AKSI",
  "IV. PENANGANAN KASUS DAN PERLINDUNGAN KORBAN",
  "V. PENGUATAN KELEMBAGAAN DAERAH",
  "VI. KENDALA DAN REKOMENDASI",
  "VII. PENUTUP",
];

describe("the report converted by LibreOffice", () => {
  it("has the cover on its own first page", () => {
    const cover = fold(pdf.text.split("\f")[0]);
    expect(cover).toContain("LAPORAN GUGUS TUGAS PENCEGAHAN DAN PENANGANAN TINDAK PIDANA PERDAGANGAN ORANG KEPADA PRESIDEN REPUBLIK INDONESIA");
    expect(cover).toContain("Periode 1 Januari s.d. 30 Juni 2025");
    expect(cover).toMatch(/Jakarta, \d{1,2} \w+ \d{4}$/);
  });

  it("shows the Daftar Isi with each chapter's page number, and each chapter is on that page", () => {
    const pages = pdf.text.split("\f");
    const toc = pages[1];
    expect(toc).toContain("DAFTAR ISI");
    for (const chapter of CHAPTERS) {
      const [number, ...title] = chapter.split(" ");
      const line = toc.split("\n").find((l) => fold(l).startsWith(`${number} ${title.join(" ")}`));
      expect(line, `Daftar Isi line of ${chapter}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)?.[1]);
      expect(page, `${chapter} page number`).toBeGreaterThan(0);
      // Body pages are numbered from 1 after the cover and the Daftar Isi.
      const bodyPage = fold(pages[page + 1] ?? "");
      expect(bodyPage, `${chapter} on page ${page}`).toContain(`${number} ${title.join(" ")}`);
      expect(bodyPage).toMatch(new RegExp(`-\\s?${page}\\s?-$`));
    }
  });

  it("carries the header on the pages after the cover", () => {
    const pages = pdf.text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBe(pdf.pages);
    for (const p of pages.slice(1)) expect(fold(p)).toContain("Laporan GT PP-TPPO kepada Presiden Republik Indonesia · Periode 1 Januari s.d. 30 Juni 2025");
  });

  it("renders the tables with Indonesian numbers and dates, the figure and the leader's text", () => {
    const all = fold(pdf.text);
    expect(all).toContain("Tabel 3. Capaian rencana aksi per Subsatgas");
    expect(all).toContain("Gambar 1. Capaian rencana aksi per Subsatgas (persentase selesai)");
    expect(pdf.images).toBeGreaterThanOrEqual(1);
    expect(all).toMatch(/Korban \(jumlah seluruhnya\) 1\.283/);
    expect(all).toContain("Rabu, 4 Juni 2025");
    expect(all).toContain("TERLAMBAT");
    expect(all).toContain("Rekomendasi pimpinan: percepat penyerahan data LPK oleh pemerintah daerah.");
    RECOMMENDATIONS.forEach((r, i) => expect(all).toContain(`${i + 1}. ${r}`));
    expect(all).toContain("Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang,");
  });
});

describe("the report re-opened with python-docx", () => {
  it("finds the chapters as headings, in order", () => {
    expect(py.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text.replace("\t", " "))).toEqual(CHAPTERS);
  });

  it("finds every data table with a header row repeated on each page", () => {
    // The last table is the signature block, which has no header.
    const data = py.tables.slice(0, -1);
    expect(data.length).toBeGreaterThan(3);
    for (const t of data) expect(t.headerRepeats, t.header.join(" | ")).toBe(true);
    expect(py.tables.map((t) => t.header[0])).toContain("Subsatgas");
  });

  it("finds a numbered recommendation as separate list items of one numbered list", () => {
    const items = RECOMMENDATIONS.map((r) => py.paragraphs.find((p) => p.text === r));
    for (const item of items) expect(item?.numFmt).toBe("decimal");
    expect(items[0]!.numId).toBe(items[1]!.numId);
    // The sentence before the list stays a paragraph of its own.
    expect(py.paragraphs.find((p) => p.text === "Rekomendasi pimpinan: percepat penyerahan data LPK oleh pemerintah daerah.")?.numId).toBeNull();
  });
});
