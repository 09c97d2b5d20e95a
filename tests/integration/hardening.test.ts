// Response hardening (CSP with a nonce, HSTS in production, no-store on data pages and their
// client-side navigation data), logs that never carry passwords or cookies, request bodies
// limited before they are read, the cross-site check, login timing, append-only tables enforced
// by the database, /healthz watching the database file, and the production secret's length.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { serverEntry, startServerProcess, type ServerProcess } from "../../db/bench/server-process";
import { startTestApp, TestClient, type TestApp } from "../support/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("security headers", () => {
  it("pages carry an enforced CSP whose nonce is the one on every inline script", async () => {
    const client = await app.loginAs("pimpinan@demo.sigap.id");
    const res = await client.get("/");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    // a fresh nonce per response
    const again = (await client.get("/")).headers.get("content-security-policy")!;
    expect(again).not.toBe(csp);
  });

  it("pages with data are never cached; no HSTS outside production", async () => {
    const client = await app.loginAs("sekretariat@demo.sigap.id");
    const res = await client.get("/");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("the production server", () => {
  let dir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sigap-prod-"));
    const dbPath = path.join(dir, "prod.db");
    // seed a user through the real command line
    const { execFileSync } = await import("node:child_process");
    execFileSync(
      process.execPath,
      ["--import", "tsx", "app/cli/user-create.server.ts", "--email", "ketua@example.go.id", "--password", DEMO_PASSWORD, "--role", "pimpinan"],
      { env: { ...process.env, DATABASE_PATH: dbPath }, stdio: "pipe" },
    );
    server = await startServerProcess({ NODE_ENV: "production", SESSION_SECRET: "s".repeat(64), DATABASE_PATH: dbPath });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends HSTS and a Secure session cookie", async () => {
    const res = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "ketua@example.go.id", password: DEMO_PASSWORD }),
      headers: { Origin: server.url },
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/i);
  });

  it("never writes a password or a session cookie to its log", async () => {
    const secretPassword = "tebakan-salah-RAHASIA-123";
    await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "ketua@example.go.id", password: secretPassword }),
      headers: { Origin: server.url },
      redirect: "manual",
    });
    const ok = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "ketua@example.go.id", password: DEMO_PASSWORD }),
      headers: { Origin: server.url },
      redirect: "manual",
    });
    const cookie = ok.headers.get("set-cookie")!.split(";")[0];
    // a denied request with the cookie, and a cross-site post carrying it
    await fetch(`${server.url}/admin/pengguna`, { headers: { Cookie: cookie } });
    await fetch(`${server.url}/logout`, { method: "POST", headers: { Cookie: cookie, Origin: "https://evil.example" }, redirect: "manual" });
    await new Promise((r) => setTimeout(r, 200));
    const log = server.output();
    expect(log).toContain("login_failed");
    expect(log).toContain("access_denied");
    expect(log).toContain("cross_site_rejected");
    expect(log).not.toContain(secretPassword);
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain(cookie.split("=")[1]);
  });
});

/**
 * Posts `total` bytes in 64 KB chunks, as fast as the server reads them, and stops writing as soon
 * as an answer arrives. `sent` is how much was written by then.
 */
function postBytes(url: string, pathname: string, headers: http.OutgoingHttpHeaders, total: number): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url + pathname, { method: "POST", headers: { Origin: url, ...headers } });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answered = false;
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        resolve({ status: res.statusCode!, text, sent });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    write();
  });
}

describe("request bodies are limited before they are read", () => {
  const MB = 1024 * 1024;
  const form = { "Content-Type": "application/x-www-form-urlencoded" };

  it("refuses an 8 MB login form from its Content-Length, reading almost none of it", async () => {
    const r = await postBytes(app.url, "/login", { ...form, "Content-Length": 8 * MB }, 8 * MB);
    expect(r.status).toBe(413);
    expect(r.text).toBe("Isian formulir terlalu besar: paling besar 1 MB.");
    expect(r.sent).toBeLessThan(4 * MB);
  });

  it("stops reading a chunked login form that passes 1 MB (no Content-Length to trust)", async () => {
    const r = await postBytes(app.url, "/login", { ...form, "Transfer-Encoding": "chunked" }, 64 * MB);
    expect(r.status).toBe(413);
    expect(r.text).toBe("Isian formulir terlalu besar: paling besar 1 MB.");
    expect(r.sent).toBeLessThan(16 * MB);
  });

  it("limits JSON bodies like forms", async () => {
    const r = await postBytes(app.url, "/login", { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }, 4 * MB);
    expect(r.status).toBe(413);
  });

  it("lets an upload through up to 25 MB per file and refuses a larger multipart body, declared or streamed", async () => {
    const multipart = { "Content-Type": "multipart/form-data; boundary=batas" };
    const declared = await postBytes(app.url, "/login", { ...multipart, "Content-Length": 30 * MB }, 30 * MB);
    expect(declared.status).toBe(413);
    expect(declared.text).toBe("Unggahan terlalu besar: paling besar 25 MB per berkas.");
    expect(declared.sent).toBeLessThan(8 * MB);
    const streamed = await postBytes(app.url, "/login", { ...multipart, "Transfer-Encoding": "chunked" }, 64 * MB);
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(40 * MB);
    // A 2 MB multipart form is not refused by the limit: the login form answers it (400, no email).
    const body = Buffer.concat([Buffer.from('--batas\r\nContent-Disposition: form-data; name="catatan"\r\n\r\n'), Buffer.alloc(2 * MB, "a"), Buffer.from("\r\n--batas--\r\n")]);
    const small = await app.client().request("/login", { method: "POST", body, headers: multipart });
    expect(small.status).toBe(400);
  });

  it("still signs in with an ordinary form", async () => {
    await expect(app.loginAs("sekretariat@demo.sigap.id")).resolves.toBeInstanceOf(TestClient);
  });
});

describe("client-side navigation data", () => {
  it("is never cached, like the pages", async () => {
    const client = await app.loginAs("sekretariat@demo.sigap.id");
    for (const route of ["root", "routes/_index"]) {
      const res = await client.get(`/?_data=${encodeURIComponent(route)}`);
      expect(res.status, route).toBe(200);
      expect(res.headers.get("content-type"), route).toContain("application/json");
      expect(res.headers.get("cache-control"), route).toBe("no-store");
    }
  });
});

describe("the cross-site check", () => {
  const post = (url: string, headers: Record<string, string>) => fetch(`${url}/login`, { method: "POST", body: new URLSearchParams({}), headers, redirect: "manual" });

  it("lets the server's own origin through and refuses another scheme, host or port", async () => {
    const { port } = new URL(app.url);
    expect((await post(app.url, { Origin: app.url })).status).toBe(400);
    for (const origin of [`https://127.0.0.1:${port}`, `http://127.0.0.1:${Number(port) + 1}`, `http://localhost:${port}`, "null"]) {
      const res = await post(app.url, { Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(await res.text()).toBe("Permintaan lintas situs ditolak.");
    }
  });

  it("behind a trusted proxy, compares with the scheme and host the proxy reports", async () => {
    const { createApp, loadBuild } = await import("../../app/http.server");
    process.env.TRUST_PROXY = "loopback";
    const proxied = createApp(await loadBuild());
    delete process.env.TRUST_PROXY;
    const server = await new Promise<http.Server>((resolve) => {
      const s = proxied.listen(0, "127.0.0.1", () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const forwarded = { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "sigap.example.go.id" };
      expect((await post(url, { ...forwarded, Origin: "https://sigap.example.go.id" })).status).toBe(400);
      expect((await post(url, { ...forwarded, Origin: "http://sigap.example.go.id" })).status).toBe(403);
      expect((await post(url, { ...forwarded, Origin: "https://sigap.example.go.id:8443" })).status).toBe(403);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("login timing", () => {
  /** The time the server takes to answer a failed login. */
  async function failedLogin(email: string): Promise<number> {
    const started = performance.now();
    const res = await app.client().post("/login", { email, password: "bukan-kata-sandinya-0" });
    expect(res.status).toBe(400);
    return performance.now() - started;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  it("takes as long for an unknown email as for a known one", async () => {
    // Warm-up: the first of each kind pays one-off costs. The attempts stay under the lockout limit.
    await failedLogin("tidak-ada-0@contoh.go.id");
    await failedLogin("polri@demo.sigap.id");
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 1; i <= 3; i++) {
      unknown.push(await failedLogin(`tidak-ada-${i}@contoh.go.id`));
      known.push(await failedLogin("kemenpppa@demo.sigap.id"));
    }
    // Without the same password check an unknown email answers in a small fraction of the time
    // (about 1 ms against an argon2 verification's tens of ms). What leaks is an unknown email
    // answering faster; the bound above only catches gross asymmetry, since this machine is shared.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeLessThan(median(known) * 3);
  });
});

describe("append-only tables", () => {
  it("refuse INSERT OR REPLACE over an existing row from any connection, whatever its settings", () => {
    const c = new Database(process.env.DATABASE_PATH!);
    try {
      c.pragma("recursive_triggers = OFF");
      const audit = c.prepare("INSERT INTO audit_log (at, action, entity) VALUES (0, 'uji', 'uji') RETURNING id, action").get() as { id: number; action: string };
      const update = c.prepare("SELECT id, action_id, note FROM action_updates ORDER BY id LIMIT 1").get() as { id: number; action_id: number; note: string | null };
      expect(update).toBeTruthy();
      for (const verb of ["INSERT OR REPLACE", "REPLACE"]) {
        expect(() => c.prepare(`${verb} INTO audit_log (id, at, action, entity) VALUES (?, 0, 'dihapus', 'x')`).run(audit.id)).toThrow(/append-only/);
        expect(() => c.prepare(`${verb} INTO action_updates (id, action_id, at, status, progress, note) VALUES (?, ?, 0, 'done', 100, 'diubah')`).run(update.id, update.action_id)).toThrow(/append-only/);
      }
      expect(c.prepare("SELECT action FROM audit_log WHERE id = ?").get(audit.id)).toEqual({ action: audit.action });
      expect(c.prepare("SELECT note FROM action_updates WHERE id = ?").get(update.id)).toEqual({ note: update.note });

      // Evidence links: a new link may be added, an existing one neither replaced nor changed.
      const file = c.prepare("INSERT INTO files (storage_key, original_name, media_type, size, sha256) VALUES ('uji-bukti', 'bukti.pdf', 'application/pdf', 1, 'x') RETURNING id").get() as { id: number };
      c.prepare("INSERT INTO action_update_files (update_id, file_id) VALUES (?, ?)").run(update.id, file.id);
      expect(() => c.prepare("INSERT OR REPLACE INTO action_update_files (update_id, file_id) VALUES (?, ?)").run(update.id, file.id)).toThrow(/append-only/);
      expect(() => c.prepare("UPDATE action_update_files SET file_id = file_id WHERE update_id = ?").run(update.id)).toThrow(/append-only/);
      expect(c.prepare("SELECT count(*) AS n FROM action_update_files WHERE update_id = ? AND file_id = ?").get(update.id, file.id)).toEqual({ n: 1 });
    } finally {
      c.close();
    }
  });
});

describe("a production server whose database file goes away", () => {
  let dir: string;
  let server: ServerProcess;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sigap-health-"));
    server = await startServerProcess({ NODE_ENV: "production", SESSION_SECRET: "h".repeat(32), DATABASE_PATH: path.join(dir, "sigap.db") });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("fails /healthz while the file is moved away or deleted", async () => {
    const file = path.join(dir, "sigap.db");
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    renameSync(file, `${file}.pindah`);
    const moved = await fetch(`${server.url}/healthz`);
    expect(moved.status).toBe(503);
    expect(await moved.text()).toBe("tidak sehat: berkas basis data tidak ditemukan");
    renameSync(`${file}.pindah`, file);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    rmSync(file);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
  });
});

describe("SESSION_SECRET in production", () => {
  it("is refused when shorter than 32 characters, before the database is touched", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-secret-"));
    try {
      const dbPath = path.join(dir, "sigap.db");
      const r = spawnSync(process.execPath, [serverEntry()], {
        env: { ...process.env, NODE_ENV: "production", SESSION_SECRET: "x".repeat(31), DATABASE_PATH: dbPath, PORT: "0", HOST: "127.0.0.1" },
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("Galat: SESSION_SECRET terlalu pendek (31 karakter, paling sedikit 32)");
      expect(r.stdout).not.toContain("berjalan di");
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
