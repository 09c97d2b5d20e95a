// Reading a period and a page from an address, the one way every list and report does it, and
// writing a period the one way every page and document does.
import { describe, expect, it } from "vitest";
import { isStartOfDay, periodLabel, readPeriod, readYear, zonedToEpoch } from "../../app/utils/period";
import { pageHref, readPage } from "../../app/utils/pagination";

const url = (query: string) => new URL(`http://sigap.test/laporan?${query}`);
const H1_2025 = { start: "2025-01-01", end: "2025-06-30" };

describe("readPeriod (?dari=&sampai=)", () => {
  it("takes the dates asked for, ISO or DD/MM/YYYY", () => {
    expect(readPeriod(url("dari=2025-07-01&sampai=2025-12-31"), H1_2025)).toEqual({
      period: { start: "2025-07-01", end: "2025-12-31" },
      errors: {},
      values: { dari: "2025-07-01", sampai: "2025-12-31" },
    });
    expect(readPeriod(url("dari=01/07/2025&sampai=31/12/2025"), H1_2025).period).toEqual({ start: "2025-07-01", end: "2025-12-31" });
  });

  it("uses the fallback for a date not asked for, and puts it in the form", () => {
    expect(readPeriod(url(""), H1_2025)).toEqual({ period: H1_2025, errors: {}, values: { dari: "2025-01-01", sampai: "2025-06-30" } });
    expect(readPeriod(url("sampai=2025-03-31"), H1_2025).period).toEqual({ start: "2025-01-01", end: "2025-03-31" });
  });

  it("names a malformed date at its field, keeps what was typed and falls back for the period", () => {
    const r = readPeriod(url("dari=2025-02-30&sampai=kemarin"), H1_2025);
    expect(r.errors).toEqual({ dari: "Tanggal awal periode tidak valid (tulis TTTT-BB-HH).", sampai: "Tanggal akhir periode tidak valid (tulis TTTT-BB-HH)." });
    expect(r.values).toEqual({ dari: "2025-02-30", sampai: "kemarin" });
    expect(r.period).toEqual(H1_2025);
  });

  it("refuses an end before the start (and gives the period the right way round), and a period too long when limited", () => {
    const reversed = readPeriod(url("dari=2025-12-31&sampai=2025-07-01"), H1_2025);
    expect(reversed.errors).toEqual({ sampai: "Akhir periode tidak boleh sebelum awal periode." });
    expect(reversed.period).toEqual({ start: "2025-07-01", end: "2025-12-31" });
    expect(readPeriod(url("dari=2010-01-01&sampai=2025-06-30"), H1_2025, { maxYears: 10 }).errors).toEqual({ sampai: "Periode paling panjang 10 tahun." });
    expect(readPeriod(url("dari=2010-01-01&sampai=2025-06-30"), H1_2025).errors).toEqual({});
  });

  it("without a fallback leaves an end not asked for open", () => {
    expect(readPeriod(url("dari=2025-01-01"), null)).toEqual({ period: { start: "2025-01-01", end: null }, errors: {}, values: { dari: "2025-01-01", sampai: "" } });
    expect(readPeriod(url(""), null).period).toEqual({ start: null, end: null });
    expect(readPeriod(new URLSearchParams("sampai=2025-02-30"), null).errors).toEqual({ sampai: "Tanggal akhir periode tidak valid (tulis TTTT-BB-HH)." });
  });
});

describe("periodLabel", () => {
  it("writes the period with 's.d.', the year once when both ends share it", () => {
    expect(periodLabel({ start: "2025-01-01", end: "2025-12-31" })).toBe("1 Januari s.d. 31 Desember 2025");
    expect(periodLabel({ start: "2024-07-01", end: "2025-06-30" })).toBe("1 Juli 2024 s.d. 30 Juni 2025");
    expect(periodLabel({ start: "2025-06-04", end: "2025-06-04" })).toBe("4 Juni 2025");
  });
});

describe("readYear (?tahun=)", () => {
  it("takes a year from 2000 to 2100, nothing else", () => {
    expect(readYear(new URLSearchParams("tahun=2025"))).toBe(2025);
    for (const bad of ["", "tahun=1999", "tahun=2101", "tahun=2025.5", "tahun=dua"]) expect(readYear(new URLSearchParams(bad)), bad).toBeNull();
  });
});

describe("readPage (?halaman=)", () => {
  it("gives the page and its rows' slice; anything but a whole number from 1 is page 1", () => {
    expect(readPage(url("halaman=3"), 25)).toEqual({ page: 3, limit: 25, offset: 50 });
    for (const bad of ["", "halaman=0", "halaman=-2", "halaman=2.5", "halaman=dua", "hal=3"]) expect(readPage(url(bad), 25), bad).toEqual({ page: 1, limit: 25, offset: 0 });
  });

  it("writes another page's address keeping the rest of the query, page 1 without the parameter", () => {
    expect(pageHref("/aksi", "?wilayah=74.01", 2)).toBe("/aksi?wilayah=74.01&halaman=2");
    expect(pageHref("/aksi", "?wilayah=74.01&halaman=2", 3)).toBe("/aksi?wilayah=74.01&halaman=3");
    expect(pageHref("/aksi", "?halaman=2&wilayah=74.01", 1)).toBe("/aksi?wilayah=74.01");
    expect(pageHref("/rakor", "", 1)).toBe("/rakor");
  });

  it("round-trips: the address written for a page reads back as that page", () => {
    for (const page of [1, 2, 17]) expect(readPage(new URL(pageHref("/statistik", "?dari=2025-01-01", page), "http://sigap.test"), 50).page).toBe(page);
  });
});

describe("isStartOfDay", () => {
  it("tells a start stored as midnight in the meeting's zone (no known hour)", () => {
    expect(isStartOfDay(zonedToEpoch("2023-05-23", "00:00", "Asia/Jakarta"), "Asia/Jakarta")).toBe(true);
    expect(isStartOfDay(zonedToEpoch("2023-05-23", "00:00", "Asia/Jakarta"), "Asia/Makassar")).toBe(false);
    expect(isStartOfDay(zonedToEpoch("2023-05-23", "09:00", "Asia/Jakarta"), "Asia/Jakarta")).toBe(false);
  });
});
