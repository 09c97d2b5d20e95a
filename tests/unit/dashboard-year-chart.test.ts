// The dashboard's period rule (which year it opens on, what ?tahun= asks for) and the honesty of
// its completion chart on sparse data: distinct month labels, one label per flat stretch, and a
// sentence instead of a line when there is nothing to draw, in the SVG and in its PNG.
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { dashboardFileName, dashboardPeriod, defaultDashboardYear, selectDashboardYear } from "../../app/action-plan/dashboard-year";
import { completionChartSvg, monthCategories, monthName } from "../../app/documents/chart";
import { svgToPng } from "../../app/documents/chart-png.server";

const params = (query: string) => new URLSearchParams(query);
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const months = (year: number, n = 12) => Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);

describe("the year the dashboard opens on", () => {
  it("is the current year when it has data", () => {
    expect(defaultDashboardYear([2027, 2026, 2025], 2026)).toBe(2026);
  });

  it("else the latest year with data before it", () => {
    expect(defaultDashboardYear([2025, 2023], 2026)).toBe(2025);
    expect(defaultDashboardYear([2028, 2025, 2023], 2026)).toBe(2025); // a past year beats a future one
  });

  it("else, when only future years have data, the earliest of them", () => {
    expect(defaultDashboardYear([2029, 2027], 2026)).toBe(2027);
  });

  it("else, with no data at all, the current year", () => {
    expect(defaultDashboardYear([], 2026)).toBe(2026);
  });
});

describe("?tahun= on the dashboard, its chart and its CSV", () => {
  it("a valid year or 'semua' is taken as asked; anything else opens on the default year", () => {
    expect(selectDashboardYear(params("tahun=2023"), [2025, 2023], 2026)).toEqual({
      year: 2023,
      period: { start: "2023-01-01", end: "2023-12-31" },
      current: 2026,
      choices: [2026, 2025, 2023],
      fellBack: false,
    });
    expect(selectDashboardYear(params("tahun=semua"), [2025], 2026)).toMatchObject({ year: "semua", period: null, fellBack: false });
    for (const bad of ["", "tahun=", "tahun=1999", "tahun=2101", "tahun=2025.5", "tahun=dua", "tahun=SEMUA"]) {
      expect(selectDashboardYear(params(bad), [2025, 2023], 2026), bad).toMatchObject({ year: 2025, period: dashboardPeriod(2025), fellBack: true });
    }
    expect(selectDashboardYear(params(""), [2026, 2025], 2026)).toMatchObject({ year: 2026, fellBack: false });
  });

  it("the picker offers the years with data and the current year, newest first", () => {
    expect(selectDashboardYear(params(""), [2027, 2023], 2026).choices).toEqual([2027, 2026, 2023]);
    expect(selectDashboardYear(params(""), [], 2026).choices).toEqual([2026]);
  });

  it("names downloads after the year", () => {
    expect(dashboardFileName("capaian-rencana-aksi-bulanan", 2025, "csv")).toBe("capaian-rencana-aksi-bulanan-2025.csv");
    expect(dashboardFileName("capaian-rencana-aksi-bulanan", "semua", "csv")).toBe("capaian-rencana-aksi-bulanan-semua-tahun.csv");
  });
});

describe("the completion chart on sparse data", () => {
  it("labels months 'Jan', 'Feb', ... with the year once, and again at each January", () => {
    expect(monthCategories(months(2025))).toEqual(["Jan\n2025", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]);
    const across = monthCategories(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(across).toEqual(["Nov\n2025", "Des", "Jan\n2026", "Feb"]);
    expect(monthName("2025-08")).toBe("Agustus 2025");
  });

  it("draws twelve distinct month labels and one value label over a flat line (plus the last point)", () => {
    const points = months(2025).map((month) => ({ month, total: 10, completion: 30 }));
    const labels = texts(completionChartSvg(points, "Nasional", 2025));
    const monthLabels = labels.filter((t) => /^[A-Z][a-z]{2}$/.test(t));
    expect(new Set(monthLabels).size).toBe(12);
    expect(labels.filter((t) => t === "2025")).toHaveLength(1);
    expect(labels.filter((t) => t === "30%")).toHaveLength(2); // first point and last point
  });

  it("a year without any items says so instead of drawing a flat line", () => {
    const points = months(2026, 11).map((month) => ({ month, total: 0, completion: null }));
    const svg = completionChartSvg(points, "Nasional", 2026);
    expect(texts(svg)).toContain("Belum ada rencana aksi bertenggat tahun 2026");
    expect(svg).not.toContain("<polyline");
    expect(svg).not.toContain("<circle");
    expect(svg).toContain("<desc id=\"capaian-waktu-desc\">Persentase rencana aksi selesai pada akhir setiap bulan, Januari 2026 sampai November 2026. Belum ada rencana aksi bertenggat tahun 2026</desc>");
    expect(texts(completionChartSvg(points, "Nasional", null))).toContain("Belum ada rencana aksi");
    expect(texts(completionChartSvg([], "Nasional", 2027))).toContain("Tahun 2027 belum dimulai; capaian bulanannya tampil mulai Januari 2027.");
    const cancelled = months(2025, 3).map((month) => ({ month, total: 2, completion: null }));
    expect(texts(completionChartSvg(cancelled, "Nasional", 2025))).toContain("Semua rencana aksi pada periode ini dibatalkan; tidak ada capaian untuk dihitung");
  });

  it("the empty chart renders to PNG (as the report's charts do) with its sentence drawn", () => {
    const svg = completionChartSvg(months(2026, 11).map((month) => ({ month, total: 0, completion: null })), "Nasional", 2026);
    const png = svgToPng(svg, 720);
    expect([...png.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.height).toBe(320);
    const withoutSentence = new Resvg(svg.replace(/<text[^>]*>Belum ada[^<]*<\/text>/, ""), { fitTo: { mode: "width", value: 720 }, font: { loadSystemFonts: true } }).render().asPng();
    expect(png.data.length).toBeGreaterThan(withoutSentence.length + 500);
  });
});
