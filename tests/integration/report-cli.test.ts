// npm run report -- --from 2025-01-01 --to 2025-06-30 [--region CODE] --out laporan.docx --annex lampiran.xlsx,
// reading DATABASE_PATH: the same worker as the app, started from the command line.
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { seedDemo } from "../../db/demo/seed";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { ensureBuildResolvable, startServerProcess } from "../../db/bench/server-process";
import { TestClient } from "../support/server";
import { openDocx, seedReportData, sqlActionCounts } from "../support/report";

let dir: string;
let dbFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-laporan-cli-"));
  dbFile = path.join(dir, "sigap.db");
  const db = openDatabase(dbFile);
  await seedDemo(db);
  seedReportData(db);
  db.$client.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "app/cli/report.server.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: dbFile, SIGAP_QUIET_LOG: "1", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run report", () => {
  it("is the package's report script", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.report).toBe("node ${BUILD_DIR:-build}/report.js");
  });

  it("writes the national report of the period from DATABASE_PATH", () => {
    const out = path.join(dir, "laporan.docx");
    const r = spawnSync("npm", ["run", "--silent", "report", "--", "--from", "2025-01-01", "--to", "2025-06-30", "--out", out], {
      env: { ...process.env, DATABASE_PATH: dbFile, SIGAP_QUIET_LOG: "1" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Laporan ditulis ke .*laporan\.docx \(\d+ KB, \d+,\d detik\)\.$/m);
    const doc = openDocx(new Uint8Array(readFileSync(out)));
    expect(doc.text).toContain("Periode 1 Januari s.d. 30 Juni 2025");
    expect(doc.text).toContain("PRESIDEN REPUBLIK INDONESIA");
    const db = openDatabase(dbFile);
    try {
      const total = sqlActionCounts(db, null).reduce((s, e) => s + e.total, 0);
      expect(doc.table("Capaian rencana aksi per Subsatgas").rows.at(-1)![1]).toBe(String(total));
    } finally {
      db.$client.close();
    }
  }, 120_000);

  it("writes the report and its annex with --out and --annex, their item counts equal", async () => {
    const out = path.join(dir, "laporan-dan-lampiran.docx");
    const annex = path.join(dir, "lampiran.xlsx");
    const r = spawnSync("npm", ["run", "--silent", "report", "--", "--from", "2025-01-01", "--to", "2025-12-31", "--region", "32", "--out", out, "--annex", annex], {
      env: { ...process.env, DATABASE_PATH: dbFile, SIGAP_QUIET_LOG: "1" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Laporan ditulis ke .*laporan-dan-lampiran\.docx \(\d+ KB, \d+,\d detik\)\.$/m);
    expect(r.stdout).toMatch(/^Lampiran ditulis ke .*lampiran\.xlsx \(\d+ KB, \d+,\d detik\)\.$/m);
    expect(openDocx(new Uint8Array(readFileSync(out))).text).toContain("PROVINSI JAWA BARAT");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(annex);
    const db = openDatabase(dbFile);
    try {
      const total = sqlActionCounts(db, "32", { start: "2025-01-01", end: "2025-12-31" }).reduce((s, e) => s + e.total, 0);
      expect(total).toBeGreaterThan(0);
      expect(wb.getWorksheet("Rencana Aksi")!.actualRowCount - 1).toBe(total);
    } finally {
      db.$client.close();
    }
    // The annex alone.
    const alone = path.join(dir, "lampiran-saja.xlsx");
    const a = cli(["--from", "2025-01-01", "--to", "2025-06-30", "--annex", alone]);
    expect(a.code, a.err).toBe(0);
    expect(a.out).toMatch(/^Lampiran ditulis ke .*lampiran-saja\.xlsx/m);
    expect(a.out).not.toContain("Laporan ditulis");
    expect(readFileSync(alone).subarray(0, 2).toString()).toBe("PK");
  }, 120_000);

  it("writes a province's report with --region", () => {
    const out = path.join(dir, "jabar.docx");
    const r = cli(["--from", "2025-01-01", "--to", "2025-06-30", "--region", "32", "--out", out]);
    expect(r.code, r.err).toBe(0);
    const doc = openDocx(new Uint8Array(readFileSync(out)));
    expect(doc.text).toContain("PROVINSI JAWA BARAT");
    expect(doc.text).toContain("Tim kecil perlindungan korban Indramayu");
    expect(doc.text).not.toContain("Pengawasan LPK dan P3MI");
  }, 120_000);

  it("refuses bad input with an Indonesian message and writes nothing", () => {
    const out = path.join(dir, "salah.docx");
    const cases: [string[], Record<string, string>, string][] = [
      [["--from", "2025-13-01", "--to", "2025-06-30", "--out", out], {}, "Tanggal awal periode tidak valid"],
      [["--from", "2025-06-30", "--to", "2025-01-01", "--out", out], {}, "Akhir periode tidak boleh sebelum awal periode."],
      [["--region", "99", "--out", out], {}, "Wilayah dengan kode 99 tidak dikenal."],
      [["--region", "jabar", "--out", out], {}, 'Kode wilayah "jabar" tidak valid'],
      [["--from", "2025-01-01"], {}, "--out atau --annex wajib diisi."],
      [["--out", out, "--annex", out], {}, "--out dan --annex harus menunjuk berkas yang berbeda."],
      [["--out", out], { DATABASE_PATH: path.join(dir, "tidak-ada.db") }, "tidak ditemukan"],
      [["--out", out, "--tahun", "2025"], {}, "Opsi --tahun tidak dikenal."],
    ];
    for (const [args, env, message] of cases) {
      const r = cli(args, env);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.err, args.join(" ")).toContain(`Galat: `);
      expect(r.err, args.join(" ")).toContain(message);
    }
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(dir, "tidak-ada.db"))).toBe(false);
  }, 120_000);
});

describe("the served app (npm start)", () => {
  it("builds the report in its worker, the compiled one beside the built server", async () => {
    const buildDir = ensureBuildResolvable();
    const server = await startServerProcess({ DATABASE_PATH: dbFile, SESSION_SECRET: "uji-rahasia-sesi-yang-cukup-panjang-0123456789" });
    try {
      const client = new TestClient(server.url);
      expect((await client.post("/login", { email: "pimpinan@demo.sigap.id", password: DEMO_PASSWORD })).status).toBe(302);
      const res = await client.get("/laporan/unduh?dari=2025-01-01&sampai=2025-06-30&wilayah=32");
      expect(res.status, server.output()).toBe(200);
      const doc = openDocx(new Uint8Array(await res.arrayBuffer()));
      expect(doc.text).toContain("GUBERNUR JAWA BARAT");
      expect(server.output()).toMatch(/"event":"report_generated"/);
      expect(server.output()).toContain(`"event":"report_worker_started","entry":${JSON.stringify(path.join(buildDir, "report-worker.js"))}`);
      const annex = await client.get("/laporan/lampiran.xlsx?dari=2025-01-01&sampai=2025-06-30&wilayah=32");
      expect(annex.status, server.output()).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await annex.arrayBuffer()) as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["Rencana Aksi", "Rakor", "Statistik Kasus", "Keterangan"]);
      expect(server.output()).toMatch(/"event":"report_generated","id":\d+,"kind":"annex"/);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
