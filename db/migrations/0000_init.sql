CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text,
	`outcome_id` integer,
	`title` text NOT NULL,
	`description` text,
	`subsatgas_slug` text NOT NULL,
	`lead_agency_id` integer NOT NULL,
	`region_code` text,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`outcome_id`) REFERENCES `outcomes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`subsatgas_slug`) REFERENCES `subsatgas`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "action_items_progress_range" CHECK("action_items"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_items_ref_unique` ON `action_items` (`ref`);--> statement-breakpoint
CREATE INDEX `action_items_outcome_idx` ON `action_items` (`outcome_id`);--> statement-breakpoint
CREATE INDEX `action_items_agency_idx` ON `action_items` (`lead_agency_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_subsatgas_idx` ON `action_items` (`subsatgas_slug`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_region_idx` ON `action_items` (`region_code`,`subsatgas_slug`,`status`);--> statement-breakpoint
CREATE INDEX `action_items_due_idx` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `action_supporting_agencies` (
	`action_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `agency_id`),
	FOREIGN KEY (`action_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_supporting_agency_idx` ON `action_supporting_agencies` (`agency_id`);--> statement-breakpoint
CREATE TABLE `action_update_files` (
	`update_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	PRIMARY KEY(`update_id`, `file_id`),
	FOREIGN KEY (`update_id`) REFERENCES `action_updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `action_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`at` integer NOT NULL,
	`status` text NOT NULL,
	`progress` integer NOT NULL,
	`note` text,
	`by_user_id` integer,
	`by_name` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "action_updates_progress_range" CHECK("action_updates"."progress" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE INDEX `action_updates_action_idx` ON `action_updates` (`action_id`,`at`);--> statement-breakpoint
CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`name_key` text NOT NULL,
	`region_code` text,
	`national_member` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_name_key_idx` ON `agencies` (`name_key`);--> statement-breakpoint
CREATE TABLE `agency_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_aliases_key_idx` ON `agency_aliases` (`alias_key`);--> statement-breakpoint
CREATE INDEX `agency_aliases_agency_idx` ON `agency_aliases` (`agency_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`presenter_name` text,
	`presenter_rank` text,
	`presenter_position` text,
	`presenter_agency` text,
	`starts_at` integer,
	`notes` text,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_items_rakor_idx` ON `agenda_items` (`rakor_id`,`position`);--> statement-breakpoint
CREATE TABLE `attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`site_id` integer,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`rank` text,
	`job_title` text,
	`agency_id` integer,
	`role` text DEFAULT 'participant' NOT NULL,
	`attendance` text DEFAULT 'in_person' NOT NULL,
	`email` text,
	`duration_minutes` integer,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_id`) REFERENCES `rakor_sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendees_rakor_idx` ON `attendees` (`rakor_id`,`position`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`ip` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `case_statistics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`region_code` text,
	`agency_id` integer NOT NULL,
	`cases_reported` integer DEFAULT 0 NOT NULL,
	`cases_prosecuted` integer DEFAULT 0 NOT NULL,
	`suspects` integer DEFAULT 0 NOT NULL,
	`victims_total` integer DEFAULT 0 NOT NULL,
	`victims_women` integer DEFAULT 0 NOT NULL,
	`victims_children` integer DEFAULT 0 NOT NULL,
	`victims_rehabilitated` integer DEFAULT 0 NOT NULL,
	`victims_repatriated` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "case_statistics_period" CHECK("case_statistics"."period_end" >= "case_statistics"."period_start"),
	CONSTRAINT "case_statistics_non_negative" CHECK("case_statistics"."cases_reported" >= 0 AND "case_statistics"."cases_prosecuted" >= 0 AND "case_statistics"."suspects" >= 0 AND "case_statistics"."victims_total" >= 0),
	CONSTRAINT "case_statistics_within_total" CHECK("case_statistics"."victims_women" BETWEEN 0 AND "case_statistics"."victims_total" AND "case_statistics"."victims_children" BETWEEN 0 AND "case_statistics"."victims_total" AND "case_statistics"."victims_rehabilitated" BETWEEN 0 AND "case_statistics"."victims_total" AND "case_statistics"."victims_repatriated" BETWEEN 0 AND "case_statistics"."victims_total")
);
--> statement-breakpoint
CREATE INDEX `case_statistics_region_period_idx` ON `case_statistics` (`region_code`,`period_start`);--> statement-breakpoint
CREATE INDEX `case_statistics_agency_idx` ON `case_statistics` (`agency_id`,`period_start`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`storage_key` text NOT NULL,
	`original_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `files_storage_key_unique` ON `files` (`storage_key`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`at` integer NOT NULL,
	`success` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_email_idx` ON `login_attempts` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_ip_idx` ON `login_attempts` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`file_id` integer,
	`url` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `materials_rakor_idx` ON `materials` (`rakor_id`,`position`);--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outcomes_rakor_idx` ON `outcomes` (`rakor_id`,`position`);--> statement-breakpoint
CREATE TABLE `rakor` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text,
	`title` text NOT NULL,
	`level` text NOT NULL,
	`region_code` text,
	`organizer_agency_id` integer NOT NULL,
	`chair_name` text,
	`chair_rank` text,
	`chair_position` text,
	`chair_agency` text,
	`mode` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`time_zone` text NOT NULL,
	`venue` text,
	`online_platform` text,
	`online_url` text,
	`notes` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organizer_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rakor_ends_after_start" CHECK("rakor"."ends_at" IS NULL OR "rakor"."ends_at" >= "rakor"."starts_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rakor_ref_unique` ON `rakor` (`ref`);--> statement-breakpoint
CREATE INDEX `rakor_starts_idx` ON `rakor` (`starts_at`);--> statement-breakpoint
CREATE INDEX `rakor_region_starts_idx` ON `rakor` (`region_code`,`starts_at`);--> statement-breakpoint
CREATE TABLE `rakor_sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rakor_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`agency_id` integer,
	`region_code` text,
	`chair_name` text,
	`chair_rank` text,
	`chair_position` text,
	`chair_agency` text,
	FOREIGN KEY (`rakor_id`) REFERENCES `rakor`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rakor_sites_rakor_idx` ON `rakor_sites` (`rakor_id`,`position`);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`time_zone` text NOT NULL,
	FOREIGN KEY (`parent_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `report_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope_key` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`pengantar` text,
	`kendala` text,
	`rekomendasi` text,
	`penutup` text,
	`updated_by` integer,
	`updated_at` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_drafts_scope_period_idx` ON `report_drafts` (`scope_key`,`period_start`,`period_end`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `subsatgas` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `task_force_subsatgas` (
	`task_force_id` integer NOT NULL,
	`subsatgas_slug` text NOT NULL,
	PRIMARY KEY(`task_force_id`, `subsatgas_slug`),
	FOREIGN KEY (`task_force_id`) REFERENCES `task_forces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subsatgas_slug`) REFERENCES `subsatgas`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `task_forces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text,
	`scope_key` text NOT NULL,
	`formed` integer DEFAULT false NOT NULL,
	`legal_basis_kind` text,
	`legal_basis_number` text,
	`legal_basis_date` text,
	`legal_basis_title` text,
	`legal_basis_file_id` integer,
	`secretariat_agency_id` integer,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`updated_at` integer,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_basis_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`secretariat_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_forces_scope_idx` ON `task_forces` (`scope_key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`agency_id` integer,
	`region_code` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_liaison_has_agency" CHECK("users"."role" <> 'penghubung' OR "users"."agency_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_idx` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_agency_idx` ON `users` (`agency_id`);