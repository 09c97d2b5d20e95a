// Every acknowledged write survives a crash: 50 liaisons post status updates through the real form
// of the built server (a child process), each re-reading the item's version first; the server is
// killed with SIGKILL mid-stream. After a restart on the same file, PRAGMA integrity_check is ok and
// every update that got its 302 is in the database exactly once (found by the note each request
// carried), with the item's status equal to its latest update.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { BOUNDARY, HttpClient, login, statusFormBody } from "../../db/bench/http-client";
import { BENCH_PASSWORD, benchUsers, createBenchUsers, importSynthetic, loadReference, planTaskForces, registerAgencies } from "../../db/bench/synthetic";
import { ensureBuildResolvable, startServerProcess, type ServerProcess } from "../../db/bench/server-process";

const WRITERS = 50;
const OPTIONS = { scale: 0.1, years: 1, attendeesPerRakor: 5 };

let dir: string;
let dbPath: string;
let writers: { email: string; items: number[] }[] = [];
let server: ServerProcess | null = null;

function serverEnv(): Record<string, string> {
  ensureBuildResolvable();
  return {
    DATABASE_PATH: dbPath,
    NODE_ENV: "production",
    SESSION_SECRET: "kunci-uji-crash-0123456789abcdef0123456789",
    UPLOAD_DIR: path.join(dir, "uploads"),
    SIGAP_QUIET_LOG: "1",
  };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-scale-crash-"));
  dbPath = path.join(dir, "crash.db");
  const db = openDatabase(dbPath);
  try {
    const plan = planTaskForces(loadReference(db), OPTIONS);
    registerAgencies(db, plan);
    importSynthetic(db, plan, { dir, options: OPTIONS });
    const users = benchUsers(plan, WRITERS).filter((u) => u.role === "penghubung" && u.regionCode !== null);
    await createBenchUsers(db, users);
    const itemsOf = db.$client.prepare(
      "SELECT a.id FROM action_items a JOIN users u ON u.agency_id = a.lead_agency_id WHERE u.email = ? AND a.status <> 'cancelled' ORDER BY a.id",
    );
    writers = users.map((u) => ({ email: u.email, items: itemsOf.pluck().all(u.email) as number[] })).filter((w) => w.items.length > 0);
  } finally {
    db.$client.close();
  }
}, 600_000);

afterAll(async () => {
  await server?.stop("SIGKILL");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("SIGKILL while 50 liaisons write", () => {
  it("keeps every acknowledged status update, and the database is intact after a restart", async () => {
    expect(writers.length).toBe(WRITERS);
    server = await startServerProcess(serverEnv(), 60_000);
    const client = new HttpClient(server.url, WRITERS + 4);
    const cookies: string[] = [];
    for (const w of writers) cookies.push(await login(client, w.email, BENCH_PASSWORD));

    const acknowledged: { note: string; itemId: number }[] = [];
    let failedAfterKill = 0;
    let conflicts = 0;
    let killed = false;
    const otherStatuses: number[] = [];
    const loops = writers.map(async (w, wi) => {
      for (let seq = 0; !killed; seq++) {
        const id = w.items[seq % w.items.length];
        try {
          const page = await client.request("GET", `/aksi/${id}`, { Cookie: cookies[wi] });
          const version = /name="version" value="(\d+)"/.exec(page.body)?.[1];
          if (page.status !== 200 || !version) {
            otherStatuses.push(page.status);
            continue;
          }
          const note = `uji crash penulis ${wi} ke-${seq} butir ${id}`;
          const body = statusFormBody({ intent: "status", status: "in_progress", progress: String(10 + ((seq * 13 + wi) % 80)), note, version });
          const res = await client.request(
            "POST",
            `/aksi/${id}`,
            { Cookie: cookies[wi], Origin: client.baseUrl, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(Buffer.byteLength(body)) },
            body,
          );
          if (res.status === 302) acknowledged.push({ note, itemId: id });
          else if (res.status === 409) conflicts++;
          else otherStatuses.push(res.status);
        } catch {
          // The connection died with the server: this request was never acknowledged.
          if (killed) failedAfterKill++;
          else otherStatuses.push(-1);
          return;
        }
      }
    });

    // Let the writes get going, then kill the server without any chance to clean up.
    const deadline = Date.now() + 90_000;
    while (acknowledged.length < 300 && otherStatuses.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    const exit = server.stop("SIGKILL");
    await Promise.all(loops);
    await exit;
    expect(server.child.signalCode).toBe("SIGKILL");
    client.close();

    expect(otherStatuses).toEqual([]);
    expect(conflicts).toBe(0);
    // Killed mid-stream: requests were in flight when it died.
    expect(failedAfterKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    // Restart on the same file: it recovers from the WAL and serves again.
    server = await startServerProcess(serverEnv(), 60_000);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    await server.stop("SIGTERM");
    server = null;

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const byNote = db.prepare("SELECT count(*) FROM action_updates WHERE note = ?").pluck();
      const missing = acknowledged.filter((a) => byNote.get(a.note) !== 1);
      expect(missing).toEqual([]);
      // The item's denormalised status/progress is that of its latest update (same transaction).
      const drift = db
        .prepare(
          `SELECT a.id FROM action_items a
           JOIN action_updates u ON u.id = (SELECT id FROM action_updates x WHERE x.action_id = a.id ORDER BY x.at DESC, x.id DESC LIMIT 1)
           WHERE u.status <> a.status OR u.progress <> a.progress`,
        )
        .all();
      expect(drift).toEqual([]);
      // Every update through the form has its audit row (written in the same transaction).
      const audited = db.prepare("SELECT count(*) FROM audit_log WHERE action = 'status_update' AND json_extract(after, '$.note') = ?").pluck();
      expect(acknowledged.filter((a) => audited.get(a.note) !== 1)).toEqual([]);
    } finally {
      db.close();
    }
  }, 240_000);
});
