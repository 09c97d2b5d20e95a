// npm run report -- --from 2025-01-01 --to 2025-06-30 [--region 32] --out laporan.docx --annex lampiran.xlsx
// The report to the President and/or its annex from the command line, built by the same worker as
// the downloads in the app, from the database at DATABASE_PATH (read-only; the app may keep
// serving meanwhile). Both are read at the same instant, so their figures agree.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databasePath } from "../../db/client";
import { scopeTimeZone } from "../action-plan/dashboard.server";
import { defaultReportPeriod, getReportScope, MAX_PERIOD_YEARS } from "../report/report.server";
import { periodErrors, type Period } from "../utils/period";
import { openReadOnly, type ReportKind } from "../report/generate.server";
import { poolOptionsFromEnv, ReportPool } from "../report/pool.server";
import { templatesDir } from "../report/template.server";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE =
  "Pemakaian: npm run report -- --from TTTT-BB-HH --to TTTT-BB-HH [--region KODE] --out BERKAS.docx --annex BERKAS.xlsx\n" +
  "  --from, --to  periode laporan (bawaan: 1 Januari s.d. 30 Juni tahun berjalan)\n" +
  "  --region      kode provinsi (misalnya 32) untuk laporan Gugus Tugas provinsi beserta kabupaten/kotanya; tanpa --region: nasional\n" +
  "  --out         berkas .docx laporan yang ditulis\n" +
  "  --annex       berkas .xlsx lampiran yang ditulis (daftar setiap rencana aksi, rakor dan entri statistik di balik angka laporan)\n" +
  "  (--out, --annex, atau keduanya)\n" +
  "Basis data dibaca dari DATABASE_PATH (bawaan data/sigap.db).";

const NOUN: Record<ReportKind, string> = { docx: "Laporan", annex: "Lampiran" };

export interface ReportCliFile {
  kind: ReportKind;
  out: string;
  bytes: number;
  ms: number;
}

export async function runReportCli(args: string[]): Promise<ReportCliFile[]> {
  const { values } = parseCliArgs({ from: { type: "string" }, to: { type: "string" }, region: { type: "string" }, out: { type: "string" }, annex: { type: "string" } }, USAGE, args);
  const targets: { kind: ReportKind; out: string }[] = [];
  if (values.out) targets.push({ kind: "docx", out: path.resolve(values.out) });
  if (values.annex) targets.push({ kind: "annex", out: path.resolve(values.annex) });
  if (targets.length === 0) fail(`--out atau --annex wajib diisi.\n${USAGE}`);
  if (targets.length === 2 && targets[0].out === targets[1].out) fail("--out dan --annex harus menunjuk berkas yang berbeda.");
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

  const pool = new ReportPool(poolOptionsFromEnv());
  const now = Date.now();
  const built: (ReportCliFile & { data: Uint8Array })[] = [];
  try {
    for (const { kind, out } of targets) {
      const started = Date.now();
      try {
        const data = await pool.generate({ kind, databasePath: path.resolve(file), scope: region, period, now, templatesDir: templatesDir() });
        built.push({ kind, out, data, bytes: data.byteLength, ms: Date.now() - started });
      } catch (error) {
        fail(`${NOUN[kind]} gagal disusun: ${(error as Error).message}`);
      }
    }
  } finally {
    await pool.close();
  }
  // Written once every file is built: when one fails, none is written.
  for (const b of built) writeFileSync(b.out, b.data);
  return built.map(({ data: _data, ...b }) => b);
}

if (isMain(import.meta.url)) {
  for (const result of await runReportCli(process.argv.slice(2))) {
    console.log(`${NOUN[result.kind]} ditulis ke ${result.out} (${Math.max(1, Math.round(result.bytes / 1024))} KB, ${(result.ms / 1000).toFixed(1).replace(".", ",")} detik).`);
  }
}
