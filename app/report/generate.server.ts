// One report, from the database file to .docx bytes, or its annex (Lampiran) to .xlsx bytes. Runs
// inside the report worker (worker.ts) with its own read-only connection, so the server's event
// loop and its connection stay free.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../../db/client";
import { BUSY_TIMEOUT_MS } from "../../db/client";
import * as schema from "../../db/schema";
import { getReportScope, loadReportData } from "./report.server";
import type { Period } from "../utils/period";
import { svgToPng } from "../documents/chart-png.server";
import { composeReport } from "./compose.server";
import { renderReportDocx } from "../documents/report-docx.server";
import { loadLaporanTemplate } from "./template.server";
import { renderReportAnnex } from "./annex.server";

/** What a job builds: the report (.docx) or its annex (.xlsx). */
export type ReportKind = "docx" | "annex";

export interface ReportJob {
  /** Default "docx". */
  kind?: ReportKind;
  databasePath: string;
  /** Null = national. */
  scope: string | null;
  period: Period;
  /** The instant the records are read at ("terlambat" is judged then). */
  now: number;
  templatesDir: string;
}

/** A read-only connection (query_only): the report never writes. */
export function openReadOnly(file: string): Db {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("query_only = ON");
  return drizzle(sqlite, { schema }) as Db;
}

export class ReportInputError extends Error {}

/** The report of `job` as .docx bytes, read through `db`. */
export async function generateReport(db: Db, job: ReportJob): Promise<Uint8Array> {
  const scope = getReportScope(db, job.scope);
  if (!scope) throw new ReportInputError(`Wilayah ${job.scope} tidak dikenal.`);
  const template = loadLaporanTemplate(job.templatesDir);
  const data = loadReportData(db, scope, job.period, job.now);
  const doc = composeReport(data, template);
  return renderReportDocx(doc, { figure: (svg) => svgToPng(svg) });
}

/** The annex of `job` as .xlsx bytes, read through `db`. */
export async function generateAnnex(db: Db, job: ReportJob): Promise<Uint8Array> {
  const scope = getReportScope(db, job.scope);
  if (!scope) throw new ReportInputError(`Wilayah ${job.scope} tidak dikenal.`);
  return (await renderReportAnnex(db, scope, job.period, job.now)).bytes;
}

/** What `job` asks for, as bytes. */
export async function generate(db: Db, job: ReportJob): Promise<Uint8Array> {
  return job.kind === "annex" ? generateAnnex(db, job) : generateReport(db, job);
}
