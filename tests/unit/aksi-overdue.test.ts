// The overdue rule across WIB, WITA and WIT: the due date has passed in the time zone of the
// item's region. Fixed instants around midnight in each zone; the SQL condition used by every
// list and count must agree with the plain rule, and both with an independent reading of the clock.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../../db/client";
import { actionItems, agencies, regions, type ActionStatus } from "../../db/schema";
import { daysPastDue, isOverdue, overdueCondition } from "../../app/action-plan/overdue.server";

// 30 Sep 2025 23:30 WIB = 16:30Z; at that instant it is already 1 Oct 00:30 WITA and 01:30 WIT.
const AT_2330_WIB = Date.parse("2025-09-30T16:30:00Z");
// 30 Sep 2025 23:59:59 in each zone, and one second later.
const END_WIB = Date.parse("2025-09-30T16:59:59Z");
const END_WITA = Date.parse("2025-09-30T15:59:59Z");
const END_WIT = Date.parse("2025-09-30T14:59:59Z");
const SECOND = 1000;

/** An independent reading of "today" in a zone, with Intl rather than our helpers. */
function localDate(zone: string, now: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

let dir: string;
let db: Db;
const ids: Record<string, number> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-overdue-"));
  db = openDatabase(path.join(dir, "t.db"));
  const agency = db.insert(agencies).values({ name: "Instansi Uji", nameKey: "instansi uji" }).returning().get();
  // One item due 30 Sep 2025 per zone (national = WIB), plus closed ones that are never overdue.
  const items: [string, string | null, ActionStatus][] = [
    ["nasional", null, "in_progress"],
    ["jakarta", "31", "not_started"],
    ["kolaka", "74.01", "blocked"],
    ["papua", "91", "in_progress"],
    ["papua-selesai", "91", "done"],
    ["papua-batal", "91", "cancelled"],
  ];
  for (const [key, region, status] of items) {
    ids[key] = db
      .insert(actionItems)
      .values({ title: key, subsatgasSlug: "pencegahan", leadAgencyId: agency.id, regionCode: region, dueDate: "2025-09-30", status })
      .returning()
      .get().id;
  }
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

function overdueInSql(key: string, now: number): boolean {
  const row = db
    .select({ overdue: overdueCondition(now) })
    .from(actionItems)
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .where(eq(actionItems.id, ids[key]))
    .get();
  return Boolean((row as { overdue: number }).overdue);
}

describe("overdue across WIB, WITA and WIT", () => {
  it("the test regions have the zones we assume", () => {
    const zone = (code: string) => db.select({ z: regions.timeZone }).from(regions).where(eq(regions.code, code)).get()?.z;
    expect([zone("31"), zone("74.01"), zone("91")]).toEqual(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]);
  });

  it("at 23.30 WIB on the due date: Papua (WIT) and Kolaka (WITA) are already overdue, Jakarta and national not", () => {
    expect(localDate("Asia/Jayapura", AT_2330_WIB)).toBe("2025-10-01");
    expect(overdueInSql("papua", AT_2330_WIB)).toBe(true);
    expect(overdueInSql("kolaka", AT_2330_WIB)).toBe(true);
    expect(overdueInSql("jakarta", AT_2330_WIB)).toBe(false);
    expect(overdueInSql("nasional", AT_2330_WIB)).toBe(false);
  });

  it.each([
    ["jakarta", "Asia/Jakarta", END_WIB],
    ["nasional", "Asia/Jakarta", END_WIB],
    ["kolaka", "Asia/Makassar", END_WITA],
    ["papua", "Asia/Jayapura", END_WIT],
  ] as const)("%s: on time until 23.59.59 local on the due date, overdue one second later", (key, zone, lastSecond) => {
    expect(localDate(zone, lastSecond)).toBe("2025-09-30");
    expect(localDate(zone, lastSecond + SECOND)).toBe("2025-10-01");
    expect(overdueInSql(key, lastSecond)).toBe(false);
    expect(overdueInSql(key, lastSecond + SECOND)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueDate: "2025-09-30" }, zone, lastSecond)).toBe(false);
    expect(isOverdue({ status: "in_progress", dueDate: "2025-09-30" }, zone, lastSecond + SECOND)).toBe(true);
  });

  it("selesai and dibatalkan items are never overdue", () => {
    const later = Date.parse("2026-01-01T00:00:00Z");
    expect(overdueInSql("papua-selesai", later)).toBe(false);
    expect(overdueInSql("papua-batal", later)).toBe(false);
    expect(isOverdue({ status: "done", dueDate: "2025-09-30" }, "Asia/Jayapura", later)).toBe(false);
    expect(isOverdue({ status: "cancelled", dueDate: "2025-09-30" }, "Asia/Jayapura", later)).toBe(false);
  });

  it("the SQL condition and the plain rule agree at every hour of two days, for every item", () => {
    const zoneOf: Record<string, "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura" | null> = {
      nasional: null,
      jakarta: "Asia/Jakarta",
      kolaka: "Asia/Makassar",
      papua: "Asia/Jayapura",
      "papua-selesai": "Asia/Jayapura",
      "papua-batal": "Asia/Jayapura",
    };
    const statusOf = Object.fromEntries(db.select({ title: actionItems.title, status: actionItems.status }).from(actionItems).all().map((r) => [r.title, r.status]));
    for (let t = Date.parse("2025-09-30T00:00:00Z"); t <= Date.parse("2025-10-01T23:00:00Z"); t += 3600 * SECOND) {
      for (const key of Object.keys(ids)) {
        const expected = !["done", "cancelled"].includes(statusOf[key]) && "2025-09-30" < localDate(zoneOf[key] ?? "Asia/Jakarta", t);
        expect(overdueInSql(key, t), `${key} at ${new Date(t).toISOString()}`).toBe(expected);
        expect(isOverdue({ status: statusOf[key], dueDate: "2025-09-30" }, zoneOf[key], t)).toBe(expected);
      }
    }
  });

  it("counts days past due in the item's zone", () => {
    expect(daysPastDue("2025-09-30", "Asia/Jayapura", AT_2330_WIB)).toBe(1);
    expect(daysPastDue("2025-09-30", "Asia/Jakarta", AT_2330_WIB)).toBe(0);
    expect(daysPastDue("2025-09-30", null, Date.parse("2025-10-10T05:00:00Z"))).toBe(10);
  });
});
