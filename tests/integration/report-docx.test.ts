// The report to the President as a .docx, downloaded through the app (built in the report worker)
// from the demo data plus a known dataset: its sections, tables and figure are checked against
// counts made directly with SQL, and against the dashboard's own functions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subsatgasSummary } from "../../app/action-plan/dashboard.server";
import { formatNumber, formatPercent } from "../../app/utils/format";
import { formatCalendarDate, todayIn } from "../../app/utils/period";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { KNOWN, openDocx, PERIOD, seedReportData, sqlActionCounts, sqlCaseTotals, sqlRakorHeld, type OpenedDocx } from "../support/report";

let app: TestApp;
let leader: TestClient;
let national: OpenedDocx;
let nationalResponse: Response;
const query = `dari=${PERIOD.start}&sampai=${PERIOD.end}`;

beforeAll(async () => {
  app = await startTestApp();
  seedReportData(app.db);
  leader = await app.loginAs("pimpinan@demo.sigap.id");
  // The leader's narrative, saved as the draft of this scope and period.
  const saved = await leader.post(`/laporan?${query}&wilayah=nasional`, {
    intent: "simpan",
    pengantar: "",
    kendala: "Koordinasi data LPK antardaerah belum berjalan.",
    rekomendasi: "Mohon arahan Bapak Presiden agar pemerintah daerah menyerahkan data LPK.\n\nPercepat pembentukan Gugus Tugas di kabupaten/kota.",
    penutup: "",
  });
  expect(saved.status).toBe(302);
  nationalResponse = await leader.get(`/laporan/unduh?${query}&wilayah=nasional`);
  national = openDocx(new Uint8Array(await nationalResponse.arrayBuffer()));
});
afterAll(() => app.close());

function pct(done: number, total: number, cancelled: number) {
  const base = total - cancelled;
  return base > 0 ? formatPercent(Math.round((done / base) * 1000) / 10) : "–";
}

describe("the download", () => {
  it("is a .docx attachment named after scope and period", () => {
    expect(nationalResponse.status).toBe(200);
    expect(nationalResponse.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(nationalResponse.headers.get("Content-Disposition")).toBe('attachment; filename="laporan-gt-pp-tppo-nasional-2025-01-01-sd-2025-06-30.docx"');
    expect(Object.keys(national.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/settings.xml"]));
  });

  it("has the cover, the Daftar Isi and chapters I to VII in order, and the signature block", () => {
    const t = national.text;
    const order = [
      "LAPORAN",
      "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN",
      "TINDAK PIDANA PERDAGANGAN ORANG",
      "KEPADA",
      "PRESIDEN REPUBLIK INDONESIA",
      "Periode 1 Januari s.d. 30 Juni 2025",
      "DAFTAR ISI",
      "I.\tPENDAHULUAN",
      "A.\tUmum",
      "B.\tMaksud dan Tujuan",
      "C.\tRuang Lingkup",
      "D.\tDasar",
      "II.\tPELAKSANAAN KOORDINASI",
      "III.\tCAPAIAN RENCANA AKSI",
      "IV.\tPENANGANAN KASUS DAN PERLINDUNGAN KORBAN",
      "V.\tPENGUATAN KELEMBAGAAN DAERAH",
      "VI.\tKENDALA DAN REKOMENDASI",
      "VII.\tPENUTUP",
      "Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang,",
    ];
    let at = -1;
    for (const piece of order) {
      const next = t.indexOf(piece, at + 1);
      expect(next, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // Every placeholder of templates/laporan.json was filled.
    expect(t).not.toMatch(/\{[a-z_]+\}/);
    // Cover and signature: place and an Indonesian date.
    expect(t).toMatch(/Jakarta, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/);
  });

  it("lists every chapter and sub-chapter in the Daftar Isi with a page-number field and a link to its heading", () => {
    const headings = [...national.xml.matchAll(/<w:bookmarkStart [^>]*w:name="(_Toc\d+)"/g)].map((m) => m[1]);
    // III: the provinces, then each Subsatgas.
    expect(headings.length).toBe(7 + 4 + (1 + 6) + 2);
    for (const b of headings) {
      expect(national.xml).toContain(`PAGEREF ${b} \\h`);
      expect(national.xml).toMatch(new RegExp(`<w:hyperlink [^>]*w:anchor="${b}"`));
    }
    expect(new TextDecoder().decode(national.files["word/settings.xml"])).toMatch(/<w:updateFields( w:val="true")?\/>/);
  });

  it("has a header and a page number in the footer", () => {
    const part = (name: RegExp) => new TextDecoder().decode(national.files[Object.keys(national.files).find((f) => name.test(f))!]);
    const header = part(/^word\/header\d+\.xml$/);
    const footer = part(/^word\/footer\d+\.xml$/);
    expect(header).toContain("Laporan GT PP-TPPO kepada Presiden Republik Indonesia · Periode 1 Januari s.d. 30 Juni 2025");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    // Pages i, ii, … for the Daftar Isi; the body counts again from 1.
    expect(national.xml.match(/<w:pgNumType [^>]*\/>/g)).toEqual(['<w:pgNumType w:start="1" w:fmt="lowerRoman"/>', '<w:pgNumType w:start="1" w:fmt="decimal"/>']);
  });
});

describe("II Pelaksanaan Koordinasi", () => {
  it("counts the rakor held by level and mode as SQL does, reading the period in WIB", () => {
    const held = sqlRakorHeld(app.db, null);
    // Demo: the national rakor of 4 June 2025; added: Jawa Barat (March) and Papua (1 July 01.00 WIT = 30 June WIB).
    expect(held.map((r) => r.title)).toEqual(expect.arrayContaining([KNOWN.provinceRakor, KNOWN.papuaRakor]));
    const table = national.table("Rakor yang dilaksanakan menurut tingkat dan bentuk");
    expect(table.rows[0]).toEqual(["Tingkat", "Luring", "Daring", "Hybrid", "Jumlah"]);
    const levels = [
      ["Nasional", "nasional"],
      ["Provinsi", "provinsi"],
      ["Kabupaten/Kota", "kabupaten_kota"],
    ];
    for (const [label, level] of levels) {
      const row = table.rows.find((r) => r[0] === label)!;
      const n = (mode: string) => String(held.filter((r) => r.level === level && r.mode === mode).length);
      expect(row, label).toEqual([label, n("in_person"), n("virtual"), n("hybrid"), String(held.filter((r) => r.level === level).length)]);
    }
    expect(table.rows.at(-1)).toEqual(["Jumlah", "1", "1", "1", String(held.length)]);
    expect(national.text).toContain(`telah dilaksanakan ${held.length} rapat koordinasi`);
  });

  it("lists by name the rakor of its own level with Indonesian date, title, place or mode and chair; none scheduled or outside the period", async () => {
    const list = national.table("Daftar rakor yang dilaksanakan");
    expect(list.rows[0]).toEqual(["No.", "Hari/Tanggal", "Rakor", "Tempat/Bentuk", "Pimpinan Rapat"]);
    const body = list.rows.slice(1);
    // The national report names the national rakor; those of the regions are counted in the table above.
    const own = sqlRakorHeld(app.db, null).filter((r) => r.level === "nasional");
    expect(body.map((r) => r[2])).toEqual(own.map((r) => r.title));
    expect(national.text).toContain(`Sebanyak ${own.length} rakor di antaranya dilaksanakan GT PP-TPPO sendiri`);
    expect(body.some((r) => r[1] === "Rabu, 4 Juni 2025" && r[3].endsWith("(hybrid)"))).toBe(true);
    expect(national.text).not.toContain(KNOWN.provinceRakor);
    expect(national.text).not.toContain(KNOWN.scheduledRakor);
    expect(national.text).not.toContain(KNOWN.laterRakor);
    // A province's report names its own rakor.
    const jabar = openDocx(new Uint8Array(await (await leader.get(`/laporan/unduh?${query}&wilayah=32`)).arrayBuffer()));
    expect(jabar.table("Daftar rakor yang dilaksanakan").rows[1].slice(1)).toEqual([
      "Senin, 10 Maret 2025",
      KNOWN.provinceRakor,
      "Aula Polda Jawa Barat, Bandung",
      "Brigjen Pol Dr. H. Ahmad Sutisna, M.Si. (Wakapolda Jawa Barat, Polda Jawa Barat)",
    ]);
    // The records behind the provincial count are dated in each rakor's own zone: 1 July in Jayapura.
    const behind = await (await leader.get(`/laporan/rincian?${query}&wilayah=nasional&jenis=rakor&tingkat=provinsi`)).text();
    expect(htmlToText(behind)).toMatch(new RegExp(`Selasa, 1 Juli 2025 ${KNOWN.papuaRakor} Provinsi Daring`));
  });
});

describe("III Capaian Rencana Aksi", () => {
  it("has the six Subsatgas with total, selesai, berjalan, terhambat, terlambat and completion as counted with SQL", () => {
    const expected = sqlActionCounts(app.db, null);
    const table = national.table("Capaian rencana aksi per Subsatgas");
    expect(table.rows[0]).toEqual(["Subsatgas", "Total", "Selesai", "Berjalan", "Terhambat", "Terlambat", "Capaian"]);
    expect(table.rows.length).toBe(1 + 6 + 1);
    expected.forEach((e, i) => {
      expect(table.rows[i + 1], e.name).toEqual([e.name, ...[e.total, e.done, e.inProgress, e.blocked, e.overdue].map(String), pct(e.done, e.total, e.cancelled)]);
    });
    const sum = (k: "total" | "done" | "inProgress" | "blocked" | "overdue" | "cancelled") => expected.reduce((s, e) => s + e[k], 0);
    expect(table.rows.at(-1)).toEqual(["Jumlah", ...[sum("total"), sum("done"), sum("inProgress"), sum("blocked"), sum("overdue")].map(String), pct(sum("done"), sum("total"), sum("cancelled"))]);
    // The same numbers as the dashboard's module.
    const dash = subsatgasSummary(app.db, null, PERIOD);
    expect(dash.map((d) => [d.slug, d.total, d.done, d.overdue])).toEqual(expected.map((e) => [e.slug, e.total, e.done, e.overdue]));
    // Items due on the period's last day count; those due the day after or the day before its start do not.
    expect(national.text).toContain("Nota kesepahaman dengan Interpol");
    expect(national.text).not.toContain("Rencana aksi bertenggat Juli");
    expect(national.text).not.toContain("Rencana aksi bertenggat 2024");
  });

  it("draws the completion chart as a PNG image in the document", () => {
    const media = Object.keys(national.files).filter((f) => f.startsWith("word/media/"));
    expect(media.length).toBe(1);
    const png = national.files[media[0]];
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.byteLength).toBeGreaterThan(5000);
    expect(national.xml).toContain("<wp:inline");
    const expected = sqlActionCounts(app.db, null);
    const descr = /<wp:docPr [^>]*name="Gambar 1"[^>]*descr="([^"]*)"/.exec(national.xml)?.[1] ?? "";
    for (const e of expected) expect(descr).toContain(`${e.name}: ${pct(e.done, e.total, e.cancelled)}`);
    expect(national.text).toContain("Gambar 1. Capaian rencana aksi per Subsatgas");
  });

  it("lists each Subsatgas's own items (the national task force's) with agency, due date, status, progress and latest note, overdue ones marked", () => {
    const all = sqlActionCounts(app.db, null);
    const expected = sqlActionCounts(app.db, null, PERIOD, true);
    for (const [i, e] of expected.entries()) {
      if (all[i].total === 0) {
        expect(national.text).toContain(`Subsatgas ${e.name} tidak memiliki rencana aksi yang tenggatnya jatuh dalam periode ini.`);
        continue;
      }
      if (e.total === 0) {
        expect(national.text).toContain("GT PP-TPPO sendiri tidak memiliki rencana aksi dalam Subsatgas ini");
        continue;
      }
      expect(national.text).toContain(`Rencana aksi GT PP-TPPO sendiri dalam Subsatgas ini berjumlah ${e.total}`);
      const table = national.table(`Rencana aksi Subsatgas ${e.name}`);
      expect(table.rows[0]).toEqual(["No.", "Rencana Aksi", "Instansi Pelaksana", "Tenggat", "Status", "Progres", "Catatan Terakhir"]);
      const body = table.rows.slice(1);
      expect(body.length, e.name).toBe(e.total);
      expect(body.filter((r) => r[4].endsWith("\nTERLAMBAT")).length, `${e.name} overdue`).toBe(e.overdue);
    }
    const prevention = national.table("Rencana aksi Subsatgas Pencegahan").rows;
    const row = (title: string) => prevention.find((r) => r[1].startsWith(title))!;
    // The lead agency as recorded on the item (chosen from the list: the registered name at the time).
    expect(row("Sosialisasi bahaya TPPO").slice(2)).toEqual(["Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "31 Maret 2025", "Selesai", "100%", KNOWN.doneNote]);
    // The latest note written, even when a later update had none.
    expect(row("Penyusunan modul deteksi dini").slice(2)).toEqual(["Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "30 April 2025", "Berjalan\nTERLAMBAT", "45%", KNOWN.slowNote]);
    expect(row("Pengawasan LPK dan P3MI").slice(3, 6)).toEqual(["15 Juni 2025", "Terhambat\nTERLAMBAT", "20%"]);
  });
});

describe("IV Penanganan Kasus dan Perlindungan Korban", () => {
  it("sums the case statistics lying wholly in the period, as SQL does, in Indonesian number format", () => {
    const s = sqlCaseTotals(app.db, null);
    expect(s.entries).toBe(3);
    const table = national.table("Statistik kasus dan korban").rows;
    const value = (label: string) => table.find((r) => r[0] === label)?.[1];
    expect(value("Kasus dilaporkan")).toBe(formatNumber(s.casesReported));
    expect(value("Korban (jumlah seluruhnya)")).toBe(formatNumber(s.victimsTotal));
    expect(value("Korban (jumlah seluruhnya)")).toBe("1.283");
    expect(value("Korban yang dipulangkan")).toBe(formatNumber(s.victimsRepatriated));
    expect(national.text).toContain("Sebanyak 1 entri statistik yang periodenya hanya sebagian berada dalam periode laporan tidak dijumlahkan");
  });

  it("breaks the figures down by region: national figures and one row per province", () => {
    const cases = national.table("Kasus dan tersangka menurut wilayah").rows;
    expect(cases[0]).toEqual(["Wilayah", "Kasus dilaporkan", "Kasus dituntut", "Tersangka"]);
    expect(cases[1]).toEqual(["Tingkat nasional", "412", "260", "530"]);
    // Jawa Barat: its own figures and Indramayu's rolled up.
    expect(cases[2]).toEqual(["Jawa Barat", "17", "11", "21"]);
    expect(cases.at(-1)).toEqual(["Jumlah", "429", "271", "551"]);
    const victims = national.table("Korban menurut wilayah").rows;
    expect(victims[0]).toEqual(["Wilayah", "Korban", "Perempuan", "Anak", "Direhabilitasi", "Dipulangkan"]);
    expect(victims[1]).toEqual(["Tingkat nasional", "1.234", "700", "215", "980", "640"]);
    expect(victims[2]).toEqual(["Jawa Barat", "49", "31", "12", "37", "25"]);
    expect(victims.at(-1)).toEqual(["Jumlah", "1.283", "731", "227", "1.017", "665"]);
  });
});

describe("V Penguatan Kelembagaan Daerah", () => {
  it("gives the coverage of task forces and each province's legal basis", () => {
    const c = app.db.$client;
    const formedProvinces = (c.prepare("SELECT count(*) AS n FROM regions r JOIN task_forces t ON t.scope_key = r.code WHERE r.level = 'provinsi' AND t.formed = 1").get() as { n: number }).n;
    expect(national.text).toContain(`Gugus Tugas terbentuk di ${formedProvinces} dari 38 provinsi`);
    const table = national.table("Pembentukan Gugus Tugas provinsi dan kabupaten/kota").rows;
    expect(table.length).toBe(1 + 38);
    const jabar = table.find((r) => r[1] === "Jawa Barat")!;
    expect(jabar).toEqual(["12.", "Jawa Barat", "Terbentuk", "Peraturan Kepala Daerah Nomor 12 Tahun 2024 tanggal 3 Mei 2024", "Lengkap", "1 dari 27"]);
  });
});

describe("VI Kendala dan Rekomendasi, VII Penutup", () => {
  it("counts the blocked items per Subsatgas and province, names the longest blocked with what blocks them, then the leader's text", () => {
    const counts = sqlActionCounts(app.db, null);
    const blocked = counts.reduce((s, e) => s + e.blocked, 0);
    expect(blocked).toBe(2);
    const perSubsatgas = national.table("Rencana aksi terhambat per Subsatgas").rows;
    expect(perSubsatgas.slice(1, -1).map((r) => [r[0], r[2]])).toEqual(counts.map((e) => [e.name, String(e.blocked)]));
    expect(perSubsatgas.at(-1)!.slice(0, 3)).toEqual(["Jumlah", String(counts.reduce((s, e) => s + e.total, 0)), "2"]);
    // One blocked item of the national task force, one of Indramayu (Jawa Barat).
    expect(national.table("Rencana aksi terhambat per provinsi").rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["Tingkat nasional", "1"],
      ["Jawa Barat", "1"],
      ["Jumlah", "2"],
    ]);
    const table = national.table("Rencana aksi yang paling lama terhambat").rows;
    expect(table[0]).toEqual(["No.", "Rencana Aksi", "Subsatgas", "Instansi Pelaksana", "Terhambat Sejak", "Hambatan"]);
    expect(table.length).toBe(1 + blocked);
    const today = formatCalendarDate(todayIn("Asia/Jakarta"));
    expect(table.find((r) => r[1] === "Pengawasan LPK dan P3MI")!.slice(2)).toEqual(["Pencegahan", "Kepolisian Negara Republik Indonesia", today, KNOWN.blockedNote]);
    // Items of a region carry its name, in the national report too.
    expect(table.find((r) => r[1] === "Tim kecil perlindungan korban Indramayu (Kabupaten Indramayu)")![5]).toBe(KNOWN.regencyBlockedNote);
    expect(national.text).toContain("Koordinasi data LPK antardaerah belum berjalan.");
    expect(national.text).toContain("Mohon arahan Bapak Presiden agar pemerintah daerah menyerahkan data LPK.\nPercepat pembentukan Gugus Tugas di kabupaten/kota.");
  });

  it("closes with the standard penutup when the leader left it empty", () => {
    expect(national.text).toContain("Demikian laporan ini disampaikan sebagai bahan pertimbangan dan arahan Presiden Republik Indonesia");
  });
});

describe("a province's report", () => {
  let jabar: OpenedDocx;
  beforeAll(async () => {
    const res = await leader.get(`/laporan/unduh?${query}&wilayah=32`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("laporan-gt-pp-tppo-32-");
    jabar = openDocx(new Uint8Array(await res.arrayBuffer()));
  });

  it("covers the province and its regencies only, addressed to its governor", () => {
    expect(jabar.text).toContain("PROVINSI JAWA BARAT\nKEPADA\nGUBERNUR JAWA BARAT");
    const expected = sqlActionCounts(app.db, "32");
    expect(expected.reduce((s, e) => s + e.total, 0)).toBe(2);
    const table = jabar.table("Capaian rencana aksi per Subsatgas").rows;
    expect(table.at(-1)!.slice(0, 2)).toEqual(["Jumlah", "2"]);
    expect(jabar.text).toContain("Tim kecil perlindungan korban Indramayu (Kabupaten Indramayu)");
    expect(jabar.text).not.toContain("Pengawasan LPK dan P3MI");
    const held = sqlRakorHeld(app.db, "32");
    expect(held.map((r) => r.title)).toEqual([KNOWN.provinceRakor]);
    expect(jabar.table("Daftar rakor yang dilaksanakan").rows.length).toBe(2);
    expect(jabar.table("Statistik kasus dan korban").rows.find((r) => r[0] === "Korban (jumlah seluruhnya)")![1]).toBe(String(sqlCaseTotals(app.db, "32").victimsTotal));
    expect(jabar.table("Pembentukan Gugus Tugas kabupaten/kota").rows.length).toBe(1 + 27);
    // Its own legal basis among the grounds of the report.
    expect(jabar.text).toContain("Peraturan Kepala Daerah Nomor 12 Tahun 2024 tanggal 3 Mei 2024 tentang Pembentukan Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang Provinsi Jawa Barat.");
  });
});

describe("an empty period", () => {
  it("keeps every chapter and says in a sentence that there is nothing to report", async () => {
    const res = await leader.get("/laporan/unduh?dari=2030-01-01&sampai=2030-06-30&wilayah=nasional");
    expect(res.status).toBe(200);
    const doc = openDocx(new Uint8Array(await res.arrayBuffer()));
    for (const h of ["PENDAHULUAN", "PELAKSANAAN KOORDINASI", "CAPAIAN RENCANA AKSI", "PENANGANAN KASUS DAN PERLINDUNGAN KORBAN", "PENGUATAN KELEMBAGAAN DAERAH", "KENDALA DAN REKOMENDASI", "PENUTUP"]) {
      expect(doc.text).toContain(h);
    }
    expect(doc.text).toContain("Tidak ada rapat koordinasi yang tercatat terlaksana dalam periode 1 Januari s.d. 30 Juni 2030.");
    expect(doc.text).toContain("Tidak ada rencana aksi yang tenggatnya jatuh dalam periode 1 Januari s.d. 30 Juni 2030.");
    expect(doc.text).toContain("Belum ada statistik kasus yang dilaporkan untuk periode 1 Januari s.d. 30 Juni 2030.");
    expect(doc.text).toContain("Tidak ada rencana aksi yang berstatus terhambat dalam periode ini.");
    expect(doc.text).toContain("Rekomendasi belum dituliskan.");
  });
});

describe("refusals", () => {
  it("refuses a liaison (403) and a secretariat asking for a scope above its own (403)", async () => {
    const liaison = await app.loginAs("polri@demo.sigap.id");
    expect((await liaison.get(`/laporan/unduh?${query}`)).status).toBe(403);
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    expect((await indramayu.get(`/laporan/unduh?${query}&wilayah=nasional`)).status).toBe(403);
    expect((await indramayu.get(`/laporan/unduh?${query}&wilayah=32`)).status).toBe(403);
    // Its own task force is its report.
    expect((await indramayu.get(`/laporan/unduh?${query}&wilayah=32.12`)).status).toBe(200);
  });

  it("answers a malformed period with 400 and an Indonesian message", async () => {
    const res = await leader.get("/laporan/unduh?dari=2025-06-30&sampai=2025-01-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("Akhir periode tidak boleh sebelum awal periode.");
  });
});
