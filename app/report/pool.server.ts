// Reports and their annexes are built off the request thread, in worker threads (worker.ts), so
// the server keeps answering while a national report is built. A small pool: REPORT_WORKERS threads (default 1, on
// a 2-core machine the other core serves requests), a bounded queue of REPORT_QUEUE_MAX waiting
// jobs (default 3; beyond that the caller gets ReportBusyError, i.e. "try again shortly", instead
// of an ever-growing backlog), a time limit per job (REPORT_TIMEOUT_MS, default 120 s; the thread
// is then terminated and replaced) and a heap cap per thread (REPORT_WORKER_MEMORY_MB, 1024).
// Threads start on first use and stay warm; an idle thread does not keep the process alive.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { logEvent } from "../utils/log.server";
import type { ReportJob } from "./generate.server";
import type { JobMessage, ResultMessage } from "./worker";

export type { ReportJob };

/** The queue is full: the caller should ask again shortly (HTTP 503). */
export class ReportBusyError extends Error {
  constructor() {
    super("Sedang menyusun laporan lain. Silakan coba lagi sebentar lagi.");
  }
}

/** The job was refused or failed. `input` = the job asked for something that does not exist. */
export class ReportFailedError extends Error {
  constructor(
    message: string,
    public input = false,
  ) {
    super(message);
  }
}

/**
 * The worker's entry file. Running from the build (BUILD_DIR/index.js, or a compiled command) it
 * is the compiled worker beside it, report-worker.js; running from source (tests, tsx) it is
 * worker-entry.mjs beside this module, which loads worker.ts through tsx; a server build made by
 * `remix build` alone falls back to that one too. REPORT_WORKER_ENTRY overrides.
 */
export function workerEntryPath(): string {
  if (process.env.REPORT_WORKER_ENTRY) return process.env.REPORT_WORKER_ENTRY;
  const here = import.meta.url;
  const candidates = [
    fileURLToPath(new URL("./report-worker.js", here)),
    fileURLToPath(new URL("./worker-entry.mjs", here)),
    fileURLToPath(new URL("../app/report/worker-entry.mjs", here)),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`report worker not found (looked in ${candidates.join(", ")})`);
  return found;
}

interface Pending {
  id: number;
  job: ReportJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
  queuedAt: number;
}

interface Slot {
  worker: Worker | null;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
}

export interface PoolOptions {
  workers: number;
  maxQueue: number;
  timeoutMs: number;
  memoryMb: number;
  entry: string;
}

function envNumber(name: string, fallback: number, min: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= min ? Math.floor(v) : fallback;
}

export function poolOptionsFromEnv(): PoolOptions {
  return {
    workers: envNumber("REPORT_WORKERS", 1, 1),
    maxQueue: envNumber("REPORT_QUEUE_MAX", 3, 0),
    timeoutMs: envNumber("REPORT_TIMEOUT_MS", 120_000, 1000),
    memoryMb: envNumber("REPORT_WORKER_MEMORY_MB", 1024, 64),
    entry: workerEntryPath(),
  };
}

export class ReportPool {
  private slots: Slot[];
  private queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private options: PoolOptions) {
    this.slots = Array.from({ length: options.workers }, () => ({ worker: null, job: null, timer: null }));
  }

  /** Jobs running and waiting. */
  load(): { running: number; queued: number } {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Builds a report in a worker; rejects with ReportBusyError when the queue is full. */
  generate(job: ReportJob): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new ReportFailedError("report pool closed"));
    const idle = this.slots.some((s) => !s.job);
    if (!idle && this.queue.length >= this.options.maxQueue) return Promise.reject(new ReportBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject, queuedAt: Date.now() });
      this.dispatch();
    });
  }

  /** Terminates the threads; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ReportFailedError("report pool closed"));
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.job?.reject(new ReportFailedError("report pool closed"));
        s.job = null;
        const w = s.worker;
        s.worker = null;
        if (w) await w.terminate();
      }),
    );
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(this.options.entry, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    worker.on("message", (m: ResultMessage) => this.finish(slot, worker, m));
    worker.on("error", (error) => this.crash(slot, worker, error));
    worker.on("exit", (code) => {
      if (slot.worker === worker) this.crash(slot, worker, new Error(`report worker exited with code ${code}`));
    });
    worker.unref();
    logEvent("report_worker_started", { entry: this.options.entry });
    return worker;
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      slot.job = pending;
      slot.worker ??= this.spawn(slot);
      const worker = slot.worker;
      // A running job keeps the process alive (a command-line run waits for it); an idle thread does not.
      worker.ref();
      slot.timer = setTimeout(() => {
        logEvent("report_timeout", { id: pending.id, kind: pending.job.kind ?? "docx", scope: pending.job.scope ?? "nasional", ms: this.options.timeoutMs });
        this.crash(slot, worker, new ReportFailedError(`Penyusunan ${pending.job.kind === "annex" ? "lampiran" : "laporan"} melebihi batas waktu.`));
      }, this.options.timeoutMs);
      const message: JobMessage = { id: pending.id, job: pending.job };
      worker.postMessage(message);
    }
  }

  private release(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker?.unref();
  }

  private finish(slot: Slot, worker: Worker, m: ResultMessage) {
    const pending = slot.job;
    if (slot.worker !== worker || !pending || pending.id !== m.id) return;
    this.release(slot);
    if (m.ok) {
      logEvent("report_generated", { id: m.id, kind: pending.job.kind ?? "docx", scope: pending.job.scope ?? "nasional", ms: m.ms, waitedMs: Date.now() - pending.queuedAt - m.ms, bytes: m.data.byteLength });
      pending.resolve(m.data);
    } else {
      if (!m.input) logEvent("report_failed", { id: m.id, message: m.message });
      pending.reject(new ReportFailedError(m.message, m.input));
    }
    this.dispatch();
  }

  /** The thread died or overran: fail its job, drop the thread (a new one starts for the next job). */
  private crash(slot: Slot, worker: Worker, error: Error) {
    if (slot.worker !== worker) return;
    const pending = slot.job;
    this.release(slot);
    slot.worker = null;
    void worker.terminate();
    if (pending) {
      if (!(error instanceof ReportFailedError)) logEvent("report_failed", { id: pending.id, message: error.message });
      pending.reject(error instanceof ReportFailedError ? error : new ReportFailedError("Laporan gagal disusun."));
    }
    if (!this.closed) this.dispatch();
  }
}

declare global {
  var __sigapReportPool: ReportPool | undefined;
}

/** The process's report pool, created on first use with the options from the environment. */
export function getReportPool(): ReportPool {
  globalThis.__sigapReportPool ??= new ReportPool(poolOptionsFromEnv());
  return globalThis.__sigapReportPool;
}
