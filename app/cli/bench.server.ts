// npm run bench [-- --scale 0.05 --concurrency 4 --duration 10 --write-seconds 30 --writers 50 --reuse]
//
// The national-scale benchmark. It builds the deterministic synthetic data set of
// db/bench/synthetic.ts (553 task forces, five years of monthly rakor) through the real bundle
// importer, starts the BUILT server as a child process on a copy of it, and measures over HTTP:
//   - p50/p95/p99 and throughput of the leader's dashboard, the liaison workspace, the action list,
//     the rakor list and a rakor detail page (at concurrency 1 and at --concurrency), next to the
//     bare SQL of the same pages (the statements their model functions run, captured through a
//     drizzle logger and replayed with better-sqlite3) and the model functions themselves;
//   - the national report for one year, twice (cold and warm worker): time, the server process's
//     peak RSS with the worker heap capped at 512 MB, the event-loop delay inside the server
//     (db/bench/eventloop-probe.mjs, loaded with --import) and /healthz pings meanwhile;
//   - liaisons posting status updates through the real form, each re-reading the item (its
//     version) first: one alone, --writers paced (one update each every --write-interval s), and
//     --writers back to back for --write-seconds; every acknowledged update is then found in the
//     database by its note; and the database's own write ceiling (recordStatusUpdate, no HTTP).
// One table goes to stdout and to bench-results/<timestamp>.md and .json, so runs can be compared.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
import { ensureBuildResolvable, startServerProcess, type ServerProcess } from "../../db/bench/server-process";
import { recordStatusUpdate } from "../action-plan/action.server";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE =
  "Pemakaian: npm run bench -- [--scale 1] [--seed 20250604] [--years 5] [--concurrency 4] [--duration 10]\n" +
  "                            [--write-seconds 30] [--writers 50] [--write-interval 2] [--report-year 2025] [--reuse] [--out bench-results]\n" +
  "  --scale          bagian dari 552 gugus tugas daerah yang dibangkitkan (1 = skala nasional; 0.05 untuk uji cepat)\n" +
  "  --concurrency    jumlah koneksi serentak saat uji beban halaman\n" +
  "  --duration       detik per halaman per tingkat konkurensi\n" +
  "  --reuse          pakai data sintetis yang sudah dibangun sebelumnya (bench-results/data) bila ada";

export interface BenchOptions {
  synthetic: SyntheticOptions;
  concurrency: number;
  durationMs: number;
  writeMs: number;
  writers: number;
  /** The paced pass: one update per writer every this many ms. */
  writeIntervalMs: number;
  reportYear: number;
  reuse: boolean;
  outDir: string;
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

interface DatasetInfo {
  file: string;
  reused: boolean;
  options: SyntheticOptions;
  taskForces: number;
  counts: Record<string, number>;
  bytes: number;
  years: ImportTiming[];
  agenciesMs: number;
  usersMs: number;
  totalMs: number;
  users: BenchUser[];
}

const COUNTED_TABLES = ["task_forces", "agencies", "rakor", "attendees", "outcomes", "action_items", "action_supporting_agencies", "action_updates", "case_statistics", "audit_log", "users"];

function tableCounts(client: Database.Database): Record<string, number> {
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, Number(client.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())]));
}

function datasetName(o: SyntheticOptions) {
  return `synthetic-seed${o.seed}-scale${o.scale}-y${o.fromYear}x${o.years}`;
}

async function buildDataset(options: BenchOptions, log: (line: string) => void): Promise<DatasetInfo> {
  const o = options.synthetic;
  const dataDir = path.resolve(options.outDir, "data");
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `${datasetName(o)}.db`);
  const meta = `${file}.json`;
  if (options.reuse && existsSync(file) && existsSync(meta)) {
    const info = JSON.parse(readFileSync(meta, "utf8")) as DatasetInfo;
    log(`Data sintetis dipakai ulang: ${file}`);
    return { ...info, reused: true };
  }
  for (const suffix of ["", "-wal", "-shm", ".json"]) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const db = openDatabase(file);
  try {
    const plan = planTaskForces(loadReference(db), o);
    log(`Membangun data sintetis: ${plan.length} gugus tugas x ${o.years * 12} bulan (seed ${o.seed}, skala ${o.scale}) ...`);
    let t = performance.now();
    registerAgencies(db, plan);
    const agenciesMs = performance.now() - t;
    const years = importSynthetic(db, plan, {
      dir: path.join(dataDir, "bundles"),
      options: o,
      onYear: (y) =>
        log(`  ${y.year}: ${y.rakor} rakor, ${y.actions} rencana aksi, bundel ${(y.bytes / 1e6).toFixed(0)} MB; dibangkitkan ${fmt(y.generateMs / 1000)} s, diimpor ${fmt(y.importMs / 1000)} s`),
    });
    t = performance.now();
    const users = benchUsers(plan, options.writers);
    await createBenchUsers(db, users);
    const usersMs = performance.now() - t;
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const info: DatasetInfo = {
      file,
      reused: false,
      options: o,
      taskForces: plan.length,
      counts: tableCounts(db.$client),
      bytes: statSync(file).size,
      years,
      agenciesMs,
      usersMs,
      totalMs: performance.now() - started,
      users,
    };
    writeFileSync(meta, JSON.stringify(info, null, 2));
    return info;
  } finally {
    db.$client.close();
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

function procStatusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Asks the event-loop probe in the server (SIGUSR2) for the figures since the last ask. */
async function eventLoopSince(server: ServerProcess): Promise<EventLoop | null> {
  const before = server.output().length;
  server.child.kill("SIGUSR2");
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const line = server
      .output()
      .slice(before)
      .split("\n")
      .find((l) => l.includes('"bench_eventloop"'));
    if (line) return JSON.parse(line) as EventLoop;
  }
  return null;
}

async function measureReport(client: HttpClient, server: ServerProcess, cookie: string, year: number, run: ReportResult["run"]): Promise<ReportResult> {
  const pid = server.child.pid!;
  await eventLoopSince(server);
  const reportPath = `/laporan/unduh?wilayah=nasional&dari=${year}-01-01&sampai=${year}-12-31`;
  // Reset the peak-RSS watermark of the server process (Linux: clear_refs 5), so VmHWM is the peak during the report.
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not permitted: the peak then covers the server's whole life
  }
  const baseline = procStatusKb(pid, "VmRSS");
  const pings: number[] = [];
  let running = true;
  const pinger = (async () => {
    while (running) {
      const t = process.hrtime.bigint();
      try {
        await client.request("GET", "/healthz");
      } catch {
        // a refused ping counts with the time it took
      }
      pings.push(ms(t));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const logBefore = server.output().length;
  const res = await client.request("GET", reportPath, { Cookie: cookie });
  running = false;
  await pinger;
  const eventLoop = await eventLoopSince(server);
  const peak = procStatusKb(pid, "VmHWM");
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
  return {
    run,
    eventLoop,
    path: reportPath,
    status: res.status,
    ms: res.ms,
    workerMs: logged?.ms ?? null,
    bytes: Buffer.byteLength(res.body),
    peakRssMb: peak === null ? null : peak / 1024,
    baselineRssMb: baseline === null ? null : baseline / 1024,
    healthz: percentiles(pings),
  };
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
// The run
// ---------------------------------------------------------------------------------------------

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string; loadBefore: number[]; loadAfter: number[] };
  options: Omit<BenchOptions, "synthetic"> & { synthetic: SyntheticOptions };
  dataset: Omit<DatasetInfo, "users"> & { runCopyBytes: number };
  baselines: Baseline[];
  pages: PageResult[];
  reports: ReportResult[];
  singleWriter: WriteResult;
  pacedWriters: WriteResult;
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
  const dataset = await buildDataset(options, log);
  log(
    `Data: ${dataset.taskForces} gugus tugas, ${dataset.counts.rakor} rakor, ${dataset.counts.attendees} peserta, ${dataset.counts.action_items} rencana aksi, ` +
      `${dataset.counts.action_updates} pembaruan status, ${dataset.counts.case_statistics} statistik kasus; ${(dataset.bytes / 1e6).toFixed(0)} MB.`,
  );

  // The server works on a copy, so the write test leaves the built data set as it was.
  const runDir = path.resolve(options.outDir, "data");
  const runCopy = path.join(runDir, `run-${process.pid}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${runCopy}${suffix}`, { force: true });
  copyFileSync(dataset.file, runCopy);
  // A data set built by an older schema is brought up to date (migrations) before the server opens it.
  openDatabase(runCopy).$client.close();

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
    }, options.reportYear);
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
      const probe = await client.request("GET", pathname, { Cookie: cookie });
      if (probe.status !== 200) throw new Error(`${pathname} as ${page.user}: HTTP ${probe.status}\n${probe.body.slice(0, 500)}`);
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

    // The report.
    log(`Laporan nasional ${options.reportYear} ...`);
    client.reset();
    const reports: ReportResult[] = [];
    for (const run of ["dingin", "hangat"] as const) {
      const report = await measureReport(client, server, cookies.pimpinan, options.reportYear, run);
      reports.push(report);
      log(
        `  ${run}: HTTP ${report.status}, ${fmt(report.ms / 1000, 2)} s (worker ${fmt((report.workerMs ?? NaN) / 1000, 2)} s), puncak RSS ${fmt(report.peakRssMb ?? NaN, 0)} MB, ` +
          `event loop maks ${fmt(report.eventLoop?.maxMs ?? NaN)} ms, /healthz maks ${fmt(report.healthz.max)} ms`,
      );
    }

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
      const w = await runWriters(client, list, durationMs, `${runId}${tag}`, intervalMs);
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
      options,
      dataset: { ...datasetFigures, runCopyBytes },
      baselines,
      pages,
      reports,
      singleWriter,
      pacedWriters,
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

export function renderTable(r: BenchResult): string {
  const d = r.dataset;
  const c = r.options.concurrency;
  const lines: string[] = [];
  const row = (...cells: (string | number)[]) => lines.push(`| ${cells.join(" | ")} |`);
  lines.push(`# SIGAP TPPO bench ${r.startedAt}`);
  lines.push("");
  lines.push(
    `Mesin: ${r.machine.cpus} CPU (${r.machine.model}), ${fmt(r.machine.memoryGb, 0)} GB, Node ${r.machine.node}; load average (1/5/15 menit) sebelum ${r.machine.loadBefore.map((x) => fmt(x, 2)).join(" / ")}, sesudah ${r.machine.loadAfter.map((x) => fmt(x, 2)).join(" / ")}.`,
  );
  lines.push(
    `Opsi: skala ${d.options.scale}, seed ${d.options.seed}, ${d.options.years} tahun dari ${d.options.fromYear}; konkurensi ${c}, ${r.options.durationMs / 1000} s per halaman per tingkat; ${r.options.writers} penulis x ${r.options.writeMs / 1000} s.`,
  );
  lines.push("");
  lines.push("## Data sintetis (db/bench/synthetic.ts, diimpor lewat importBundles)");
  lines.push("");
  row("Ukuran", "Nilai");
  row("---", "---:");
  row("Gugus tugas", d.taskForces);
  for (const [k, v] of Object.entries(d.counts)) row(k, v.toLocaleString("en-US"));
  row("Berkas basis data", `${fmt(d.bytes / 1e6, 0)} MB`);
  if (d.reused) row("Waktu bangun", `dipakai ulang (--reuse); saat dibangun ${fmt(d.totalMs / 1000, 0)} s`);
  else row("Waktu bangun total", `${fmt(d.totalMs / 1000, 1)} s`);
  for (const y of d.years) row(`Tahun ${y.year}: ${y.rakor} rakor, bundel ${fmt(y.bytes / 1e6, 0)} MB: bangkitkan / impor`, `${fmt(y.generateMs / 1000, 1)} s / ${fmt(y.importMs / 1000, 1)} s`);
  row("Impor total (1 transaksi per tahun)", `${fmt(d.years.reduce((sum, y) => sum + y.importMs, 0) / 1000, 1)} s`);
  row("Instansi daerah + akun bench", `${fmt(d.agenciesMs / 1000, 1)} s + ${fmt(d.usersMs / 1000, 1)} s`);
  lines.push("");
  lines.push("## Halaman (HTTP ke server hasil build, proses anak, salinan data)");
  lines.push("");
  row("Halaman", "c=1 p50", "c=1 p95", "c=1 p99", `c=${c} p50`, `c=${c} p95`, `c=${c} p99`, `req/s (c=${c})`, "galat", "SQL dasar p50", "model p50", "app/SQL", "target p95", "c=1 tercapai?", `c=${c} tercapai?`, "app ≤ 3x SQL?");
  row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---", "---");
  for (const p of r.pages) {
    row(
      p.label,
      fmt(p.single.latency.p50),
      fmt(p.single.latency.p95),
      fmt(p.single.latency.p99),
      fmt(p.loaded.latency.p50),
      fmt(p.loaded.latency.p95),
      fmt(p.loaded.latency.p99),
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
  for (const b of r.baselines) row(`(dasar) ${b.label}`, fmt(b.single.latency.p50), fmt(b.single.latency.p95), fmt(b.single.latency.p99), "", "", "", "", b.single.errors, "", "", "", "", "", "", "");
  lines.push("");
  lines.push(
    "Waktu dalam ms. SQL dasar = pernyataan yang dijalankan fungsi model halaman itu (ditangkap lewat logger drizzle), diputar ulang langsung dengan better-sqlite3; " +
      "model = fungsi model yang sama lewat drizzle; app/SQL = p50 HTTP c=1 / p50 SQL dasar. Baris (dasar) = ongkos tetap per permintaan tanpa data.",
  );
  lines.push("");
  const [cold, warm] = r.reports;
  lines.push(`## Laporan nasional satu tahun (GET ${cold.path})`);
  lines.push("");
  lines.push("Pertama (dingin: worker laporan baru dimulai) dan kedua (hangat). Event loop = monitorEventLoopDelay di thread utama server selama permintaan.");
  lines.push("");
  row("Ukuran", "Dingin", "Hangat", "Target", "Tercapai?");
  row("---", "---:", "---:", "---:", "---");
  const both = (f: (x: ReportResult) => string) => [f(cold), f(warm)];
  row("Status HTTP", ...both((x) => String(x.status)), "200", verdict(cold.status === 200 && warm.status === 200));
  row("Waktu permintaan HTTP", ...both((x) => `${fmt(x.ms / 1000, 2)} s`), "≤ 10 s", verdict(Math.max(cold.ms, warm.ms) <= 10_000));
  row("Waktu di worker (log report_generated)", ...both((x) => (x.workerMs === null ? "-" : `${fmt(x.workerMs / 1000, 2)} s`)), "", "");
  row("Ukuran .docx", ...both((x) => `${fmt(x.bytes / 1024, 0)} KB`), "", "");
  row("Heap worker dibatasi REPORT_WORKER_MEMORY_MB=512", ...both((x) => (x.status === 200 ? "selesai di bawah batas" : "gagal")), "< 512 MB", verdict(cold.status === 200 && warm.status === 200));
  const delta = (x: ReportResult) => (x.peakRssMb !== null && x.baselineRssMb !== null ? x.peakRssMb - x.baselineRssMb : NaN);
  row("Kenaikan RSS proses server (puncak - sebelum)", ...both((x) => `${fmt(delta(x), 0)} MB`), "< 512 MB", verdict(Math.max(delta(cold), delta(warm)) < 512));
  row("Puncak RSS proses server (server + worker)", ...both((x) => `${fmt(x.peakRssMb ?? NaN, 0)} MB (sebelum ${fmt(x.baselineRssMb ?? NaN, 0)})`), "", "");
  row("Event loop server: maks / p99 (ms)", ...both((x) => (x.eventLoop ? `${fmt(x.eventLoop.maxMs)} / ${fmt(x.eventLoop.p99Ms)}` : "-")), "maks ≤ 100 ms", verdict(Math.max(cold.eventLoop?.maxMs ?? Infinity, warm.eventLoop?.maxMs ?? Infinity) <= 100));
  row("/healthz selama penyusunan: n / p50 / p99 / maks (ms)", ...both((x) => `${x.healthz.n} / ${fmt(x.healthz.p50)} / ${fmt(x.healthz.p99)} / ${fmt(x.healthz.max)}`), "", "");
  lines.push("");
  const w = r.writes;
  const one = r.singleWriter;
  const paced = r.pacedWriters;
  lines.push(`## Penghubung menulis pembaruan status (GET /aksi/:id untuk versi, lalu POST formulir multipart)`);
  lines.push("");
  lines.push(
    `Tiga putaran: 1 penulis tanpa jeda (ongkos satu pembaruan); ${paced.writers} penulis, masing-masing satu pembaruan tiap ${fmt(paced.intervalMs / 1000, 1)} s ` +
      `(beban ${fmt((paced.writers * 1000) / paced.intervalMs, 0)}/s yang ditawarkan); ${w.writers} penulis tanpa jeda (jenuh: batas throughput).`,
  );
  lines.push("");
  const all = [one, paced, w];
  row("Ukuran", "1 penulis", `${paced.writers} penulis, tiap ${fmt(paced.intervalMs / 1000, 1)} s`, `${w.writers} penulis tanpa jeda`, "Target", "Tercapai?");
  row("---", "---:", "---:", "---:", "---:", "---");
  row("Durasi", ...all.map((x) => `${fmt(x.seconds, 0)} s`), "", "");
  row("Pembaruan tersimpan (302)", ...all.map((x) => `${x.ok} (${fmt(x.rps)}/s)`), "", "");
  row(
    "POST p50 / p95 / p99 (ms)",
    ...all.map((x) => `${fmt(x.post.p50)} / ${fmt(x.post.p95)} / ${fmt(x.post.p99)}`),
    "p95 ≤ 50 ms",
    `1: ${verdict(one.post.p95 <= 50)}; tiap ${fmt(paced.intervalMs / 1000, 1)} s: ${verdict(paced.post.p95 <= 50)}; jenuh: ${verdict(w.post.p95 <= 50)}`,
  );
  row("Baca ulang GET /aksi/:id p50 / p95 (ms)", ...all.map((x) => `${fmt(x.reread.p50)} / ${fmt(x.reread.p95)}`), "", "");
  row("Galat / konflik versi (409)", ...all.map((x) => `${x.errors} / ${x.conflicts}${x.firstError ? ` (pertama: ${x.firstError})` : ""}`), "0", verdict(all.every((x) => x.errors === 0 && x.conflicts === 0)));
  row("Pembaruan 302 yang ada di basis data (dicari per catatan)", ...all.map((x) => `${x.verified} dari ${x.ok}`), "semua", verdict(all.every((x) => x.missing === 0)));
  row("PRAGMA integrity_check setelah run", "", "", r.integrity, "ok", verdict(r.integrity === "ok"));
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
    reportYear: Math.round(num("report-year", values["report-year"], fromYear + years - 1, 2000, 2100)),
    reuse: values.reuse ?? false,
    outDir: path.resolve(values.out ?? "bench-results"),
  };
}

if (isMain(import.meta.url)) {
  const options = parseBenchArgs(process.argv.slice(2));
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

