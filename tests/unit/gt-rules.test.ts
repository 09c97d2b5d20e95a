// Pure rules of task forces and case statistics: parsing what people type, the statistics rules,
// the task-force form's cross-field rules and the wording of the coverage summary.
import { describe, expect, it } from "vitest";
import { StatisticSchema, normalizeRegionCode, parseCount, statisticFilterFromSearch } from "../../app/task-forces/case-statistic.server";
import { parseDateInput, periodPresets } from "../../app/utils/period";
import { coverageSentence, parseTaskForceForm, subsatgasSentence, type TaskForceCoverage } from "../../app/task-forces/task-force.server";

describe("reading what people type", () => {
  it("dates: ISO or the DD/MM/YYYY spreadsheets write, real calendar dates only", () => {
    expect(parseDateInput("2025-06-30")).toBe("2025-06-30");
    expect(parseDateInput(" 2025-6-3 ")).toBe("2025-06-03");
    expect(parseDateInput("30/06/2025")).toBe("2025-06-30");
    expect(parseDateInput("1-7-2025")).toBe("2025-07-01");
    expect(parseDateInput("2025-02-29")).toBeNull();
    expect(parseDateInput("31/06/2025")).toBeNull();
    expect(parseDateInput("06/30/2025")).toBeNull(); // month 30: not an American date in disguise
    expect(parseDateInput("Juni 2025")).toBeNull();
  });

  it("counts: whole numbers, optionally with Indonesian thousands dots", () => {
    expect(parseCount("0")).toBe(0);
    expect(parseCount(" 42 ")).toBe(42);
    expect(parseCount("1.234")).toBe(1234);
    expect(parseCount("1.234.567")).toBe(1234567);
    for (const bad of ["-1", "1,5", "1.5", "12.34", "1e3", "", "dua"]) expect(parseCount(bad), bad).toBeNull();
  });

  it("region codes: national when empty, and a trailing zero a spreadsheet dropped is restored", () => {
    expect(normalizeRegionCode("")).toBeNull();
    expect(normalizeRegionCode("Nasional")).toBeNull();
    expect(normalizeRegionCode("32")).toBe("32");
    expect(normalizeRegionCode("32.12")).toBe("32.12");
    expect(normalizeRegionCode("32.1")).toBe("32.10");
    expect(normalizeRegionCode("3212")).toBeUndefined();
    expect(normalizeRegionCode("Jawa Barat")).toBeUndefined();
  });
});

describe("the statistics rules", () => {
  const base = {
    periodStart: "2025-01-01",
    periodEnd: "2025-06-30",
    regionCode: "32.12",
    agency: "Polri",
    casesReported: "10",
    casesProsecuted: "6",
    suspects: "12",
    victimsTotal: "20",
    victimsWomen: "20",
    victimsChildren: "0",
    victimsRehabilitated: "20",
    victimsRepatriated: "1",
  };
  const messages = (input: Record<string, string>) => {
    const r = StatisticSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("accepts figures at the total", () => {
    const r = StatisticSchema.parse(base);
    expect(r).toMatchObject({ regionCode: "32.12", victimsWomen: 20, victimsRehabilitated: 20 });
  });

  it("refuses each part above the total, with the numbers in the message", () => {
    expect(messages({ ...base, victimsChildren: "21" })).toEqual({ victimsChildren: "Korban anak (di bawah 18 tahun) (21) tidak boleh melebihi jumlah korban (20)." });
    expect(messages({ ...base, victimsTotal: "1.500", victimsRepatriated: "1.501" })).toEqual({
      victimsRepatriated: "Korban yang dipulangkan (1.501) tidak boleh melebihi jumlah korban (1.500).",
    });
  });

  it("refuses a period that ends before it starts, and a missing agency", () => {
    expect(messages({ ...base, periodEnd: "2024-12-31", agency: " " })).toEqual({
      agency: "Instansi pelapor wajib diisi.",
      periodEnd: "Akhir periode tidak boleh sebelum awal periode.",
    });
  });

  it("refuses figures too large to be true", () => {
    expect(messages({ ...base, suspects: "10000001" }).suspects).toBe("Tersangka terlalu besar (paling banyak 10.000.000).");
  });
});

describe("the task-force form", () => {
  const ctx = { subsatgasSlugs: ["pencegahan", "penegakan-hukum"], today: "2025-06-04", hasNewDocument: false };
  const form = (fields: Record<string, string | string[]>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
    return fd;
  };

  it("a legal basis is kind, number and date; a title is optional", () => {
    const r = parseTaskForceForm(form({ formed: "on", legalBasisKind: "perda", legalBasisNumber: "3/2023", legalBasisDate: "2023-05-02", subsatgas: "pencegahan" }), ctx);
    expect(r).toEqual({
      ok: true,
      data: {
        formed: true,
        legalBasis: { kind: "perda", number: "3/2023", date: "2023-05-02", title: null },
        subsatgas: ["pencegahan"],
        secretariat: null,
        contactName: null,
        contactPhone: null,
        contactEmail: null,
        removeDocument: false,
      },
    });
  });

  it("a task force may be recorded as not formed, with nothing else", () => {
    const r = parseTaskForceForm(form({}), ctx);
    expect(r.ok && r.data).toMatchObject({ formed: false, legalBasis: null, subsatgas: [] });
  });

  it("the date is checked against today in the region's zone", () => {
    const r = parseTaskForceForm(form({ formed: "on", legalBasisKind: "perda", legalBasisNumber: "3/2025", legalBasisDate: "2025-06-05" }), ctx);
    expect(r.ok ? null : r.errors.legalBasisDate).toBe("Tanggal penetapan tidak boleh setelah hari ini (4 Juni 2025).");
  });

  it("an unknown kind of legal basis is refused", () => {
    const r = parseTaskForceForm(form({ formed: "on", legalBasisKind: "perpres", legalBasisNumber: "1", legalBasisDate: "2025-01-01" }), ctx);
    expect(r.ok ? null : r.errors.legalBasisKind).toBe("Jenis dasar hukum tidak dikenal.");
  });
});

describe("the coverage summary", () => {
  const coverage = (p: [number, number, number], r: [number, number, number]): TaskForceCoverage => ({
    provinces: { total: p[0], formed: p[1], withLegalBasis: p[2], subsatgasComplete: 1 },
    regencies: { total: r[0], formed: r[1], withLegalBasis: r[2], subsatgasComplete: 1234 },
    subsatgasCount: 6,
  });

  it("reads like the report's sentence", () => {
    expect(coverageSentence(coverage([38, 32, 30], [514, 245, 198]))).toBe(
      "Gugus Tugas terbentuk di 32 dari 38 provinsi dan 245 dari 514 kabupaten/kota; 30 provinsi dan 198 kabupaten/kota di antaranya dengan dasar hukum.",
    );
    expect(subsatgasSentence(coverage([38, 32, 30], [514, 245, 198]))).toBe("Keenam Subsatgas sudah terbentuk di 1 provinsi dan 1.234 kabupaten/kota.");
  });

  it("leaves out a level that has no regions in scope", () => {
    expect(coverageSentence(coverage([0, 0, 0], [1, 1, 0]))).toBe("Gugus Tugas terbentuk di 1 dari 1 kabupaten/kota; 0 kabupaten/kota di antaranya dengan dasar hukum.");
  });

  it("names the number of Subsatgas when the regulation changes it", () => {
    expect(subsatgasSentence({ ...coverage([38, 1, 1], [514, 1, 1]), subsatgasCount: 7 })).toBe("Seluruh 7 Subsatgas sudah terbentuk di 1 provinsi dan 1.234 kabupaten/kota.");
  });
});

describe("periods", () => {
  const now = Date.UTC(2025, 7, 20); // 20 August 2025
  it("offers this and last year's semesters", () => {
    expect(periodPresets(now).map((p) => `${p.label}: ${p.start}..${p.end}`)).toEqual([
      "Tahun 2025: 2025-01-01..2025-12-31",
      "Semester I 2025: 2025-01-01..2025-06-30",
      "Semester II 2025: 2025-07-01..2025-12-31",
      "Tahun 2024: 2024-01-01..2024-12-31",
      "Semester I 2024: 2024-01-01..2024-06-30",
      "Semester II 2024: 2024-07-01..2024-12-31",
    ]);
  });

  it("reads ?dari=&sampai=, defaulting to this year and putting a reversed range right", () => {
    const period = (query: string) => statisticFilterFromSearch(new URLSearchParams(query), now).period;
    expect(period("")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(period("dari=2025-07-01&sampai=2025-12-31")).toEqual({ start: "2025-07-01", end: "2025-12-31" });
    expect(period("dari=2025-12-31&sampai=2025-07-01")).toEqual({ start: "2025-07-01", end: "2025-12-31" });
    expect(period("dari=kemarin")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });
});
