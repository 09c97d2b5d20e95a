// Helpers for the bundle tests: a fresh migrated database, a snapshot of every table's row count
// (to prove a refused import wrote nothing), the fixtures, and an independent normalisation for
// round-trip comparisons (defaults applied, instants as epochs, agency names as written).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../../db/client";
import type { Bundle, BundleAction, BundleRakor } from "../../app/bundle/types";

export const SEED_PATH = new URL("../../db/demo/seed-2025.json", import.meta.url).pathname;
export const EVERY_FIELD_PATH = new URL("../fixtures/bundle-every-field.json", import.meta.url).pathname;

export const loadJson = <T = Bundle>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
export const clone = <T>(v: T): T => structuredClone(v);

/** A freshly migrated database in its own directory, with uploads next to it. */
export function freshDb(): { db: Db; dir: string; close: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-bundle-"));
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  const db = openDatabase(path.join(dir, "test.db"));
  return {
    db,
    dir,
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row count of every table, plus the number of files in the upload directory. */
export function snapshot(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number(db.$client.prepare(`SELECT count(*) FROM "${t}"`).pluck().get());
  let uploads = 0;
  try {
    uploads = readdirSync(process.env.UPLOAD_DIR!).length;
  } catch {
    uploads = 0;
  }
  out["(uploads)"] = uploads;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Round-trip comparison, written independently of the production normaliser
// ---------------------------------------------------------------------------------------------

const ZONE_OFFSET = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 } as const;

/** A bundle instant as epoch ms: bare dates are the start (or end) of that day in `zone`. */
function instant(value: string, zone: keyof typeof ZONE_OFFSET, edge: "start" | "end" = "start"): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const midnight = Date.parse(`${value}T00:00:00Z`) - ZONE_OFFSET[zone] * 3_600_000;
    return edge === "start" ? midnight : midnight + 86_400_000 - 1;
  }
  return Date.parse(value);
}

function stripEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEmpty);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = stripEmpty(v);
    }
    return out;
  }
  return value;
}

/**
 * The records of a bundle in a comparable form: defaults applied, instants as epochs, every agency
 * name exactly as written, records sorted by their keys, and unordered lists (supporting agencies,
 * Subsatgas formed) sorted. An action's status and progress are those its last update leaves: a
 * returned completion leaves the ones before it.
 */
export function comparable(_db: Db, bundle: Bundle) {
  const action = (a: BundleAction, rakorRegion: string | undefined) => {
    const updates = a.updates ?? [];
    let previous = 0;
    const history = updates.map((u, i) => {
      const returned = u.verification?.result === "returned";
      const progress = u.progress ?? (i === updates.length - 1 && a.progress !== undefined && !returned ? a.progress : u.status === "done" ? 100 : previous);
      previous = progress;
      return { ...u, at: Date.parse(u.at), progress, verification: u.verification && { ...u.verification, at: Date.parse(u.verification.at) } };
    });
    let state = { status: "not_started", progress: 0 };
    for (const u of history) if (u.verification?.result !== "returned") state = { status: u.status, progress: u.progress };
    return {
      ...a,
      supportingAgencies: [...(a.supportingAgencies ?? [])].sort(),
      regionCode: a.regionCode ?? rakorRegion,
      status: history.length ? state.status : (a.status ?? "not_started"),
      progress: history.length ? state.progress : (a.progress ?? 0),
      updates: history,
    };
  };
  const rakor = (r: BundleRakor) => ({
    ...r,
    status: r.status ?? "held",
    organizer: r.organizer,
    startsAt: instant(r.startsAt, r.timeZone),
    endsAt: r.endsAt === undefined ? undefined : instant(r.endsAt, r.timeZone, "end"),
    sites: r.sites ?? [],
    attendees: (r.attendees ?? []).map((a) => ({ ...a, role: a.role ?? "participant", attendance: a.attendance ?? "in_person" })),
    agenda: (r.agenda ?? []).map((g) => ({ ...g, startsAt: g.startsAt === undefined ? undefined : Date.parse(g.startsAt) })),
    materials: (r.materials ?? []).map((m) => ({ ...m, kind: m.kind ?? "other", contentBase64: m.contentBase64?.replace(/\s+/g, "") })),
    outcomes: (r.outcomes ?? []).map((o) => ({ ...o, actions: (o.actions ?? []).map((a) => action(a, r.regionCode)).sort((x, y) => x.ref.localeCompare(y.ref)) })),
    minutes: r.minutes && { ...r.minutes, approvedAt: r.minutes.approvedAt === undefined ? undefined : Date.parse(r.minutes.approvedAt) },
  });
  const FIGURES = ["casesReported", "casesProsecuted", "suspects", "victimsTotal", "victimsWomen", "victimsChildren", "victimsRehabilitated", "victimsRepatriated"] as const;
  return stripEmpty({
    rakor: (bundle.rakor ?? []).map(rakor).sort((x, y) => x.ref.localeCompare(y.ref)),
    taskForces: (bundle.taskForces ?? [])
      .map((t) => ({ ...t, subsatgasFormed: [...(t.subsatgasFormed ?? [])].sort() }))
      .sort((x, y) => x.regionCode.localeCompare(y.regionCode)),
    caseStatistics: (bundle.caseStatistics ?? [])
      .map((s) => ({ ...s, ...Object.fromEntries(FIGURES.map((f) => [f, s[f] ?? 0])) }))
      .sort((x, y) => `${x.periodStart}|${x.regionCode ?? ""}|${x.agency}`.localeCompare(`${y.periodStart}|${y.regionCode ?? ""}|${y.agency}`)),
  });
}

/** The records only (no format/version/exportedAt/source), each section sorted by its key. */
export function recordsOf(bundle: Bundle) {
  return {
    rakor: [...(bundle.rakor ?? [])].sort((x, y) => x.ref.localeCompare(y.ref)),
    taskForces: [...(bundle.taskForces ?? [])].sort((x, y) => x.regionCode.localeCompare(y.regionCode)),
    caseStatistics: [...(bundle.caseStatistics ?? [])].sort((x, y) => `${x.periodStart}|${x.regionCode ?? ""}`.localeCompare(`${y.periodStart}|${y.regionCode ?? ""}`)),
  };
}
