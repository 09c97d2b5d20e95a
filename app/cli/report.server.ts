// npm run report -- --from 2025-01-01 --to 2025-06-30 [--region 32] --out laporan.docx
// The report to the President from the command line, built by the same worker as the download in
// the app, from the database at DATABASE_PATH (read-only; the app may keep serving meanwhile).
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databasePath } from "../../db/client";
import { scopeTimeZone } from "../action-plan/dashboard.server";
import { defaultReportPeriod, getReportScope, MAX_PERIOD_YEARS } from "../report/report.server";
import { periodErrors, type Period } from "../utils/period";
import { openReadOnly } from "../report/generate.server";
import { poolOptionsFromEnv, ReportPool } from "../report/pool.server";
import { templatesDir } from "../report/template.server";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE =
  "Pemakaian: npm run report -- --from TTTT-BB-HH --to TTTT-BB-HH [--region KODE] --out BERKAS.docx\n" +
  "  --from, --to  periode laporan (bawaan: 1 Januari s.d. 30 Juni tahun berjalan)\n" +
  "  --region      kode provinsi (misalnya 32) untuk laporan Gugus Tugas provinsi beserta kabupaten/kotanya; tanpa --region: nasional\n" +
  "  --out         berkas .docx yang ditulis\n" +
  "Basis data dibaca dari DATABASE_PATH (bawaan data/sigap.db).";

export interface ReportCliResult {
  out: string;
  bytes: number;
  ms: number;
}

export async function runReportCli(args: string[]): Promise<ReportCliResult> {
  const { values } = parseCliArgs({ from: { type: "string" }, to: { type: "string" }, region: { type: "string" }, out: { type: "string" } }, USAGE, args);
  if (!values.out) fail(`--out wajib diisi.\n${USAGE}`);
  const file = databasePath();
  if (!existsSync(file)) fail(`Basis data ${file} tidak ditemukan. Atur DATABASE_PATH ke berkas basis data SIGAP TPPO.`);
  const region = values.region?.trim() || null;
  if (region !== null && !/^\d{2}(\.\d{2})?$/.test(region)) fail(`Kode wilayah "${region}" tidak valid: tulis kode provinsi, misalnya 32.`);

  const db = openReadOnly(file);
  let period: Period;
  try {
    const scope = getReportScope(db, region);
    if (!scope) fail(`Wilayah dengan kode ${region} tidak dikenal.`);
    const fallback = defaultReportPeriod(scopeTimeZone(db, region));
    period = { start: values.from ?? fallback.start, end: values.to ?? fallback.end };
  } finally {
    db.$client.close();
  }
  const errors = periodErrors(period.start, period.end, MAX_PERIOD_YEARS);
  if (Object.keys(errors).length) fail(`${Object.values(errors).join(" ")}\n${USAGE}`);

  const out = path.resolve(values.out);
  const pool = new ReportPool(poolOptionsFromEnv());
  const started = Date.now();
  try {
    const bytes = await pool.generate({ databasePath: path.resolve(file), scope: region, period, now: Date.now(), templatesDir: templatesDir() });
    writeFileSync(out, bytes);
    return { out, bytes: bytes.byteLength, ms: Date.now() - started };
  } catch (error) {
    fail(`Laporan gagal disusun: ${(error as Error).message}`);
  } finally {
    await pool.close();
  }
}

if (isMain(import.meta.url)) {
  const result = await runReportCli(process.argv.slice(2));
  console.log(`Laporan ditulis ke ${result.out} (${Math.max(1, Math.round(result.bytes / 1024))} KB, ${(result.ms / 1000).toFixed(1).replace(".", ",")} detik).`);
}
