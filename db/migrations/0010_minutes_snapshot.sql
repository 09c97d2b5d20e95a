ALTER TABLE `rakor_minutes` ADD `document_title` text;--> statement-breakpoint
ALTER TABLE `rakor_minutes` ADD `rakor_starts_at` integer;--> statement-breakpoint
ALTER TABLE `rakor_minutes` ADD `rakor_time_zone` text;--> statement-breakpoint
UPDATE `rakor_minutes` SET `document_title` = (SELECT `title` FROM `rakor` WHERE `rakor`.`id` = `rakor_minutes`.`rakor_id`), `rakor_starts_at` = (SELECT `starts_at` FROM `rakor` WHERE `rakor`.`id` = `rakor_minutes`.`rakor_id`), `rakor_time_zone` = (SELECT `time_zone` FROM `rakor` WHERE `rakor`.`id` = `rakor_minutes`.`rakor_id`) WHERE `status` = 'approved';--> statement-breakpoint
-- Approved minutes also lock what the document prints of the rakor itself (title, time, place, chair,
-- organizer as written). Links to canonical agencies may still move (an agency merge), and the status
-- may still change.
CREATE TRIGGER `minutes_lock_rakor_update` BEFORE UPDATE OF `title`, `level`, `region_code`, `organizer_agency_name`, `chair_name`, `chair_rank`, `chair_position`, `chair_agency`, `mode`, `starts_at`, `ends_at`, `time_zone`, `venue`, `online_platform`, `online_url` ON `rakor` WHEN (SELECT `status` FROM `rakor_minutes` WHERE `rakor_id` = OLD.`id` ORDER BY `version` DESC LIMIT 1) = 'approved'
BEGIN SELECT RAISE(ABORT, 'minutes_locked'); END;
