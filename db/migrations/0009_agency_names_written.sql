ALTER TABLE `case_statistics` ADD `agency_name` text;--> statement-breakpoint
ALTER TABLE `task_forces` ADD `secretariat_agency_name` text;--> statement-breakpoint
UPDATE `task_forces` SET `secretariat_agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `task_forces`.`secretariat_agency_id`) WHERE `secretariat_agency_id` IS NOT NULL;--> statement-breakpoint
UPDATE `case_statistics` SET `agency_name` = (SELECT `name` FROM `agencies` WHERE `agencies`.`id` = `case_statistics`.`agency_id`);
