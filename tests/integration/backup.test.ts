// `npm run backup` makes a consistent online copy while the app keeps writing; the copy passes
// integrity_check and the app starts on it. The copy is one file that only its owner can read.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../../db/bench/server-process";
import { startTestApp, type TestApp } from "../support/server";

const run = promisify(execFile);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("online backup", () => {
  it("copies the database while writes continue, and the app starts on the copy", async () => {
    const admin = await app.loginAs("admin@demo.sigap.id");
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        const res = await admin.post("/admin/instansi/baru", { name: `Instansi Cadangan ${written}`, active: "on" });
        expect(res.status).toBe(302);
        written++;
      }
    })();
    await new Promise((r) => setTimeout(r, 150));
    const out = path.join(app.dir, "cadangan.db");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "app/cli/backup.server.ts", "--out", out], {
      env: { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH },
    });
    writing = false;
    await writer;
    expect(stdout).toContain("integrity_check ok");
    expect(written).toBeGreaterThan(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(app.dir).filter((f) => f.startsWith("cadangan"))).toEqual(["cadangan.db"]);

    const copy = new Database(out, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const copied = (copy.prepare("SELECT count(*) AS n FROM agencies WHERE name LIKE 'Instansi Cadangan %'").get() as { n: number }).n;
    expect(copied).toBeLessThanOrEqual(written);
    expect((copy.prepare("SELECT count(*) AS n FROM regions").get() as { n: number }).n).toBe(552);
    copy.close();

    const server = await startServerProcess({ DATABASE_PATH: out });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("npm run backup (the built command) writes an owner-only file with no -wal or -shm beside it", async () => {
    const out = path.join(app.dir, "npm-cadangan.db");
    const { stdout } = await run("npm", ["run", "--silent", "backup", "--", "--out", out], { env: { ...process.env, SIGAP_QUIET_LOG: "1" } });
    expect(stdout).toContain("integrity_check ok");
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(app.dir).filter((f) => f.startsWith("npm-cadangan"))).toEqual(["npm-cadangan.db"]);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    expect((copy.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n).toBeGreaterThan(0);
    copy.close();
  });

  it("refuses to overwrite an existing file", async () => {
    const out = path.join(app.dir, "ada.db");
    await run(process.execPath, ["--import", "tsx", "app/cli/backup.server.ts", "--out", out]);
    expect(existsSync(out)).toBe(true);
    await expect(run(process.execPath, ["--import", "tsx", "app/cli/backup.server.ts", "--out", out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("sudah ada"),
    });
  });
});
