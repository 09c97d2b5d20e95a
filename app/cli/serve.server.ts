// `npm start`: migrate the database and serve the app. No demo data, no default account.
// This module is the Remix compiler's server entry (remix.config.js `server`): `remix build`
// compiles it together with the whole app into build/index.js, so the running server holds one
// copy of every module. It re-exports the server build, so build/index.js is also what the
// tests import to serve the app in their own process.
//
// Several processes serve (node:cluster, WEB_CONCURRENCY of them, default one per core up to 4)
// on the one SQLite file: the primary checks the settings, migrates the database and runs the
// periodic chores once, then forks the workers, which share its listening socket. With
// WEB_CONCURRENCY=1 the one process does everything itself.
import * as build from "@remix-run/dev/server-build";
import cluster, { type Worker } from "node:cluster";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server, ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import { checkDatabaseSettings, databasePath } from "../../db/client";
import { getDb } from "../db.server";
import { createApp } from "../http.server";
import { sessionSecretProblem } from "../accounts/auth.server";
import { purgeExpiredSessions } from "../accounts/session.server";
import { readMailSettings, startMailSender, stopMailSender } from "../mail/mailer.server";
import { startReminderTimer } from "../reminders/schedule.server";
import { logEvent } from "../utils/log.server";
import { fail, isMain } from "./args.server";

export * from "@remix-run/dev/server-build";

/** How long SIGTERM waits for requests in flight before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

/** The most processes started when WEB_CONCURRENCY is not set. */
const DEFAULT_MAX_PROCESSES = 4;

/**
 * How many processes serve: WEB_CONCURRENCY, or one per core up to DEFAULT_MAX_PROCESSES; null
 * when WEB_CONCURRENCY is set to anything but a positive integer.
 */
export function serverProcessCount(value = process.env.WEB_CONCURRENCY, cores = availableParallelism()): number | null {
  if (value === undefined || value.trim() === "") return Math.min(cores, DEFAULT_MAX_PROCESSES);
  return /^\s*[1-9]\d*\s*$/.test(value) ? Number(value) : null;
}

/** `npm start`: a worker serves; otherwise this is the one process, or the primary of several. */
export async function serve() {
  if (cluster.isWorker) return startWorker();
  const count = serverProcessCount();
  if (count === null) {
    fail(`WEB_CONCURRENCY harus bilangan bulat positif (jumlah proses yang melayani), misalnya WEB_CONCURRENCY=2; tertulis "${process.env.WEB_CONCURRENCY}".`);
  }
  if (count === 1) return startServer();
  startPrimary(count);
}

/**
 * What happens once, before anything serves: the settings are checked, the database is opened
 * and migrated, expired sessions are purged now and every 10 minutes, (with SMTP_URL) the
 * outbox is delivered now and every MAIL_POLL_SECONDS, and the morning reminders are queued
 * (reminders/schedule.server.ts).
 */
function prepare() {
  const secretProblem = sessionSecretProblem();
  if (secretProblem) fail(secretProblem);
  const mail = readMailSettings();
  if (!mail.ok) fail(mail.problem);
  const db = getDb();
  const problems = checkDatabaseSettings(db.$client);
  if (problems.length) fail(`Pengaturan basis data tidak sesuai: ${problems.join("; ")}`);
  purgeExpiredSessions(db);
  setInterval(() => purgeExpiredSessions(db), 10 * 60 * 1000).unref();
  startMailSender(db, mail.settings);
  startReminderTimer(db);
}

/** The app listening on HOST:PORT (in a worker: on the primary's shared socket). */
function listen(): Promise<Server> {
  const app = createApp(build);
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "0.0.0.0";
  return new Promise<Server>((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once("error", (error: NodeJS.ErrnoException) => fail(`Tidak dapat melayani di ${host}:${port} (${error.code ?? error.message}).`));
  });
}

function announce(port: number, processes: number) {
  const many = processes > 1 ? `, ${processes} proses` : "";
  console.log(`SIGAP TPPO berjalan di http://localhost:${port} (basis data: ${databasePath()}${many})`);
}

/** WEB_CONCURRENCY=1: one process checks, migrates and serves. */
export async function startServer(): Promise<Server> {
  prepare();
  const server = await listen();
  stopOnSignal(server, ["SIGTERM", "SIGINT"], () => console.log("SIGAP TPPO berhenti."));
  announce((server.address() as AddressInfo).port, 1);
  return server;
}

/** A worker of the primary: opens the already migrated database and serves until told to stop (SIGTERM). */
async function startWorker() {
  // Ctrl-C reaches every process of the terminal's group: the primary alone decides, and tells each worker.
  process.on("SIGINT", () => {});
  getDb();
  stopOnSignal(await listen(), ["SIGTERM"]);
}

/**
 * The primary of `count` workers. It serves nothing itself: it prepares once, forks the workers,
 * announces when all of them listen, replaces one that dies, and on SIGTERM or SIGINT sends each
 * SIGTERM (each drains as stopOnSignal says) and exits once all have: 0 when each stopped cleanly.
 */
function startPrimary(count: number) {
  prepare();
  // Outside production SESSION_SECRET may be unset: the workers then share one secret of this run.
  const env = process.env.SESSION_SECRET ? {} : { SESSION_SECRET: randomBytes(32).toString("hex") };
  const workers = new Set<Worker>();
  const listened = new Set<Worker>();
  let started = false;
  let stopping = false;
  let unclean = 0;

  const fork = () => {
    if (!stopping) workers.add(cluster.fork(env));
  };
  const finish = async () => {
    await stopMailSender();
    globalThis.__sigapDb?.$client.close();
    console.log("SIGAP TPPO berhenti.");
    process.exit(unclean ? 1 : 0);
  };

  cluster.on("listening", (worker, address) => {
    listened.add(worker);
    if (!started && listened.size === count) {
      started = true;
      announce(address.port, count);
    }
  });
  cluster.on("exit", (worker, code, signal) => {
    workers.delete(worker);
    const wasListening = listened.delete(worker);
    if (stopping) {
      // Killed by our SIGTERM before it could listen: nothing was in flight.
      if (code !== 0 && signal !== "SIGTERM") unclean++;
      if (workers.size === 0) void finish();
      return;
    }
    if (!started) {
      for (const w of workers) w.process.kill("SIGKILL");
      fail(`Proses pelayan berhenti sebelum siap (kode keluar ${code ?? signal}).`);
    }
    logEvent("server_process_died", { pid: worker.process.pid, code, signal });
    // One that died before it could listen is replaced after a pause, not in a tight loop.
    setTimeout(fork, wasListening ? 0 : 1000);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logEvent("primary_stopping", { signal, processes: workers.size });
    // Each worker gives up after SHUTDOWN_TIMEOUT_MS itself; this is for one that does not.
    setTimeout(() => {
      logEvent("server_stop_timeout", { ms: SHUTDOWN_TIMEOUT_MS, processes: workers.size });
      for (const w of workers) w.process.kill("SIGKILL");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS + 5000).unref();
    for (const w of workers) w.process.kill("SIGTERM");
    if (workers.size === 0) void finish();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  for (let i = 0; i < count; i++) fork();
}

/**
 * On `signals`: stop accepting connections, let the requests in flight finish, then stop the
 * report threads, close the database and say `farewell`. After SHUTDOWN_TIMEOUT_MS the process
 * exits anyway.
 */
function stopOnSignal(server: Server, signals: NodeJS.Signals[], farewell?: () => void) {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  server.on("request", (_req, res: ServerResponse) => {
    if (stopping) res.setHeader("Connection", "close");
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logEvent("server_stopping", { signal, inFlight: inFlight.size });
    setTimeout(() => {
      logEvent("server_stop_timeout", { ms: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Each connection closes once its answer is sent, so no keep-alive connection holds the process.
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    server.close(async () => {
      await globalThis.__sigapReportPool?.close();
      await stopMailSender();
      globalThis.__sigapDb?.$client.close();
      farewell?.();
      process.exit(0);
    });
  };
  // Ctrl-C reaches both npm and the server, and npm passes it on: a repeated signal changes nothing.
  for (const signal of signals) process.on(signal, stop);
}

if (isMain(import.meta.url)) {
  await serve();
}
