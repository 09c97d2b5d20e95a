// Writes the views and triggers of the maintained figures (the part of migration 0005 after its
// CREATE TABLE statements, which drizzle-kit generates from db/schema.ts). The triggers repeat one
// upsert per figure table and per old/new row; writing them from one description keeps the
// columns and signs in step. A later change to the figures is a new migration that drops and
// recreates the triggers with this script's output:
//   node db/figures-triggers.mjs > /tmp/triggers.sql
// The statuses counted grew with the migrations: `node db/figures-triggers.mjs 0005` writes what
// migration 0005 carries; without an argument, the latest (0008, with awaiting_verification),
// which first drops the views and triggers it recreates. tests/unit/figures-migration.test.ts
// holds each migration to this output; tests/integration/figures.test.ts proves that what the
// triggers maintain equals what db/figures.ts rebuilds from the records.
const migration = process.argv[2] ?? "0008";
const OFF = (z) => `CASE ${z} WHEN 'Asia/Makassar' THEN 28800 WHEN 'Asia/Jayapura' THEN 32400 ELSE 25200 END`;
const STAT = ["done", "in_progress", "blocked", "not_started", "cancelled", ...(migration === "0005" ? [] : ["awaiting_verification"])];
const out = [];
const st = (s) => out.push(s.trim());
const scopesOf = (r) => `FROM figure_scope_map s WHERE s.region_key = coalesce(${r}.region_code, '')`;
const counts = (r, sign) => [`${sign}1`, ...STAT.map((x) => `${sign}(${r}.status = '${x}')`)].join(", ");
const addCounts = ["total", ...STAT].map((c) => `${c} = ${c} + excluded.${c}`).join(", ");
const COLS = ["total", ...STAT].join(", ");
const KEYS_SAME = "OLD.due_date IS NEW.due_date AND OLD.subsatgas_slug IS NEW.subsatgas_slug AND OLD.lead_agency_id IS NEW.lead_agency_id AND OLD.region_code IS NEW.region_code";
const COUNT_TABLES = (r) => [
  ["figure_item_days", "due_date, subsatgas_slug, zone", `${r}.due_date, ${r}.subsatgas_slug, s.item_zone`],
  ["figure_item_months", "due_month, subsatgas_slug, zone", `substr(${r}.due_date, 1, 7), ${r}.subsatgas_slug, s.item_zone`],
  ["figure_agency_days", "due_date, lead_agency_id, zone", `${r}.due_date, ${r}.lead_agency_id, s.item_zone`],
  ["figure_agency_years", "due_year, lead_agency_id", `substr(${r}.due_date, 1, 4), ${r}.lead_agency_id`],
];
/** A change of status alone: one upsert per table, the new status in and the old one out. */
function statusDelta() {
  const deltas = ["0", ...STAT.map((x) => `(NEW.status = '${x}') - (OLD.status = '${x}')`)].join(", ");
  return COUNT_TABLES("NEW").map(([table, keys, vals]) => `  INSERT INTO ${table} (scope_key, ${keys}, ${COLS})
    SELECT s.scope_key, ${vals}, ${deltas} ${scopesOf("NEW")}
    ON CONFLICT DO UPDATE SET ${addCounts};`).join("\n");
}
function itemCounts(r, sign) {
  return COUNT_TABLES(r).map(([table, keys, vals]) => `  INSERT INTO ${table} (scope_key, ${keys}, ${COLS})
    SELECT s.scope_key, ${vals}, ${counts(r, sign)} ${scopesOf(r)}
    ON CONFLICT DO UPDATE SET ${addCounts};`).join("\n");
}
const refresh = (ids) => `  DELETE FROM figure_item_events WHERE action_id IN (${ids});
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (${ids});`;
const series = (r, sign) =>
  [
    ["figure_series_days", "due_date", `${r}.due_date`],
    ["figure_series_months", "due_month", `substr(${r}.due_date, 1, 7)`],
  ]
    .map(([table, key, val]) => `  INSERT INTO ${table} (scope_key, ${key}, month, total, done, cancelled)
    SELECT s.scope_key, ${val}, strftime('%Y-%m', ${r}.at / 1000 + s.scope_offset, 'unixepoch'), ${sign}${r}.d_total, ${sign}${r}.d_done, ${sign}${r}.d_cancelled ${scopesOf(r)}
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, cancelled = cancelled + excluded.cancelled;`)
    .join("\n");
const rakorHeld = (r, sign) => `  INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
    SELECT s.scope_key, date(${r}.starts_at / 1000 + s.scope_offset, 'unixepoch'), ${r}.level, ${r}.mode, ${sign}1 ${scopesOf(r)} AND ${r}.status = 'held'
    ON CONFLICT DO UPDATE SET n = n + excluded.n;`;
const trig = (name, when, body) => st(`CREATE TRIGGER \`${name}\` ${when}\nBEGIN\n${body}\nEND;`);
const TRIGGERS = ["figures_regions_insert", "figures_regions_update", "figures_regions_delete", "figures_action_insert", "figures_action_update_status", "figures_action_update_counts", "figures_action_update_events", "figures_action_delete", "figures_update_append", "figures_update_insert", "figures_outcome_move", "figures_rakor_insert", "figures_rakor_update", "figures_rakor_move", "figures_rakor_delete", "figures_event_insert", "figures_event_delete"];

if (migration !== "0005") {
  TRIGGERS.forEach((name, i) => st(`${i === 0 ? "-- The views and triggers are written again below, counting every status of this migration.\n" : ""}DROP TRIGGER \`${name}\`;`));
  st("DROP VIEW `figure_event_source`;");
  st("DROP VIEW `figure_scopes`;");
  st("DELETE FROM figure_scope_map;");
}

st(`-- Every scope a record of a region counts in ('' = a national record): the national one, its own and
-- its province's. scope_offset: the scope's UTC offset in seconds (months and days of events);
-- item_zone: the record's own zone ("terlambat" is judged there).
CREATE VIEW \`figure_scopes\` AS
  SELECT '' AS region_key, 'nasional' AS scope_key, 25200 AS scope_offset, 'Asia/Jakarta' AS item_zone
  UNION ALL SELECT r.code, 'nasional', 25200, r.time_zone FROM regions r
  UNION ALL SELECT r.code, r.code, ${OFF("r.time_zone")}, r.time_zone FROM regions r
  UNION ALL SELECT r.code, p.code, ${OFF("p.time_zone")}, r.time_zone FROM regions r JOIN regions p ON p.code = r.parent_code;`);
st(`-- figure_scope_map is figure_scopes copied, so that every write reads it with one index probe.
INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;`);
const remap = `  DELETE FROM figure_scope_map;
  INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;`;
trig("figures_regions_insert", "AFTER INSERT ON `regions`", remap);
trig("figures_regions_update", "AFTER UPDATE OF code, parent_code, time_zone ON `regions`", remap);
trig("figures_regions_delete", "AFTER DELETE ON `regions`", remap);
st(`-- The completion rule, written once. An item counts as a rencana aksi from when it was decided:
-- its rakor's start for an item made from an outcome, else its creation, or its first update if
-- that is earlier. Its status at an instant is that of its latest update at or before it (none:
-- not closed); an item without any history (imported) holds its current status from then on.
CREATE VIEW \`figure_event_source\` AS
  SELECT a.id AS action_id, a.region_code, a.due_date,
    min(a.created_at, coalesce((SELECT min(u.at) FROM action_updates u WHERE u.action_id = a.id), a.created_at), coalesce(rk.starts_at, a.created_at)) AS at,
    1 AS d_total,
    (a.status = 'done' AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = a.id)) AS d_done,
    (a.status = 'cancelled' AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = a.id)) AS d_cancelled
  FROM action_items a
  LEFT JOIN outcomes o ON o.id = a.outcome_id
  LEFT JOIN rakor rk ON rk.id = o.rakor_id
  UNION ALL
  SELECT action_id, region_code, due_date, at, 0, d_done, d_cancelled FROM (
    SELECT u.action_id, a.region_code, a.due_date, u.at,
      (u.status = 'done') - coalesce(p.status = 'done', 0) AS d_done,
      (u.status = 'cancelled') - coalesce(p.status = 'cancelled', 0) AS d_cancelled
    FROM action_updates u
    JOIN action_items a ON a.id = u.action_id
    -- the update in force just before this one (an index probe, so the view narrows to one item)
    LEFT JOIN action_updates p ON p.id = (
      SELECT q.id FROM action_updates q
      WHERE q.action_id = u.action_id AND (q.at < u.at OR (q.at = u.at AND q.id < u.id))
      ORDER BY q.at DESC, q.id DESC LIMIT 1)
  ) WHERE d_done <> 0 OR d_cancelled <> 0;`);

trig("figures_action_insert", "AFTER INSERT ON `action_items`", itemCounts("NEW", "") + "\n" + refresh("NEW.id"));
trig(
  "figures_action_update_status",
  "AFTER UPDATE OF status ON `action_items`\nWHEN OLD.status IS NOT NEW.status AND " + KEYS_SAME,
  statusDelta(),
);
trig(
  "figures_action_update_counts",
  "AFTER UPDATE OF status, due_date, subsatgas_slug, lead_agency_id, region_code ON `action_items`\nWHEN NOT (" + KEYS_SAME + ")",
  itemCounts("OLD", "-") + "\n" + itemCounts("NEW", ""),
);
trig(
  "figures_action_update_events",
  "AFTER UPDATE OF status, due_date, region_code, outcome_id, created_at ON `action_items`\nWHEN OLD.due_date IS NOT NEW.due_date OR OLD.region_code IS NOT NEW.region_code OR OLD.outcome_id IS NOT NEW.outcome_id OR OLD.created_at IS NOT NEW.created_at\n  OR (OLD.status IS NOT NEW.status AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = NEW.id))",
  refresh("NEW.id"),
);
trig("figures_action_delete", "AFTER DELETE ON `action_items`", itemCounts("OLD", "-") + "\n  DELETE FROM figure_item_events WHERE action_id = OLD.id;");
// The usual update comes after every other one of its item: it adds one event (or none) and
// changes nothing before it. Any other (the first, or one dated back) recomputes the item's events.
const previous = `SELECT q.id FROM action_updates q WHERE q.action_id = NEW.action_id AND q.id <> NEW.id ORDER BY q.at DESC, q.id DESC LIMIT 1`;
const isLatest = `EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND q.id <> NEW.id)
  AND NOT EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND (q.at > NEW.at OR (q.at = NEW.at AND q.id > NEW.id)))`;
trig(
  "figures_update_append",
  `AFTER INSERT ON \`action_updates\`\nWHEN ${isLatest}`,
  `  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT NEW.action_id, a.region_code, a.due_date, NEW.at, 0, (NEW.status = 'done') - (p.status = 'done'), (NEW.status = 'cancelled') - (p.status = 'cancelled')
    FROM action_items a JOIN action_updates p ON p.id = (${previous})
    WHERE a.id = NEW.action_id AND ((NEW.status = 'done') <> (p.status = 'done') OR (NEW.status = 'cancelled') <> (p.status = 'cancelled'));`,
);
trig("figures_update_insert", `AFTER INSERT ON \`action_updates\`\nWHEN NOT (${isLatest})`, refresh("NEW.action_id"));
trig("figures_outcome_move", "AFTER UPDATE OF rakor_id ON `outcomes` WHEN OLD.rakor_id IS NOT NEW.rakor_id", refresh("SELECT a.id FROM action_items a WHERE a.outcome_id = NEW.id"));
trig("figures_rakor_insert", "AFTER INSERT ON `rakor` WHEN NEW.status = 'held'", rakorHeld("NEW", ""));
trig(
  "figures_rakor_update",
  "AFTER UPDATE OF status, starts_at, region_code, level, mode ON `rakor`\nWHEN OLD.status IS NOT NEW.status OR OLD.starts_at IS NOT NEW.starts_at OR OLD.region_code IS NOT NEW.region_code OR OLD.level IS NOT NEW.level OR OLD.mode IS NOT NEW.mode",
  rakorHeld("OLD", "-") + "\n" + rakorHeld("NEW", ""),
);
trig("figures_rakor_move", "AFTER UPDATE OF starts_at ON `rakor` WHEN OLD.starts_at IS NOT NEW.starts_at", refresh("SELECT a.id FROM action_items a JOIN outcomes o ON o.id = a.outcome_id WHERE o.rakor_id = NEW.id"));
trig("figures_rakor_delete", "AFTER DELETE ON `rakor` WHEN OLD.status = 'held'", rakorHeld("OLD", "-"));
trig("figures_event_insert", "AFTER INSERT ON `figure_item_events`", series("NEW", ""));
trig("figures_event_delete", "AFTER DELETE ON `figure_item_events`", series("OLD", "-"));
process.stdout.write(out.join("\n--> statement-breakpoint\n") + "\n");
