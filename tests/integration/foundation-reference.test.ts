// The database: its settings, the reference data loaded by migration, the
// append-only tables and /healthz, on a freshly migrated SQLite file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDatabaseSettings, openDatabase } from "../../db/client";
import { agencies, agencyAliases, regions, subsatgas } from "../../db/schema";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const require = createRequire(import.meta.url);
const areaData = path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
function csvRows(file: string): string[][] {
  return readFileSync(path.join(areaData, file), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));
}

function count(table: string): number {
  return (app.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

const REFERENCE_TABLES = ["regions", "subsatgas", "agencies", "agency_aliases"];

describe("database settings", () => {
  it("runs with WAL, foreign keys, synchronous FULL and a busy timeout of at least 5 s", () => {
    const c = app.db.$client;
    expect(c.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(c.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(c.pragma("synchronous", { simple: true })).toBe(2);
    expect(Number(c.pragma("busy_timeout", { simple: true }))).toBeGreaterThanOrEqual(5000);
    expect(checkDatabaseSettings(c)).toEqual([]);
  });

  it("enforces foreign keys", () => {
    expect(() =>
      app.db.$client.prepare("INSERT INTO users (email, name, password_hash, role, region_code) VALUES ('fk@uji.id', 'x', 'x', 'pimpinan', '99.99')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("reports a connection that lacks the required settings", () => {
    const db = openDatabase(path.join(app.dir, "settings.db"));
    try {
      db.$client.pragma("synchronous = NORMAL");
      db.$client.pragma("foreign_keys = OFF");
      db.$client.pragma("busy_timeout = 100");
      const problems = checkDatabaseSettings(db.$client);
      expect(problems).toContain("synchronous=1, expected 2 (FULL)");
      expect(problems).toContain("foreign_keys is off");
      expect(problems).toContain("busy_timeout=100, expected >= 5000");
    } finally {
      db.$client.close();
    }
  });
});

describe("reference data", () => {
  it("has the 38 provinces and 514 regencies/cities of idn-area-data, with their Kemendagri codes", () => {
    const provinces = app.db.select().from(regions).where(eq(regions.level, "provinsi")).all();
    const regencies = app.db.select().from(regions).where(eq(regions.level, "kabupaten_kota")).all();
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);

    const csvProvinces = csvRows("provinces.csv");
    const csvRegencies = csvRows("regencies.csv");
    expect(new Set(provinces.map((p) => p.code))).toEqual(new Set(csvProvinces.map(([code]) => code)));
    expect(new Set(regencies.map((r) => r.code))).toEqual(new Set(csvRegencies.map(([code]) => code)));
    for (const r of regencies) {
      expect(r.parentCode, r.code).toBe(r.code.slice(0, 2));
    }
    const indramayu = regencies.find((r) => r.code === "32.12");
    expect(indramayu).toMatchObject({ name: "Kabupaten Indramayu", parentCode: "32", timeZone: "Asia/Jakarta" });
  });

  it("gives each region its time zone (WIB, WITA, WIT)", () => {
    const zone = (code: string) => app.db.select().from(regions).where(eq(regions.code, code)).get()?.timeZone;
    expect(zone("31")).toBe("Asia/Jakarta"); // DKI Jakarta
    expect(zone("61")).toBe("Asia/Jakarta"); // Kalimantan Barat
    expect(zone("64")).toBe("Asia/Makassar"); // Kalimantan Timur (Balikpapan)
    expect(zone("74.01")).toBe("Asia/Makassar"); // Kabupaten Kolaka
    expect(zone("51")).toBe("Asia/Makassar"); // Bali
    expect(zone("94")).toBe("Asia/Jayapura"); // Papua
  });

  it("has the six Subsatgas of DESIGN.md in order", () => {
    const rows = app.db.select().from(subsatgas).orderBy(subsatgas.position).all();
    expect(rows.map((r) => [r.slug, r.name])).toEqual([
      ["pencegahan", "Pencegahan"],
      ["rehabilitasi-medis", "Rehabilitasi Medis (Kesehatan)"],
      ["rehabilitasi-sosial", "Rehabilitasi Sosial, Pemulangan, dan Reintegrasi"],
      ["norma-hukum", "Pengembangan Norma Hukum"],
      ["penegakan-hukum", "Penegakan Hukum"],
      ["kerja-sama", "Kerja Sama dan Koordinasi"],
    ]);
  });

  it("has the national member agencies the issue names, findable by their usual names", () => {
    const named: Array<[string, string]> = [
      ["Polri", "Kepolisian Negara Republik Indonesia"],
      ["Kemenko PMK", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"],
      ["Kemenko Polkam", "Kementerian Koordinator Bidang Politik dan Keamanan"],
      ["KemenPPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"],
      ["Kemensos", "Kementerian Sosial"],
      ["Kemenkes", "Kementerian Kesehatan"],
      ["Kemendagri", "Kementerian Dalam Negeri"],
      ["Kemenlu", "Kementerian Luar Negeri"],
      ["Kementerian Hukum", "Kementerian Hukum"],
      ["Kemnaker", "Kementerian Ketenagakerjaan"],
      ["KemenP2MI", "Kementerian Pelindungan Pekerja Migran Indonesia"],
      ["Kejaksaan RI", "Kejaksaan Republik Indonesia"],
    ];
    for (const [shortName, fullName] of named) {
      const agency = findAgencyByName(app.db, shortName);
      expect(agency?.name, shortName).toBe(fullName);
      expect(agency?.nationalMember, shortName).toBe(true);
      expect(agency?.regionCode, shortName).toBeNull();
    }
    const members = app.db.select({ n: sql<number>`count(*)` }).from(agencies).where(eq(agencies.nationalMember, true)).get()!.n;
    expect(members).toBeGreaterThanOrEqual(24);
  });

  it("resolves aliases ignoring case and spacing", () => {
    const full = "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak";
    for (const name of ["KemenPPPA", "Kemen PPPA", "kemenpppa", "  KEMEN   pppa ", "Kementerian PPPA", full, full.toUpperCase()]) {
      expect(findAgencyByName(app.db, name)?.name, JSON.stringify(name)).toBe(full);
    }
    expect(findAgencyByName(app.db, "BP2MI")?.name).toBe("Kementerian Pelindungan Pekerja Migran Indonesia");
    expect(findAgencyByName(app.db, "Kemenkumham")?.name).toBe("Kementerian Hukum");
    expect(findAgencyByName(app.db, "Kementerian Tidak Ada")).toBeUndefined();
    expect(findAgencyByName(app.db, "   ")).toBeUndefined();
  });

  it("is not changed by migrating the same file again", () => {
    const before = Object.fromEntries(REFERENCE_TABLES.map((t) => [t, count(t)]));
    expect(before.regions).toBe(552);
    const again = openDatabase(process.env.DATABASE_PATH!);
    try {
      for (const t of REFERENCE_TABLES) {
        expect((again.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n, t).toBe(before[t]);
      }
    } finally {
      again.$client.close();
    }
    expect(Object.fromEntries(REFERENCE_TABLES.map((t) => [t, count(t)]))).toEqual(before);
  });

  it("is idempotent even when its migration's statements run a second time", () => {
    const before = Object.fromEntries(REFERENCE_TABLES.map((t) => [t, count(t)]));
    const migration = readFileSync(new URL("../../db/migrations/0002_reference_data.sql", import.meta.url), "utf8");
    const statements = migration.split("--> statement-breakpoint").map((s) => s.trim()).filter(Boolean);
    expect(statements.length).toBeGreaterThan(600);
    app.db.$client.transaction(() => {
      for (const s of statements) app.db.$client.exec(s);
    })();
    expect(Object.fromEntries(REFERENCE_TABLES.map((t) => [t, count(t)]))).toEqual(before);
  });

  it("a second fresh database gets the same reference data", () => {
    const fresh = openDatabase(path.join(app.dir, "fresh.db"));
    try {
      const n = (t: string) => (fresh.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      expect(n("regions")).toBe(552);
      expect(n("subsatgas")).toBe(6);
      expect(n("agencies")).toBeGreaterThanOrEqual(24);
      expect(n("agency_aliases")).toBeGreaterThan(n("agencies"));
      // No users, no rakor: reference data only.
      expect(n("users")).toBe(0);
      expect(n("rakor")).toBe(0);
    } finally {
      fresh.$client.close();
    }
  });

  it("keeps an alias pointing at one agency only", () => {
    const dupes = app.db
      .select({ key: agencyAliases.aliasKey, n: sql<number>`count(*)` })
      .from(agencyAliases)
      .groupBy(agencyAliases.aliasKey)
      .having(sql`count(*) > 1`)
      .all();
    expect(dupes).toEqual([]);
  });
});

describe("append-only tables", () => {
  it("refuse UPDATE and DELETE on action_updates", () => {
    const c = app.db.$client;
    const n = count("action_updates");
    expect(n).toBeGreaterThan(0);
    expect(() => c.prepare("UPDATE action_updates SET note = 'diubah' WHERE id = (SELECT min(id) FROM action_updates)").run()).toThrow(
      /action_updates is append-only/,
    );
    expect(() => c.prepare("DELETE FROM action_updates").run()).toThrow(/action_updates is append-only/);
    expect(count("action_updates")).toBe(n);
  });

  it("refuse UPDATE and DELETE on audit_log", () => {
    const c = app.db.$client;
    const n = count("audit_log");
    expect(n).toBeGreaterThan(0);
    expect(() => c.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/audit_log is append-only/);
    expect(() => c.prepare("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)").run()).toThrow(/audit_log is append-only/);
    expect(count("audit_log")).toBe(n);
  });

  it("still accept new rows", () => {
    const n = count("audit_log");
    app.db.$client.prepare("INSERT INTO audit_log (at, action, entity) VALUES (?, 'test', 'test')").run(Date.now());
    expect(count("audit_log")).toBe(n + 1);
  });
});

describe("/healthz", () => {
  it("answers 200 when the database is reachable with the required settings", async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers 503 while a required setting is off, and 200 again once restored", async () => {
    const c = app.db.$client;
    c.pragma("synchronous = NORMAL");
    try {
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("synchronous=1");
    } finally {
      c.pragma("synchronous = FULL");
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it("is public (no session needed)", async () => {
    const res = await app.client().get("/healthz");
    expect(res.status).toBe(200);
    expect(res.headers.get("Location")).toBeNull();
  });
});
