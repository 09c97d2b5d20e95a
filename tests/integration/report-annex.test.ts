// The report's annex (Lampiran, .xlsx): downloaded through the app (built in the report worker) and
// re-read with exceljs's reader. Its sheets list exactly the records behind the report's totals:
// the item rows equal the Subsatgas totals (nationally and for a province), "Terlambat" follows
// the one overdue rule, the rakor rows equal the rakor-held figure, the case rows sum to the case
// totals; the download is guarded and scoped like the report itself.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActionItems } from "../../app/action-plan/action.server";
import { rakorHeldByLevelAndMode, subsatgasSummary, sumCounts } from "../../app/action-plan/dashboard.server";
import { isOverdue } from "../../app/action-plan/overdue.server";
import { createUser } from "../../app/accounts/user.server";
import { ANNEX_SHEETS, renderReportAnnex } from "../../app/report/annex.server";
import { getReportScope, listReportActions } from "../../app/report/report.server";
import { FIGURES } from "../../app/task-forces/case-figures";
import { caseTotals } from "../../app/task-forces/case-statistic.server";
import { ACTION_STATUS_LABELS } from "../../app/utils/labels";
import type { ActionStatus, TimeZone } from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { KNOWN, PERIOD, seedReportData, sqlActionCounts, sqlCaseTotals, sqlRakorHeld } from "../support/report";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PROVINCE_LEADER = "pimpinan-jabar@uji.sigap.id";
const query = `dari=${PERIOD.start}&sampai=${PERIOD.end}`;

let app: TestApp;
let leader: TestClient;

interface Sheet {
  header: string[];
  rows: unknown[][];
  /** Column values by header name, data rows only. */
  col: (header: string) => unknown[];
  ws: ExcelJS.Worksheet;
}

async function readAnnex(bytes: Uint8Array): Promise<{ names: string[]; sheet: (name: string) => Sheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, Sheet>();
  for (const ws of wb.worksheets) {
    const all: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => all.push((row.values as unknown[]).slice(1)));
    const header = all[0] as string[];
    const rows = all.slice(1).map((r) => Array.from({ length: header.length }, (_, i) => r[i] ?? null));
    sheets.set(ws.name, { header, rows, ws, col: (h) => rows.map((r) => r[header.indexOf(h)]) });
  }
  return {
    names: wb.worksheets.map((w) => w.name),
    sheet: (name) => {
      const s = sheets.get(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
}

async function download(client: TestClient, wilayah: string) {
  const res = await client.get(`/laporan/lampiran.xlsx?${query}&wilayah=${wilayah}`);
  expect(res.status, await res.clone().text().catch(() => "")).toBe(200);
  return { res, annex: await readAnnex(new Uint8Array(await res.arrayBuffer())) };
}

const isoDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

/** The items the report lists per active Subsatgas (its chapters), in its order. */
function reportItems(scope: string | null, now: number) {
  return subsatgasSummary(app.db, scope, PERIOD, now).flatMap((s) => listReportActions(app.db, scope, PERIOD, { subsatgas: s.slug }, now).rows);
}

function zoneOf(regionCode: string | null): TimeZone | null {
  if (regionCode === null) return null;
  return (app.db.$client.prepare("SELECT time_zone AS z FROM regions WHERE code = ?").get(regionCode) as { z: TimeZone }).z;
}

beforeAll(async () => {
  app = await startTestApp();
  seedReportData(app.db);
  const admin = (app.db.$client.prepare("SELECT id FROM users WHERE email = 'admin@demo.sigap.id'").get() as { id: number }).id;
  await createUser(app.db, { email: PROVINCE_LEADER, name: "Pimpinan Jawa Barat", password: DEMO_PASSWORD, role: "pimpinan", agencyId: null, regionCode: "32" }, admin);
  leader = await app.loginAs("pimpinan@demo.sigap.id");
}, 60_000);
afterAll(async () => {
  await globalThis.__sigapReportPool?.close();
  await app.close();
});

describe("the annex download", () => {
  it("is an .xlsx attachment named after the report, with its sheets and a bold, frozen, filtered header in row 1", async () => {
    const { res, annex } = await download(leader, "nasional");
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="lampiran-laporan-gt-pp-tppo-nasional-2025-01-01-sd-2025-06-30.xlsx"');
    expect(annex.names).toEqual([ANNEX_SHEETS.actions, ANNEX_SHEETS.rakor, ANNEX_SHEETS.cases, ANNEX_SHEETS.about]);
    expect(annex.sheet(ANNEX_SHEETS.actions).header).toEqual([
      "Wilayah",
      "Kode wilayah",
      "Subsatgas",
      "Judul",
      "Instansi pelaksana utama",
      "Tenggat",
      "Status",
      "Progres (%)",
      "Terlambat",
      "Catatan terakhir",
      "ID",
    ]);
    expect(annex.sheet(ANNEX_SHEETS.rakor).header.slice(0, 8)).toEqual(["Tanggal", "Pukul", "Judul", "Tingkat", "Bentuk", "Wilayah", "Kode wilayah", "Penyelenggara"]);
    expect(annex.sheet(ANNEX_SHEETS.cases).header).toEqual(["Periode mulai", "Periode selesai", "Wilayah", "Kode wilayah", "Instansi", ...FIGURES.map((f) => f.label)]);
    for (const name of annex.names) {
      const { ws, header } = annex.sheet(name);
      expect(ws.getRow(1).font?.bold, name).toBe(true);
      expect(ws.views[0], name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter, name).toBe(`A1:${String.fromCharCode(64 + header.length)}1`);
      expect(ws.getColumn(1).width, name).toBeGreaterThanOrEqual(10);
    }
  });

  it("lists every item behind the national report's total, once, with the report's notes and real due dates", async () => {
    const now = Date.now();
    const { annex } = await download(leader, "nasional");
    const sheet = annex.sheet(ANNEX_SHEETS.actions);
    const total = sumCounts(subsatgasSummary(app.db, null, PERIOD, now)).total;
    expect(sheet.rows.length).toBe(total);
    expect(total).toBe(sqlActionCounts(app.db, null).reduce((s, e) => s + e.total, 0));
    const items = reportItems(null, now);
    expect(sheet.col("ID")).toEqual(items.map((i) => i.id));
    expect(sheet.col("Judul")).toEqual(items.map((i) => i.title));
    expect(sheet.col("Catatan terakhir")).toEqual(items.map((i) => i.lastNote));
    expect(sheet.col("Status")).toEqual(items.map((i) => ACTION_STATUS_LABELS[i.status]));
    expect(sheet.col("Progres (%)")).toEqual(items.map((i) => i.progress));
    expect(sheet.col("Tenggat").every((v) => v instanceof Date)).toBe(true);
    expect(sheet.col("Tenggat").map(isoDate)).toEqual(items.map((i) => i.dueDate));
    expect(sheet.col("Judul")).toContain("Perda perlindungan pekerja migran Papua");
    expect(sheet.col("Judul")).not.toContain("Rencana aksi bertenggat Juli");
    expect(sheet.col("Judul")).not.toContain("Rencana aksi bertenggat 2024");
    const indramayu = sheet.rows.find((r) => r[3] === "Tim kecil perlindungan korban Indramayu")!;
    expect(indramayu.slice(0, 2)).toEqual(["Kabupaten Indramayu", "32.12"]);
    expect(indramayu[9]).toBe(KNOWN.regencyBlockedNote);
    expect(sheet.rows.find((r) => r[3] === "Pengawasan LPK dan P3MI")!.slice(0, 2)).toEqual(["Nasional", null]);
  });

  it("lists for a province exactly the items of its report's total (its regencies included, nothing beside it)", async () => {
    const now = Date.now();
    const { res, annex } = await download(leader, "32");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="lampiran-laporan-gt-pp-tppo-32-2025-01-01-sd-2025-06-30.xlsx"');
    const sheet = annex.sheet(ANNEX_SHEETS.actions);
    const total = sumCounts(subsatgasSummary(app.db, "32", PERIOD, now)).total;
    expect(total).toBe(sqlActionCounts(app.db, "32").reduce((s, e) => s + e.total, 0));
    expect(total).toBeGreaterThanOrEqual(2);
    expect(sheet.rows.length).toBe(total);
    expect(sheet.col("ID")).toEqual(reportItems("32", now).map((i) => i.id));
    expect(sheet.col("Kode wilayah").every((c) => c === "32" || String(c).startsWith("32."))).toBe(true);
    expect(sheet.col("Judul")).toEqual(expect.arrayContaining(["Rumah aman korban Jawa Barat", "Tim kecil perlindungan korban Indramayu"]));
  });

  it("lists the rakor held in the period (the report's figure) and the case entries its totals sum", async () => {
    for (const [wilayah, scope] of [["nasional", null], ["32", "32"]] as const) {
      const { annex } = await download(leader, wilayah);
      const rakor = annex.sheet(ANNEX_SHEETS.rakor);
      expect(rakor.rows.length, wilayah).toBe(rakorHeldByLevelAndMode(app.db, scope, PERIOD).total);
      expect(rakor.col("Judul"), wilayah).toEqual(sqlRakorHeld(app.db, scope).map((r) => r.title));
      expect(rakor.col("Tanggal").every((v) => v instanceof Date), wilayah).toBe(true);
      const cases = annex.sheet(ANNEX_SHEETS.cases);
      const totals = caseTotals(app.db, scope, PERIOD);
      expect(cases.rows.length, wilayah).toBe(totals.entries);
      expect(totals.entries, wilayah).toBe(sqlCaseTotals(app.db, scope).entries);
      for (const f of FIGURES) expect((cases.col(f.label) as number[]).reduce((s, n) => s + n, 0), `${wilayah} ${f.key}`).toBe(totals[f.key]);
    }
    const national = await download(leader, "nasional");
    const titles = national.annex.sheet(ANNEX_SHEETS.rakor).col("Judul");
    expect(titles).toContain(KNOWN.papuaRakor);
    expect(titles).not.toContain(KNOWN.scheduledRakor);
    expect(titles).not.toContain(KNOWN.laterRakor);
    const about = national.annex.sheet(ANNEX_SHEETS.about);
    expect(about.rows).toContainEqual(["Periode", "1 Januari s.d. 30 Juni 2025"]);
  });

  it("is guarded and scoped like the report: no session, a liaison, another province, a regency asking for its province", async () => {
    const anonymous = await app.client().get(`/laporan/lampiran.xlsx?${query}&wilayah=nasional`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login/);
    const liaison = await app.loginAs("kemenpppa@demo.sigap.id");
    expect((await liaison.get(`/laporan/lampiran.xlsx?${query}&wilayah=nasional`)).status).toBe(403);

    const jabar = await app.loginAs(PROVINCE_LEADER);
    expect((await jabar.get(`/laporan/lampiran.xlsx?${query}&wilayah=33`)).status).toBe(403);
    expect((await jabar.get(`/laporan/lampiran.xlsx?${query}&wilayah=nasional`)).status).toBe(403);
    const own = await download(jabar, "32");
    expect(own.annex.sheet(ANNEX_SHEETS.actions).col("Kode wilayah").every((c) => String(c).startsWith("32"))).toBe(true);

    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    expect((await indramayu.get(`/laporan/lampiran.xlsx?${query}&wilayah=32`)).status).toBe(403);
    const regency = await download(indramayu, "32.12");
    expect(regency.annex.sheet(ANNEX_SHEETS.actions).col("Kode wilayah")).toEqual(["32.12"]);
  });

  it("is linked beside the .docx on the report page, for the same scope and period", async () => {
    const page = await leader.get(`/laporan?${query}&wilayah=32`);
    const html = await page.text();
    expect(html).toContain("Unduh Lampiran (.xlsx)");
    expect(html).toContain(`href="/laporan/lampiran.xlsx?dari=2025-01-01&amp;sampai=2025-06-30&amp;wilayah=32"`);
  });
});

describe("Terlambat", () => {
  it("follows the one overdue rule, in each item's own zone", async () => {
    // 15 June 2025, 23.30 WIB = 16 June, 01.30 WIT: an open item of Papua due 15 June is overdue,
    // an open national one due that day is not yet.
    const actor = (app.db.$client.prepare("SELECT id FROM users WHERE email = 'sekretariat@demo.sigap.id'").get() as { id: number }).id;
    const agency = (app.db.$client.prepare("SELECT id FROM agencies WHERE short_name = 'Polri' OR name = 'Polri' LIMIT 1").get() as { id: number }).id;
    createActionItems(
      app.db,
      [{ title: "Pendataan korban di Papua", description: null, subsatgasSlug: "rehabilitasi-sosial", leadAgencyId: agency, supportingAgencyIds: [], regionCode: "91", dueDate: "2025-06-15" }],
      null,
      actor,
    );
    const now = Date.parse("2025-06-15T23:30:00+07:00");
    const scope = getReportScope(app.db, null)!;
    const annex = await readAnnex((await renderReportAnnex(app.db, scope, PERIOD, now)).bytes);
    const sheet = annex.sheet(ANNEX_SHEETS.actions);
    const byTitle = (title: string) => sheet.rows.find((r) => r[3] === title)!;
    expect(byTitle("Pendataan korban di Papua")[8]).toBe("Ya");
    expect(byTitle("Pengawasan LPK dan P3MI")[8]).toBe("Tidak");
    const status = app.db.$client.prepare("SELECT status, due_date AS dueDate, region_code AS regionCode FROM action_items WHERE id = ?");
    for (const row of sheet.rows) {
      const item = status.get(row[10]) as { status: ActionStatus; dueDate: string; regionCode: string | null };
      expect(row[8], String(row[3])).toBe(isOverdue(item, zoneOf(item.regionCode), now) ? "Ya" : "Tidak");
    }
    expect(sheet.col("Terlambat").filter((v) => v === "Ya").length).toBe(sumCounts(subsatgasSummary(app.db, null, PERIOD, now)).overdue);
  });
});
