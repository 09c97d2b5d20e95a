// Integration-test harness: a freshly migrated SQLite file per test file, the real built app
// served over HTTP on a free port, and a cookie-keeping client that posts like a browser.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../db/client";
import { DEMO_PASSWORD, seedDemo } from "../../db/demo/seed";

export interface TestApp {
  url: string;
  db: Db;
  dir: string;
  client: () => TestClient;
  /** A client already signed in as `email` (demo password unless given). */
  loginAs: (email: string, password?: string) => Promise<TestClient>;
  close: () => Promise<void>;
}

/**
 * Starts the app on a new database. Call once per test file (beforeAll); env and the database
 * singleton are per process, and vitest runs each file in its own process.
 */
export async function startTestApp(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-test-"));
  process.env.DATABASE_PATH = path.join(dir, "test.db");
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  process.env.SESSION_SECRET = "test-secret-that-is-long-enough-0123456789";
  Object.assign(process.env, options.env ?? {});
  const { getDb } = await import("../../app/db.server");
  const { createApp, loadBuild } = await import("../../app/http.server");
  const db = getDb();
  if (options.demo !== false) await seedDemo(db);
  const app = createApp(await loadBuild());
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = () => new TestClient(url);
  return {
    url,
    db,
    dir,
    client,
    loginAs: async (email, password = DEMO_PASSWORD) => {
      const c = client();
      const res = await c.post("/login", { email, password });
      if (res.status !== 302) throw new Error(`login as ${email} failed: ${res.status}`);
      return c;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.$client.close();
      globalThis.__sigapDb = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser-like client: keeps cookies, sends same-origin headers on posts, never follows redirects. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(public baseUrl: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const method = (init.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && !headers.has("Origin")) headers.set("Origin", this.baseUrl);
    const res = await fetch(this.baseUrl + pathname, { ...init, headers, redirect: "manual" });
    this.remember(res);
    return res;
  }

  get(pathname: string, headers?: HeadersInit) {
    return this.request(pathname, { headers });
  }

  /** Posts a form: a plain object becomes urlencoded; a FormData goes multipart. */
  post(pathname: string, body: Record<string, string | string[]> | FormData, headers?: HeadersInit) {
    let payload: BodyInit;
    if (body instanceof FormData) payload = body;
    else {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(body)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
      payload = params;
    }
    return this.request(pathname, { method: "POST", body: payload, headers });
  }

  /** The page's text with tags stripped, for asserting what a user reads. */
  async text(pathname: string): Promise<{ status: number; text: string }> {
    const res = await this.get(pathname);
    const html = await res.text();
    return { status: res.status, text: htmlToText(html) };
  }
}

export function htmlToText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim();
}
