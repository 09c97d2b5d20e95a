// Response hardening (CSP with a nonce, HSTS in production, no-store on data pages) and logs
// that never carry passwords or cookies.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { startServerProcess, type ServerProcess } from "../support/process";
import { startTestApp, type TestApp } from "../support/server";

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
