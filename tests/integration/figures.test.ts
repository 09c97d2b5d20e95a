// The maintained figures: after any sequence of writes (through the app's verbs, a bundle import,
// or plain SQL as a repair script would), what the triggers maintained equals what
// `figures:rebuild` recomputes from the records; and the figures say what the records say, by
// rules written here independently (counted item by item).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { figureSnapshot, rebuildFigures } from "../../db/figures";
import { completionSeries, itemCount, rakorHeldByLevelAndMode, subsatgasSummary, agencyOverdueRanking, yearsWithData } from "../../app/action-plan/figures.server";
import { isOverdue } from "../../app/action-plan/overdue.server";
import { scopeIncludes } from "../../app/accounts/scope";
import { todayIn, yearPeriod, zonedToEpoch, type Period } from "../../app/utils/period";
import { rebuildDatabaseFigures } from "../../app/cli/figures-rebuild.server";
import { actionId, formVersion, statusForm, verificationForm } from "../support/aksi";
import { startTestApp, type TestApp } from "../support/server";
import type { ActionStatus, TimeZone } from "../../db/schema";

let app: TestApp;
let sqlite: Database.Database;
beforeAll(async () => {
  app = await startTestApp();
  sqlite = app.db.$client;
});
afterAll(() => app.close());

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

const STATUSES: ActionStatus[] = ["not_started", "in_progress", "awaiting_verification", "done", "blocked", "cancelled"];
const DAY = 86_400_000;
const column = <T>(q: string, ...params: unknown[]) => sqlite.prepare(q).pluck().all(...params) as T[];

function maintainedEqualsRebuilt() {
  const maintained = figureSnapshot(sqlite);
  rebuildFigures(sqlite);
  expect(figureSnapshot(sqlite)).toEqual(maintained);
}

/** One random write of the kinds every writer makes, in plain SQL (the triggers see every writer). */
function randomWrite(r: ReturnType<typeof rng>) {
  const items = column<number>("SELECT id FROM action_items");
  const regions = [null, ...column<string>("SELECT code FROM regions WHERE code IN ('32', '32.12', '94', '51', '51.71', '73')")];
  const agencies = column<number>("SELECT id FROM agencies LIMIT 12");
  const subsatgas = column<string>("SELECT slug FROM subsatgas");
  const outcomes = column<number>("SELECT id FROM outcomes");
  const rakor = column<number>("SELECT id FROM rakor");
  const base = Date.parse("2025-01-01T00:00:00Z");
  const due = () => new Date(base + r.int(-200, 700) * DAY).toISOString().slice(0, 10);
  const at = () => base + r.int(-200, 700) * DAY + r.int(0, 86_399) * 1000;
  switch (r.int(0, 9)) {
    case 0:
    case 1: {
      sqlite
        .prepare("INSERT INTO action_items (outcome_id, title, subsatgas_slug, lead_agency_id, region_code, due_date, status, progress, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .run(r.next() < 0.5 ? r.pick(outcomes) : null, `Acak ${r.int(1, 1e9)}`, r.pick(subsatgas), r.pick(agencies), r.pick(regions), due(), r.pick(STATUSES), at());
      break;
    }
    case 2:
    case 3:
    case 4: {
      // a status update, sometimes dated before the item's latest one (an imported history)
      const id = r.pick(items);
      const status = r.pick(STATUSES);
      sqlite.prepare("INSERT INTO action_updates (action_id, at, status, progress) VALUES (?, ?, ?, ?)").run(id, at(), status, status === "done" ? 100 : r.int(0, 90));
      sqlite.prepare("UPDATE action_items SET status = ?, version = version + 1 WHERE id = ?").run(status, id);
      break;
    }
    case 5: {
      const id = r.pick(items);
      const field = r.pick(["due_date", "subsatgas_slug", "lead_agency_id", "region_code", "outcome_id", "status"] as const);
      const value = { due_date: due(), subsatgas_slug: r.pick(subsatgas), lead_agency_id: r.pick(agencies), region_code: r.pick(regions), outcome_id: r.next() < 0.5 ? r.pick(outcomes) : null, status: r.pick(STATUSES) }[field];
      sqlite.prepare(`UPDATE action_items SET ${field} = ? WHERE id = ?`).run(value, id);
      break;
    }
    case 6: {
      const id = r.pick(rakor);
      const field = r.pick(["starts_at", "status", "level", "mode", "region_code"] as const);
      const value = { starts_at: at(), status: r.pick(["scheduled", "held", "cancelled"]), level: r.pick(["nasional", "provinsi", "kabupaten_kota"]), mode: r.pick(["in_person", "virtual", "hybrid"]), region_code: r.pick(regions) }[field];
      sqlite.prepare(`UPDATE rakor SET ${field} = ?, ends_at = NULL WHERE id = ?`).run(value, id);
      break;
    }
    case 7: {
      // an item without history can be deleted
      const free = column<number>("SELECT id FROM action_items a WHERE NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = a.id)");
      if (free.length) {
        const id = r.pick(free);
        sqlite.prepare("DELETE FROM action_supporting_agencies WHERE action_id = ?").run(id);
        sqlite.prepare("DELETE FROM action_items WHERE id = ?").run(id);
      }
      break;
    }
    case 8: {
      // an outcome moved to another rakor, or deleted (its items stay, made standalone)
      const id = r.pick(outcomes);
      if (r.next() < 0.5) sqlite.prepare("UPDATE outcomes SET rakor_id = ? WHERE id = ?").run(r.pick(rakor), id);
      else if (outcomes.length > 3) sqlite.prepare("DELETE FROM outcomes WHERE id = ?").run(id);
      break;
    }
    case 9: {
      const organizer = r.pick(agencies);
      sqlite
        .prepare("INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES ('Rakor acak', ?, ?, ?, ?, ?, ?, 'Asia/Jakarta')")
        .run(r.pick(["nasional", "provinsi"]), r.pick(regions), organizer, r.pick(["in_person", "virtual", "hybrid"]), r.pick(["scheduled", "held"]), at());
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The rules, counted item by item (independent of the views and triggers)
// ---------------------------------------------------------------------------------------------

interface ItemRecord {
  id: number;
  lead_agency_id: number;
  agency_name: string;
  region_code: string | null;
  zone: TimeZone | null;
  subsatgas_slug: string;
  due_date: string;
  status: ActionStatus;
  created_at: number;
  rakor_start: number | null;
}

function itemsIn(scope: string | null, period: Period | null): ItemRecord[] {
  const all = sqlite
    .prepare(
      `SELECT a.id, a.lead_agency_id, ag.name AS agency_name, a.region_code, r.time_zone AS zone, a.subsatgas_slug, a.due_date, a.status, a.created_at, rk.starts_at AS rakor_start
       FROM action_items a JOIN agencies ag ON ag.id = a.lead_agency_id LEFT JOIN regions r ON r.code = a.region_code LEFT JOIN outcomes o ON o.id = a.outcome_id LEFT JOIN rakor rk ON rk.id = o.rakor_id`,
    )
    .all() as ItemRecord[];
  return all.filter((i) => scopeIncludes(scope, i.region_code) && (!period || (i.due_date >= period.start && i.due_date <= period.end)));
}

/** Status at instant t: the latest update at or before t (by time, then id); without history, the current status from birth. */
function statusAt(item: ItemRecord, updates: { at: number; id: number; status: ActionStatus }[], t: number): { born: boolean; status: ActionStatus | null } {
  const born = Math.min(item.created_at, updates[0]?.at ?? item.created_at, item.rakor_start ?? item.created_at);
  if (born > t) return { born: false, status: null };
  if (updates.length === 0) return { born: true, status: item.status };
  const inForce = updates.filter((u) => u.at <= t).at(-1);
  return { born: true, status: inForce?.status ?? null };
}

function expectFiguresMatchRecords(scope: string | null, period: Period | null, now: number) {
  const items = itemsIn(scope, period);
  const summary = subsatgasSummary(app.db, scope, period, now);
  for (const row of summary) {
    const mine = items.filter((i) => i.subsatgas_slug === row.slug);
    expect({ slug: row.slug, total: row.total, done: row.done, awaiting: row.awaitingVerification, blocked: row.blocked, overdue: row.overdue }).toEqual({
      slug: row.slug,
      total: mine.length,
      done: mine.filter((i) => i.status === "done").length,
      awaiting: mine.filter((i) => i.status === "awaiting_verification").length,
      blocked: mine.filter((i) => i.status === "blocked").length,
      overdue: mine.filter((i) => isOverdue({ status: i.status, dueDate: i.due_date }, i.zone, now)).length,
    });
  }
  const byAgency = new Map<number, { agencyId: number; name: string; total: number; overdue: number }>();
  for (const i of items) {
    const a = byAgency.get(i.lead_agency_id) ?? { agencyId: i.lead_agency_id, name: i.agency_name, total: 0, overdue: 0 };
    a.total += 1;
    if (isOverdue({ status: i.status, dueDate: i.due_date }, i.zone, now)) a.overdue += 1;
    byAgency.set(i.lead_agency_id, a);
  }
  const ranking = [...byAgency.values()].sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, "id")).slice(0, 5);
  expect(agencyOverdueRanking(app.db, scope, period, now, 5).map(({ agencyId, name, total, overdue }) => ({ agencyId, name, total, overdue }))).toEqual(ranking);
  const updatesOf = (id: number) => sqlite.prepare("SELECT id, at, status FROM action_updates WHERE action_id = ? ORDER BY at, id").all(id) as { at: number; id: number; status: ActionStatus }[];
  const histories = new Map(items.map((i) => [i.id, updatesOf(i.id)]));
  for (const point of completionSeries(app.db, scope, period, now)) {
    const states = items.map((i) => statusAt(i, histories.get(i.id)!, point.at));
    expect({ month: point.month, total: point.total, done: point.done, cancelled: point.cancelled }).toEqual({
      month: point.month,
      total: states.filter((s) => s.born).length,
      done: states.filter((s) => s.status === "done").length,
      cancelled: states.filter((s) => s.status === "cancelled").length,
    });
  }
}

describe("maintained figures", () => {
  it("count a write made through the app on the very next read, and a rollback not at all", async () => {
    const id = actionId(app, "rakornas-2025-06-04-a3");
    const sum = (key: "done" | "awaitingVerification") => subsatgasSummary(app.db, null).reduce((s, r) => s + r[key], 0);
    const before = { done: sum("done"), waiting: sum("awaitingVerification") };
    const wasDone = sqlite.prepare("SELECT status = 'done' FROM action_items WHERE id = ?").pluck().get(id) === 1;
    const polri = await app.loginAs("polri@demo.sigap.id");
    const res = await polri.post(`/aksi/${id}`, statusForm({ status: wasDone ? "in_progress" : "done", progress: wasDone ? 50 : 100, note: "Dicatat untuk uji angka.", version: await formVersion(polri, id) }));
    expect(res.status).toBe(302);
    // a liaison's selesai waits for verification: counted there, not as selesai
    expect({ done: sum("done"), waiting: sum("awaitingVerification") }).toEqual(wasDone ? { done: before.done - 1, waiting: before.waiting } : { done: before.done, waiting: before.waiting + 1 });
    if (!wasDone) {
      const secretariat = await app.loginAs("sekretariat@demo.sigap.id");
      const approved = await secretariat.post(`/aksi/${id}`, verificationForm({ hasil: "disetujui", version: await formVersion(secretariat, id) }));
      expect(approved.status).toBe(302);
      expect({ done: sum("done"), waiting: sum("awaitingVerification") }).toEqual({ done: before.done + 1, waiting: before.waiting });
    }

    const snapshot = figureSnapshot(sqlite);
    expect(() =>
      sqlite.transaction(() => {
        sqlite.prepare("UPDATE action_items SET status = 'done' WHERE id = ?").run(id);
        throw new Error("batal");
      })(),
    ).toThrow("batal");
    expect(figureSnapshot(sqlite)).toEqual(snapshot);
  });

  it("count a commit made by another connection (another server process, a command-line import) on the next read", () => {
    const done = () => subsatgasSummary(app.db, null).reduce((sum, r) => sum + r.done, 0);
    const before = done();
    const other = new Database(process.env.DATABASE_PATH!);
    other.prepare("UPDATE action_items SET status = 'done', progress = 100 WHERE ref = 'rakornas-2025-06-04-a6' AND status <> 'done'").run();
    const changed = other.prepare("SELECT changes()").pluck().get() as number;
    other.close();
    expect(changed).toBe(1);
    expect(done()).toBe(before + 1);
  });

  it("equal the figures rebuilt from the records after a randomized sequence of writes", () => {
    const r = rng(20250604);
    for (let round = 0; round < 6; round++) {
      sqlite.transaction(() => {
        for (let k = 0; k < 60; k++) randomWrite(r);
      })();
      maintainedEqualsRebuilt();
    }
  });

  it("say what the records say: per Subsatgas, terlambat in each item's zone, and the completion series", () => {
    // 23.30 WIB on 31 December, already 1 January in WITA and WIT; after every generated write
    const now = Date.parse("2026-12-31T16:30:00Z");
    for (const scope of [null, "32", "94", "51.71"])
      for (const period of [null, yearPeriod(2025), yearPeriod(2026), yearPeriod(2027), { start: "2025-02-10", end: "2025-10-20" }]) expectFiguresMatchRecords(scope, period, now);
  });

  it("change terlambat at midnight in each zone without any write", () => {
    const region = (code: string | null) => ({ code, zone: code ? (sqlite.prepare("SELECT time_zone FROM regions WHERE code = ?").pluck().get(code) as TimeZone) : "Asia/Jakarta" });
    const papua = region("94");
    const jakarta = region(null);
    const agency = column<number>("SELECT id FROM agencies LIMIT 1")[0];
    for (const r of [papua, jakarta])
      sqlite
        .prepare("INSERT INTO action_items (title, subsatgas_slug, lead_agency_id, region_code, due_date, status, progress, ref) VALUES (?, 'pencegahan', ?, ?, '2031-03-31', 'in_progress', 10, ?)")
        .run(`Tenggat tengah malam ${r.zone}`, agency, r.code, `midnight-${r.zone}`);
    const overdueOn = (iso: string) => subsatgasSummary(app.db, null, yearPeriod(2031), Date.parse(iso)).reduce((s, r) => s + r.overdue, 0);
    expect(todayIn("Asia/Jayapura", Date.parse("2031-03-31T15:30:00Z"))).toBe("2031-04-01");
    expect(overdueOn("2031-03-31T14:30:00Z")).toBe(0); // 23.30 WIT
    expect(overdueOn("2031-03-31T15:30:00Z")).toBe(1); // 00.30 WIT, 22.30 WIB: Papua's item only
    expect(overdueOn("2031-03-31T17:30:00Z")).toBe(2); // 00.30 WIB
    expect(agencyOverdueRanking(app.db, "94", yearPeriod(2031), Date.parse("2031-03-31T15:30:00Z"))[0].overdue).toBe(1);
  });

  it("count rakor held by the day they start in the scope's zone, and list the years with data", () => {
    const start = zonedToEpoch("2030-01-01", "00:30", "Asia/Jakarta"); // 31 December 2029 17.30 UTC
    const agency = column<number>("SELECT id FROM agencies LIMIT 1")[0];
    const held2029 = rakorHeldByLevelAndMode(app.db, null, yearPeriod(2029)).total;
    sqlite.prepare("INSERT INTO rakor (title, level, organizer_agency_id, mode, status, starts_at, time_zone) VALUES ('Rakor tahun baru', 'nasional', ?, 'virtual', 'held', ?, 'Asia/Jakarta')").run(agency, start);
    expect(rakorHeldByLevelAndMode(app.db, null, yearPeriod(2030)).byMode.virtual).toBe(1);
    expect(rakorHeldByLevelAndMode(app.db, null, yearPeriod(2029)).total).toBe(held2029);
    // held in Papua's scope it is 1 January there too; scheduled rakor are not counted
    sqlite.prepare("INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES ('Rakor Papua', 'provinsi', '94', ?, 'hybrid', 'held', ?, 'Asia/Jayapura')").run(agency, start);
    sqlite.prepare("INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES ('Rakor rencana', 'provinsi', '94', ?, 'hybrid', 'scheduled', ?, 'Asia/Jayapura')").run(agency, start);
    expect(rakorHeldByLevelAndMode(app.db, "94", yearPeriod(2030)).total).toBe(1);
    expect(yearsWithData(app.db, null)).toContain(2030);
    expect(yearsWithData(app.db, null)).toEqual([...yearsWithData(app.db, null)].sort((a, b) => b - a));
    expect(itemCount(app.db, null)).toBe(sqlite.prepare("SELECT count(*) FROM action_items").pluck().get());
    expect(itemCount(app.db, "94")).toBe(sqlite.prepare("SELECT count(*) FROM action_items WHERE region_code = '94' OR region_code LIKE '94.%'").pluck().get());
  });

  it("npm run figures:rebuild finds nothing to repair, and repairs figures edited by hand", () => {
    const file = process.env.DATABASE_PATH!;
    expect(rebuildDatabaseFigures(file).changed).toEqual([]);
    sqlite.prepare("UPDATE figure_item_months SET done = done + 5 WHERE scope_key = 'nasional' AND due_month = (SELECT min(due_month) FROM figure_item_months)").run();
    expect(rebuildDatabaseFigures(file).changed).toEqual(["figure_item_months"]);
    maintainedEqualsRebuilt();
  });
});
