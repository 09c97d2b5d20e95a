// Accounts and sessions: login, logout, session fixation, login limits, session expiry and the
// cross-site check, against the real built app on a fresh SQLite file. TRUST_PROXY=true lets each
// test speak from its own address (X-Forwarded-For) so the per-address limit of one test does not
// lock out the next.
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { loginAttempts, sessions, users } from "../../db/schema";
import { createUser, updateUser } from "../../app/accounts/user.server";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

const COOKIE = "sigap_session";
const PASSWORD = "kata-sandi-uji-2025";
let app: TestApp;
let adminId: number;

beforeAll(async () => {
  app = await startTestApp({ env: { TRUST_PROXY: "true" } });
  adminId = app.db.select().from(users).where(eq(users.email, "admin@demo.sigap.id")).get()!.id;
});
afterAll(() => app.close());

let ipCounter = 10;
/** A fresh client address for each use, so address limits stay per test. */
function freshIp() {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

async function makeUser(email: string) {
  return createUser(app.db, { email, name: email, password: PASSWORD, role: "sekretariat", agencyId: null, regionCode: null }, adminId);
}

function login(client: TestClient, email: string, password: string, ip = freshIp(), extra: Record<string, string> = {}) {
  return client.post("/login", { email, password, ...extra }, { "X-Forwarded-For": ip });
}

/** The raw Set-Cookie line of the session cookie, if the response set one. */
function sessionSetCookie(res: Response): string | undefined {
  return res.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
}

/** The session id inside a signed Remix cookie value: base64(JSON(id)) + "." + signature. */
function sessionIdFromCookie(value: string): string {
  const decoded = decodeURIComponent(value);
  const payload = decoded.slice(0, decoded.lastIndexOf("."));
  return JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as string;
}

function sha256(text: string) {
  return createHash("sha256").update(text).digest("hex");
}

function sessionRow(idHash: string) {
  return app.db.select().from(sessions).where(eq(sessions.idHash, idHash)).get();
}

describe("logging in", () => {
  it("redirects home with an HttpOnly, SameSite=Lax cookie that carries only an opaque id whose SHA-256 the database keeps", async () => {
    const client = app.client();
    const res = await login(client, "sekretariat@demo.sigap.id", DEMO_PASSWORD);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    const line = sessionSetCookie(res);
    expect(line).toBeDefined();
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*SameSite=Lax/i);
    expect(line).toMatch(/;\s*Path=\//i);
    // Not production: the test server speaks plain http.
    expect(line).not.toMatch(/;\s*Secure/i);

    const id = sessionIdFromCookie(client.cookies.get(COOKIE)!);
    // 32 random bytes, base64url: nothing about the user in it.
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id).not.toContain("sekretariat");
    const user = app.db.select().from(users).where(eq(users.email, "sekretariat@demo.sigap.id")).get()!;
    const row = sessionRow(sha256(id));
    expect(row?.userId).toBe(user.id);
    // The database never holds the id itself.
    expect(app.db.select().from(sessions).where(eq(sessions.idHash, id)).get()).toBeUndefined();
    const stored = app.db.$client.prepare("SELECT count(*) AS n FROM sessions WHERE id_hash = ? OR ip = ? OR user_agent = ?").get(id, id, id) as { n: number };
    expect(stored.n).toBe(0);

    const home = await client.text("/");
    expect(home.status).toBe(200);
    expect(home.text).toContain("Sekretariat GT PP-TPPO Pusat");
  });

  it("stores passwords as argon2id hashes", () => {
    const rows = app.db.select({ email: users.email, hash: users.passwordHash }).from(users).all();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) {
      expect(r.hash.startsWith("$argon2id$"), r.email).toBe(true);
      expect(r.hash).not.toContain(DEMO_PASSWORD);
    }
  });

  it("issues a new session id at every login and drops the one the browser brought (session fixation)", async () => {
    const client = app.client();
    expect((await login(client, "pimpinan@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
    const first = client.cookies.get(COOKIE)!;
    const firstHash = sha256(sessionIdFromCookie(first));
    expect(sessionRow(firstHash)).toBeDefined();

    // Log in again while carrying the first cookie.
    expect((await login(client, "pimpinan@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
    const second = client.cookies.get(COOKIE)!;
    expect(second).not.toBe(first);
    expect(sessionRow(firstHash)).toBeUndefined();
    expect(sessionRow(sha256(sessionIdFromCookie(second)))).toBeDefined();

    // The old cookie no longer opens anything.
    const stale = app.client();
    stale.cookies.set(COOKIE, first);
    const res = await stale.get("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2F");
  });

  it("refuses a wrong password with 400, the Indonesian message and no cookie", async () => {
    const client = app.client();
    const before = app.db.select({ n: sql<number>`count(*)` }).from(sessions).get()!.n;
    const res = await login(client, "kemenpppa@demo.sigap.id", "salah-sekali-kata-sandinya");
    expect(res.status).toBe(400);
    expect(sessionSetCookie(res)).toBeUndefined();
    const text = htmlToText(await res.text());
    expect(text).toContain("Email atau kata sandi salah.");
    expect(client.cookies.size).toBe(0);
    expect(app.db.select({ n: sql<number>`count(*)` }).from(sessions).get()!.n).toBe(before);
  });

  it("gives the same answer for an unknown email", async () => {
    const res = await login(app.client(), "tidak-ada@demo.sigap.id", DEMO_PASSWORD);
    expect(res.status).toBe(400);
    expect(sessionSetCookie(res)).toBeUndefined();
    expect(htmlToText(await res.text())).toContain("Email atau kata sandi salah.");
  });

  it("follows redirectTo only to a path on this site", async () => {
    const cases: Array<[string, string]> = [
      ["/aksi?status=blocked", "/aksi?status=blocked"],
      ["//evil.com", "/"],
      ["//evil.com/aksi", "/"],
      ["/\\evil.com", "/"],
      ["/\t/evil.com", "/"],
      ["https://evil.com/", "/"],
      ["evil.com", "/"],
    ];
    for (const [redirectTo, expected] of cases) {
      const res = await login(app.client(), "polri@demo.sigap.id", DEMO_PASSWORD, freshIp(), { redirectTo });
      expect(res.status, redirectTo).toBe(302);
      expect(res.headers.get("Location"), JSON.stringify(redirectTo)).toBe(expected);
    }
  });

  it("logs out with POST /logout, which ends the session on the server", async () => {
    const client = app.client();
    expect((await login(client, "polri@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
    const cookie = client.cookies.get(COOKIE)!;
    const idHash = sha256(sessionIdFromCookie(cookie));
    expect(sessionRow(idHash)).toBeDefined();

    const res = await client.post("/logout", {});
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login");
    expect(sessionSetCookie(res)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(sessionRow(idHash)).toBeUndefined();

    // Someone who kept a copy of the cookie gets nothing.
    const copy = app.client();
    copy.cookies.set(COOKIE, cookie);
    const after = await copy.get("/");
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("does not log out on a GET (a link cannot end a session)", async () => {
    const client = app.client();
    expect((await login(client, "polri@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
    const res = await client.get("/logout");
    expect(res.status).toBe(302);
    expect((await client.get("/")).status).toBe(200);
  });
});

describe("login limits", () => {
  it("answers 429 with Retry-After after 10 failures for one account, even with the right password", async () => {
    const email = "kunci-akun@uji.sigap.id";
    await makeUser(email);
    // Each failure from its own address: only the account limit can trigger.
    for (let i = 0; i < 10; i++) {
      const res = await login(app.client(), email, `salah-${i}-kata-sandi`);
      expect(res.status, `failure ${i + 1}`).toBe(400);
    }
    const locked = await login(app.client(), email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(sessionSetCookie(locked)).toBeUndefined();
    const retryAfter = Number(locked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const text = htmlToText(await locked.text());
    // The wait counts from the oldest failure: 15 minutes, or 14 on a slow machine.
    expect(text).toMatch(/Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam 1[45] menit\./);

    // Another account from the same kind of fresh address is not affected.
    expect((await login(app.client(), "kemenpppa@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
  });

  it("answers 429 to an address after 10 failures across different accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      const res = await login(app.client(), `tebak-${i}@uji.sigap.id`, "bukan-kata-sandinya", ip);
      expect(res.status, `failure ${i + 1}`).toBe(400);
    }
    // Even a valid account with its right password is refused from that address ...
    const locked = await login(app.client(), "pimpinan@demo.sigap.id", DEMO_PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(htmlToText(await locked.text())).toContain("Terlalu banyak percobaan masuk yang gagal.");
    // ... but not from another address.
    expect((await login(app.client(), "pimpinan@demo.sigap.id", DEMO_PASSWORD, freshIp())).status).toBe(302);
  });

  it("counts only failures within the last 15 minutes", async () => {
    const email = "jendela@uji.sigap.id";
    await makeUser(email);
    for (let i = 0; i < 10; i++) expect((await login(app.client(), email, "keliru-keliru-keliru")).status).toBe(400);
    expect((await login(app.client(), email, PASSWORD)).status).toBe(429);

    // Age one failure past the window: nine remain, under the limit.
    const oldest = app.db.select().from(loginAttempts).where(eq(loginAttempts.email, email)).orderBy(loginAttempts.id).get()!;
    app.db.update(loginAttempts).set({ at: Date.now() - 16 * 60 * 1000 }).where(eq(loginAttempts.id, oldest.id)).run();
    const ok = await login(app.client(), email, PASSWORD);
    expect(ok.status).toBe(302);
    expect(sessionSetCookie(ok)).toBeDefined();
  });

  it("lets an address back in once its failures are older than 15 minutes", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) expect((await login(app.client(), `lama-${i}@uji.sigap.id`, "bukan-bukan-bukan", ip)).status).toBe(400);
    expect((await login(app.client(), "sekretariat@demo.sigap.id", DEMO_PASSWORD, ip)).status).toBe(429);
    app.db
      .update(loginAttempts)
      .set({ at: sql`${loginAttempts.at} - ${16 * 60 * 1000}` })
      .where(eq(loginAttempts.ip, ip))
      .run();
    expect((await login(app.client(), "sekretariat@demo.sigap.id", DEMO_PASSWORD, ip)).status).toBe(302);
  });
});

describe("session expiry", () => {
  async function signedIn(email: string) {
    const client = app.client();
    expect((await login(client, email, email.endsWith("@uji.sigap.id") ? PASSWORD : DEMO_PASSWORD)).status).toBe(302);
    return { client, idHash: sha256(sessionIdFromCookie(client.cookies.get(COOKIE)!)) };
  }

  it("sends a request without a session to /login with the way back", async () => {
    const res = await app.client().get("/?tab=aksi");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/?tab=aksi")}`);
    const page = await app.client().text("/login?redirectTo=%2F%3Ftab%3Daksi");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Masuk ke SIGAP TPPO");
  });

  it("keeps a session used within 30 minutes and ends it after 30 idle minutes", async () => {
    const { client, idHash } = await signedIn("pimpinan@demo.sigap.id");

    // 29 idle minutes: still valid, and the visit counts as activity.
    app.db.update(sessions).set({ lastSeenAt: Date.now() - 29 * 60 * 1000 }).where(eq(sessions.idHash, idHash)).run();
    expect((await client.get("/")).status).toBe(200);
    expect(sessionRow(idHash)!.lastSeenAt).toBeGreaterThan(Date.now() - 60 * 1000);

    // 31 idle minutes: over.
    app.db.update(sessions).set({ lastSeenAt: Date.now() - 31 * 60 * 1000 }).where(eq(sessions.idHash, idHash)).run();
    const res = await client.get("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2F");
    expect(sessionRow(idHash)).toBeUndefined();
  });

  it("ends the sessions of a user disabled through updateUser", async () => {
    const email = "nonaktif-model@uji.sigap.id";
    const user = await makeUser(email);
    const { client, idHash } = await signedIn(email);
    expect((await client.get("/")).status).toBe(200);

    await updateUser(app.db, user.id, { name: user.name, role: user.role, agencyId: null, regionCode: null, active: false }, adminId);
    const res = await client.get("/");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2F");
    expect(sessionRow(idHash)).toBeUndefined();
    // And the account cannot sign in again.
    const again = await login(app.client(), email, PASSWORD);
    expect(again.status).toBe(400);
    expect(sessionSetCookie(again)).toBeUndefined();
  });

  it("ends the session of a user disabled directly in the database on its next request", async () => {
    const email = "nonaktif-langsung@uji.sigap.id";
    await makeUser(email);
    const { client, idHash } = await signedIn(email);
    expect((await client.get("/")).status).toBe(200);

    app.db.update(users).set({ active: false }).where(eq(users.email, email)).run();
    // The session row is still there: the next request is what ends it.
    expect(sessionRow(idHash)).toBeDefined();
    const page = await client.get("/");
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/login?redirectTo=%2F");
    expect(sessionRow(idHash)).toBeUndefined();
  });
});

describe("cross-site requests", () => {
  it("refuses a POST whose Origin is another host", async () => {
    const client = app.client();
    const before = app.db.select({ n: sql<number>`count(*)` }).from(loginAttempts).get()!.n;
    const res = await client.post("/login", { email: "polri@demo.sigap.id", password: DEMO_PASSWORD }, { Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("Permintaan lintas situs ditolak.");
    expect(sessionSetCookie(res)).toBeUndefined();
    expect(app.db.select({ n: sql<number>`count(*)` }).from(loginAttempts).get()!.n).toBe(before);
  });

  it("refuses a POST whose Origin is null", async () => {
    const res = await app.client().post("/login", { email: "polri@demo.sigap.id", password: DEMO_PASSWORD }, { Origin: "null" });
    expect(res.status).toBe(403);
  });

  it("refuses a POST the browser marks Sec-Fetch-Site: cross-site, and the session survives", async () => {
    const client = app.client();
    expect((await login(client, "polri@demo.sigap.id", DEMO_PASSWORD)).status).toBe(302);
    const idHash = sha256(sessionIdFromCookie(client.cookies.get(COOKIE)!));
    const res = await client.post("/logout", {}, { Origin: app.url, "Sec-Fetch-Site": "cross-site" });
    expect(res.status).toBe(403);
    expect(sessionRow(idHash)).toBeDefined();
    expect((await client.get("/")).status).toBe(200);
  });

  it("lets a same-origin POST through", async () => {
    const res = await app
      .client()
      .post("/login", { email: "polri@demo.sigap.id", password: DEMO_PASSWORD }, { Origin: app.url, "Sec-Fetch-Site": "same-origin", "X-Forwarded-For": freshIp() });
    expect(res.status).toBe(302);
    expect(sessionSetCookie(res)).toBeDefined();
  });

  it("does not apply to GET requests", async () => {
    const res = await app.client().get("/login", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
    expect(res.status).toBe(200);
  });
});
