import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, users } from "../../db/schema";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let admin: TestClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.loginAs("admin@demo.sigap.id");
});
afterAll(() => app.close());

const userCount = () => app.db.select({ n: count() }).from(users).get()!.n;
const polriId = () => findAgencyByName(app.db, "Polri")!.id;

describe("admin: users", () => {
  it("creates a liaison that can then sign in and lands on its tasks", async () => {
    const res = await admin.post("/admin/pengguna/baru", {
      email: "Penghubung.Baru@Polri.go.id",
      name: "Penghubung Baru",
      role: "penghubung",
      agencyId: String(polriId()),
      regionCode: "",
      password: "kata-sandi-panjang-1",
    });
    expect(res.status).toBe(302);
    const created = app.db.select().from(users).where(eq(users.email, "penghubung.baru@polri.go.id")).get()!;
    expect(created.role).toBe("penghubung");
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = app.db.select().from(auditLog).where(eq(auditLog.entityId, String(created.id))).all();
    expect(audit.some((a) => a.entity === "user" && a.action === "create")).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("kata-sandi-panjang-1");

    const liaison = await app.loginAs("penghubung.baru@polri.go.id", "kata-sandi-panjang-1");
    expect((await liaison.text("/")).text).toContain("Tugas instansi saya");
  });

  it("refuses bad input with a message at the field and writes nothing", async () => {
    const before = userCount();
    const cases: [Record<string, string>, string][] = [
      [{ email: "a@b.id", name: "A", role: "penghubung", agencyId: "", password: "kata-sandi-panjang" }, "Penghubung wajib memiliki instansi."],
      [{ email: "a@b.id", name: "A", role: "pimpinan", agencyId: "", password: "pendek" }, "Kata sandi paling sedikit 12 karakter."],
      [{ email: "bukan-email", name: "A", role: "pimpinan", password: "kata-sandi-panjang" }, "Alamat email tidak valid."],
      [{ email: "polri@demo.sigap.id", name: "A", role: "pimpinan", password: "kata-sandi-panjang" }, "Email ini sudah terdaftar."],
      [{ email: "c@b.id", name: "", role: "pimpinan", password: "kata-sandi-panjang" }, "Nama wajib diisi."],
      [{ email: "d@b.id", name: "D", role: "pimpinan", regionCode: "99.99", password: "kata-sandi-panjang" }, "Wilayah tidak ditemukan."],
    ];
    for (const [form, message] of cases) {
      const res = await admin.post("/admin/pengguna/baru", form);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(message);
    }
    expect(userCount()).toBe(before);
  });

  it("never sends a typed password back when the form fails, and shows the password input empty", async () => {
    const secret = "rahasia-yang-diketik-9";
    const polri = app.db.select().from(users).where(eq(users.email, "polri@demo.sigap.id")).get()!;
    const failures: [string, string, Record<string, string>][] = [
      // a field of its own, a rule that needs the database, an email already taken, the edit form
      ["/admin/pengguna/baru", "routes/admin.pengguna.baru", { email: "e@b.id", name: "", role: "pimpinan", password: secret }],
      ["/admin/pengguna/baru", "routes/admin.pengguna.baru", { email: "f@b.id", name: "F", role: "penghubung", agencyId: "", password: secret }],
      ["/admin/pengguna/baru", "routes/admin.pengguna.baru", { email: "polri@demo.sigap.id", name: "G", role: "pimpinan", password: secret }],
      [`/admin/pengguna/${polri.id}`, "routes/admin.pengguna.$userId", { name: "", role: polri.role, agencyId: String(polri.agencyId), password: secret }],
    ];
    for (const [path, routeId, form] of failures) {
      const page = await admin.post(path, form);
      expect(page.status, path).toBe(400);
      const html = await page.text();
      expect(html).toContain('aria-invalid="true"');
      expect(html).not.toContain(secret);
      const input = /<input[^>]*name="password"[^>]*>/.exec(html)?.[0];
      expect(input).toBeDefined();
      expect(input).not.toMatch(/value=/);

      const data = await admin.post(`${path}?_data=${encodeURIComponent(routeId)}`, form);
      expect(data.status).toBe(400);
      const body = (await data.json()) as { values: Record<string, string> };
      expect(body.values.role).toBe(form.role);
      expect(body.values).not.toHaveProperty("password");
      expect(JSON.stringify(body)).not.toContain(secret);
    }
  });

  it("disabling a user ends its session on the next request", async () => {
    const kemen = await app.loginAs("kemenpppa@demo.sigap.id");
    expect((await kemen.get("/")).status).toBe(200);
    const target = app.db.select().from(users).where(eq(users.email, "kemenpppa@demo.sigap.id")).get()!;
    const res = await admin.post(`/admin/pengguna/${target.id}`, {
      name: target.name,
      role: target.role,
      agencyId: String(target.agencyId),
      regionCode: "",
    });
    expect(res.status).toBe(302);
    expect(app.db.select().from(users).where(eq(users.id, target.id)).get()!.active).toBe(false);
    const after = await kemen.get("/");
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toMatch(/^\/login/);
  });

  it("an admin cannot disable itself", async () => {
    const me = app.db.select().from(users).where(eq(users.email, "admin@demo.sigap.id")).get()!;
    const res = await admin.post(`/admin/pengguna/${me.id}`, { name: me.name, role: "admin", regionCode: "" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("tidak dapat menonaktifkan akun sendiri");
  });

  it("other roles get 403 on the admin screens", async () => {
    const sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
    expect((await sekretariat.get("/admin/pengguna")).status).toBe(403);
    const before = userCount();
    const res = await sekretariat.post("/admin/pengguna/baru", { email: "x@y.id", name: "X", role: "admin", password: "kata-sandi-panjang" });
    expect(res.status).toBe(403);
    expect(userCount()).toBe(before);
  });
});

describe("admin: agencies", () => {
  it("adds an agency with aliases that then resolve to it", async () => {
    const res = await admin.post("/admin/instansi/baru", {
      name: "Dinas Sosial Kabupaten Indramayu",
      shortName: "Dinsos Indramayu",
      aliases: "Dinsos Kab. Indramayu\nDinas Sosial Indramayu",
      regionCode: "32.12",
    });
    expect(res.status).toBe(302);
    const agency = findAgencyByName(app.db, "dinsos kab.  indramayu")!;
    expect(agency.name).toBe("Dinas Sosial Kabupaten Indramayu");
    expect(agency.regionCode).toBe("32.12");
  });

  it("refuses an alias another agency already uses, writing nothing", async () => {
    const before = app.db.select({ n: count() }).from(agencies).get()!.n;
    const res = await admin.post("/admin/instansi/baru", { name: "Instansi Lain", aliases: "KemenPPPA" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Nama lain &quot;KemenPPPA&quot; sudah dipakai instansi lain.");
    expect(app.db.select({ n: count() }).from(agencies).get()!.n).toBe(before);
  });
});
