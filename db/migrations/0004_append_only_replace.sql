-- Append-only against every connection: `INSERT OR REPLACE` (and `REPLACE`) over an existing row
-- deletes it first, and DELETE triggers fire for that only with recursive_triggers on. These
-- triggers refuse any insert whose key already exists, whatever the connection's settings.
CREATE TRIGGER `action_updates_no_replace` BEFORE INSERT ON `action_updates`
WHEN EXISTS (SELECT 1 FROM `action_updates` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'action_updates is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_update_files_no_replace` BEFORE INSERT ON `action_update_files`
WHEN EXISTS (SELECT 1 FROM `action_update_files` WHERE `update_id` = NEW.`update_id` AND `file_id` = NEW.`file_id`)
BEGIN SELECT RAISE(ABORT, 'action_update_files is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_update_files_no_update` BEFORE UPDATE ON `action_update_files`
BEGIN SELECT RAISE(ABORT, 'action_update_files is append-only'); END;
