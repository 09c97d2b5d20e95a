// The views over action items: filters, text search, pagination, per Subsatgas/agency/region,
// the CSV export, the leader's dashboard (its numbers equal counts made directly from the data),
// the carry-over of open items to the next rakor, and the audit-log viewer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActionItems } from "../../app/action-plan/action.server";
import { completionSeries, dashboardNumbers, rakorHeldByLevelAndMode, subsatgasSummary } from "../../app/action-plan/dashboard.server";
import { yearPeriod } from "../../app/utils/period";
import { createUser } from "../../app/accounts/user.server";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { count, formVersion, statusForm } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let sekretariat: TestClient;
let pimpinan: TestClient;
let polriAgency: number;
const ZONES: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
  pimpinan = await app.loginAs("pimpinan@demo.sigap.id");
  polriAgency = count(app, "SELECT agency_id FROM users WHERE email = 'polri@demo.sigap.id'");
  const adminId = count(app, "SELECT id FROM users WHERE email = 'admin@demo.sigap.id'");
  // 30 items in Kolaka (WITA) for pagination, and a leader and an admin of West Java (province 32).
  createActionItems(
    app.db,
    Array.from({ length: 30 }, (_, i) => ({
      title: `Patroli siber rekrutmen daring ${String(i + 1).padStart(2, "0")}`,
      description: i === 0 ? "Pemantauan iklan lowongan kerja palsu 100% daring" : null,
      subsatgasSlug: "penegakan-hukum",
      leadAgencyId: polriAgency,
      supportingAgencyIds: [],
      regionCode: "74.01",
      dueDate: i < 10 ? "2025-10-31" : "2027-10-31",
    })),
    null,
    adminId,
  );
  await createUser(app.db, { email: "pimpinan-jabar@uji.sigap.id", name: "Pimpinan Jawa Barat", password: DEMO_PASSWORD, role: "pimpinan", agencyId: null, regionCode: "32" }, adminId);
  await createUser(app.db, { email: "admin-jabar@uji.sigap.id", name: "Admin Jawa Barat", password: DEMO_PASSWORD, role: "admin", agencyId: null, regionCode: "32" }, adminId);
  for (const r of app.db.$client.prepare("SELECT code, time_zone AS zone FROM regions").all() as { code: string; zone: string }[]) ZONES[r.code] = r.zone;
});
afterAll(() => app.close());

/** "Today" in a zone, read with Intl, independent of the app's helpers. */
function today(zone: string, now = Date.now()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Counts per Subsatgas made directly from the rows, with the overdue rule applied here by hand. */
function directCounts(scope: string | null, now = Date.now()) {
  const rows = app.db.$client.prepare("SELECT subsatgas_slug AS slug, status, due_date AS due, region_code AS region FROM action_items").all() as { slug: string; status: string; due: string; region: string | null }[];
  const inScope = rows.filter((r) => scope === null || r.region === scope || (scope.length === 2 && r.region?.startsWith(`${scope}.`)));
  const out: Record<string, { total: number; done: number; awaitingVerification: number; inProgress: number; blocked: number; overdue: number; cancelled: number }> = {};
  for (const slug of (app.db.$client.prepare("SELECT slug FROM subsatgas WHERE active = 1").all() as { slug: string }[]).map((s) => s.slug)) {
    const mine = inScope.filter((r) => r.slug === slug);
    out[slug] = {
      total: mine.length,
      done: mine.filter((r) => r.status === "done").length,
      awaitingVerification: mine.filter((r) => r.status === "awaiting_verification").length,
      inProgress: mine.filter((r) => r.status === "in_progress").length,
      blocked: mine.filter((r) => r.status === "blocked").length,
      cancelled: mine.filter((r) => r.status === "cancelled").length,
      overdue: mine.filter((r) => !["done", "cancelled"].includes(r.status) && r.due < today(r.region ? ZONES[r.region] : "Asia/Jakarta", now)).length,
    };
  }
  return out;
}

function listCount(text: string): number {
  const m = /([\d.]+)\s*rencana aksi(\s*sesuai saringan)?\s*\./.exec(text);
  if (!m) throw new Error("no count on the page");
  return Number(m[1].replace(/\./g, ""));
}

describe("the dashboard's numbers equal counts made directly from the data", () => {
  it.each([null, "32", "32.12", "74"])("per Subsatgas in scope %s", (scope) => {
    const now = Date.now();
    const direct = directCounts(scope, now);
    for (const r of subsatgasSummary(app.db, scope, null, now)) {
      expect({ total: r.total, done: r.done, awaitingVerification: r.awaitingVerification, inProgress: r.inProgress, blocked: r.blocked, overdue: r.overdue, cancelled: r.cancelled }, `${scope} ${r.slug}`).toEqual(direct[r.slug]);
      const base = direct[r.slug].total - direct[r.slug].cancelled;
      expect(r.completion).toBe(base ? Math.round((direct[r.slug].done / base) * 1000) / 10 : null);
    }
  });

  it("per Subsatgas, counted by one plain SQL query with today's date of each zone passed in", () => {
    const now = Date.now();
    const direct = app.db.$client
      .prepare(
        `SELECT s.slug, count(a.id) AS total, coalesce(sum(a.status = 'done'), 0) AS done, coalesce(sum(a.status = 'in_progress'), 0) AS inProgress,
           coalesce(sum(a.status = 'blocked'), 0) AS blocked, coalesce(sum(a.status = 'cancelled'), 0) AS cancelled,
           coalesce(sum(a.status NOT IN ('done', 'cancelled') AND a.due_date < CASE coalesce(r.time_zone, 'Asia/Jakarta')
             WHEN 'Asia/Jakarta' THEN @wib WHEN 'Asia/Makassar' THEN @wita ELSE @wit END), 0) AS overdue
         FROM subsatgas s LEFT JOIN action_items a ON a.subsatgas_slug = s.slug LEFT JOIN regions r ON r.code = a.region_code
         WHERE s.active = 1 GROUP BY s.slug ORDER BY s.position`,
      )
      .all({ wib: today("Asia/Jakarta", now), wita: today("Asia/Makassar", now), wit: today("Asia/Jayapura", now) });
    expect(subsatgasSummary(app.db, null, null, now).map(({ slug, total, done, inProgress, blocked, cancelled, overdue }) => ({ slug, total, done, inProgress, blocked, cancelled, overdue }))).toEqual(direct);
  });

  it("the leader's page shows those numbers, and a provincial leader sees only its province", async () => {
    const direct = directCounts(null);
    const html = await (await pimpinan.get("/dasbor?tahun=semua")).text();
    const kerjaSama = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).find((r) => htmlToText(r).startsWith("Penegakan Hukum"))!;
    const cells = [...kerjaSama.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => Number(m[1]));
    const d = direct["penegakan-hukum"];
    expect(cells.slice(0, 6)).toEqual([d.total, d.done, d.awaitingVerification, d.inProgress, d.blocked, d.overdue]);

    const jabar = await app.loginAs("pimpinan-jabar@uji.sigap.id");
    const page = await jabar.text("/");
    expect(page.text).toContain("Dasbor pimpinan");
    expect(page.text).toContain("Disduk-P3A Kabupaten Indramayu"); // leads items in Indramayu (32.12), in West Java
    expect(page.text).not.toContain("Kepolisian Negara Republik Indonesia"); // leads national and Kolaka (74.01) items only
    const totals = dashboardNumbers(app.db, "32").totals;
    expect(totals.total).toBe(count(app, "SELECT count(*) FROM action_items WHERE region_code = '32' OR region_code LIKE '32.%'"));
  });

  it("agencies are ranked by overdue items", () => {
    const ranking = dashboardNumbers(app.db, null).agencies;
    const now = Date.now();
    const rows = app.db.$client.prepare("SELECT lead_agency_id AS agency, status, due_date AS due, region_code AS region FROM action_items").all() as { agency: number; status: string; due: string; region: string | null }[];
    const overdueOf = (agency: number) => rows.filter((r) => r.agency === agency && !["done", "cancelled"].includes(r.status) && r.due < today(r.region ? ZONES[r.region] : "Asia/Jakarta", now)).length;
    expect(ranking[0].agencyId).toBe(polriAgency);
    for (const a of ranking) expect(a.overdue, a.name).toBe(overdueOf(a.agencyId));
    for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1].overdue).toBeGreaterThanOrEqual(ranking[i].overdue);
  });

  it("rakor held in a year by level and mode", async () => {
    const held = rakorHeldByLevelAndMode(app.db, null, yearPeriod(2025));
    const direct = app.db.$client.prepare("SELECT level, mode, count(*) AS n FROM rakor WHERE status = 'held' AND starts_at >= ? AND starts_at < ? GROUP BY level, mode").all(Date.parse("2024-12-31T17:00:00Z"), Date.parse("2025-12-31T17:00:00Z")) as { level: string; mode: string; n: number }[];
    expect(held.total).toBe(direct.reduce((s, r) => s + r.n, 0));
    for (const r of direct) expect(held.cells.find((c) => c.level === r.level && c.mode === r.mode)?.count).toBe(r.n);
    expect(held.byLevel.nasional).toBe(1);
    expect(held.byLevel.kabupaten_kota).toBe(1);
    const page = await pimpinan.text("/dasbor?tahun=2025");
    expect(page.text).toContain("Rakor terlaksana tahun 2025");
  });

  it("the completion chart's points equal the history replayed by hand, month by month", () => {
    const c = app.db.$client;
    const month = (monthsAgo: number) => Date.now() - monthsAgo * 30 * 86_400_000;
    const kolaka = (c.prepare("SELECT id FROM action_items WHERE region_code = '74.01' ORDER BY id DESC LIMIT 4").all() as { id: number }[]).map((r) => r.id);
    const add = c.prepare("INSERT INTO action_updates (action_id, at, status, progress, note, by_name) VALUES (?, ?, ?, ?, 'uji', 'Uji')");
    // done five months ago, reopened two months ago; done three months ago; cancelled a month ago; blocked, then done last week
    add.run(kolaka[0], month(5), "done", 100);
    add.run(kolaka[0], month(2), "in_progress", 80);
    add.run(kolaka[1], month(3), "done", 100);
    add.run(kolaka[2], month(1), "cancelled", 0);
    add.run(kolaka[3], month(4), "blocked", 10);
    add.run(kolaka[3], Date.now() - 7 * 86_400_000, "done", 100);
    for (const [id, status] of [[kolaka[0], "in_progress"], [kolaka[1], "done"], [kolaka[2], "cancelled"], [kolaka[3], "done"]] as const) {
      c.prepare("UPDATE action_items SET status = ?, version = version + 1 WHERE id = ?").run(status, id);
    }
    const items = c
      .prepare("SELECT a.id, a.status, a.created_at AS createdAt, r.starts_at AS rakorAt FROM action_items a LEFT JOIN outcomes o ON o.id = a.outcome_id LEFT JOIN rakor r ON r.id = o.rakor_id")
      .all() as { id: number; status: string; createdAt: number; rakorAt: number | null }[];
    const updates = c.prepare("SELECT action_id AS id, at, status FROM action_updates ORDER BY at, id").all() as { id: number; at: number; status: string }[];
    for (const point of completionSeries(app.db, null)) {
      let total = 0;
      let done = 0;
      let cancelled = 0;
      for (const item of items) {
        const mine = updates.filter((u) => u.id === item.id);
        const born = Math.min(item.createdAt, mine[0]?.at ?? item.createdAt, item.rakorAt ?? item.createdAt);
        if (born > point.at) continue;
        total++;
        const last = mine.filter((u) => u.at <= point.at).at(-1);
        const status = last ? last.status : mine.length ? "not_started" : item.status;
        if (status === "done") done++;
        if (status === "cancelled") cancelled++;
      }
      expect({ month: point.month, total: point.total, done: point.done, cancelled: point.cancelled }).toEqual({ month: point.month, total, done, cancelled });
    }
    const series = completionSeries(app.db, null);
    expect(new Set(series.map((p) => p.done)).size).toBeGreaterThan(1); // the history moved the line
  });

  it("the completion chart ends at today's completion", () => {
    const series = completionSeries(app.db, null);
    const { totals } = dashboardNumbers(app.db, null);
    expect(series).toHaveLength(12);
    expect(series.at(-1)!.completion).toBe(totals.completion);
    expect(series.at(-1)!.total).toBe(totals.total);
  });

  it("serves the chart as SVG", async () => {
    const res = await pimpinan.get("/dasbor/grafik.svg?tahun=2025");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Capaian rencana aksi dari waktu ke waktu · Nasional");
    expect(svg).toContain(">Des<");
  });
});

describe("lists", () => {
  it("filters by region, paginates, and keeps the filter across pages", async () => {
    const page1 = await sekretariat.get("/aksi?wilayah=74.01");
    const html1 = await page1.text();
    expect(listCount(htmlToText(html1))).toBe(30);
    expect((html1.match(/href="\/aksi\/\d+"/g) ?? []).length).toBe(25);
    expect(html1).toContain('href="/aksi?wilayah=74.01&amp;halaman=2"');
    const html2 = await (await sekretariat.get("/aksi?wilayah=74.01&halaman=2")).text();
    expect((html2.match(/href="\/aksi\/\d+"/g) ?? []).length).toBe(5);
    expect(htmlToText(html2)).toContain("Halaman 2 dari 2");
  });

  it("overdue view: due date passed in the item's zone, not selesai or dibatalkan", async () => {
    const text = (await sekretariat.text("/aksi?terlambat=1&wilayah=74.01")).text;
    expect(listCount(text)).toBe(10);
    const all = (await sekretariat.text("/aksi?terlambat=1")).text;
    expect(listCount(all)).toBe(Object.values(directCounts(null)).reduce((s, c) => s + c.overdue, 0));
    expect(all).not.toContain("Sosialisasi bahaya dan modus TPPO kepada kelompok rentan"); // selesai
  });

  it("text search: every word, in titles, descriptions, outcomes and agency names; wildcards are literal", async () => {
    expect(listCount((await sekretariat.text("/aksi?q=interpol")).text)).toBe(1);
    expect(listCount((await sekretariat.text("/aksi?q=aseanapol+internasional")).text)).toBe(1);
    expect(listCount((await sekretariat.text("/aksi?q=Kementerian+Luar+Negeri")).text)).toBe(1); // a supporting agency
    expect(listCount((await sekretariat.text("/aksi?q=LPK+BLKLN")).text)).toBe(1); // the outcome text
    expect(listCount((await sekretariat.text("/aksi?q=100%25")).text)).toBe(1); // "100%" in a description, not "everything"
    expect(listCount((await sekretariat.text("/aksi?q=%25")).text)).toBe(1);
    expect((await sekretariat.text("/aksi?q=tidakadaitemini")).text).toContain("Tidak ada rencana aksi yang sesuai saringan.");
  });

  it("filters by agency (lead or supporting, or lead only), Subsatgas and status", async () => {
    const kemenpppa = count(app, "SELECT agency_id FROM users WHERE email = 'kemenpppa@demo.sigap.id'");
    expect(listCount((await sekretariat.text(`/aksi?instansi=${kemenpppa}`)).text)).toBe(2); // leads one, supports one
    expect(listCount((await sekretariat.text(`/aksi?instansi=${kemenpppa}&peran=utama`)).text)).toBe(1);
    expect(listCount((await sekretariat.text("/aksi?subsatgas=pencegahan&status=blocked")).text)).toBe(1);
  });

  it("a regional secretariat's lists hold only its region", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const text = (await indramayu.text("/aksi")).text;
    expect(listCount(text)).toBe(3);
    expect(text).not.toContain("Perkuat Satgas TPPO");
    // asking for another region by URL finds nothing: the scope is in the query
    expect(listCount((await indramayu.text("/aksi?wilayah=74.01")).text)).toBe(0);
  });

  it("per Subsatgas, per agency and per region views", async () => {
    const sub = (await sekretariat.text("/aksi/subsatgas")).text;
    for (const name of ["Pencegahan", "Rehabilitasi Medis (Kesehatan)", "Rehabilitasi Sosial, Pemulangan, dan Reintegrasi", "Pengembangan Norma Hukum", "Penegakan Hukum", "Kerja Sama dan Koordinasi"]) expect(sub).toContain(name);
    expect(sub).toContain("Capaian");
    const agencies = (await sekretariat.text("/aksi/instansi")).text;
    expect(agencies).toContain("Kepolisian Negara Republik Indonesia");
    expect(agencies).toContain("Sebagai pendukung");
    const regions = await (await sekretariat.get("/aksi/wilayah")).text();
    expect(htmlToText(regions)).toContain("Kabupaten Kolaka");
    expect(regions).toContain('href="/aksi?wilayah=74.01"');
  });
});

describe("CSV export", () => {
  function parse(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ";") row.push(cell), (cell = "");
      else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
      else cell += c;
    }
    return rows;
  }

  it("exports exactly the filtered list, for Excel: BOM, ';', CRLF, Indonesian text intact", async () => {
    const res = await sekretariat.get("/aksi/ekspor.csv?terlambat=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="rencana-aksi-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text);
    expect(rows[0].slice(0, 6)).toEqual(["No", "ID", "Rencana aksi", "Uraian", "Subsatgas", "Instansi pelaksana utama"]);
    const listed = listCount((await sekretariat.text("/aksi?terlambat=1")).text);
    expect(rows).toHaveLength(listed + 1);
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    for (const r of rows.slice(1)) {
      expect(r[col("Terlambat")]).toBe("Ya");
      expect(r).toHaveLength(header.length);
    }
    const indramayu = rows.find((r) => r[col("Rencana aksi")] === "Bentuk tim kecil perlindungan korban TPPO")!;
    expect(indramayu[col("Subsatgas")]).toBe("Rehabilitasi Sosial, Pemulangan, dan Reintegrasi");
    expect(indramayu[col("Wilayah")]).toBe("Kabupaten Indramayu");
    expect(indramayu[col("Status")]).toBe("Berjalan");
    expect(indramayu[col("Asal rakor")]).toBe("Rapat Koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu Tahun 2025");
    const blocked = rows.find((r) => r[col("Rencana aksi")] === "Awasi LPK, BLKLN dan P3MI")!;
    expect(blocked[col("Catatan terakhir")]).toBe("Menunggu data LPK dari pemerintah daerah.");
    expect(blocked[col("Instansi pendukung")]).toBe("Kementerian Ketenagakerjaan");
  });

  /** The body without its BOM (fetch's text() would drop it silently, so read the bytes). */
  async function body(res: Response): Promise<string> {
    const text = Buffer.from(await res.arrayBuffer()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return text.slice(1);
  }

  it("honours the same filters and scope as the list", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const rows = parse(await body(await indramayu.get("/aksi/ekspor.csv")));
    expect(rows).toHaveLength(4);
    const search = parse(await body(await sekretariat.get("/aksi/ekspor.csv?q=interpol")));
    expect(search.map((r) => r[2])).toEqual(["Rencana aksi", "Tingkatkan kerja sama internasional dengan Interpol dan Aseanapol"]);
  });

  it("exports the per-Subsatgas table with decimal commas", async () => {
    const rows = parse(await body(await pimpinan.get("/aksi/ekspor.csv?ringkasan=subsatgas")));
    expect(rows[0]).toEqual(["Subsatgas", "Total", "Selesai", "Berjalan", "Terhambat", "Belum dimulai", "Dibatalkan", "Terlambat", "Capaian (%)"]);
    const pencegahan = rows.find((r) => r[0] === "Pencegahan")!;
    const s = subsatgasSummary(app.db, null).find((r) => r.slug === "pencegahan")!;
    expect(pencegahan.slice(1, 8).map(Number)).toEqual([s.total, s.done, s.inProgress, s.blocked, s.notStarted, s.cancelled, s.overdue]);
    expect(pencegahan[8]).toBe(String(s.completion).replace(".", ","));
  });
});

describe("carry-over to the next rakor", () => {
  let nextId: number;

  beforeAll(() => {
    const c = app.db.$client;
    nextId = Number(
      c
        .prepare("INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES (?, 'nasional', NULL, ?, 'hybrid', 'scheduled', ?, 'Asia/Jakarta')")
        .run("Rakor Nasional GT PP-TPPO Triwulan I 2027", polriAgency, Date.now() + 30 * 86_400_000).lastInsertRowid,
    );
  });

  it("the dashboard names the next rakor and offers the review to the secretariat", async () => {
    const html = await (await sekretariat.get("/dasbor")).text();
    expect(htmlToText(html)).toContain("Rakor Nasional GT PP-TPPO Triwulan I 2027");
    expect(html).toContain(`href="/rakor/${nextId}/tinjauan"`);
  });

  it("previews the task force's open items per Subsatgas, overdue counted, other task forces left out", async () => {
    const text = (await sekretariat.text(`/rakor/${nextId}/tinjauan`)).text;
    expect(text).toContain("Tinjauan tindak lanjut rencana aksi: Subsatgas Penegakan Hukum");
    expect(text).toContain("Tinjauan tindak lanjut rencana aksi: Subsatgas Pencegahan");
    expect(text).toContain("Awasi LPK, BLKLN dan P3MI");
    expect(text).not.toContain("Sosialisasi bahaya dan modus TPPO kepada kelompok rentan"); // selesai
    expect(text).not.toContain("Bentuk tim kecil perlindungan korban TPPO"); // Indramayu's task force
    expect(text).not.toContain("Patroli siber rekrutmen daring"); // Kolaka's
  });

  it("appends one agenda item per Subsatgas in one go, audited; confirming again adds nothing", async () => {
    const open = app.db.$client.prepare("SELECT subsatgas_slug AS slug, count(*) AS n FROM action_items WHERE region_code IS NULL AND status NOT IN ('done','cancelled') GROUP BY subsatgas_slug").all() as { slug: string; n: number }[];
    const res = await sekretariat.post(`/rakor/${nextId}/tinjauan`, { intent: "append" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/rakor/${nextId}/tinjauan`);
    expect((await sekretariat.text(`/rakor/${nextId}/tinjauan`)).text).toContain(`${open.length} butir agenda tinjauan ditambahkan ke rakor ini.`);
    const agenda = app.db.$client.prepare("SELECT title, notes, position FROM agenda_items WHERE rakor_id = ? ORDER BY position").all(nextId) as { title: string; notes: string; position: number }[];
    expect(agenda).toHaveLength(open.length);
    expect(agenda.map((a) => a.position)).toEqual(open.map((_, i) => i + 1));
    const hukum = agenda.find((a) => a.title.endsWith("Penegakan Hukum"))!;
    expect(hukum.notes.split("\n")[0]).toMatch(/^\d+ rencana aksi belum selesai, \d+ di antaranya terlambat:$/);
    // The lead agency as the seed bundle wrote it ("Polri").
    expect(hukum.notes).toContain("Perkuat Satgas TPPO di seluruh Polda dan Polres (Polri; tenggat 30 September 2025; Berjalan 60%; TERLAMBAT)");
    expect(count(app, "SELECT count(*) FROM audit_log WHERE action = 'carry_over' AND entity = 'agenda_item'")).toBe(open.length);
    const again = await sekretariat.post(`/rakor/${nextId}/tinjauan`, { intent: "append" });
    expect(again.headers.get("Location")).toBe(`/rakor/${nextId}/tinjauan`);
    expect((await sekretariat.text(`/rakor/${nextId}/tinjauan`)).text).toContain("Tidak ada butir agenda baru: semua tinjauan sudah ada di agenda.");
    expect(count(app, "SELECT count(*) FROM agenda_items WHERE rakor_id = ?", nextId)).toBe(open.length);
  });

  it("is refused for a rakor already held, and outside the user's scope", async () => {
    const held = count(app, "SELECT id FROM rakor WHERE ref = 'polri-rakornas-2025-06-04'");
    const before = count(app, "SELECT count(*) FROM agenda_items");
    const res = await sekretariat.post(`/rakor/${held}/tinjauan`, { intent: "append" });
    expect(res.status).toBe(409);
    expect(count(app, "SELECT count(*) FROM agenda_items")).toBe(before);
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    expect((await indramayu.get(`/rakor/${nextId}/tinjauan`)).status).toBe(403);
    // a leader reads the review but cannot append it
    expect((await pimpinan.get(`/rakor/${nextId}/tinjauan`)).status).toBe(200);
    expect((await pimpinan.post(`/rakor/${nextId}/tinjauan`, { intent: "append" })).status).toBe(403);
    expect(count(app, "SELECT count(*) FROM agenda_items")).toBe(before);
  });
});

describe("the audit log viewer", () => {
  it("shows admins who changed what, filterable, and nobody can post to it", async () => {
    const polri = await app.loginAs("polri@demo.sigap.id");
    const item = count(app, "SELECT id FROM action_items WHERE ref = 'rakornas-2025-06-04-a3'");
    const res = await polri.post(`/aksi/${item}`, statusForm({ status: "in_progress", progress: 35, note: "Uji coba aplikasi deteksi dini di 3 Polda.", version: await formVersion(polri, item) }));
    expect(res.status).toBe(302);
    const admin = await app.loginAs("admin@demo.sigap.id");
    const page = await admin.get("/admin/audit?entitas=action_item&tindakan=status_update");
    expect(page.status).toBe(200);
    const text = htmlToText(await page.text());
    expect(text).toContain("Pembaruan status");
    expect(text).toContain("polri@demo.sigap.id");
    expect(text).toMatch(/progress\s*: 25 → 35/);
    expect(listAudit(text)).toBe(count(app, "SELECT count(*) FROM audit_log WHERE entity = 'action_item' AND action = 'status_update'"));
    const byUser = htmlToText(await (await admin.get("/admin/audit?pengguna=kemenpppa")).text());
    expect(listAudit(byUser)).toBe(0);
    // no action: a POST changes nothing
    const post = await admin.post("/admin/audit", { id: "1" });
    expect(post.status).toBe(405);
    expect((await sekretariat.get("/admin/audit")).status).toBe(403);
  });

  it("pages through the log", async () => {
    const admin = await app.loginAs("admin@demo.sigap.id");
    const total = count(app, "SELECT count(*) FROM audit_log");
    expect(total).toBeGreaterThan(50);
    const text = htmlToText(await (await admin.get("/admin/audit?halaman=2")).text());
    expect(text).toContain(`Halaman 2 dari ${Math.ceil(total / 50)}`);
  });

  it("a regional admin reads only entries written by users in its region", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const item = count(app, "SELECT id FROM action_items WHERE ref = 'indramayu-2025-08-12-a3'");
    expect((await indramayu.post(`/aksi/${item}`, statusForm({ status: "in_progress", progress: 40, note: "Sosialisasi di 12 kecamatan.", version: await formVersion(indramayu, item) }))).status).toBe(302);
    const jabar = await app.loginAs("admin-jabar@uji.sigap.id");
    const text = htmlToText(await (await jabar.get("/admin/audit")).text());
    expect(text).toContain("indramayu@demo.sigap.id");
    expect(text).not.toContain("polri@demo.sigap.id");
    expect(listAudit(text)).toBe(count(app, "SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE u.region_code = '32' OR u.region_code LIKE '32.%'"));
  });
});

function listAudit(text: string): number {
  const m = /([\d.]+)\s*catatan ·/.exec(text);
  if (!m) throw new Error("no audit count");
  return Number(m[1].replace(/\./g, ""));
}
