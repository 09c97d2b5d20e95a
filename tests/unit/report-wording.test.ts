// The report's wording rules: the period and the addressee as Indonesian official writing puts
// them, legal bases written once, the secretariat's typed text keeping its structure, the legal
// references chosen by the years they apply to, and the templates a secretariat edits (valid,
// every placeholder documented, a broken edit named by its key, the optional logo).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { legalBasisText, narrativeBlocks, regionHead, splitLegalTitle } from "../../app/report/compose.server";
import { periodErrors, periodLabel } from "../../app/utils/period";
import { loadLaporanTemplate, referencesFor } from "../../app/report/template.server";
import { defaultReportPeriod, MAX_PERIOD_YEARS, mayReportOn } from "../../app/report/report.server";

describe("the period", () => {
  it("is written '1 Januari s.d. 30 Juni 2025', with both years when it crosses one", () => {
    expect(periodLabel({ start: "2025-01-01", end: "2025-06-30" })).toBe("1 Januari s.d. 30 Juni 2025");
    expect(periodLabel({ start: "2024-07-01", end: "2025-06-30" })).toBe("1 Juli 2024 s.d. 30 Juni 2025");
    expect(periodLabel({ start: "2025-06-04", end: "2025-06-04" })).toBe("4 Juni 2025");
  });

  it("defaults to 1 January - 30 June of the year it is in the scope's zone", () => {
    // 31 December 2025 at 16.30 UTC is 23.30 WIB in Jakarta but already 01.30 WIT on 1 January 2026 in Jayapura.
    const now = Date.parse("2025-12-31T16:30:00Z");
    expect(defaultReportPeriod("Asia/Jakarta", now)).toEqual({ start: "2025-01-01", end: "2025-06-30" });
    expect(defaultReportPeriod("Asia/Jayapura", now)).toEqual({ start: "2026-01-01", end: "2026-06-30" });
  });

  it("must be two real dates in order, at most ten years apart", () => {
    expect(periodErrors("2025-01-01", "2025-06-30", MAX_PERIOD_YEARS)).toEqual({});
    expect(periodErrors("2025-02-30", "2025-06-30", MAX_PERIOD_YEARS)).toEqual({ dari: "Tanggal awal periode tidak valid (tulis TTTT-BB-HH)." });
    expect(periodErrors("2025-06-30", "2025-01-01", MAX_PERIOD_YEARS)).toEqual({ sampai: "Akhir periode tidak boleh sebelum awal periode." });
    expect(periodErrors("2015-01-01", "2025-06-30", MAX_PERIOD_YEARS)).toEqual({ sampai: "Periode paling panjang 10 tahun." });
    expect(periodErrors("2016-01-01", "2025-12-31", MAX_PERIOD_YEARS)).toEqual({});
  });
});

describe("who reports on what", () => {
  it("national: itself and each province; a province or regency: only itself", () => {
    expect(mayReportOn(null, null)).toBe(true);
    expect(mayReportOn(null, "32")).toBe(true);
    expect(mayReportOn(null, "32.12")).toBe(false);
    expect(mayReportOn("32", "32")).toBe(true);
    expect(mayReportOn("32", null)).toBe(false);
    expect(mayReportOn("32", "33")).toBe(false);
    expect(mayReportOn("32", "32.12")).toBe(false);
    expect(mayReportOn("32.12", "32.12")).toBe(true);
    expect(mayReportOn("32.12", "32")).toBe(false);
  });
});

describe("the addressee and the legal basis", () => {
  it("names the head of a region's government", () => {
    expect(regionHead("provinsi", "Jawa Barat")).toBe("Gubernur Jawa Barat");
    expect(regionHead("kabupaten_kota", "Kabupaten Indramayu")).toBe("Bupati Indramayu");
    expect(regionHead("kabupaten_kota", "Kota Balikpapan")).toBe("Wali Kota Balikpapan");
    expect(regionHead("kabupaten_kota", "Kota Administrasi Jakarta Pusat")).toBe("Wali Kota Jakarta Pusat");
    expect(regionHead("kabupaten_kota", "Kabupaten Administrasi Kepulauan Seribu")).toBe("Bupati Kepulauan Seribu");
  });

  it("writes a legal basis as kind, number, date and title", () => {
    expect(legalBasisText({ kind: "perkada", number: "12 Tahun 2024", date: "2024-05-03", title: null })).toBe("Peraturan Kepala Daerah Nomor 12 Tahun 2024 tanggal 3 Mei 2024");
    expect(legalBasisText({ kind: "sk_kepala_daerah", number: "188/Kep.45-DP3A/2024", date: "2024-01-15", title: "Tentang Pembentukan GT PP-TPPO" })).toBe(
      "SK Kepala Daerah Nomor 188/Kep.45-DP3A/2024 tanggal 15 Januari 2024 tentang Pembentukan GT PP-TPPO",
    );
    // A basis of kind "other" is named by the act its title names; a title naming only the act adds nothing else.
    expect(legalBasisText({ kind: "other", number: "7", date: "2024-01-15", title: "Instruksi Gubernur" })).toBe("Instruksi Gubernur Nomor 7 tanggal 15 Januari 2024");
    expect(legalBasisText({ kind: "other", number: "7", date: "2024-01-15", title: null })).toBe("Dasar hukum Nomor 7 tanggal 15 Januari 2024");
    // Where the title says nothing more, the report names what the act forms.
    expect(legalBasisText({ kind: "perkada", number: "12 Tahun 2024", date: "2024-05-03", title: null }, "Pembentukan GT PP-TPPO Provinsi Jawa Barat")).toBe(
      "Peraturan Kepala Daerah Nomor 12 Tahun 2024 tanggal 3 Mei 2024 tentang Pembentukan GT PP-TPPO Provinsi Jawa Barat",
    );
  });

  it("never repeats what the recorded title already says: 'SK Kepala Daerah Nomor X tanggal Y tentang Z', once", () => {
    const basis = (title: string) => legalBasisText({ kind: "sk_kepala_daerah", number: "463/Kep.112-DP3AKB/2024", date: "2024-03-18", title }, "Pembentukan GT");
    const expected = "SK Kepala Daerah Nomor 463/Kep.112-DP3AKB/2024 tanggal 18 Maret 2024 tentang Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat";
    for (const title of [
      "Keputusan Gubernur Jawa Barat tentang Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat",
      "Keputusan Gubernur Jawa Barat Nomor 463/Kep.112-DP3AKB/2024 tentang Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat",
      "  keputusan gubernur jawa barat   TENTANG Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat.",
      "tentang Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat",
      "Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat",
    ]) {
      const text = basis(title);
      expect(text.toLowerCase(), title).toBe(expected.toLowerCase());
      expect(text.match(/tentang/gi)?.length, title).toBe(1);
      expect(text).not.toMatch(/Keputusan Gubernur/i);
    }
    // An amending act keeps what it amends: only the first "tentang" ends the act's name.
    expect(splitLegalTitle("Keputusan Gubernur Papua Nomor 5 Tahun 2024 tentang Perubahan atas Keputusan Gubernur Papua Nomor 2 Tahun 2023 tentang Pembentukan GT PP-TPPO")).toEqual({
      act: "Keputusan Gubernur Papua",
      subject: "Perubahan atas Keputusan Gubernur Papua Nomor 2 Tahun 2023 tentang Pembentukan GT PP-TPPO",
    });
    // A title naming only the act: the fallback subject, no repetition of the act.
    expect(basis("Keputusan Gubernur Jawa Barat Nomor 463/Kep.112-DP3AKB/2024")).toBe("SK Kepala Daerah Nomor 463/Kep.112-DP3AKB/2024 tanggal 18 Maret 2024 tentang Pembentukan GT");
    // A number recorded with its word keeps one "Nomor".
    expect(legalBasisText({ kind: "perda", number: "Nomor 3 Tahun 2022", date: "2022-02-01", title: null })).toBe("Peraturan Daerah Nomor 3 Tahun 2022 tanggal 1 Februari 2022");
  });
});

describe("the secretariat's typed text", () => {
  it("keeps a numbered list one item per line, bullets as bullets and paragraphs apart", () => {
    const blocks = narrativeBlocks(
      [
        "Gugus Tugas merekomendasikan:",
        "1. Percepatan pembentukan Gugus Tugas kabupaten/kota.",
        "2) Penyerahan data LPK oleh pemerintah daerah,",
        "   paling lambat akhir triwulan III.",
        "",
        "3. Penguatan anggaran rehabilitasi korban.",
        "",
        "Catatan tambahan:",
        "- koordinasi lintas provinsi;",
        "• pelaporan bulanan.",
        "",
        "Paragraf penutup baris pertama",
        "baris kedua.",
      ].join("\r\n"),
    );
    expect(blocks).toEqual([
      { kind: "paragraph", content: "Gugus Tugas merekomendasikan:" },
      {
        kind: "list",
        ordered: true,
        items: ["Percepatan pembentukan Gugus Tugas kabupaten/kota.", "Penyerahan data LPK oleh pemerintah daerah, paling lambat akhir triwulan III.", "Penguatan anggaran rehabilitasi korban."],
      },
      { kind: "paragraph", content: "Catatan tambahan:" },
      { kind: "list", ordered: false, items: ["koordinasi lintas provinsi;", "pelaporan bulanan."] },
      { kind: "paragraph", content: "Paragraf penutup baris pertama\nbaris kedua." },
    ]);
    expect(narrativeBlocks("a. Satu.\nb. Dua.\nc. Tiga.")).toEqual([{ kind: "list", ordered: true, items: ["Satu.", "Dua.", "Tiga."] }]);
    // Numbers and initials inside sentences are not list markers.
    expect(narrativeBlocks("10.000 korban didampingi.\nH. Ahmad memimpin rapat.")).toEqual([{ kind: "paragraph", content: "10.000 korban didampingi.\nH. Ahmad memimpin rapat." }]);
  });
});

describe("templates/laporan.json", () => {
  it("is valid and documents every placeholder it uses", () => {
    const t = loadLaporanTemplate();
    expect(t.sampul.baris).toEqual(["LAPORAN", "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG", "{wilayah_kapital}", "KEPADA", "{penerima_kapital}"]);
    expect(t.sampul.tentang.length).toBeGreaterThan(0);
    const raw = JSON.parse(readFileSync("templates/laporan.json", "utf8")) as Record<string, unknown> & { isian: Record<string, string> };
    const { isian, _petunjuk: _p, ...wording } = raw;
    const used = new Set([...JSON.stringify(wording).matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]));
    const undocumented = [...used].filter((k) => !(k in isian) && k !== "halaman");
    expect(undocumented).toEqual([]);
  });

  it("cites the legal references valid in the report's years: never the 2020-2024 action plan in a 2025 report", () => {
    const { acuan } = loadLaporanTemplate();
    const texts = (start: string, end: string, scope: string | null = null) => referencesFor(acuan, scope, { start, end }).map((a) => a.teks);
    const plan = (list: string[]) => list.filter((x) => x.includes("Rencana Aksi Nasional"));
    expect(plan(texts("2025-01-01", "2025-12-31"))).toEqual([]);
    expect(plan(texts("2024-01-01", "2024-06-30"))).toEqual([expect.stringContaining("Tahun 2020-2024")]);
    // A period across two years takes what applies in either.
    expect(plan(texts("2024-07-01", "2025-06-30"))).toHaveLength(1);
    // One version of the act forming the national task force per year.
    const forming = (start: string, end: string) => referencesFor(acuan, null, { start, end }).filter((a) => a.pembentukan_nasional).map((a) => a.teks);
    expect(forming("2025-01-01", "2025-12-31")).toEqual([expect.stringContaining("terakhir dengan Peraturan Presiden Nomor 49 Tahun 2023")]);
    expect(forming("2021-01-01", "2021-12-31")).toEqual([expect.stringContaining("Peraturan Presiden Nomor 22 Tahun 2021")]);
    // A reference named for a region applies to its reports (a province's to its regencies' too) and no other.
    const own = [...acuan, { teks: "Peraturan Daerah Provinsi Jawa Barat Nomor 3 Tahun 2008", berlaku_mulai: 2008, berlaku_sampai: null, wilayah: ["32"], pembentukan_nasional: false }];
    const jabar = (scope: string | null) => referencesFor(own, scope, { start: "2025-01-01", end: "2025-06-30" }).some((a) => a.teks.includes("Jawa Barat"));
    expect([jabar("32"), jabar("32.12"), jabar(null), jabar("33"), jabar("3")]).toEqual([true, true, false, false, false]);
  });

  it("puts templates/logo.png on the cover when it is there, and names a file that is not a PNG", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-templat-"));
    try {
      for (const f of ["laporan.json", "dasar-hukum.json"]) writeFileSync(path.join(dir, f), readFileSync(path.join("templates", f)));
      expect(loadLaporanTemplate(dir).logo).toBeNull();
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
      writeFileSync(path.join(dir, "logo.png"), png);
      expect(loadLaporanTemplate(dir).logo).toEqual({ png: png.toString("base64"), widthCm: 2.5 });
      writeFileSync(path.join(dir, "logo.png"), "bukan gambar");
      expect(() => loadLaporanTemplate(dir)).toThrow(/logo\.png is not a PNG image \(check: sampul\.logo\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the key to fix when an edit breaks it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-templat-"));
    try {
      const raw = JSON.parse(readFileSync("templates/laporan.json", "utf8"));
      delete raw.kendala.rekomendasi_kosong;
      raw.ukuran_huruf = 40;
      writeFileSync(path.join(dir, "laporan.json"), JSON.stringify(raw));
      writeFileSync(path.join(dir, "dasar-hukum.json"), readFileSync("templates/dasar-hukum.json"));
      expect(() => loadLaporanTemplate(dir)).toThrow(/check: .*ukuran_huruf.*kendala\.rekomendasi_kosong|check: .*kendala\.rekomendasi_kosong.*ukuran_huruf/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
