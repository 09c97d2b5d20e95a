// What ships runs as built: `npm start` runs compiled JavaScript without tsx, the server and the
// app are one file (BUILD_DIR/index.js, so the process holds one copy of every app module), the
// report worker it starts is the compiled one beside it, and SIGTERM lets a request in flight
// finish, then stops the server with no process left behind. `npm run demo` seeds from the build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { createUser } from "../../app/accounts/user.server";
import { ensureBuildResolvable, freePort } from "../../db/bench/server-process";
import { TestClient } from "../support/server";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PASSWORD = "kata-sandi-uji-runtime-2025";
let dir: string;
let buildDir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-runtime-"));
  buildDir = ensureBuildResolvable();
  const db = openDatabase(path.join(dir, "sigap.db"));
  await createUser(db, { email: "ketua@uji.sigap.id", name: "Ketua", password: PASSWORD, role: "pimpinan", agencyId: null, regionCode: null }, null);
  db.$client.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether any process of the process group `pgid` is still there. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  let npm: ChildProcess;
  let output = "";
  let url: string;
  const moduleLog = () => path.join(dir, "modules.log");
  const exited = () => new Promise<number | null>((resolve) => (npm.exitCode !== null || npm.signalCode !== null ? resolve(npm.exitCode) : npm.once("exit", resolve)));

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // Its own process group, so that every process it starts can be looked for afterwards.
    npm = spawn("npm", ["start"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        SESSION_SECRET: "r".repeat(64),
        DATABASE_PATH: path.join(dir, "sigap.db"),
        HOST: "127.0.0.1",
        PORT: String(port),
        SIGAP_QUIET_LOG: "0",
        SIGAP_MODULE_LOG: moduleLog(),
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, "tests/support/module-log.mjs")).href}`,
      },
    });
    npm.stdout!.on("data", (d) => (output += d));
    npm.stderr!.on("data", (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not start:\n${output}`)), 30_000);
      npm.stdout!.on("data", () => output.includes("berjalan di") && (clearTimeout(timer), resolve()));
      npm.once("exit", () => reject(new Error(`npm start exited:\n${output}`)));
    });
  }, 40_000);
  afterAll(() => {
    if (npm.pid && groupAlive(npm.pid)) process.kill(-npm.pid, "SIGKILL");
  });

  it("runs the built server: the app's modules come from BUILD_DIR/index.js alone, and no tsx", async () => {
    const client = new TestClient(url);
    expect((await client.post("/login", { email: "ketua@uji.sigap.id", password: PASSWORD })).status).toBe(302);
    const report = await client.get("/laporan/unduh?dari=2030-01-01&sampai=2030-01-31");
    expect(report.status, output).toBe(200);

    const loaded = readFileSync(moduleLog(), "utf8").trim().split("\n");
    const ours = loaded.filter((u) => u.startsWith(pathToFileURL(ROOT).href) && !u.includes("/node_modules/"));
    expect(ours).toContain(pathToFileURL(path.join(buildDir, "index.js")).href);
    expect(ours.filter((u) => !u.startsWith(pathToFileURL(buildDir).href + "/"))).toEqual([]);
    expect(loaded.filter((u) => /\/tsx\/|\.tsx?$/.test(u))).toEqual([]);
    // The report worker is the compiled one, not worker-entry.mjs (which loads TypeScript through tsx).
    expect(output).toContain(`"event":"report_worker_started","entry":${JSON.stringify(path.join(buildDir, "report-worker.js"))}`);
  });

  it("on SIGTERM finishes the request in flight, then stops with no process left", async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // A login whose body arrives in two parts, the second after the signal.
    const req = http.request(`${url}/login`, { method: "POST", headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" } });
    const answered = new Promise<number>((resolve, reject) => {
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
    });
    req.write("email=ketua%40uji.sigap.id&");
    await sleep(300);
    process.kill(npm.pid!, "SIGTERM");
    await sleep(300);
    // No new connection is taken any more...
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // ...but the request in flight is answered.
    req.end(`password=${PASSWORD}`);
    expect(await answered).toBe(302);
    await exited();
    expect(output).toContain('"event":"server_stopping","signal":"SIGTERM","inFlight":1');
    expect(output).toContain("SIGAP TPPO berhenti.");
    await sleep(200);
    expect(groupAlive(npm.pid!)).toBe(false);
  }, 30_000);
});

describe("npm run demo", () => {
  it("seeds the database from the build (its first step) and tells how to sign in", () => {
    const dbPath = path.join(dir, "demo.db");
    expect(existsSync(path.join(buildDir, "demo.js"))).toBe(true);
    const r = spawnSync(process.execPath, [path.join(buildDir, "demo.js")], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: dbPath, SIGAP_QUIET_LOG: "1" }, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Data demo dimuat ke ${dbPath}.`);
    expect(r.stdout).toContain("sekretariat@demo.sigap.id");
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.demo).toBe("npm run build && node ${BUILD_DIR:-build}/demo.js && exec node ${BUILD_DIR:-build}/index.js");
  });
});
