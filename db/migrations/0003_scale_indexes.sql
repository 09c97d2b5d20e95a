DROP INDEX `action_items_subsatgas_idx`;--> statement-breakpoint
CREATE INDEX `action_items_subsatgas_idx` ON `action_items` (`subsatgas_slug`,`status`,`due_date`,`region_code`);--> statement-breakpoint
CREATE INDEX `action_updates_at_idx` ON `action_updates` (`at`);