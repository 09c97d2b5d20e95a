// The report's wording rules: the period and the addressee as Indonesian official writing puts
// them, legal bases, and the template a secretariat edits (valid, every placeholder documented,
// a broken edit named by its key).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { legalBasisText, regionHead } from "../../app/report/compose.server";
import { periodErrors, periodLabel } from "../../app/utils/period";
import { loadLaporanTemplate } from "../../app/report/template.server";
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
    expect(legalBasisText({ kind: "other", number: "7", date: "2024-01-15", title: "Instruksi Gubernur" }, false)).toBe("Dasar hukum Nomor 7 tanggal 15 Januari 2024");
  });
});

describe("templates/laporan.json", () => {
  it("is valid and documents every placeholder it uses", () => {
    const t = loadLaporanTemplate();
    expect(t.sampul.baris).toEqual(["LAPORAN", "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG", "{wilayah_kapital}", "KEPADA", "{penerima_kapital}"]);
    const raw = JSON.parse(readFileSync("templates/laporan.json", "utf8")) as Record<string, unknown> & { isian: Record<string, string> };
    const { isian, _petunjuk: _p, ...wording } = raw;
    const used = new Set([...JSON.stringify(wording).matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]));
    const undocumented = [...used].filter((k) => !(k in isian) && k !== "halaman");
    expect(undocumented).toEqual([]);
  });

  it("names the key to fix when an edit breaks it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-templat-"));
    try {
      const raw = JSON.parse(readFileSync("templates/laporan.json", "utf8"));
      delete raw.kendala.rekomendasi_kosong;
      raw.ukuran_huruf = 40;
      writeFileSync(path.join(dir, "laporan.json"), JSON.stringify(raw));
      expect(() => loadLaporanTemplate(dir)).toThrow(/check: .*ukuran_huruf.*kendala\.rekomendasi_kosong|check: .*kendala\.rekomendasi_kosong.*ukuran_huruf/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
