// The command line as an operator uses it. `user:create` creates and
// migrates a missing database, refuses bad arguments with an Indonesian message and a non-zero
// exit and then writes nothing; `npm start` (the built server, compiled from app/cli/serve.server.ts)
// refuses to run in production without SESSION_SECRET and otherwise serves with a Secure session cookie.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { createUser } from "../../app/accounts/user.server";
import { freePort, serverEntry, startServerProcess } from "../../db/bench/server-process";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The environment of a child: ours without the test harness's database and secret. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_PATH", "SESSION_SECRET", "NODE_ENV", "PORT", "TRUST_PROXY", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID"]) delete env[key];
  return { ...env, ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script as node does: a .ts source file with tsx's loader (as `npx tsx script` without
 * npx's start-up cost), a built .js file as it is. The same process boundary, exit code and output.
 */
function tsx(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const loader = script.endsWith(".ts") ? ["--import", "tsx"] : [];
  return spawn(process.execPath, [...loader, script, ...args], { cwd: ROOT, env });
}

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = tsx(script, args, childEnv(env));
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function userCreate(dbPath: string, ...args: string[]) {
  return run("app/cli/user-create.server.ts", args, { DATABASE_PATH: dbPath });
}

/** Rows that a failed command must leave as they were. */
function snapshot(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { users: n("SELECT count(*) AS n FROM users"), audit: n("SELECT count(*) AS n FROM audit_log"), agencies: n("SELECT count(*) AS n FROM agencies") };
  } finally {
    db.close();
  }
}

function readUser(dbPath: string, email: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT u.email, u.role, u.region_code AS regionCode, u.password_hash AS passwordHash, a.name AS agency FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.email = ?",
      )
      .get(email) as { email: string; role: string; regionCode: string | null; passwordHash: string; agency: string | null } | undefined;
  } finally {
    db.close();
  }
}

const GOOD_PASSWORD = "sandi-operator-2025";

describe("npm run user:create", () => {
  let dbPath: string;

  it("creates and migrates a missing database, then the user", async () => {
    dbPath = path.join(dir, "baru", "di", "sini", "sigap.db");
    expect(existsSync(dbPath)).toBe(false);
    const r = await userCreate(dbPath, "--email", "Admin@Uji.Sigap.id", "--password", GOOD_PASSWORD, "--role", "admin");
    expect(r.stderr).not.toContain("Galat");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Pengguna admin@uji.sigap.id (admin, nasional) dibuat");
    expect(existsSync(dbPath)).toBe(true);

    const db = new Database(dbPath, { readonly: true });
    try {
      expect((db.prepare("SELECT count(*) AS n FROM regions").get() as { n: number }).n).toBe(552);
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
    const user = readUser(dbPath, "admin@uji.sigap.id");
    expect(user).toMatchObject({ role: "admin", regionCode: null, agency: null });
    expect(user!.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(snapshot(dbPath)).toMatchObject({ users: 1, audit: 1 });
  });

  it("creates a liaison of an agency named by alias, in a regency's scope", async () => {
    const r = await userCreate(dbPath, "--email", "pppa@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "penghubung", "--agency", "Kemen PPPA", "--region", "32.12");
    expect(r.code).toBe(0);
    expect(readUser(dbPath, "pppa@uji.sigap.id")).toMatchObject({
      role: "penghubung",
      regionCode: "32.12",
      agency: "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
    });
  });

  const failures: Array<[string, string[], RegExp]> = [
    ["a liaison without --agency", ["--email", "a@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "penghubung"], /Penghubung wajib memiliki instansi: tambahkan --agency NAMA\./],
    ["a short password", ["--email", "b@uji.sigap.id", "--password", "pendek", "--role", "admin"], /--password paling sedikit 12 karakter\./],
    ["an unknown role", ["--email", "c@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "superadmin"], /--role harus salah satu dari: admin, sekretariat, penghubung, pimpinan\./],
    ["an unknown region", ["--email", "d@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "sekretariat", "--region", "32.99"], /Kode wilayah "32\.99" tidak dikenal/],
    ["an unknown agency", ["--email", "e@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "penghubung", "--agency", "Kementerian Khayalan"], /Instansi "Kementerian Khayalan" tidak dikenal/],
    ["a duplicate email (in other case)", ["--email", "ADMIN@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "pimpinan"], /Email ADMIN@uji\.sigap\.id sudah terdaftar\./],
    ["a missing email", ["--password", GOOD_PASSWORD, "--role", "admin"], /--email wajib diisi/],
    ["an unknown option", ["--email", "f@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "admin", "--peran", "admin"], /Opsi --peran tidak dikenal\./],
  ];

  describe("bad arguments", () => {
    // All bad invocations run side by side against the same database; none may write anything.
    let before: ReturnType<typeof snapshot>;
    let after: ReturnType<typeof snapshot>;
    const results = new Map<string, Run>();
    beforeAll(async () => {
      before = snapshot(dbPath);
      await Promise.all(failures.map(async ([label, args]) => results.set(label, await userCreate(dbPath, ...args))));
      after = snapshot(dbPath);
    });

    it.each(failures)("refuses %s with a clear message and a non-zero exit", (label, _args, message) => {
      const r = results.get(label)!;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Galat: /m);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).not.toContain("dibuat");
    });

    it("writes nothing for any of them", () => {
      expect(before.users).toBe(2);
      expect(after).toEqual(before);
    });
  });
});

describe("package.json scripts", () => {
  it("point at scripts that exist: sources run with tsx, built files in BUILD_DIR after `npm run build`", async () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const buildDir = path.resolve(ROOT, process.env.BUILD_DIR || "build");
    const missing: string[] = [];
    for (const [name, command] of Object.entries(scripts)) {
      for (const m of command.matchAll(/\btsx\s+(\S+\.ts)\b/g)) {
        if (!existsSync(path.join(ROOT, m[1]))) missing.push(`npm run ${name}: ${m[1]}`);
      }
      for (const m of command.matchAll(/\bnode \$\{BUILD_DIR:-build\}\/(\S+\.js)/g)) {
        if (!existsSync(path.join(buildDir, m[1]))) missing.push(`npm run ${name}: ${m[1]} (not built)`);
      }
    }
    expect(missing, `package.json scripts run files that do not exist: ${missing.join("; ")}`).toEqual([]);
    expect(scripts.start).toMatch(/NODE_ENV=production/);
  });

  it("npm run user:create -- ... works as the README writes it", async () => {
    const dbPath = path.join(dir, "npm", "sigap.db");
    const r = await new Promise<Run>((resolve, reject) => {
      const child = spawn("npm", ["run", "--silent", "user:create", "--", "--email", "npm@uji.sigap.id", "--password", GOOD_PASSWORD, "--role", "pimpinan", "--region", "32"], {
        cwd: ROOT,
        env: childEnv({ DATABASE_PATH: dbPath }),
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Pengguna npm@uji.sigap.id (pimpinan, 32) dibuat");
    expect(readUser(dbPath, "npm@uji.sigap.id")).toMatchObject({ role: "pimpinan", regionCode: "32" });
  });
});

/**
 * Helpers build into their own BUILD_DIR, often under /tmp. Node resolves the server bundle's
 * packages from the bundle's folder upwards, so a bundle outside the project needs a node_modules
 * next to it. (The default build/ inside the project needs nothing.)
 */
function buildEnv(): Record<string, string> {
  const buildDir = path.resolve(ROOT, process.env.BUILD_DIR || "build");
  if (!buildDir.startsWith(ROOT + path.sep)) {
    const link = path.join(buildDir, "node_modules");
    if (!existsSync(link)) symlinkSync(path.join(ROOT, "node_modules"), link, "dir");
  }
  return process.env.BUILD_DIR ? { BUILD_DIR: process.env.BUILD_DIR } : {};
}

describe("npm start (app/cli/serve.server.ts, built)", () => {
  it("refuses to start in production without SESSION_SECRET, with a clear message", async () => {
    const dbPath = path.join(dir, "prod-tanpa-kunci.db");
    const r = await run(serverEntry(), [], { ...buildEnv(), NODE_ENV: "production", DATABASE_PATH: dbPath, PORT: String(await freePort()), HOST: "127.0.0.1" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Galat: SESSION_SECRET belum diatur.");
    expect(r.stderr).toContain("openssl rand -hex 32");
    expect(r.stdout).not.toContain("berjalan di");
    // It stopped before touching the database.
    expect(existsSync(dbPath)).toBe(false);
  });

  it("serves in production with migrations applied, no demo data and a Secure session cookie", async () => {
    const dbPath = path.join(dir, "prod.db");
    const server = await startServerProcess({ ...buildEnv(), NODE_ENV: "production", SESSION_SECRET: "kunci-produksi-uji-0123456789abcdef", DATABASE_PATH: dbPath });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.headers.get("Strict-Transport-Security")).toContain("max-age=");

      // Migrated, but no demo users and no default account.
      const db = openDatabase(dbPath);
      try {
        expect((db.$client.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n).toBe(0);
        expect((db.$client.prepare("SELECT count(*) AS n FROM rakor").get() as { n: number }).n).toBe(0);
        expect((db.$client.prepare("SELECT count(*) AS n FROM regions").get() as { n: number }).n).toBe(552);
        await createUser(db, { email: "operator@uji.sigap.id", name: "Operator", password: GOOD_PASSWORD, role: "admin", agencyId: null, regionCode: null }, null);
      } finally {
        db.$client.close();
      }
      const login = (email: string, password: string) =>
        fetch(`${server.url}/login`, { method: "POST", body: new URLSearchParams({ email, password }), headers: { Origin: server.url }, redirect: "manual" });
      expect((await login("admin@demo.sigap.id", "sigap-demo-2025")).status).toBe(400);

      const res = await login("operator@uji.sigap.id", GOOD_PASSWORD);
      expect(res.status).toBe(302);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith("sigap_session="));
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    } finally {
      await server.stop();
    }
  });
});
