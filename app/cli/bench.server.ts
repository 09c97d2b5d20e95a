// npm run bench [-- --scale 0.05 --concurrency 4 --duration 10 --write-seconds 30 --writers 50 --reuse]
// npm run bench -- --data-only --scale 1 --db FILE    (build the data set only)
// npm run bench -- --db FILE [--processes 2]          (measure on a copy of a data set built before)
//
// The national-scale benchmark. It builds the deterministic synthetic data set of
// db/bench/synthetic.ts (553 task forces, five years of monthly rakor) through the real bundle
// importer, with the bench accounts (into --db FILE, or a cache in bench-results/data), starts the
// BUILT server (BUILD_DIR/index.js, WEB_CONCURRENCY from --processes) as a child process on a copy
// of it, and measures over HTTP:
//   - p50/p95/p99 and throughput of the leader's dashboard, the liaison workspace, the action list,
//     the rakor list and a rakor detail page (at concurrency 1 and at --concurrency), next to the
//     bare SQL of the same pages (the statements their model functions run, captured through a
//     drizzle logger and replayed with better-sqlite3) and the model functions themselves;
//   - the national report for one year, twice (cold and warm worker): time, the server processes'
//     peak RSS with the worker heap capped at 512 MB, the event-loop delay inside each server
//     process (db/bench/eventloop-probe.mjs, loaded with --import) and /healthz pings meanwhile;
//   - liaisons posting status updates through the real form, each re-reading the item (its
//     version) first: one alone, --writers paced (one update each every --write-interval s), and
//     --writers back to back for --write-seconds; every acknowledged update is then found in the
//     database by its note; and the database's own write ceiling (recordStatusUpdate, no HTTP);
//   - the mixed load: the national dashboard and action lists, one after the other, with /healthz
//     pinged throughout, while the --writers liaisons post paced updates (/healthz quiet just before).
// Every page is also shown as a ratio to /login p95 of the same run, and the targets of issue 12
// (db/bench/targets.ts) are checked. One report goes to stdout and to bench-results/<timestamp>.md
// and .json, so runs can be compared.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { openDatabase, type Db } from "../../db/client";
import {
  BENCH_PASSWORD,
  benchUsers,
  createBenchUsers,
  DEFAULT_SYNTHETIC,
  importSynthetic,
  loadReference,
  planTaskForces,
  registerAgencies,
  type BenchUser,
  type ImportTiming,
  type SyntheticOptions,
} from "../../db/bench/synthetic";
import { bareRunner, benchPageContext, captureQueries, PAGES, recordingDb, type BenchUserKey, type PageContext, type PageDef } from "../../db/bench/pages";
import { BOUNDARY, fmt, HttpClient, login, ms, percentiles, statusFormBody, type Latency } from "../../db/bench/http-client";
import { ensureBuildResolvable, serverEntry, startServerProcess, type ServerProcess } from "../../db/bench/server-process";
import { issue12Targets, ratioText, type TargetFigures } from "../../db/bench/targets";
import { recordStatusUpdate } from "../action-plan/action.server";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE =
  "Pemakaian: npm run bench -- [--scale 1] [--seed 20250604] [--years 5] [--concurrency 4] [--duration 10]\n" +
  "                            [--write-seconds 30] [--writers 50] [--write-interval 2] [--report-year 2025] [--reuse] [--out bench-results]\n" +
  "                            [--db BERKAS] [--data-only] [--processes N]\n" +
  "  --scale          bagian dari 552 gugus tugas daerah yang dibangkitkan (1 = skala nasional; 0.05 untuk uji cepat)\n" +
  "  --concurrency    jumlah koneksi serentak saat uji beban halaman\n" +
  "  --duration       detik per halaman per tingkat konkurensi (juga per halaman saat beban campuran)\n" +
  "  --writers        jumlah penghubung yang menulis pembaruan status, juga saat beban campuran\n" +
  "                   (dengan --data-only: jumlah akun penghubung daerah yang dibuat)\n" +
  "  --write-interval detik antara dua pembaruan seorang penghubung pada putaran berjeda dan beban campuran\n" +
  "  --report-year    tahun laporan nasional dan dasbor satu tahun (bawaan: tahun rakor terakhir dalam data)\n" +
  "  --reuse          pakai data sintetis yang sudah dibangun sebelumnya (bench-results/data) bila ada\n" +
  "  --data-only      hanya bangun data sintetis nasional beserta akun bench, lalu berhenti\n" +
  "  --db BERKAS      dengan --data-only: bangun data ke BERKAS (yang belum ada); tanpa --data-only: ukur pada\n" +
  "                   salinan BERKAS yang sudah dibangun (BERKAS sendiri tidak diubah). Tanpa --db: bench-results/data\n" +
  "  --processes N    jumlah proses Node server (WEB_CONCURRENCY); tanpa opsi ini server memakai bawaannya";

export interface BenchOptions {
  synthetic: SyntheticOptions;
  concurrency: number;
  durationMs: number;
  writeMs: number;
  writers: number;
  /** The paced pass: one update per writer every this many ms. */
  writeIntervalMs: number;
  /** The year of the one-year pages and the report; null = the data set's last year. */
  reportYear: number | null;
  reuse: boolean;
  outDir: string;
  /** Build the data set (and the bench accounts), then stop. */
  dataOnly: boolean;
  /** The data set file: built into (with dataOnly) or measured on a copy of; null = the cache in outDir/data. */
  dbFile: string | null;
  /** WEB_CONCURRENCY for the server process; null = left as it is (the server's default). */
  processes: number | null;
}

interface LoadResult {
  latency: Latency;
  requests: number;
  errors: number;
  rps: number;
  firstError: string | null;
}

/** `concurrency` loops requesting `pathname` for `durationMs` (after a short warm-up). */
async function loadPage(client: HttpClient, pathname: string, cookie: string, concurrency: number, durationMs: number): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  const loops = Array.from({ length: concurrency }, async () => {
    while (Date.now() < deadline) {
      try {
        const res = await client.request("GET", pathname, { Cookie: cookie });
        samples.push(res.ms);
        if (res.status !== 200) {
          errors++;
          firstError ??= `HTTP ${res.status}`;
        }
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  });
  await Promise.all(loops);
  const elapsed = ms(started) / 1000;
  return { latency: percentiles(samples), requests: samples.length, errors, rps: samples.length / elapsed, firstError };
}

// ---------------------------------------------------------------------------------------------
// The data set
// ---------------------------------------------------------------------------------------------

/** How a data set was built: kept next to it as FILE.json. */
interface BuildFigures {
  options: SyntheticOptions;
  bytes: number;
  counts: Record<string, number>;
  years: ImportTiming[];
  agenciesMs: number;
  usersMs: number;
  totalMs: number;
}

interface DatasetInfo {
  file: string;
  /** Built by this run, taken from the cache (--reuse), or given with --db. */
  source: "dibangun" | "cache" | "db";
  /** Null for a file given with --db that has no FILE.json describing it. */
  build: BuildFigures | null;
  counts: Record<string, number>;
  bytes: number;
  /** The year of the latest rakor. */
  lastYear: number;
  /** The bench accounts, in the order they were created. */
  users: BenchUser[];
}

const COUNTED_TABLES = ["task_forces", "agencies", "rakor", "attendees", "outcomes", "action_items", "action_supporting_agencies", "action_updates", "case_statistics", "audit_log", "users"];

function tableCounts(client: Database.Database): Record<string, number> {
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, Number(client.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())]));
}

/** What a data set holds: its counts, its last year and the bench accounts. */
function describeDataset(client: Database.Database): Pick<DatasetInfo, "counts" | "lastYear" | "users"> {
  const users = client
    .prepare(
      `SELECT u.email, u.name, u.role, a.name AS agency, u.region_code AS regionCode
       FROM users u LEFT JOIN agencies a ON a.id = u.agency_id
       WHERE u.email LIKE '%@bench.sigap.id' ORDER BY u.id`,
    )
    .all() as BenchUser[];
  const lastYear = Number(client.prepare("SELECT strftime('%Y', max(starts_at) / 1000, 'unixepoch') FROM rakor").pluck().get());
  return { counts: tableCounts(client), lastYear, users };
}

function datasetName(o: SyntheticOptions) {
  return `synthetic-seed${o.seed}-scale${o.scale}-y${o.fromYear}x${o.years}`;
}

/** The build figures kept next to a data set file, when they still describe that file. */
function readBuildFigures(file: string): BuildFigures | null {
  try {
    const figures = JSON.parse(readFileSync(`${file}.json`, "utf8")) as BuildFigures;
    return figures.bytes === statSync(file).size ? figures : null;
  } catch {
    return null;
  }
}

/**
 * The data set as the options ask: the --db file as it is (measure mode), the cache reused
 * (--reuse), or built into the --db file (--data-only) or the cache in outDir/data.
 */
async function obtainDataset(options: BenchOptions, log: (line: string) => void): Promise<Pick<DatasetInfo, "file" | "source" | "build">> {
  if (options.dbFile !== null && !options.dataOnly) return { file: options.dbFile, source: "db", build: readBuildFigures(options.dbFile) };
  const file = options.dbFile ?? path.join(options.outDir, "data", `${datasetName(options.synthetic)}.db`);
  const cached = options.reuse && options.dbFile === null && existsSync(file) ? readBuildFigures(file) : null;
  if (cached) {
    log(`Data sintetis dipakai ulang: ${file}`);
    return { file, source: "cache", build: cached };
  }
  return { file, source: "dibangun", build: await buildDataset(file, options, log) };
}

/** Builds the synthetic data set into `file` through the real importer, with the bench accounts. */
async function buildDataset(file: string, options: BenchOptions, log: (line: string) => void): Promise<BuildFigures> {
  const o = options.synthetic;
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", ".json"]) rmSync(`${file}${suffix}`, { force: true });
  const bundles = mkdtempSync(path.join(os.tmpdir(), "sigap-bench-bundles-"));
  const started = performance.now();
  const db = openDatabase(file);
  try {
    const plan = planTaskForces(loadReference(db), o);
    log(`Membangun data sintetis ke ${file}: ${plan.length} gugus tugas x ${o.years * 12} bulan (seed ${o.seed}, skala ${o.scale}) ...`);
    let t = performance.now();
    registerAgencies(db, plan);
    const agenciesMs = performance.now() - t;
    const years = importSynthetic(db, plan, {
      dir: bundles,
      options: o,
      onYear: (y) =>
        log(`  ${y.year}: ${y.rakor} rakor, ${y.actions} rencana aksi, bundel ${(y.bytes / 1e6).toFixed(0)} MB; dibangkitkan ${fmt(y.generateMs / 1000)} s, diimpor ${fmt(y.importMs / 1000)} s`),
    });
    t = performance.now();
    await createBenchUsers(db, benchUsers(plan, options.writers));
    const usersMs = performance.now() - t;
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const figures: BuildFigures = {
      options: o,
      bytes: statSync(file).size,
      counts: tableCounts(db.$client),
      years,
      agenciesMs,
      usersMs,
      totalMs: performance.now() - started,
    };
    writeFileSync(`${file}.json`, JSON.stringify(figures, null, 2));
    return figures;
  } finally {
    db.$client.close();
    rmSync(bundles, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Pages: over HTTP, and their floor
// ---------------------------------------------------------------------------------------------

interface Baseline {
  key: string;
  label: string;
  path: string;
  single: LoadResult;
}

interface PageResult {
  key: string;
  label: string;
  path: string;
  targetP95: number;
  single: LoadResult;
  loaded: LoadResult;
  statements: number;
  rows: number;
  floor: Latency;
  model: Latency;
  bytes: number;
  ratio: number;
}

function timeRepeated(fn: () => unknown, minRuns: number, minMs: number): Latency {
  fn();
  const samples: number[] = [];
  const until = Date.now() + minMs;
  while ((samples.length < minRuns || Date.now() < until) && samples.length < 2000) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(ms(t));
  }
  return percentiles(samples);
}

/** The statements behind `page`, timed as bare SQL and through the model functions. */
function measureFloor(client: Database.Database, page: PageDef, ctx: PageContext, runMs: number) {
  const queries = captureQueries(client, (db) => page.queries(db, ctx));
  const bare = bareRunner(client, queries);
  const rows = bare();
  const floor = timeRepeated(bare, 5, runMs);
  const { db } = recordingDb(client);
  const model = timeRepeated(() => page.queries(db, ctx), 5, runMs);
  return { statements: queries.length, rows, floor, model };
}

// ---------------------------------------------------------------------------------------------
// The report for one year
// ---------------------------------------------------------------------------------------------

interface EventLoop {
  samples: number;
  maxMs: number;
  p99Ms: number;
  p50Ms: number;
  meanMs: number;
}

interface ReportResult {
  /** First report after start (the worker thread starts) or a later one. */
  run: "dingin" | "hangat";
  eventLoop: EventLoop | null;
  path: string;
  status: number;
  ms: number;
  workerMs: number | null;
  bytes: number;
  peakRssMb: number | null;
  baselineRssMb: number | null;
  healthz: Latency;
}

/** The national report laid out by LibreOffice: its pages, and the seconds the conversion to PDF took. */
interface ReportLayout {
  pages: number | null;
  seconds: number | null;
  /** Why there is no page count (no soffice, a failed conversion). */
  note: string | null;
}

/** Converts the report to PDF once with LibreOffice (when soffice and pdfinfo are on PATH) and counts its pages. */
function layoutReport(docx: Buffer): ReportLayout {
  if (spawnSync("sh", ["-c", "command -v soffice && command -v pdfinfo"], { stdio: "ignore" }).status !== 0) {
    return { pages: null, seconds: null, note: "soffice atau pdfinfo tidak ada di PATH" };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-bench-laporan-"));
  try {
    const file = path.join(dir, "laporan.docx");
    writeFileSync(file, docx);
    const started = performance.now();
    const run = spawnSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 600_000 });
    const seconds = (performance.now() - started) / 1000;
    const pdf = path.join(dir, "laporan.pdf");
    if (!existsSync(pdf)) return { pages: null, seconds, note: run.error ? `LibreOffice: ${run.error.message}` : `LibreOffice gagal (kode ${run.status})` };
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    return { pages: Number.isFinite(pages) ? pages : null, seconds, note: null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function procStatusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The server's processes: the one the bench started and every descendant carrying the bench's
 * event-loop probe (the Node processes it starts to serve, WEB_CONCURRENCY). Linux /proc;
 * elsewhere the started process alone.
 */
function serverProcesses(pid: number): number[] {
  const parents = new Map<number, number>();
  try {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {
        // the process has gone
      }
    }
  } catch {
    return [pid];
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  const hasProbe = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/environ`, "utf8").includes("eventloop-probe.mjs");
    } catch {
      return false;
    }
  };
  return tree.filter((p) => p === pid || hasProbe(p));
}

/** The sum of a /proc status figure over the server's processes, in MB. */
function serverMemoryMb(pids: number[], field: "VmHWM" | "VmRSS"): number | null {
  const kb = pids.map((p) => procStatusKb(p, field));
  return kb.some((k) => k === null) ? null : kb.reduce((a, b) => a! + b!, 0)! / 1024;
}

/**
 * Asks the event-loop probe in each server process (SIGUSR2) for the figures since the last ask;
 * with several processes, the worst of them.
 */
async function eventLoopSince(server: ServerProcess): Promise<EventLoop | null> {
  const pids = serverProcesses(server.child.pid!);
  const before = server.output().length;
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGUSR2");
    } catch {
      // the process has gone
    }
  }
  let seen: EventLoop[] = [];
  for (let i = 0; i < 50 && seen.length < pids.length; i++) {
    await new Promise((r) => setTimeout(r, 20));
    seen = server
      .output()
      .slice(before)
      .split("\n")
      .slice(0, -1)
      .filter((l) => l.includes('"bench_eventloop"'))
      .map((l) => JSON.parse(l) as EventLoop);
  }
  if (seen.length === 0) return null;
  const worst = (f: (e: EventLoop) => number) => Math.max(...seen.map(f));
  return { samples: seen.reduce((n, e) => n + e.samples, 0), maxMs: worst((e) => e.maxMs), p99Ms: worst((e) => e.p99Ms), p50Ms: worst((e) => e.p50Ms), meanMs: worst((e) => e.meanMs) };
}

/** The first error the server printed in `output` (a stack trace's first line), the cause of a 500. */
function firstServerError(output: string): string | undefined {
  return /^\w*Error\b.*$/m.exec(output)?.[0];
}

/** GETs `pathname` (10 ms apart, one at a time) until the returned stop is called, which gives the latencies. */
function startPinger(client: HttpClient, pathname = "/healthz"): () => Promise<Latency> {
  const pings: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = process.hrtime.bigint();
      try {
        await client.request("GET", pathname);
      } catch {
        // a refused ping counts with the time it took
      }
      pings.push(ms(t));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return percentiles(pings);
  };
}

async function measureReport(client: HttpClient, server: ServerProcess, cookie: string, year: number, run: ReportResult["run"]): Promise<{ result: ReportResult; docx: Buffer }> {
  const pids = serverProcesses(server.child.pid!);
  await eventLoopSince(server);
  const reportPath = `/laporan/unduh?wilayah=nasional&dari=${year}-01-01&sampai=${year}-12-31`;
  // Reset the peak-RSS watermark of the server processes (Linux: clear_refs 5), so VmHWM is the peak during the report.
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      // not Linux, or not permitted: the peak then covers the server's whole life
    }
  }
  const baseline = serverMemoryMb(pids, "VmRSS");
  const stopPings = startPinger(client);
  const logBefore = server.output().length;
  const res = await client.request("GET", reportPath, { Cookie: cookie });
  const healthz = await stopPings();
  const eventLoop = await eventLoopSince(server);
  const peak = serverMemoryMb(pids, "VmHWM");
  const logged = server
    .output()
    .slice(logBefore)
    .split("\n")
    .map((l) => {
      try {
        return JSON.parse(l) as { event?: string; ms?: number };
      } catch {
        return null;
      }
    })
    .find((e) => e?.event === "report_generated");
  const result: ReportResult = {
    run,
    eventLoop,
    path: reportPath,
    status: res.status,
    ms: res.ms,
    workerMs: logged?.ms ?? null,
    bytes: res.bytes.byteLength,
    peakRssMb: peak,
    baselineRssMb: baseline,
    healthz,
  };
  return { result, docx: res.bytes };
}

// ---------------------------------------------------------------------------------------------
// Concurrent status updates
// ---------------------------------------------------------------------------------------------

interface WriteResult {
  writers: number;
  /** 0 = closed loop; else one update per writer every intervalMs. */
  intervalMs: number;
  seconds: number;
  ok: number;
  conflicts: number;
  errors: number;
  firstError: string | null;
  rps: number;
  post: Latency;
  reread: Latency;
  verified: number;
  missing: number;
}

const STATUSES_FOR_LIAISON = ["in_progress", "in_progress", "in_progress", "blocked", "done"] as const;

/**
 * Each writer re-reads an item (its version) and posts an update, over and over: back to back
 * (closed loop, `intervalMs` 0: the most the server can take), or one update every `intervalMs`
 * per writer, the writers spread over the interval (paced: people who also read and type).
 */
async function runWriters(
  client: HttpClient,
  writers: { cookie: string; items: number[] }[],
  durationMs: number,
  runId: string,
  intervalMs = 0,
): Promise<WriteResult & { notes: string[] }> {
  const post: number[] = [];
  const reread: number[] = [];
  const notes: string[] = [];
  let conflicts = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  await Promise.all(
    writers.map(async (w, wi) => {
      let seq = 0;
      let next = Date.now() + (intervalMs * wi) / writers.length;
      while (Date.now() < deadline) {
        if (intervalMs > 0) {
          const wait = next - Date.now();
          next += intervalMs;
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          if (Date.now() >= deadline) break;
        }
        const id = w.items[seq % w.items.length];
        seq++;
        try {
          // Re-read the item as the page shows it: the version the form carries.
          const page = await client.request("GET", `/aksi/${id}`, { Cookie: w.cookie });
          reread.push(page.ms);
          const version = /name="version" value="(\d+)"/.exec(page.body)?.[1];
          if (page.status !== 200 || !version) {
            errors++;
            firstError ??= `GET /aksi/${id}: HTTP ${page.status}${version ? "" : " (no version)"}`;
            continue;
          }
          const status = STATUSES_FOR_LIAISON[(wi + seq) % STATUSES_FOR_LIAISON.length];
          const note = `bench ${runId} penulis ${wi} ke-${seq}: pembaruan uji beban`;
          const body = statusFormBody({ intent: "status", status, progress: String(status === "done" ? 100 : 10 + ((seq * 7) % 85)), note, version });
          const res = await client.request(
            "POST",
            `/aksi/${id}`,
            { Cookie: w.cookie, Origin: client.baseUrl, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(Buffer.byteLength(body)) },
            body,
          );
          post.push(res.ms);
          if (res.status === 302) notes.push(note);
          else if (res.status === 409) conflicts++;
          else {
            errors++;
            firstError ??= `POST /aksi/${id}: HTTP ${res.status}`;
          }
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const seconds = ms(started) / 1000;
  return { writers: writers.length, intervalMs, seconds, ok: notes.length, conflicts, errors, firstError, rps: notes.length / seconds, post: percentiles(post), reread: percentiles(reread), verified: 0, missing: 0, notes };
}

export interface DbWriteResult {
  ok: number;
  seconds: number;
  rps: number;
  latency: Latency;
}

/**
 * The database's own ceiling for status updates: recordStatusUpdate (the same transaction as the
 * form: versioned update, appended history, audit row, one fsync'd commit) called back to back on
 * a connection opened as the app opens it, without HTTP, Remix or rendering.
 */
export function measureDbWrites(file: string, durationMs: number): DbWriteResult {
  const db = openDatabase(file);
  try {
    const actor = db.$client.prepare("SELECT id, agency_id AS agencyId FROM users WHERE role = 'penghubung' AND region_code IS NOT NULL ORDER BY id LIMIT 1").get() as { id: number; agencyId: number };
    const items = db.$client.prepare("SELECT id, version FROM action_items WHERE lead_agency_id = ? AND status <> 'cancelled' ORDER BY id LIMIT 100").all(actor.agencyId) as { id: number; version: number }[];
    const samples: number[] = [];
    const started = process.hrtime.bigint();
    const deadline = Date.now() + durationMs;
    for (let i = 0; Date.now() < deadline; i++) {
      const item = items[i % items.length];
      const t = process.hrtime.bigint();
      const result = recordStatusUpdate(db, item.id, item.version, { status: "in_progress", progress: 10 + (i % 80), note: `batas tulis ${i}` }, [], actor.id);
      samples.push(ms(t));
      if (!result.ok) throw new Error(`recordStatusUpdate refused: ${result.reason}`);
      item.version = result.version;
    }
    const seconds = ms(started) / 1000;
    return { ok: samples.length, seconds, rps: samples.length / seconds, latency: percentiles(samples) };
  } finally {
    db.$client.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Mixed load: the leader's pages while liaisons write
// ---------------------------------------------------------------------------------------------

/** The pages of the mixed pass (PAGES keys): the national dashboard and the national action lists. */
const MIXED_PAGES = ["dashboard", "actions-all", "actions-filtered"];

interface MixedResult {
  /** /healthz just before the pass, nothing else running (the same pinger as during the pass). */
  quietHealthz: Latency;
  /** /healthz pinged throughout the pass. */
  healthz: Latency;
  pages: { key: string; label: string; path: string; result: LoadResult }[];
  /** The liaisons' paced updates that ran meanwhile. */
  writes: WriteResult;
}

const sleep = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));

/**
 * /healthz quiet first; then `write` starts the liaisons' paced updates for the whole pass, and
 * after a lead-in (every writer under way) each page is measured at one client for `durationMs`,
 * one after the other, with /healthz pinged throughout.
 */
async function measureMixed(
  readers: HttpClient,
  pages: { key: string; label: string; path: string; cookie: string }[],
  durationMs: number,
  leadInMs: number,
  write: (durationMs: number) => Promise<WriteResult>,
): Promise<MixedResult> {
  const stopQuiet = startPinger(readers);
  await sleep(Math.min(3000, durationMs));
  const quietHealthz = await stopQuiet();
  const writing = write(leadInMs + pages.length * durationMs);
  const stopPings = startPinger(readers);
  await sleep(leadInMs);
  const measured: MixedResult["pages"] = [];
  for (const { cookie, ...page } of pages) measured.push({ ...page, result: await loadPage(readers, page.path, cookie, 1, durationMs) });
  const healthz = await stopPings();
  return { quietHealthz, healthz, pages: measured, writes: await writing };
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string; loadBefore: number[]; loadAfter: number[] };
  options: Omit<BenchOptions, "synthetic"> & { synthetic: SyntheticOptions };
  dataset: Omit<DatasetInfo, "users"> & { runCopyBytes: number };
  /**
   * WEB_CONCURRENCY as the server got it (null: unset, the server's default), the processes that
   * serve as its start-up line says, and the Node processes seen in its process tree.
   */
  server: { entry: string; webConcurrency: string | null; serving: number; processes: number };
  baselines: Baseline[];
  pages: PageResult[];
  reports: ReportResult[];
  reportLayout: ReportLayout;
  singleWriter: WriteResult;
  pacedWriters: WriteResult;
  mixed: MixedResult;
  writes: WriteResult;
  dbWrites: DbWriteResult;
  integrity: string;
}

function ensureBuild() {
  const buildDir = ensureBuildResolvable();
  if (!existsSync(path.join(buildDir, "index.js"))) fail(`Hasil build tidak ada di ${buildDir}. Jalankan \`npm run bench\` (build lalu bench) atau \`npm run build\` dulu.`);
}

export async function runBench(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResult> {
  ensureBuild();
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const obtained = await obtainDataset(options, log);

  // The server works on a copy, so the given or built data set stays as it was; updates not yet
  // checkpointed into the file (its -wal) travel with it.
  const runDir = path.resolve(options.outDir, "data");
  mkdirSync(runDir, { recursive: true });
  const runCopy = path.join(runDir, `run-${process.pid}.db`);
  const removeRunCopy = () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${runCopy}${suffix}`, { force: true });
  };
  removeRunCopy();
  log(`Menyalin ${obtained.file} ke ${runCopy} ...`);
  copyFileSync(obtained.file, runCopy);
  if (existsSync(`${obtained.file}-wal`)) copyFileSync(`${obtained.file}-wal`, `${runCopy}-wal`);
  // A data set built by an older schema is brought up to date (migrations) before the server opens it.
  let dataset: DatasetInfo;
  try {
    const migrated = openDatabase(runCopy);
    try {
      dataset = { ...obtained, bytes: statSync(obtained.file).size, ...describeDataset(migrated.$client) };
    } finally {
      migrated.$client.close();
    }
  } catch (error) {
    removeRunCopy();
    // A failed migration wraps SQLite's own message (the one that says why) in its cause.
    let cause = error as Error;
    while (cause.cause instanceof Error) cause = cause.cause;
    fail(`${obtained.file} tidak bisa dibuka sebagai data bench (migrasi pada salinannya): ${cause.message}`);
  }
  const missing = [
    dataset.users.some((u) => u.role === "pimpinan") ? null : "pimpinan",
    dataset.users.some((u) => u.role === "penghubung" && u.regionCode === null) ? null : "penghubung nasional",
    dataset.users.some((u) => u.role === "penghubung" && u.regionCode !== null) ? null : "penghubung daerah",
  ].filter((m) => m !== null);
  if (missing.length > 0) {
    removeRunCopy();
    fail(`${obtained.file} bukan data bench: akun bench (@bench.sigap.id) ${missing.join(", ")} tidak ada. Bangun datanya dengan --data-only --db BERKAS.`);
  }
  const reportYear = options.reportYear ?? dataset.lastYear;
  log(
    `Data: ${dataset.counts.task_forces} gugus tugas, ${dataset.counts.rakor} rakor, ${dataset.counts.attendees} peserta, ${dataset.counts.action_items} rencana aksi, ` +
      `${dataset.counts.action_updates} pembaruan status, ${dataset.counts.case_statistics} statistik kasus; ${(dataset.bytes / 1e6).toFixed(0)} MB.`,
  );

  // WEB_CONCURRENCY (the server's Node processes): --processes, else as our environment has it (unset: the server's default).
  const webConcurrency = options.processes !== null ? String(options.processes) : (process.env.WEB_CONCURRENCY ?? null);
  const server = await startServerProcess(
    {
      DATABASE_PATH: runCopy,
      NODE_ENV: "production",
      SESSION_SECRET: "bench-secret-that-is-long-enough-0123456789abcdef",
      UPLOAD_DIR: path.join(runDir, `uploads-${process.pid}`),
      SIGAP_QUIET_LOG: "0",
      // The report worker's heap is capped at the target: a report that needs more fails the run.
      REPORT_WORKER_MEMORY_MB: "512",
      // The event-loop probe (bench only): monitorEventLoopDelay in the server's main thread.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("db/bench/eventloop-probe.mjs")).href}`.trim(),
      ...(options.processes !== null ? { WEB_CONCURRENCY: String(options.processes) } : {}),
    },
    120_000,
  );
  const client = new HttpClient(server.url, Math.max(options.concurrency, options.writers) + 8);
  const floorDb = new Database(runCopy, { readonly: true });
  try {
    // Who is who in the data set.
    const byEmail = new Map(dataset.users.map((u) => [u.email, u]));
    const userRow = (email: string) => floorDb.prepare("SELECT id, agency_id AS agencyId, region_code AS regionCode FROM users WHERE email = ?").get(email) as { id: number; agencyId: number | null; regionCode: string | null };
    const liaisons = dataset.users.filter((u) => u.role === "penghubung" && u.regionCode !== null);
    const national = dataset.users.find((u) => u.role === "penghubung" && u.regionCode === null)!;
    const regional = liaisons[0];
    const regionalRow = userRow(regional.email);
    const { db: ctxDb } = recordingDb(floorDb);
    const ctx = benchPageContext(ctxDb as Db, {
      nationalAgencyId: userRow(national.email).agencyId!,
      regional: { agencyId: regionalRow.agencyId!, regionCode: regionalRow.regionCode! },
    }, reportYear);
    const emails: Record<BenchUserKey, string> = { pimpinan: "pimpinan@bench.sigap.id", liaisonNational: national.email, liaisonRegional: regional.email };
    const cookies = {} as Record<BenchUserKey, string>;
    for (const [key, email] of Object.entries(emails) as [BenchUserKey, string][]) {
      if (!byEmail.has(email)) throw new Error(`bench user ${email} missing`);
      cookies[key] = await login(client, email, BENCH_PASSWORD);
    }

    // Baselines: what any request costs (no Remix), and what a Remix page without data costs.
    const baselines: Baseline[] = [];
    for (const b of [
      { key: "healthz", label: "/healthz (1 SELECT, tanpa render React)", path: "/healthz" },
      { key: "login-page", label: "/login tanpa sesi (render Remix tanpa data)", path: "/login" },
    ]) {
      client.reset();
      await loadPage(client, b.path, "", 1, Math.min(1000, options.durationMs / 2));
      const single = await loadPage(client, b.path, "", 1, Math.min(3000, options.durationMs));
      baselines.push({ ...b, single });
      log(`  ${b.key}: c=1 p50 ${fmt(single.latency.p50)} ms, p95 ${fmt(single.latency.p95)} ms`);
    }

    // Pages.
    const pages: PageResult[] = [];
    for (const page of PAGES) {
      const pathname = page.path(ctx);
      const cookie = cookies[page.user];
      client.reset();
      const logBefore = server.output().length;
      const probe = await client.request("GET", pathname, { Cookie: cookie });
      if (probe.status !== 200) throw new Error(`${pathname} as ${page.user}: HTTP ${probe.status} (log server: ${firstServerError(server.output().slice(logBefore)) ?? "-"})`);
      await loadPage(client, pathname, cookie, 1, Math.min(2000, options.durationMs / 2));
      const single = await loadPage(client, pathname, cookie, 1, options.durationMs);
      const loaded = await loadPage(client, pathname, cookie, options.concurrency, options.durationMs);
      const f = measureFloor(floorDb, page, ctx, Math.min(3000, options.durationMs));
      const result: PageResult = {
        key: page.key,
        label: page.label,
        path: pathname,
        targetP95: page.targetP95,
        single,
        loaded,
        ...f,
        bytes: Buffer.byteLength(probe.body),
        ratio: single.latency.p50 / f.floor.p50,
      };
      pages.push(result);
      log(
        `  ${page.key}: c=1 p50 ${fmt(single.latency.p50)} p95 ${fmt(single.latency.p95)} ms, c=${options.concurrency} p95 ${fmt(loaded.latency.p95)} ms (${fmt(loaded.rps, 0)}/s); ` +
          `SQL ${fmt(f.floor.p50, 2)} ms (${f.statements} statements), model ${fmt(f.model.p50, 2)} ms, app/SQL ${fmt(result.ratio)}x`,
      );
    }
    // Counted once the server has served for a while (every process it starts is up).
    const serverInfo = {
      entry: path.relative(process.cwd(), serverEntry()),
      webConcurrency,
      // "berjalan di ... (basis data: ..., 2 proses)"; one process says no count.
      serving: Number(/berjalan di .*, (\d+) proses\)/.exec(server.output())?.[1] ?? 1),
      processes: serverProcesses(server.child.pid!).length,
    };
    log(`Server: WEB_CONCURRENCY ${webConcurrency ?? "tidak diatur (bawaan server)"}; ${serverInfo.serving} proses melayani, ${serverInfo.processes} proses Node teramati`);

    // The report.
    log(`Laporan nasional ${reportYear} ...`);
    client.reset();
    const reports: ReportResult[] = [];
    let docx: Buffer | null = null;
    for (const run of ["dingin", "hangat"] as const) {
      const measured = await measureReport(client, server, cookies.pimpinan, reportYear, run);
      const report = measured.result;
      reports.push(report);
      if (report.status === 200) docx = measured.docx;
      log(
        `  ${run}: HTTP ${report.status}, ${fmt(report.ms / 1000, 2)} s (worker ${fmt((report.workerMs ?? NaN) / 1000, 2)} s), puncak RSS ${fmt(report.peakRssMb ?? NaN, 0)} MB, ` +
          `event loop maks ${fmt(report.eventLoop?.maxMs ?? NaN)} ms, /healthz maks ${fmt(report.healthz.max)} ms`,
      );
    }
    // Its pages, as LibreOffice lays them out (once, after the measured runs).
    const reportLayout: ReportLayout = docx ? layoutReport(docx) : { pages: null, seconds: null, note: "laporan tidak berhasil diunduh" };
    log(reportLayout.pages !== null ? `  LibreOffice: ${reportLayout.pages} halaman PDF dalam ${fmt(reportLayout.seconds ?? NaN, 1)} s` : `  LibreOffice: ${reportLayout.note}`);

    // Writers: one alone first (the service time of an update), then all of them at once.
    const writerUsers = liaisons.slice(0, options.writers);
    const writers: { cookie: string; items: number[] }[] = [];
    client.reset();
    for (const u of writerUsers) {
      const row = userRow(u.email);
      const items = (
        floorDb.prepare("SELECT id FROM action_items WHERE lead_agency_id = ? AND status <> 'cancelled' ORDER BY due_date DESC, id LIMIT 200").all(row.agencyId) as { id: number }[]
      ).map((r) => r.id);
      if (items.length === 0) continue;
      writers.push({ cookie: await login(client, u.email, BENCH_PASSWORD), items });
    }
    const runId = `${startedAt.getTime().toString(36)}`;
    const lastUpdateId = floorDb.prepare("SELECT coalesce(max(id), 0) FROM action_updates").pluck();
    const notesSince = floorDb.prepare("SELECT note FROM action_updates WHERE id > ?").pluck();
    const writePass = async (list: typeof writers, durationMs: number, tag: string, intervalMs = 0): Promise<WriteResult> => {
      client.reset();
      const before = Number(lastUpdateId.get());
      const logBefore = server.output().length;
      const w = await runWriters(client, list, durationMs, `${runId}${tag}`, intervalMs);
      // A failed request: with the first error the server printed meanwhile (its cause).
      const cause = firstServerError(server.output().slice(logBefore));
      if (w.firstError && cause) w.firstError += ` (log server: ${cause})`;
      // Every acknowledged note must be among the updates written since (exactly once).
      const stored = new Map<string, number>();
      for (const note of notesSince.all(before) as string[]) stored.set(note, (stored.get(note) ?? 0) + 1);
      let verified = 0;
      for (const note of w.notes) verified += stored.get(note) === 1 ? 1 : 0;
      const { notes: _notes, ...figures } = w;
      return { ...figures, verified, missing: w.notes.length - verified };
    };
    log(`1 penghubung menulis pembaruan status selama ${Math.min(5, options.writeMs / 1000)} s ...`);
    const singleWriter = await writePass(writers.slice(0, 1), Math.min(5000, options.writeMs), "a");
    log(`  ${singleWriter.ok} tersimpan (${fmt(singleWriter.rps)}/s), POST p50 ${fmt(singleWriter.post.p50)} p95 ${fmt(singleWriter.post.p95)} ms`);
    log(`${writers.length} penghubung, masing-masing satu pembaruan tiap ${options.writeIntervalMs / 1000} s, selama ${options.writeMs / 1000} s ...`);
    const pacedWriters = await writePass(writers, options.writeMs, "b", options.writeIntervalMs);
    log(`  ${pacedWriters.ok} tersimpan (${fmt(pacedWriters.rps)}/s), POST p95 ${fmt(pacedWriters.post.p95)} ms, konflik ${pacedWriters.conflicts}, galat ${pacedWriters.errors}`);
    log(
      `Beban campuran: ${MIXED_PAGES.length} halaman pimpinan, masing-masing ${options.durationMs / 1000} s, dan /healthz, ` +
        `sementara ${writers.length} penghubung menulis tiap ${options.writeIntervalMs / 1000} s ...`,
    );
    const readers = new HttpClient(server.url, 4);
    const mixed = await measureMixed(
      readers,
      MIXED_PAGES.map((key) => pages.find((p) => p.key === key)!).map((p) => ({ key: p.key, label: p.label, path: p.path, cookie: cookies.pimpinan })),
      options.durationMs,
      Math.min(options.writeIntervalMs, 2000),
      (durationMs) => writePass(writers, durationMs, "m", options.writeIntervalMs),
    ).finally(() => readers.close());
    log(`  /healthz sepi p50 ${fmt(mixed.quietHealthz.p50)} ms; saat beban p99 ${fmt(mixed.healthz.p99)} ms`);
    for (const p of mixed.pages) log(`  ${p.key}: p50 ${fmt(p.result.latency.p50)} p95 ${fmt(p.result.latency.p95)} p99 ${fmt(p.result.latency.p99)} ms`);
    log(`  ${mixed.writes.ok} pembaruan tersimpan (${fmt(mixed.writes.rps)}/s), POST p95 ${fmt(mixed.writes.post.p95)} ms, galat ${mixed.writes.errors}`);
    log(`${writers.length} penghubung menulis tanpa jeda selama ${options.writeMs / 1000} s ...`);
    const writes = await writePass(writers, options.writeMs, "c");
    log(`  ${writes.ok} tersimpan (${fmt(writes.rps)}/s), POST p95 ${fmt(writes.post.p95)} ms, konflik ${writes.conflicts}, galat ${writes.errors}, terverifikasi ${writes.verified}`);

    floorDb.close();
    await server.stop("SIGTERM");
    const check = new Database(runCopy);
    const integrity = String(check.pragma("integrity_check", { simple: true }));
    check.close();
    const runCopyBytes = statSync(runCopy).size;
    log(`Batas tulis SQLite tanpa HTTP (recordStatusUpdate berurutan, synchronous=FULL) ...`);
    const dbWrites = measureDbWrites(runCopy, Math.min(5000, options.writeMs));
    log(`  ${dbWrites.ok} pembaruan dalam ${fmt(dbWrites.seconds, 1)} s: ${fmt(dbWrites.rps, 0)}/s, p50 ${fmt(dbWrites.latency.p50, 2)} ms, p99 ${fmt(dbWrites.latency.p99, 2)} ms`);

    const { users: _users, ...datasetFigures } = dataset;
    return {
      startedAt: startedAt.toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "?", memoryGb: os.totalmem() / 2 ** 30, node: process.version, loadBefore, loadAfter: os.loadavg() },
      options: { ...options, reportYear },
      dataset: { ...datasetFigures, runCopyBytes },
      server: serverInfo,
      baselines,
      pages,
      reports,
      reportLayout,
      singleWriter,
      pacedWriters,
      mixed,
      writes,
      dbWrites,
      integrity,
    };
  } finally {
    client.close();
    if (floorDb.open) floorDb.close();
    await server.stop("SIGTERM");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${runCopy}${suffix}`, { force: true });
    rmSync(path.join(runDir, `uploads-${process.pid}`), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const verdict = (ok: boolean) => (ok ? "ya" : "**TIDAK**");

/** A markdown table row appended to `lines`. */
const tableRow =
  (lines: string[]) =>
  (...cells: (string | number)[]) =>
    lines.push(`| ${cells.join(" | ")} |`);

/** The data set section: what the file holds and, when known, how it was built. */
function renderDataset(d: Pick<DatasetInfo, "file" | "source" | "build" | "counts" | "bytes">): string[] {
  const lines: string[] = [];
  const row = tableRow(lines);
  const b = d.build;
  lines.push("## Data sintetis (db/bench/synthetic.ts, diimpor lewat importBundles)", "");
  row("Ukuran", "Nilai");
  row("---", "---:");
  row("Berkas", `${d.file} (${d.source === "db" ? "--db" : d.source === "cache" ? "dipakai ulang, --reuse" : "dibangun sekarang"})`);
  if (b !== null) row("Skala, seed, tahun", `${b.options.scale}, ${b.options.seed}, ${b.options.years} tahun dari ${b.options.fromYear}`);
  for (const [k, v] of Object.entries(d.counts)) row(k, v.toLocaleString("en-US"));
  row("Berkas basis data", `${fmt(d.bytes / 1e6, 0)} MB`);
  if (b === null) {
    row("Waktu bangun", "tidak diketahui (tidak ada BERKAS.json yang cocok)");
    return lines;
  }
  if (d.source === "dibangun") row("Waktu bangun total", `${fmt(b.totalMs / 1000, 1)} s`);
  else row("Waktu bangun", `dibangun sebelumnya dalam ${fmt(b.totalMs / 1000, 0)} s`);
  for (const y of b.years) row(`Tahun ${y.year}: ${y.rakor} rakor, bundel ${fmt(y.bytes / 1e6, 0)} MB: bangkitkan / impor`, `${fmt(y.generateMs / 1000, 1)} s / ${fmt(y.importMs / 1000, 1)} s`);
  row("Impor total (1 transaksi per tahun)", `${fmt(b.years.reduce((sum, y) => sum + y.importMs, 0) / 1000, 1)} s`);
  row("Instansi daerah + akun bench", `${fmt(b.agenciesMs / 1000, 1)} s + ${fmt(b.usersMs / 1000, 1)} s`);
  return lines;
}

/** The figures the issue-12 targets are checked against. */
function targetFigures(r: BenchResult): TargetFigures {
  const page = (key: string) => r.pages.find((p) => p.key === key);
  return {
    loginP95: loginP95(r),
    concurrency: r.options.concurrency,
    mixedDashboardP95: r.mixed.pages.find((p) => p.key === "dashboard")?.result.latency.p95 ?? NaN,
    actionsAllP95: page("actions-all")?.single.latency.p95 ?? NaN,
    actionsFilteredP95: page("actions-filtered")?.single.latency.p95 ?? NaN,
    healthzMixedP99: r.mixed.healthz.p99,
    healthzQuietP50: r.mixed.quietHealthz.p50,
    pages: r.pages.map((p) => ({ label: p.label, singleP95: p.single.latency.p95, loadedP95: p.loaded.latency.p95 })),
    updateP95: r.singleWriter.post.p95,
    updatesPerSecond: r.writes.rps,
  };
}

/** The unit of every ratio: GET /login without a session (a Remix render without data), p95. */
const loginP95 = (r: BenchResult) => r.baselines.find((b) => b.key === "login-page")?.single.latency.p95 ?? NaN;

export function renderTable(r: BenchResult): string {
  const d = r.dataset;
  const c = r.options.concurrency;
  const lines: string[] = [];
  const row = tableRow(lines);
  const unit = loginP95(r);
  const perLogin = (v: number) => ratioText(v, unit);
  lines.push(`# SIGAP TPPO bench ${r.startedAt}`);
  lines.push("");
  lines.push(
    `Mesin: ${r.machine.cpus} CPU (${r.machine.model}), ${fmt(r.machine.memoryGb, 0)} GB, Node ${r.machine.node}; load average (1/5/15 menit) sebelum ${r.machine.loadBefore.map((x) => fmt(x, 2)).join(" / ")}, sesudah ${r.machine.loadAfter.map((x) => fmt(x, 2)).join(" / ")}.`,
  );
  lines.push(
    `Server: node ${r.server.entry}, ${r.server.webConcurrency === null ? "WEB_CONCURRENCY tidak diatur (bawaan server)" : `WEB_CONCURRENCY=${r.server.webConcurrency}`}: ` +
      `**${r.server.serving} proses melayani** (baris mulai server); ${r.server.processes} proses Node teramati (induk dan pekerja).`,
  );
  lines.push(
    `Opsi: ${d.build === null ? "skala tidak diketahui" : `skala ${d.build.options.scale}, seed ${d.build.options.seed}, ${d.build.options.years} tahun dari ${d.build.options.fromYear}`}; ` +
      `konkurensi ${c}, ${r.options.durationMs / 1000} s per halaman per tingkat; ${r.options.writers} penulis x ${r.options.writeMs / 1000} s; penulis berjeda tiap ${r.options.writeIntervalMs / 1000} s; laporan ${r.options.reportYear}.`,
  );
  lines.push("");
  lines.push(`## Target issue 12 (rasio terhadap ongkos tetap /login p95 = ${fmt(unit)} ms pada run ini)`);
  lines.push("");
  row("Target", "Diukur pada", "Terukur", "Tercapai?");
  row("---", "---", "---:", "---");
  for (const t of issue12Targets(targetFigures(r))) row(t.target, t.measuredOn, t.measured, verdict(t.ok));
  lines.push("");
  lines.push(...renderDataset(d));
  lines.push("");
  lines.push("## Halaman (HTTP ke server hasil build, proses anak, salinan data)");
  lines.push("");
  row(
    "Halaman",
    "c=1 p50",
    "c=1 p95",
    "c=1 p99",
    `c=${c} p50`,
    `c=${c} p95`,
    `c=${c} p99`,
    "c=1 p95 ÷ /login p95",
    `c=${c} p95 ÷ /login p95`,
    `p95 c=${c} ÷ c=1`,
    `req/s (c=${c})`,
    "galat",
    "SQL dasar p50",
    "model p50",
    "app/SQL",
    "target p95",
    "c=1 tercapai?",
    `c=${c} tercapai?`,
    "app ≤ 3x SQL?",
  );
  row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---", "---");
  for (const p of r.pages) {
    row(
      p.label,
      fmt(p.single.latency.p50),
      fmt(p.single.latency.p95),
      fmt(p.single.latency.p99),
      fmt(p.loaded.latency.p50),
      fmt(p.loaded.latency.p95),
      fmt(p.loaded.latency.p99),
      perLogin(p.single.latency.p95),
      perLogin(p.loaded.latency.p95),
      ratioText(p.loaded.latency.p95, p.single.latency.p95),
      fmt(p.loaded.rps, 0),
      p.single.errors + p.loaded.errors,
      `${fmt(p.floor.p50, 2)} (${p.statements} stmt)`,
      fmt(p.model.p50, 2),
      `${fmt(p.ratio)}x`,
      `${p.targetP95} ms`,
      verdict(p.single.latency.p95 <= p.targetP95),
      verdict(p.loaded.latency.p95 <= p.targetP95),
      verdict(p.ratio <= 3),
    );
  }
  for (const b of r.baselines) {
    row(`(dasar) ${b.label}`, fmt(b.single.latency.p50), fmt(b.single.latency.p95), fmt(b.single.latency.p99), "", "", "", perLogin(b.single.latency.p95), "", "", "", b.single.errors, "", "", "", "", "", "", "");
  }
  lines.push("");
  lines.push(
    "Waktu dalam ms. SQL dasar = pernyataan yang dijalankan fungsi model halaman itu (ditangkap lewat logger drizzle), diputar ulang langsung dengan better-sqlite3; " +
      "model = fungsi model yang sama lewat drizzle; app/SQL = p50 HTTP c=1 / p50 SQL dasar. Baris (dasar) = ongkos tetap per permintaan tanpa data; " +
      "÷ /login p95 = kelipatan ongkos tetap /login tanpa sesi (p95) pada run yang sama.",
  );
  lines.push("");
  const [cold, warm] = r.reports;
  lines.push(`## Laporan nasional satu tahun (GET ${cold.path})`);
  lines.push("");
  lines.push(
    "Pertama (dingin: worker laporan baru dimulai) dan kedua (hangat). Event loop = monitorEventLoopDelay di thread utama tiap proses server selama permintaan (yang terburuk); RSS = jumlah semua proses server.",
  );
  lines.push("");
  row("Ukuran", "Dingin", "Hangat", "Target", "Tercapai?");
  row("---", "---:", "---:", "---:", "---");
  const both = (f: (x: ReportResult) => string) => [f(cold), f(warm)];
  row("Status HTTP", ...both((x) => String(x.status)), "200", verdict(cold.status === 200 && warm.status === 200));
  row("Waktu permintaan HTTP", ...both((x) => `${fmt(x.ms / 1000, 2)} s`), "≤ 10 s", verdict(Math.max(cold.ms, warm.ms) <= 10_000));
  row("Waktu permintaan ÷ /login p95", ...both((x) => perLogin(x.ms)), "", "");
  row("Waktu di worker (log report_generated)", ...both((x) => (x.workerMs === null ? "-" : `${fmt(x.workerMs / 1000, 2)} s`)), "", "");
  row("Ukuran .docx", ...both((x) => `${fmt(x.bytes / 1024, 0)} KB`), "", "");
  const layout = r.reportLayout;
  row(
    "Halaman PDF (LibreOffice, sekali) / waktu konversi",
    layout.pages !== null ? `${layout.pages} halaman / ${fmt(layout.seconds ?? NaN, 1)} s` : (layout.note ?? "-"),
    "",
    "< 100 halaman",
    layout.pages !== null ? verdict(layout.pages < 100) : "-",
  );
  row("Heap worker dibatasi REPORT_WORKER_MEMORY_MB=512", ...both((x) => (x.status === 200 ? "selesai di bawah batas" : "gagal")), "< 512 MB", verdict(cold.status === 200 && warm.status === 200));
  const delta = (x: ReportResult) => (x.peakRssMb !== null && x.baselineRssMb !== null ? x.peakRssMb - x.baselineRssMb : NaN);
  row("Kenaikan RSS server (puncak - sebelum)", ...both((x) => `${fmt(delta(x), 0)} MB`), "< 512 MB", verdict(Math.max(delta(cold), delta(warm)) < 512));
  row("Puncak RSS server (semua proses + worker)", ...both((x) => `${fmt(x.peakRssMb ?? NaN, 0)} MB (sebelum ${fmt(x.baselineRssMb ?? NaN, 0)})`), "", "");
  row("Event loop server: maks / p99 (ms)", ...both((x) => (x.eventLoop ? `${fmt(x.eventLoop.maxMs)} / ${fmt(x.eventLoop.p99Ms)}` : "-")), "maks ≤ 100 ms", verdict(Math.max(cold.eventLoop?.maxMs ?? Infinity, warm.eventLoop?.maxMs ?? Infinity) <= 100));
  row("/healthz selama penyusunan: n / p50 / p99 / maks (ms)", ...both((x) => `${x.healthz.n} / ${fmt(x.healthz.p50)} / ${fmt(x.healthz.p99)} / ${fmt(x.healthz.max)}`), "", "");
  lines.push("");
  const w = r.writes;
  const one = r.singleWriter;
  const paced = r.pacedWriters;
  const mixed = r.mixed;
  const every = `tiap ${fmt(paced.intervalMs / 1000, 1)} s`;
  lines.push("## Beban campuran: halaman pimpinan saat penghubung menulis");
  lines.push("");
  lines.push(
    `Sementara ${mixed.writes.writers} penghubung masing-masing menulis satu pembaruan ${every} (kolom "beban campuran" pada tabel penulis), ` +
      `tiap halaman diukur dengan satu klien selama ${fmt(r.options.durationMs / 1000, 0)} s, bergantian, dan /healthz di-ping sepanjang putaran (satu per satu, jeda 10 ms). ` +
      "/healthz sepi = ping yang sama tepat sebelum putaran, tanpa beban lain.",
  );
  lines.push("");
  row("Halaman", "n", "p50", "p95", "p99", "p95 ÷ /login p95", "galat");
  row("---", "---:", "---:", "---:", "---:", "---:", "---:");
  for (const p of mixed.pages) {
    const l = p.result.latency;
    row(`${p.label}`, l.n, fmt(l.p50), fmt(l.p95), fmt(l.p99), perLogin(l.p95), `${p.result.errors}${p.result.firstError ? ` (pertama: ${p.result.firstError})` : ""}`);
  }
  for (const [label, l] of [
    ["/healthz selama beban campuran", mixed.healthz],
    ["/healthz sepi, tepat sebelumnya", mixed.quietHealthz],
  ] as const) {
    row(label, l.n, fmt(l.p50), fmt(l.p95), fmt(l.p99), perLogin(l.p95), "");
  }
  lines.push("");
  lines.push(`/healthz p99 selama beban campuran ÷ p50 sepi: **${ratioText(mixed.healthz.p99, mixed.quietHealthz.p50)}**. Waktu dalam ms.`);
  lines.push("");
  lines.push(`## Penghubung menulis pembaruan status (GET /aksi/:id untuk versi, lalu POST formulir multipart)`);
  lines.push("");
  lines.push(
    `Empat putaran: 1 penulis tanpa jeda (ongkos satu pembaruan); ${paced.writers} penulis, masing-masing satu pembaruan ${every} ` +
      `(beban ${fmt((paced.writers * 1000) / paced.intervalMs, 0)}/s yang ditawarkan), sendiri dan lagi saat beban campuran; ${w.writers} penulis tanpa jeda (jenuh: batas throughput).`,
  );
  lines.push("");
  const all = [one, paced, mixed.writes, w];
  row("Ukuran", "1 penulis", `${paced.writers} penulis, ${every}`, `${mixed.writes.writers} penulis, ${every}, beban campuran`, `${w.writers} penulis tanpa jeda`, "Target", "Tercapai?");
  row("---", "---:", "---:", "---:", "---:", "---:", "---");
  row("Durasi", ...all.map((x) => `${fmt(x.seconds, 0)} s`), "", "");
  row("Pembaruan tersimpan (302)", ...all.map((x) => `${x.ok} (${fmt(x.rps)}/s)`), "", "");
  row(
    "POST p50 / p95 / p99 (ms)",
    ...all.map((x) => `${fmt(x.post.p50)} / ${fmt(x.post.p95)} / ${fmt(x.post.p99)}`),
    "p95 ≤ 50 ms",
    `1: ${verdict(one.post.p95 <= 50)}; ${every}: ${verdict(paced.post.p95 <= 50)}; campuran: ${verdict(mixed.writes.post.p95 <= 50)}; jenuh: ${verdict(w.post.p95 <= 50)}`,
  );
  row("POST p95 ÷ /login p95", ...all.map((x) => perLogin(x.post.p95)), "≤ 3× (1 penulis)", verdict(one.post.p95 / unit <= 3));
  row("Baca ulang GET /aksi/:id p50 / p95 (ms)", ...all.map((x) => `${fmt(x.reread.p50)} / ${fmt(x.reread.p95)}`), "", "");
  row("Baca ulang p95 ÷ /login p95", ...all.map((x) => perLogin(x.reread.p95)), "", "");
  row("Galat / konflik versi (409)", ...all.map((x) => `${x.errors} / ${x.conflicts}${x.firstError ? ` (pertama: ${x.firstError})` : ""}`), "0", verdict(all.every((x) => x.errors === 0 && x.conflicts === 0)));
  row("Pembaruan 302 yang ada di basis data (dicari per catatan)", ...all.map((x) => `${x.verified} dari ${x.ok}`), "semua", verdict(all.every((x) => x.missing === 0)));
  row("PRAGMA integrity_check setelah run", "", "", "", r.integrity, "ok", verdict(r.integrity === "ok"));
  lines.push("");
  const dw = r.dbWrites;
  lines.push(
    `Batas tulis basis data sendiri (recordStatusUpdate berurutan tanpa HTTP, transaksi yang sama, synchronous=FULL): ` +
      `${dw.ok} pembaruan dalam ${fmt(dw.seconds, 1)} s = **${fmt(dw.rps, 0)}/s**, p50 ${fmt(dw.latency.p50, 2)} ms, p99 ${fmt(dw.latency.p99, 2)} ms.`,
  );
  lines.push("");
  return lines.join("\n");
}

export function parseBenchArgs(args: string[]): BenchOptions {
  const { values } = parseCliArgs(
    {
      scale: { type: "string" },
      seed: { type: "string" },
      years: { type: "string" },
      "from-year": { type: "string" },
      concurrency: { type: "string" },
      duration: { type: "string" },
      "write-seconds": { type: "string" },
      writers: { type: "string" },
      "write-interval": { type: "string" },
      "report-year": { type: "string" },
      reuse: { type: "boolean" },
      out: { type: "string" },
      "data-only": { type: "boolean" },
      db: { type: "string" },
      processes: { type: "string" },
    },
    USAGE,
    args,
  );
  const num = (name: string, value: string | undefined, fallback: number, min: number, max: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} harus angka antara ${min} dan ${max}.\n${USAGE}`);
    return n;
  };
  const fromYear = Math.round(num("from-year", values["from-year"], DEFAULT_SYNTHETIC.fromYear, 2000, 2100));
  const years = Math.round(num("years", values.years, DEFAULT_SYNTHETIC.years, 1, 20));
  const dataOnly = values["data-only"] ?? false;
  const reuse = values.reuse ?? false;
  let dbFile: string | null = null;
  if (values.db !== undefined) {
    if (values.db.trim() === "") fail(`--db memerlukan nama berkas basis data, misalnya --db /tmp/bench-nasional.db.\n${USAGE}`);
    dbFile = path.resolve(values.db);
    const found = existsSync(dbFile) ? statSync(dbFile) : null;
    if (found?.isDirectory()) fail(`--db ${values.db} adalah folder; berikan nama berkas basis data, misalnya ${path.join(values.db, "bench-nasional.db")}.`);
    if (dataOnly && found) fail(`Berkas ${dbFile} sudah ada: --data-only tidak menimpa berkas yang ada. Hapus berkas itu atau pilih nama lain.`);
    if (!dataOnly && !found) fail(`Berkas data ${dbFile} tidak ada. Bangun dulu dengan: npm run bench -- --data-only --scale 1 --db ${values.db}`);
    if (reuse) fail("--reuse tidak berlaku bersama --db: berkas --db itu sendiri yang dipakai (tanpa --data-only) atau dibangun (dengan --data-only).");
  }
  let processes: number | null = null;
  if (values.processes !== undefined) {
    if (dataOnly) fail("--processes hanya berlaku saat mengukur server, bukan dengan --data-only.");
    processes = Number(values.processes);
    if (!Number.isInteger(processes) || processes < 1 || processes > 64) fail(`--processes harus bilangan bulat antara 1 dan 64.\n${USAGE}`);
  }
  const reportYear = values["report-year"] === undefined ? null : Math.round(num("report-year", values["report-year"], 0, 2000, 2100));
  return {
    synthetic: {
      ...DEFAULT_SYNTHETIC,
      seed: Math.round(num("seed", values.seed, DEFAULT_SYNTHETIC.seed, 0, 2 ** 32 - 1)),
      scale: num("scale", values.scale, 1, 0.001, 1),
      fromYear,
      years,
    },
    concurrency: Math.round(num("concurrency", values.concurrency, 4, 1, 256)),
    durationMs: num("duration", values.duration, 10, 1, 600) * 1000,
    writeMs: num("write-seconds", values["write-seconds"], 30, 1, 600) * 1000,
    writers: Math.round(num("writers", values.writers, 50, 1, 500)),
    writeIntervalMs: num("write-interval", values["write-interval"], 2, 0.1, 600) * 1000,
    reportYear,
    reuse,
    outDir: path.resolve(values.out ?? "bench-results"),
    dataOnly,
    dbFile,
    processes,
  };
}

/** --data-only: builds the data set (or finds it in the cache with --reuse) and describes it. */
export async function buildDataOnly(options: BenchOptions, log: (line: string) => void = console.log): Promise<string> {
  const d = await obtainDataset(options, log);
  // Built or reused, the data set has its build figures.
  const b = d.build!;
  const lines = renderDataset({ ...d, counts: b.counts, bytes: b.bytes });
  lines.push(
    "",
    `Data sintetis ${d.source === "cache" ? "sudah ada" : "selesai dibangun"}: ${d.file} (${fmt(b.bytes / 1e6, 0)} MB; ${b.counts.rakor.toLocaleString("en-US")} rakor, ` +
      `${b.counts.action_items.toLocaleString("en-US")} rencana aksi, ${b.counts.action_updates.toLocaleString("en-US")} pembaruan status, ${b.counts.users} akun; ` +
      `${fmt(b.totalMs / 1000, 1)} s). Ukur dengan: npm run bench -- --db ${d.file}`,
  );
  return lines.join("\n");
}

if (isMain(import.meta.url)) {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.dataOnly) {
    console.log(`\n${await buildDataOnly(options)}`);
    process.exit(0);
  }
  const result = await runBench(options);
  const table = renderTable(result);
  const stamp = result.startedAt.replace(/[:.]/g, "-");
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(path.join(options.outDir, `${stamp}.md`), `${table}\n`);
  writeFileSync(path.join(options.outDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${table}`);
  console.log(`Hasil ditulis ke ${path.join(options.outDir, `${stamp}.md`)} dan .json`);
  // The report pool's threads, the keep-alive sockets: nothing left should keep us, but make sure.
  process.exit(0);
}

