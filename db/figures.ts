// Rebuilding the maintained figures (db/schema.ts, "Maintained figures") from the records. The
// triggers of migrations 0005 and 0008 keep them current on every write; this recomputes them all at once:
// after the migration on a database that already holds records, and by `npm run figures:rebuild`.
// It reads the same views the triggers read (figure_scopes, copied into figure_scope_map: where a
// record counts; figure_event_source: what an item adds to the completion series), so both follow
// one rule.
import type Database from "better-sqlite3";

/** Every maintained figure table. */
export const FIGURE_TABLES = [
  "figure_scope_map",
  "figure_item_days",
  "figure_item_months",
  "figure_agency_days",
  "figure_agency_years",
  "figure_item_events",
  "figure_series_days",
  "figure_series_months",
  "figure_rakor_days",
] as const;

const COUNTS = `count(*), sum(a.status = 'done'), sum(a.status = 'in_progress'), sum(a.status = 'blocked'), sum(a.status = 'not_started'), sum(a.status = 'cancelled'), sum(a.status = 'awaiting_verification')`;
const COLUMNS = "total, done, in_progress, blocked, not_started, cancelled, awaiting_verification";
const ITEMS = "FROM action_items a JOIN figure_scope_map s ON s.region_key = coalesce(a.region_code, '')";

const REBUILD = [
  ...FIGURE_TABLES.map((t) => `DELETE FROM ${t}`),
  "INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes",
  `INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, ${COLUMNS})
     SELECT s.scope_key, a.due_date, a.subsatgas_slug, s.item_zone, ${COUNTS} ${ITEMS} GROUP BY 1, 2, 3, 4`,
  `INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, ${COLUMNS})
     SELECT s.scope_key, substr(a.due_date, 1, 7), a.subsatgas_slug, s.item_zone, ${COUNTS} ${ITEMS} GROUP BY 1, 2, 3, 4`,
  `INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, ${COLUMNS})
     SELECT s.scope_key, a.due_date, a.lead_agency_id, s.item_zone, ${COUNTS} ${ITEMS} GROUP BY 1, 2, 3, 4`,
  `INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, ${COLUMNS})
     SELECT s.scope_key, substr(a.due_date, 1, 4), a.lead_agency_id, ${COUNTS} ${ITEMS} GROUP BY 1, 2, 3`,
  // Inserting the events fills figure_series through their trigger (the same sums as on every write).
  `INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
     SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source`,
  `INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
     SELECT s.scope_key, date(r.starts_at / 1000 + s.scope_offset, 'unixepoch'), r.level, r.mode, count(*)
     FROM rakor r JOIN figure_scope_map s ON s.region_key = coalesce(r.region_code, '') WHERE r.status = 'held' GROUP BY 1, 2, 3, 4`,
];

/** Recomputes every maintained figure from the records, in one transaction. */
export function rebuildFigures(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    for (const statement of REBUILD) sqlite.prepare(statement).run();
  }).immediate();
}

/**
 * Whether the figures miss records they should count: items without any event, or held rakor
 * without any row (a database migrated to 0005 with records already in it). Two index probes.
 */
export function figuresMissing(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(
      `SELECT (EXISTS (SELECT 1 FROM action_items) AND NOT EXISTS (SELECT 1 FROM figure_item_events))
           OR (EXISTS (SELECT 1 FROM rakor WHERE status = 'held') AND NOT EXISTS (SELECT 1 FROM figure_rakor_days)) AS missing`,
    )
    .get() as { missing: number };
  return row.missing === 1;
}

/** The figures as rows without zero rows, sorted: what `rebuilt == maintained` compares. */
export function figureSnapshot(sqlite: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of FIGURE_TABLES) {
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    const counted = columns.filter((c) => /^(total|done|in_progress|blocked|not_started|cancelled|awaiting_verification|n|d_total|d_done|d_cancelled)$/.test(c));
    const nonZero = counted.length ? `WHERE ${counted.map((c) => `${c} <> 0`).join(" OR ")}` : "";
    out[table] = sqlite.prepare(`SELECT ${columns.join(", ")} FROM ${table} ${nonZero} ORDER BY ${columns.join(", ")}`).all();
  }
  return out;
}
