// The dashboard's figures as data: /dasbor/capaian.csv and /dasbor/subsatgas.csv hold exactly what
// completionSeries and subsatgasSummary give for the same ?tahun= and scope; the dashboard, its
// downloads and the leader's home page open on the same year; the chart's numbers are on the page
// as a table with a caption; a year without items says so instead of drawing a flat line.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completionSeries, dashboardYears, scopeTimeZone, subsatgasSummary } from "../../app/action-plan/dashboard.server";
import { defaultDashboardYear } from "../../app/action-plan/dashboard-year";
import { createUser } from "../../app/accounts/user.server";
import { parseCsvRecords } from "../../app/documents/csv.server";
import { currentYear, yearPeriod } from "../../app/utils/period";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { count } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let pimpinan: TestClient;
/** A leader of West Java (province 32): Indramayu's items only, all due in 2025. */
let jabar: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  pimpinan = await app.loginAs("pimpinan@demo.sigap.id");
  const adminId = count(app, "SELECT id FROM users WHERE email = 'admin@demo.sigap.id'");
  await createUser(app.db, { email: "pimpinan-jabar@uji.sigap.id", name: "Pimpinan Jawa Barat", password: DEMO_PASSWORD, role: "pimpinan", agencyId: null, regionCode: "32" }, adminId);
  jabar = await app.loginAs("pimpinan-jabar@uji.sigap.id");
});
afterAll(() => app.close());

interface Csv {
  filename: string;
  header: string[];
  rows: string[][];
}

async function csv(client: TestClient, url: string): Promise<Csv> {
  const res = await client.get(url);
  expect(res.status, url).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  const disposition = res.headers.get("Content-Disposition") ?? "";
  expect(disposition).toMatch(/^attachment; filename="/);
  const { records, errors } = parseCsvRecords(await res.text(), ";");
  expect(errors).toEqual([]);
  const [header, ...rows] = records.map((r) => r.cells);
  return { filename: /filename="([^"]+)"/.exec(disposition)![1], header, rows };
}

/** A CSV number ("62,5", "") as the figure it writes (null when empty). */
const num = (cell: string) => (cell === "" ? null : Number(cell.replace(",", ".")));

const defaultYear = (scope: string | null) => defaultDashboardYear(dashboardYears(app.db, scope), currentYear(scopeTimeZone(app.db, scope)));

describe("/dasbor/capaian.csv", () => {
  it("one row per month of completionSeries for the year asked, months without items left empty", async () => {
    const file = await csv(pimpinan, "/dasbor/capaian.csv?tahun=2025");
    expect(file.header).toEqual(["bulan", "rencana_aksi", "selesai", "capaian_persen"]);
    expect(file.filename).toBe("capaian-rencana-aksi-bulanan-2025.csv");
    const series = completionSeries(app.db, null, yearPeriod(2025));
    expect(series).toHaveLength(12);
    expect(file.rows.map(([bulan, total, done, completion]) => ({ bulan, total: Number(total), done: Number(done), completion: num(completion) }))).toEqual(
      series.map((p) => ({ bulan: p.month, total: p.total, done: p.done, completion: p.completion })),
    );
    // The demo's 2025 items were decided at the rakornas of June 2025: January has none.
    expect(file.rows[0]).toEqual(["2025-01", "0", "0", ""]);
    expect(file.rows.some((r) => r[3] !== "")).toBe(true);
  });

  it("a provincial leader gets its scope only", async () => {
    const file = await csv(jabar, "/dasbor/capaian.csv?tahun=2025");
    const mine = completionSeries(app.db, "32", yearPeriod(2025));
    expect(file.rows.map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual(mine.map((p) => [p.month, p.total, p.done]));
    expect(mine.at(-1)!.total).toBeLessThan(completionSeries(app.db, null, yearPeriod(2025)).at(-1)!.total);
  });
});

describe("/dasbor/subsatgas.csv", () => {
  it("one row per Subsatgas of subsatgasSummary for the year asked, in the national scope", async () => {
    const file = await csv(pimpinan, "/dasbor/subsatgas.csv?tahun=2025");
    expect(file.header).toEqual(["subsatgas", "total", "selesai", "menunggu_verifikasi", "berjalan", "terhambat", "terlambat", "capaian_persen"]);
    expect(file.filename).toBe("capaian-rencana-aksi-per-subsatgas-2025.csv");
    const summary = subsatgasSummary(app.db, null, yearPeriod(2025));
    expect(file.rows.map((r) => [r[0], ...r.slice(1).map(num)])).toEqual(summary.map((s) => [s.name, s.total, s.done, s.awaitingVerification, s.inProgress, s.blocked, s.overdue, s.completion]));
    // Written as every number in our CSV files: a decimal comma, no "%", empty when nothing is left to measure.
    expect(file.rows.map((r) => r[7])).toEqual(summary.map((s) => (s.completion === null ? "" : String(s.completion).replace(".", ","))));
  });

  it("'semua' is every item; a provincial leader gets its scope only", async () => {
    const all = await csv(pimpinan, "/dasbor/subsatgas.csv?tahun=semua");
    expect(all.filename).toBe("capaian-rencana-aksi-per-subsatgas-semua-tahun.csv");
    expect(all.rows.map((r) => Number(r[1]))).toEqual(subsatgasSummary(app.db, null, null).map((s) => s.total));

    const file = await csv(jabar, "/dasbor/subsatgas.csv?tahun=2025");
    const mine = subsatgasSummary(app.db, "32", yearPeriod(2025));
    expect(file.rows.map((r) => [r[0], ...r.slice(1).map(num)])).toEqual(mine.map((s) => [s.name, s.total, s.done, s.awaitingVerification, s.inProgress, s.blocked, s.overdue, s.completion]));
    const national = subsatgasSummary(app.db, null, yearPeriod(2025));
    expect(mine.reduce((n, s) => n + s.total, 0)).toBe(count(app, "SELECT count(*) FROM action_items WHERE region_code LIKE '32.%' AND due_date LIKE '2025-%'"));
    expect(mine.reduce((n, s) => n + s.total, 0)).toBeLessThan(national.reduce((n, s) => n + s.total, 0));
  });
});

describe("the year the dashboard opens on", () => {
  it("is the same on /dasbor, its chart, its CSV files and the leader's home page", async () => {
    const year = defaultYear("32");
    expect(year).toBe(2025); // West Java has data in 2025 only
    const page = await (await jabar.get("/dasbor")).text();
    expect(page).toMatch(new RegExp(`<option value="${year}" selected="">`));
    expect(page).toContain(`href="/dasbor/capaian.csv?tahun=${year}"`);
    expect(page).toContain(`href="/dasbor/subsatgas.csv?tahun=${year}"`);
    expect(page).toContain(`href="/dasbor/grafik.svg?tahun=${year}"`);
    expect(htmlToText(page)).toContain(`rencana aksi bertenggat tahun ${year}`);
    const current = currentYear(scopeTimeZone(app.db, "32"));
    if (current !== year) expect(htmlToText(page)).toContain(`Tahun ${current} belum memiliki rencana aksi bertenggat maupun rakor; ditampilkan tahun ${year}`);

    const csvDefault = await csv(jabar, "/dasbor/capaian.csv");
    const csvAsked = await csv(jabar, `/dasbor/capaian.csv?tahun=${year}`);
    expect(csvDefault).toEqual(csvAsked);
    expect((await csv(jabar, "/dasbor/subsatgas.csv?tahun=dua")).rows).toEqual((await csv(jabar, `/dasbor/subsatgas.csv?tahun=${year}`)).rows);
    const svg = await jabar.get("/dasbor/grafik.svg");
    expect(svg.headers.get("Content-Disposition")).toBe(`attachment; filename="capaian-rencana-aksi-${year}.svg"`);

    const home = await (await jabar.get("/")).text();
    expect(home).toMatch(new RegExp(`<option value="${year}" selected="">`));
    expect(home).toContain(`href="/dasbor/capaian.csv?tahun=${year}"`);
  });

  it("the picker offers the years with data, the current year and every year", async () => {
    const page = await (await pimpinan.get("/dasbor")).text();
    const options = [...page.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    const current = currentYear(scopeTimeZone(app.db, null));
    expect(options).toEqual([...[...new Set([...dashboardYears(app.db, null), current])].sort((a, b) => b - a).map(String), "semua"]);
    expect(options).toEqual(expect.arrayContaining(["2025", "2023"]));
  });
});

describe("the chart on the page", () => {
  it("its numbers are a table with a caption, and its data a CSV link", async () => {
    const html = await (await pimpinan.get("/dasbor?tahun=2025")).text();
    const table = /<table><caption class="table-caption">(Capaian per bulan[^<]*)<\/caption>([\s\S]*?)<\/table>/.exec(html);
    expect(table, "the chart's table").not.toBeNull();
    expect(htmlToText(table![1])).toBe("Capaian per bulan · Nasional · rencana aksi bertenggat tahun 2025");
    const rows = [...table![2].matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td[^>]*>[^<]*<\/td>)*)<\/tr>/g)].map((m) => [m[1], ...[...m[2].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])]);
    const series = completionSeries(app.db, null, yearPeriod(2025));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(["Januari 2025", "0", "0", "–"]);
    expect(rows.map((r) => [Number(r[1]), Number(r[2])])).toEqual(series.map((p) => [p.total, p.done]));
    expect(html).toContain('<a href="/dasbor/capaian.csv?tahun=2025" download="">Unduh data (CSV)</a>');
    expect(html).toContain('<a href="/dasbor/subsatgas.csv?tahun=2025" download="">Unduh data (CSV)</a>');
  });

  it("a year without any items says so instead of drawing a flat line", async () => {
    expect(count(app, "SELECT count(*) FROM action_items WHERE due_date LIKE '2024-%'")).toBe(0);
    const html = await (await pimpinan.get("/dasbor?tahun=2024")).text();
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain(">Belum ada rencana aksi bertenggat tahun 2024</text>");
    expect(svg).not.toContain("<polyline");
    const file = await pimpinan.get("/dasbor/grafik.svg?tahun=2024");
    expect(await file.text()).toContain(">Belum ada rencana aksi bertenggat tahun 2024</text>");
  });
});
