CREATE TABLE `action_verifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer NOT NULL,
	`result` text NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer,
	`by_name` text,
	`note` text,
	`result_update_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `action_updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`result_update_id`) REFERENCES `action_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_verifications_update_id_unique` ON `action_verifications` (`update_id`);--> statement-breakpoint
ALTER TABLE `figure_agency_days` ADD `awaiting_verification` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_agency_years` ADD `awaiting_verification` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_item_days` ADD `awaiting_verification` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `figure_item_months` ADD `awaiting_verification` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The verification of completions is history too: append-only like action_updates.
CREATE TRIGGER `action_verifications_no_update` BEFORE UPDATE ON `action_verifications`
BEGIN SELECT RAISE(ABORT, 'action_verifications is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_verifications_no_delete` BEFORE DELETE ON `action_verifications`
BEGIN SELECT RAISE(ABORT, 'action_verifications is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_verifications_no_replace` BEFORE INSERT ON `action_verifications`
WHEN EXISTS (SELECT 1 FROM `action_verifications` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'action_verifications is append-only'); END;
--> statement-breakpoint
-- The views and triggers are written again below, counting every status of this migration.
DROP TRIGGER `figures_regions_insert`;
--> statement-breakpoint
DROP TRIGGER `figures_regions_update`;
--> statement-breakpoint
DROP TRIGGER `figures_regions_delete`;
--> statement-breakpoint
DROP TRIGGER `figures_action_insert`;
--> statement-breakpoint
DROP TRIGGER `figures_action_update_status`;
--> statement-breakpoint
DROP TRIGGER `figures_action_update_counts`;
--> statement-breakpoint
DROP TRIGGER `figures_action_update_events`;
--> statement-breakpoint
DROP TRIGGER `figures_action_delete`;
--> statement-breakpoint
DROP TRIGGER `figures_update_append`;
--> statement-breakpoint
DROP TRIGGER `figures_update_insert`;
--> statement-breakpoint
DROP TRIGGER `figures_outcome_move`;
--> statement-breakpoint
DROP TRIGGER `figures_rakor_insert`;
--> statement-breakpoint
DROP TRIGGER `figures_rakor_update`;
--> statement-breakpoint
DROP TRIGGER `figures_rakor_move`;
--> statement-breakpoint
DROP TRIGGER `figures_rakor_delete`;
--> statement-breakpoint
DROP TRIGGER `figures_event_insert`;
--> statement-breakpoint
DROP TRIGGER `figures_event_delete`;
--> statement-breakpoint
DROP VIEW `figure_event_source`;
--> statement-breakpoint
DROP VIEW `figure_scopes`;
--> statement-breakpoint
DELETE FROM figure_scope_map;
--> statement-breakpoint
-- Every scope a record of a region counts in ('' = a national record): the national one, its own and
-- its province's. scope_offset: the scope's UTC offset in seconds (months and days of events);
-- item_zone: the record's own zone ("terlambat" is judged there).
CREATE VIEW `figure_scopes` AS
  SELECT '' AS region_key, 'nasional' AS scope_key, 25200 AS scope_offset, 'Asia/Jakarta' AS item_zone
  UNION ALL SELECT r.code, 'nasional', 25200, r.time_zone FROM regions r
  UNION ALL SELECT r.code, r.code, CASE r.time_zone WHEN 'Asia/Makassar' THEN 28800 WHEN 'Asia/Jayapura' THEN 32400 ELSE 25200 END, r.time_zone FROM regions r
  UNION ALL SELECT r.code, p.code, CASE p.time_zone WHEN 'Asia/Makassar' THEN 28800 WHEN 'Asia/Jayapura' THEN 32400 ELSE 25200 END, r.time_zone FROM regions r JOIN regions p ON p.code = r.parent_code;
--> statement-breakpoint
-- figure_scope_map is figure_scopes copied, so that every write reads it with one index probe.
INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;
--> statement-breakpoint
CREATE TRIGGER `figures_regions_insert` AFTER INSERT ON `regions`
BEGIN
  DELETE FROM figure_scope_map;
  INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_regions_update` AFTER UPDATE OF code, parent_code, time_zone ON `regions`
BEGIN
  DELETE FROM figure_scope_map;
  INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_regions_delete` AFTER DELETE ON `regions`
BEGIN
  DELETE FROM figure_scope_map;
  INSERT INTO figure_scope_map (region_key, scope_key, scope_offset, item_zone) SELECT region_key, scope_key, scope_offset, item_zone FROM figure_scopes;
END;
--> statement-breakpoint
-- The completion rule, written once. An item counts as a rencana aksi from when it was decided:
-- its rakor's start for an item made from an outcome, else its creation, or its first update if
-- that is earlier. Its status at an instant is that of its latest update at or before it (none:
-- not closed); an item without any history (imported) holds its current status from then on.
CREATE VIEW `figure_event_source` AS
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
  ) WHERE d_done <> 0 OR d_cancelled <> 0;
--> statement-breakpoint
CREATE TRIGGER `figures_action_insert` AFTER INSERT ON `action_items`
BEGIN
  INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.subsatgas_slug, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 7), NEW.subsatgas_slug, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.lead_agency_id, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 4), NEW.lead_agency_id, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  DELETE FROM figure_item_events WHERE action_id IN (NEW.id);
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_action_update_status` AFTER UPDATE OF status ON `action_items`
WHEN OLD.status IS NOT NEW.status AND OLD.due_date IS NEW.due_date AND OLD.subsatgas_slug IS NEW.subsatgas_slug AND OLD.lead_agency_id IS NEW.lead_agency_id AND OLD.region_code IS NEW.region_code
BEGIN
  INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.subsatgas_slug, s.item_zone, 0, (NEW.status = 'done') - (OLD.status = 'done'), (NEW.status = 'in_progress') - (OLD.status = 'in_progress'), (NEW.status = 'blocked') - (OLD.status = 'blocked'), (NEW.status = 'not_started') - (OLD.status = 'not_started'), (NEW.status = 'cancelled') - (OLD.status = 'cancelled'), (NEW.status = 'awaiting_verification') - (OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 7), NEW.subsatgas_slug, s.item_zone, 0, (NEW.status = 'done') - (OLD.status = 'done'), (NEW.status = 'in_progress') - (OLD.status = 'in_progress'), (NEW.status = 'blocked') - (OLD.status = 'blocked'), (NEW.status = 'not_started') - (OLD.status = 'not_started'), (NEW.status = 'cancelled') - (OLD.status = 'cancelled'), (NEW.status = 'awaiting_verification') - (OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.lead_agency_id, s.item_zone, 0, (NEW.status = 'done') - (OLD.status = 'done'), (NEW.status = 'in_progress') - (OLD.status = 'in_progress'), (NEW.status = 'blocked') - (OLD.status = 'blocked'), (NEW.status = 'not_started') - (OLD.status = 'not_started'), (NEW.status = 'cancelled') - (OLD.status = 'cancelled'), (NEW.status = 'awaiting_verification') - (OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 4), NEW.lead_agency_id, 0, (NEW.status = 'done') - (OLD.status = 'done'), (NEW.status = 'in_progress') - (OLD.status = 'in_progress'), (NEW.status = 'blocked') - (OLD.status = 'blocked'), (NEW.status = 'not_started') - (OLD.status = 'not_started'), (NEW.status = 'cancelled') - (OLD.status = 'cancelled'), (NEW.status = 'awaiting_verification') - (OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_action_update_counts` AFTER UPDATE OF status, due_date, subsatgas_slug, lead_agency_id, region_code ON `action_items`
WHEN NOT (OLD.due_date IS NEW.due_date AND OLD.subsatgas_slug IS NEW.subsatgas_slug AND OLD.lead_agency_id IS NEW.lead_agency_id AND OLD.region_code IS NEW.region_code)
BEGIN
  INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, OLD.due_date, OLD.subsatgas_slug, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(OLD.due_date, 1, 7), OLD.subsatgas_slug, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, OLD.due_date, OLD.lead_agency_id, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(OLD.due_date, 1, 4), OLD.lead_agency_id, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.subsatgas_slug, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 7), NEW.subsatgas_slug, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, NEW.due_date, NEW.lead_agency_id, s.item_zone, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(NEW.due_date, 1, 4), NEW.lead_agency_id, 1, (NEW.status = 'done'), (NEW.status = 'in_progress'), (NEW.status = 'blocked'), (NEW.status = 'not_started'), (NEW.status = 'cancelled'), (NEW.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_action_update_events` AFTER UPDATE OF status, due_date, region_code, outcome_id, created_at ON `action_items`
WHEN OLD.due_date IS NOT NEW.due_date OR OLD.region_code IS NOT NEW.region_code OR OLD.outcome_id IS NOT NEW.outcome_id OR OLD.created_at IS NOT NEW.created_at
  OR (OLD.status IS NOT NEW.status AND NOT EXISTS (SELECT 1 FROM action_updates u WHERE u.action_id = NEW.id))
BEGIN
  DELETE FROM figure_item_events WHERE action_id IN (NEW.id);
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_action_delete` AFTER DELETE ON `action_items`
BEGIN
  INSERT INTO figure_item_days (scope_key, due_date, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, OLD.due_date, OLD.subsatgas_slug, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_item_months (scope_key, due_month, subsatgas_slug, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(OLD.due_date, 1, 7), OLD.subsatgas_slug, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_days (scope_key, due_date, lead_agency_id, zone, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, OLD.due_date, OLD.lead_agency_id, s.item_zone, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  INSERT INTO figure_agency_years (scope_key, due_year, lead_agency_id, total, done, in_progress, blocked, not_started, cancelled, awaiting_verification)
    SELECT s.scope_key, substr(OLD.due_date, 1, 4), OLD.lead_agency_id, -1, -(OLD.status = 'done'), -(OLD.status = 'in_progress'), -(OLD.status = 'blocked'), -(OLD.status = 'not_started'), -(OLD.status = 'cancelled'), -(OLD.status = 'awaiting_verification') FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, in_progress = in_progress + excluded.in_progress, blocked = blocked + excluded.blocked, not_started = not_started + excluded.not_started, cancelled = cancelled + excluded.cancelled, awaiting_verification = awaiting_verification + excluded.awaiting_verification;
  DELETE FROM figure_item_events WHERE action_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_update_append` AFTER INSERT ON `action_updates`
WHEN EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND q.id <> NEW.id)
  AND NOT EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND (q.at > NEW.at OR (q.at = NEW.at AND q.id > NEW.id)))
BEGIN
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT NEW.action_id, a.region_code, a.due_date, NEW.at, 0, (NEW.status = 'done') - (p.status = 'done'), (NEW.status = 'cancelled') - (p.status = 'cancelled')
    FROM action_items a JOIN action_updates p ON p.id = (SELECT q.id FROM action_updates q WHERE q.action_id = NEW.action_id AND q.id <> NEW.id ORDER BY q.at DESC, q.id DESC LIMIT 1)
    WHERE a.id = NEW.action_id AND ((NEW.status = 'done') <> (p.status = 'done') OR (NEW.status = 'cancelled') <> (p.status = 'cancelled'));
END;
--> statement-breakpoint
CREATE TRIGGER `figures_update_insert` AFTER INSERT ON `action_updates`
WHEN NOT (EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND q.id <> NEW.id)
  AND NOT EXISTS (SELECT 1 FROM action_updates q WHERE q.action_id = NEW.action_id AND (q.at > NEW.at OR (q.at = NEW.at AND q.id > NEW.id))))
BEGIN
  DELETE FROM figure_item_events WHERE action_id IN (NEW.action_id);
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (NEW.action_id);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_outcome_move` AFTER UPDATE OF rakor_id ON `outcomes` WHEN OLD.rakor_id IS NOT NEW.rakor_id
BEGIN
  DELETE FROM figure_item_events WHERE action_id IN (SELECT a.id FROM action_items a WHERE a.outcome_id = NEW.id);
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (SELECT a.id FROM action_items a WHERE a.outcome_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_rakor_insert` AFTER INSERT ON `rakor` WHEN NEW.status = 'held'
BEGIN
  INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
    SELECT s.scope_key, date(NEW.starts_at / 1000 + s.scope_offset, 'unixepoch'), NEW.level, NEW.mode, 1 FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '') AND NEW.status = 'held'
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_rakor_update` AFTER UPDATE OF status, starts_at, region_code, level, mode ON `rakor`
WHEN OLD.status IS NOT NEW.status OR OLD.starts_at IS NOT NEW.starts_at OR OLD.region_code IS NOT NEW.region_code OR OLD.level IS NOT NEW.level OR OLD.mode IS NOT NEW.mode
BEGIN
  INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
    SELECT s.scope_key, date(OLD.starts_at / 1000 + s.scope_offset, 'unixepoch'), OLD.level, OLD.mode, -1 FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '') AND OLD.status = 'held'
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
  INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
    SELECT s.scope_key, date(NEW.starts_at / 1000 + s.scope_offset, 'unixepoch'), NEW.level, NEW.mode, 1 FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '') AND NEW.status = 'held'
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_rakor_move` AFTER UPDATE OF starts_at ON `rakor` WHEN OLD.starts_at IS NOT NEW.starts_at
BEGIN
  DELETE FROM figure_item_events WHERE action_id IN (SELECT a.id FROM action_items a JOIN outcomes o ON o.id = a.outcome_id WHERE o.rakor_id = NEW.id);
  INSERT INTO figure_item_events (action_id, region_code, due_date, at, d_total, d_done, d_cancelled)
    SELECT action_id, region_code, due_date, at, d_total, d_done, d_cancelled FROM figure_event_source WHERE action_id IN (SELECT a.id FROM action_items a JOIN outcomes o ON o.id = a.outcome_id WHERE o.rakor_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `figures_rakor_delete` AFTER DELETE ON `rakor` WHEN OLD.status = 'held'
BEGIN
  INSERT INTO figure_rakor_days (scope_key, start_date, level, mode, n)
    SELECT s.scope_key, date(OLD.starts_at / 1000 + s.scope_offset, 'unixepoch'), OLD.level, OLD.mode, -1 FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '') AND OLD.status = 'held'
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_event_insert` AFTER INSERT ON `figure_item_events`
BEGIN
  INSERT INTO figure_series_days (scope_key, due_date, month, total, done, cancelled)
    SELECT s.scope_key, NEW.due_date, strftime('%Y-%m', NEW.at / 1000 + s.scope_offset, 'unixepoch'), NEW.d_total, NEW.d_done, NEW.d_cancelled FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, cancelled = cancelled + excluded.cancelled;
  INSERT INTO figure_series_months (scope_key, due_month, month, total, done, cancelled)
    SELECT s.scope_key, substr(NEW.due_date, 1, 7), strftime('%Y-%m', NEW.at / 1000 + s.scope_offset, 'unixepoch'), NEW.d_total, NEW.d_done, NEW.d_cancelled FROM figure_scope_map s WHERE s.region_key = coalesce(NEW.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, cancelled = cancelled + excluded.cancelled;
END;
--> statement-breakpoint
CREATE TRIGGER `figures_event_delete` AFTER DELETE ON `figure_item_events`
BEGIN
  INSERT INTO figure_series_days (scope_key, due_date, month, total, done, cancelled)
    SELECT s.scope_key, OLD.due_date, strftime('%Y-%m', OLD.at / 1000 + s.scope_offset, 'unixepoch'), -OLD.d_total, -OLD.d_done, -OLD.d_cancelled FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, cancelled = cancelled + excluded.cancelled;
  INSERT INTO figure_series_months (scope_key, due_month, month, total, done, cancelled)
    SELECT s.scope_key, substr(OLD.due_date, 1, 7), strftime('%Y-%m', OLD.at / 1000 + s.scope_offset, 'unixepoch'), -OLD.d_total, -OLD.d_done, -OLD.d_cancelled FROM figure_scope_map s WHERE s.region_key = coalesce(OLD.region_code, '')
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, cancelled = cancelled + excluded.cancelled;
END;
