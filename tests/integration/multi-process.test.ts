// `npm start` with several processes (WEB_CONCURRENCY) on the one SQLite file, against the built
// server: connections are answered by different processes (told apart by /healthz's
// X-Server-Process, a worker number), a status update posted through one process shows on the very
// next read through the other, a worker that dies is replaced, SIGTERM to the primary lets every
// worker finish its requests in flight and then exits 0, WEB_CONCURRENCY=1 is one process, and a
// WEB_CONCURRENCY that is not a positive integer is refused in Indonesian.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { DEMO_PASSWORD, seedDemo } from "../../db/demo/seed";
import { BOUNDARY, HttpClient, login, statusFormBody } from "../../db/bench/http-client";
import { serverEntry, startServerProcess, type ServerProcess } from "../../db/bench/server-process";

const LIAISON = "polri@demo.sigap.id";
let dir: string;
let dbPath: string;
let itemId: number;
let server: ServerProcess | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-multi-"));
  dbPath = path.join(dir, "sigap.db");
  const db = openDatabase(dbPath);
  await seedDemo(db);
  itemId = db.$client.prepare("SELECT id FROM action_items WHERE ref = ?").pluck().get("rakornas-2025-06-04-a1") as number;
  db.$client.close();
});
afterAll(async () => {
  await server?.stop("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Two server processes; no SESSION_SECRET (development), so the workers must share the primary's. */
function start(extra: Record<string, string> = {}) {
  return startServerProcess({ DATABASE_PATH: dbPath, UPLOAD_DIR: path.join(dir, "uploads"), WEB_CONCURRENCY: "2", SESSION_SECRET: "", ...extra });
}

/** The processes `pid` started (the workers of a primary). */
function childPids(pid: number): number[] {
  const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return ps.stdout.split(/\s+/).filter(Boolean).map(Number);
}

/** A keep-alive connection of its own: every request on it is answered by the same process, `id`. */
async function connect(url: string): Promise<{ client: HttpClient; id: string }> {
  const client = new HttpClient(url, 1);
  const health = await client.request("GET", "/healthz");
  expect(health.status).toBe(200);
  return { client, id: String(health.headers["x-server-process"]) };
}

/** The item page read on a connection, checked to be still answered by the same process. */
async function readItem(conn: { client: HttpClient; id: string }, cookie: string): Promise<string> {
  const page = await conn.client.request("GET", `/aksi/${itemId}`, { Cookie: cookie });
  expect(page.status).toBe(200);
  expect((await conn.client.request("GET", "/healthz")).headers["x-server-process"]).toBe(conn.id);
  return page.body;
}

/** A column of the dashboard (selesai, menunggu_verifikasi), all years, summed over the Subsatgas (its CSV), read on a connection. */
async function onDashboard(conn: { client: HttpClient; id: string }, cookie: string, name: "selesai" | "menunggu_verifikasi" = "selesai"): Promise<number> {
  const csv = await conn.client.request("GET", "/dasbor/subsatgas.csv?tahun=semua", { Cookie: cookie });
  expect(csv.status).toBe(200);
  const [header, ...rows] = csv.body.replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(";"));
  const column = header.indexOf(name);
  expect(column).toBeGreaterThan(0);
  return rows.reduce((sum, cells) => sum + Number(cells[column]), 0);
}

describe("WEB_CONCURRENCY=2", () => {
  // One server for the three steps, in order: two processes answer and see each other's writes, one
  // is killed and replaced, then SIGTERM stops them all.
  let url: string;
  beforeAll(async () => {
    server = await start({ SIGAP_QUIET_LOG: "0" });
    url = server.url;
  });

  it("answers from two processes, and a status update through one shows on the very next read through the other, item and dashboard", async () => {
    expect(server!.output()).toContain("2 proses)");
    const cookie = await login(new HttpClient(url, 1), LIAISON, DEMO_PASSWORD);
    const leader = await login(new HttpClient(url, 1), "pimpinan@demo.sigap.id", DEMO_PASSWORD);
    const secretariat = await login(new HttpClient(url, 1), "sekretariat@demo.sigap.id", DEMO_PASSWORD);

    // Both processes read the item before the write (whatever they keep in memory is warm).
    const seen = new Map<string, { client: HttpClient; id: string }>();
    for (let i = 0; i < 20 && seen.size < 2; i++) {
      const conn = await connect(url);
      if (seen.has(conn.id)) conn.client.close();
      else seen.set(conn.id, conn);
    }
    expect(seen.size).toBe(2);
    const [writer, reader] = [...seen.values()];
    const note = `Diperbarui lewat proses ${writer.id}`;
    for (const conn of [writer, reader]) expect(await readItem(conn, cookie)).not.toContain(note);
    const doneBefore = await onDashboard(reader, leader);
    expect(await onDashboard(writer, leader)).toBe(doneBefore);
    const waitingBefore = await onDashboard(reader, leader, "menunggu_verifikasi");

    /** Posts a form of the item page on a connection, with the version the page carries there. */
    async function post(conn: { client: HttpClient }, session: string, fields: Record<string, string>) {
      const form = await conn.client.request("GET", `/aksi/${itemId}`, { Cookie: session });
      const version = /name="version" value="(\d+)"/.exec(form.body)![1];
      const body = statusFormBody({ ...fields, version });
      const posted = await conn.client.request(
        "POST",
        `/aksi/${itemId}`,
        { Cookie: session, Origin: url, "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, "Content-Length": String(Buffer.byteLength(body)) },
        body,
      );
      expect(posted.status).toBe(302);
    }
    // The liaison's selesai through one process...
    await post(writer, cookie, { intent: "status", status: "done", progress: "100", note });

    // ...shows on the very next read, through the other process, then more reads on new connections.
    expect(await readItem(reader, cookie)).toContain(note);
    // and on the leader's figures, through either process: waiting for verification, not yet selesai
    for (const conn of [reader, writer]) {
      expect(await onDashboard(conn, leader, "menunggu_verifikasi")).toBe(waitingBefore + 1);
      expect(await onDashboard(conn, leader)).toBe(doneBefore);
    }
    // The secretariat's approval through the other process counts it as selesai, through either process.
    await post(reader, secretariat, { intent: "verifikasi", hasil: "disetujui", catatan: "Bukti diperiksa." });
    for (const conn of [writer, reader]) {
      expect(await onDashboard(conn, leader)).toBe(doneBefore + 1);
      expect(await onDashboard(conn, leader, "menunggu_verifikasi")).toBe(waitingBefore);
    }
    const answeredBy = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const conn = await connect(url);
      const page = await readItem(conn, cookie);
      expect(page).toContain(note);
      expect(page).toContain("100%");
      answeredBy.add(conn.id);
      conn.client.close();
    }
    expect(answeredBy).toEqual(new Set([writer.id, reader.id]));
    writer.client.close();
    reader.client.close();
  });

  it("replaces a worker that dies, and keeps serving meanwhile", async () => {
    const before = childPids(server!.child.pid!);
    expect(before).toHaveLength(2);
    process.kill(before[0], "SIGKILL");
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !server!.output().includes('"event":"server_process_died"')) await new Promise((r) => setTimeout(r, 50));
    expect(server!.output()).toContain(`"event":"server_process_died","pid":${before[0]},"code":null,"signal":"SIGKILL"`);
    // The survivor answers meanwhile; the replacement (worker 3) joins it.
    const ids = new Set<string>();
    while (Date.now() < deadline && !ids.has("3")) {
      const conn = await connect(url);
      ids.add(conn.id);
      conn.client.close();
    }
    expect(ids.has("3")).toBe(true);
    const after = childPids(server!.child.pid!);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
  });

  it("on SIGTERM to the primary, each worker finishes its request in flight; then the primary exits 0", async () => {
    const logged = server!.output().length;
    // On each of the two processes, a login whose body arrives in two parts, the second after the signal.
    const inFlight = new Map<string, { req: http.ClientRequest; answered: Promise<number>; agent: http.Agent }>();
    for (let i = 0; i < 20 && inFlight.size < 2; i++) {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const id = await new Promise<string>((resolve, reject) =>
        http.get(`${url}/healthz`, { agent }, (res) => (res.resume(), resolve(String(res.headers["x-server-process"])))).on("error", reject),
      );
      if (inFlight.has(id)) {
        agent.destroy();
        continue;
      }
      const req = http.request(`${url}/login`, { agent, method: "POST", headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" } });
      const answered = new Promise<number>((resolve, reject) => {
        req.on("response", (res) => (res.resume(), resolve(res.statusCode!)));
        req.on("error", reject);
      });
      req.write(`email=${encodeURIComponent(LIAISON)}&`);
      inFlight.set(id, { req, answered, agent });
    }
    expect(inFlight.size).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    const exited = server!.stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    // No new connection is taken any more...
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // ...but every request in flight is answered.
    for (const { req } of inFlight.values()) req.end(`password=${DEMO_PASSWORD}`);
    expect(await Promise.all([...inFlight.values()].map((f) => f.answered))).toEqual([302, 302]);
    expect(await exited).toBe(0);
    for (const { agent } of inFlight.values()) agent.destroy();
    const out = server!.output().slice(logged);
    expect(out.match(/"event":"server_stopping","signal":"SIGTERM","inFlight":1/g)).toHaveLength(2);
    expect(out).toContain('"event":"primary_stopping","signal":"SIGTERM","processes":2');
    expect(out.match(/SIGAP TPPO berhenti\./g)).toHaveLength(1);
    expect(out).not.toContain("server_process_died");
    server = null;
  });
});

describe("WEB_CONCURRENCY=1", () => {
  it("serves from the one process, as before", async () => {
    server = await start({ WEB_CONCURRENCY: "1" });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get("X-Server-Process")).toBeNull();
    expect(server.output()).not.toContain("proses)");
    expect(childPids(server.child.pid!)).toEqual([]);
    expect(await server.stop("SIGTERM")).toBe(0);
    server = null;
  });
});

describe("the number of processes", () => {
  it("is WEB_CONCURRENCY, or one per core up to 4; anything but a positive integer is refused", async () => {
    const { serverProcessCount } = (await import(serverEntry())) as { serverProcessCount: (value: string | undefined, cores: number) => number | null };
    expect([serverProcessCount(undefined, 2), serverProcessCount("", 8), serverProcessCount(undefined, 16)]).toEqual([2, 4, 4]);
    expect([serverProcessCount("1", 8), serverProcessCount("6", 2), serverProcessCount(" 3 ", 2)]).toEqual([1, 6, 3]);
    for (const value of ["abc", "0", "-2", "1.5", "2x", "1e1"]) expect(serverProcessCount(value, 2), value).toBeNull();
  });
});

describe("a WEB_CONCURRENCY that is not a positive integer", () => {
  it.each(["abc", "0"])("%s is refused with an Indonesian message, before the database is touched", (value) => {
    const empty = mkdtempSync(path.join(dir, "tolak-"));
    const r = spawnSync(process.execPath, [serverEntry()], {
      env: { ...process.env, WEB_CONCURRENCY: value, DATABASE_PATH: path.join(empty, "sigap.db"), PORT: "0", HOST: "127.0.0.1" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Galat: WEB_CONCURRENCY harus bilangan bulat positif (jumlah proses yang melayani), misalnya WEB_CONCURRENCY=2; tertulis "${value}".`);
    expect(r.stdout).not.toContain("berjalan di");
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe("a transaction on the shared file", () => {
  it("holds the write lock from BEGIN, so a read-then-write is never refused because another process committed in between", () => {
    const a = openDatabase(dbPath);
    const b = openDatabase(dbPath);
    try {
      a.$client.exec("CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)");
      b.$client.pragma("busy_timeout = 0");
      const read = a.$client.prepare("SELECT n FROM counter").pluck();
      const increment = a.$client.prepare("UPDATE counter SET n = n + 1");
      const incrementFromB = b.$client.prepare("UPDATE counter SET n = n + 1");
      const code = (fn: () => unknown) => {
        try {
          fn();
          return "ok";
        } catch (error) {
          return (error as { code?: string }).code;
        }
      };

      // Deferred (SQLite's own default): b commits between a's read and a's write, which then fails at once.
      const deferred = code(() =>
        a.transaction(
          () => {
            read.get();
            expect(code(() => incrementFromB.run())).toBe("ok");
            increment.run();
          },
          { behavior: "deferred" },
        ),
      );
      expect(deferred).toBe("SQLITE_BUSY_SNAPSHOT");
      expect(read.get()).toBe(1);

      // Our default: b waits for the lock (here: is refused, having no busy_timeout) and a's write goes through.
      a.transaction(() => {
        const n = read.get() as number;
        expect(code(() => incrementFromB.run())).toBe("SQLITE_BUSY");
        increment.run();
        expect(read.get()).toBe(n + 1);
      });
      expect(b.$client.prepare("SELECT n FROM counter").pluck().get()).toBe(2);
    } finally {
      a.$client.close();
      b.$client.close();
    }
  });
});
