-- Status history and the audit log are append-only: a correction is a new row, never an edit.
CREATE TRIGGER `action_updates_no_update` BEFORE UPDATE ON `action_updates`
BEGIN SELECT RAISE(ABORT, 'action_updates is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_updates_no_delete` BEFORE DELETE ON `action_updates`
BEGIN SELECT RAISE(ABORT, 'action_updates is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `action_update_files_no_delete` BEFORE DELETE ON `action_update_files`
BEGIN SELECT RAISE(ABORT, 'action_update_files is append-only'); END;
