CREATE TABLE `minutes_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer,
	`resolved_by` integer,
	FOREIGN KEY (`minutes_id`) REFERENCES `rakor_minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `minutes_recipients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `minutes_corrections_minutes_idx` ON `minutes_corrections` (`minutes_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `minutes_recipients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`attendee_id` integer,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `rakor_minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendee_id`) REFERENCES `attendees`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_recipients_token_idx` ON `minutes_recipients` (`token_hash`);--> statement-breakpoint
CREATE INDEX `minutes_recipients_minutes_idx` ON `minutes_recipients` (`minutes_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`href` text,
	`dedupe_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_idx` ON `notifications` (`user_id`,`dedupe_key`);--> statement-breakpoint
CREATE TABLE `rakor_minutes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`circulated_at` integer,
	`circulated_by` integer,
	`approved_at` integer,
	`approved_by_user_id` integer,
	`approved_by_name` text,
	`approved_on_behalf` integer DEFAULT false NOT NULL,
	`verification_code` text,
	`document_file_id` integer,
	`document_sha256` text,
	`reopened_at` integer,
	`reopened_by` integer,
	`reopen_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`circulated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rakor_minutes_verification_code_unique` ON `rakor_minutes` (`verification_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `rakor_minutes_version_idx` ON `rakor_minutes` (`rakor_id`,`version`);--> statement-breakpoint
CREATE TABLE `rakor_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`rule` text NOT NULL,
	`time_zone` text NOT NULL,
	`starts_at` integer NOT NULL,
	`previous_series_id` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rakor_series_ref_unique` ON `rakor_series` (`ref`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_hits_key_idx` ON `rate_limit_hits` (`bucket`,`key`,`at`);--> statement-breakpoint
ALTER TABLE `action_items` ADD `lead_agency_name` text;--> statement-breakpoint
ALTER TABLE `action_supporting_agencies` ADD `agency_name` text;--> statement-breakpoint
ALTER TABLE `attendees` ADD `agency_name` text;--> statement-breakpoint
ALTER TABLE `rakor` ADD `organizer_agency_name` text;--> statement-breakpoint
ALTER TABLE `rakor` ADD `chair_agency_id` integer REFERENCES agencies(id);--> statement-breakpoint
ALTER TABLE `rakor` ADD `series_id` integer REFERENCES rakor_series(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `rakor` ADD `series_starts_at` integer;--> statement-breakpoint
CREATE INDEX `rakor_series_idx` ON `rakor` (`series_id`,`series_starts_at`);--> statement-breakpoint
ALTER TABLE `rakor_sites` ADD `agency_name` text;--> statement-breakpoint
ALTER TABLE `rakor_sites` ADD `chair_agency_id` integer REFERENCES agencies(id);--> statement-breakpoint
ALTER TABLE `users` ADD `digest_enabled` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Names as written: rows recorded before this migration kept only the canonical link, so the
-- canonical name is the best record of what was written.
UPDATE `attendees` SET `agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `attendees`.`agency_id`) WHERE `agency_id` IS NOT NULL;--> statement-breakpoint
UPDATE `rakor` SET `organizer_agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `rakor`.`organizer_agency_id`);--> statement-breakpoint
UPDATE `rakor` SET `chair_agency_id` = (SELECT `id` FROM `agencies` WHERE `name_key` = lower(replace(trim(`rakor`.`chair_agency`), ' ', ''))) WHERE `chair_agency` IS NOT NULL;--> statement-breakpoint
UPDATE `rakor_sites` SET `agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `rakor_sites`.`agency_id`) WHERE `agency_id` IS NOT NULL;--> statement-breakpoint
UPDATE `rakor_sites` SET `chair_agency_id` = (SELECT `id` FROM `agencies` WHERE `name_key` = lower(replace(trim(`rakor_sites`.`chair_agency`), ' ', ''))) WHERE `chair_agency` IS NOT NULL;--> statement-breakpoint
UPDATE `action_items` SET `lead_agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `action_items`.`lead_agency_id`);--> statement-breakpoint
UPDATE `action_supporting_agencies` SET `agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `action_supporting_agencies`.`agency_id`);--> statement-breakpoint
-- Approved minutes are locked: their outcomes, attendance and agenda refuse changes until a
-- secretariat reopens them (a new draft version). The app says so first (409); these are the backstop
-- for every other writer. Moving an agency link (an agency merge) is not a change of the minutes.
CREATE TRIGGER `minutes_lock_outcomes_insert` BEFORE INSERT ON `outcomes` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_outcomes_update` BEFORE UPDATE OF `rakor_id`, `position`, `text` ON `outcomes` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved' OR (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_outcomes_delete` BEFORE DELETE ON `outcomes` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_attendees_insert` BEFORE INSERT ON `attendees` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_attendees_update` BEFORE UPDATE OF `rakor_id`, `site_id`, `position`, `name`, `rank`, `job_title`, `agency_name`, `role`, `attendance`, `email`, `duration_minutes` ON `attendees` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved' OR (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_attendees_delete` BEFORE DELETE ON `attendees` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_agenda_items_insert` BEFORE INSERT ON `agenda_items` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_agenda_items_update` BEFORE UPDATE OF `rakor_id`, `position`, `title`, `presenter_name`, `presenter_rank`, `presenter_position`, `presenter_agency`, `starts_at`, `notes` ON `agenda_items` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved' OR (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = NEW.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_lock_agenda_items_delete` BEFORE DELETE ON `agenda_items` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`rakor_id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
