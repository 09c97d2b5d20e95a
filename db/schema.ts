// The whole SIGAP TPPO domain in one file. Enum values are stored in English and match the
// bundle format (shared/contract); the Indonesian labels users read live in app/utils/labels.ts.
// Instants are epoch milliseconds (UTC) next to the IANA zone they were planned in; calendar
// dates (due dates, statistic periods, legal-basis dates) are 'YYYY-MM-DD' text.
import { sql } from "drizzle-orm";
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

export const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export const REGION_LEVELS = ["provinsi", "kabupaten_kota"] as const;
export const RAKOR_LEVELS = ["nasional", "provinsi", "kabupaten_kota"] as const;
export const ROLES = ["admin", "sekretariat", "penghubung", "pimpinan"] as const;
export const RAKOR_MODES = ["in_person", "virtual", "hybrid"] as const;
export const RAKOR_STATUSES = ["scheduled", "held", "cancelled"] as const;
export const ATTENDEE_ROLES = ["chair", "speaker", "participant", "secretary"] as const;
export const ATTENDANCES = ["in_person", "online", "absent"] as const;
export const MATERIAL_KINDS = ["regulation", "presentation", "minutes", "report", "other"] as const;
/**
 * awaiting_verification: a liaison reported it selesai; it counts as selesai only once the
 * secretariat approves the completion (action_verifications).
 */
export const ACTION_STATUSES = ["not_started", "in_progress", "awaiting_verification", "done", "blocked", "cancelled"] as const;
/** The secretariat's check of a reported completion. */
export const VERIFICATION_RESULTS = ["approved", "returned"] as const;
export const LEGAL_BASIS_KINDS = ["sk_kepala_daerah", "perkada", "perda", "other"] as const;
export const MAIL_STATUSES = ["queued", "sending", "sent", "failed"] as const;
/** How a rakor series recurs; the rule itself is kept as an iCalendar RRULE (or RDATE list). */
export const SERIES_KINDS = ["monthly_day", "monthly_weekday", "weekly", "dates"] as const;
export const MINUTES_STATUSES = ["draft", "circulated", "approved"] as const;

export type TimeZone = (typeof TIME_ZONES)[number];
export type Role = (typeof ROLES)[number];
export type RakorLevel = (typeof RAKOR_LEVELS)[number];
export type RakorMode = (typeof RAKOR_MODES)[number];
export type RakorStatus = (typeof RAKOR_STATUSES)[number];
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export type Attendance = (typeof ATTENDANCES)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];
export type MailStatus = (typeof MAIL_STATUSES)[number];
export type SeriesKind = (typeof SERIES_KINDS)[number];
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

const createdAt = () =>
  integer("created_at", { mode: "number" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

/** Kemendagri regions: '74' a province, '74.01' a regency or city. */
export const regions = sqliteTable(
  "regions",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    level: text("level", { enum: REGION_LEVELS }).notNull(),
    parentCode: text("parent_code").references((): any => regions.code),
    timeZone: text("time_zone", { enum: TIME_ZONES }).notNull(),
  },
  (t) => [index("regions_parent_idx").on(t.parentCode)],
);

/** The sub-task forces. Kept as data: the list changes by regulation. */
export const subsatgas = sqliteTable("subsatgas", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  position: integer("position").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
});

export const agencies = sqliteTable(
  "agencies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    shortName: text("short_name"),
    /** Lower-cased, spacing-folded name used to match agencies named by string. */
    nameKey: text("name_key").notNull(),
    /** Null for national agencies; otherwise the region the agency belongs to. */
    regionCode: text("region_code").references(() => regions.code),
    /** Member of the national task force. */
    nationalMember: integer("national_member", { mode: "boolean" }).notNull().default(false),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("agencies_name_key_idx").on(t.nameKey)],
);

/** Other names an agency is known by ("KemenPPPA", "Kemen PPPA", the old "BP2MI"). */
export const agencyAliases = sqliteTable(
  "agency_aliases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    aliasKey: text("alias_key").notNull(),
  },
  (t) => [uniqueIndex("agency_aliases_key_idx").on(t.aliasKey), index("agency_aliases_agency_idx").on(t.agencyId)],
);

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** Required for penghubung: the agency whose action items the liaison keeps up to date. */
    agencyId: integer("agency_id").references(() => agencies.id),
    /** The user's task force: null = national, '74' a province, '74.01' a regency/city. */
    regionCode: text("region_code").references(() => regions.code),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The user's own choice (profile): receive the daily digest / weekly summary e-mails. */
    digestEnabled: integer("digest_enabled", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    index("users_agency_idx").on(t.agencyId),
    check("users_liaison_has_agency", sql`${t.role} <> 'penghubung' OR ${t.agencyId} IS NOT NULL`),
  ],
);

/** Server-side sessions. The cookie carries the random id; only its SHA-256 is stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: integer("at").notNull(),
    success: integer("success", { mode: "boolean" }).notNull(),
  },
  (t) => [index("login_attempts_email_idx").on(t.email, t.at), index("login_attempts_ip_idx").on(t.ip, t.at)],
);

// ---------------------------------------------------------------------------------------------
// Task forces (national, provincial, regency/city) and their legal basis
// ---------------------------------------------------------------------------------------------

export const files = sqliteTable("files", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Generated name under the upload directory; never derived from the user's file name. */
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  mediaType: text("media_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  uploadedBy: integer("uploaded_by").references(() => users.id),
  createdAt: createdAt(),
});

export const taskForces = sqliteTable(
  "task_forces",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Null for the national task force. */
    regionCode: text("region_code").references(() => regions.code),
    /** 'nasional' or the region code: one task force per scope. */
    scopeKey: text("scope_key").notNull(),
    formed: integer("formed", { mode: "boolean" }).notNull().default(false),
    legalBasisKind: text("legal_basis_kind", { enum: LEGAL_BASIS_KINDS }),
    legalBasisNumber: text("legal_basis_number"),
    legalBasisDate: text("legal_basis_date"),
    legalBasisTitle: text("legal_basis_title"),
    legalBasisFileId: integer("legal_basis_file_id").references(() => files.id),
    secretariatAgencyId: integer("secretariat_agency_id").references(() => agencies.id),
    /** The secretariat as written (in the bundle or the form); secretariatAgencyId is canonical. */
    secretariatAgencyName: text("secretariat_agency_name"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    updatedAt: integer("updated_at"),
  },
  (t) => [uniqueIndex("task_forces_scope_idx").on(t.scopeKey)],
);

export const taskForceSubsatgas = sqliteTable(
  "task_force_subsatgas",
  {
    taskForceId: integer("task_force_id")
      .notNull()
      .references(() => taskForces.id, { onDelete: "cascade" }),
    subsatgasSlug: text("subsatgas_slug")
      .notNull()
      .references(() => subsatgas.slug),
  },
  (t) => [primaryKey({ columns: [t.taskForceId, t.subsatgasSlug] })],
);

// ---------------------------------------------------------------------------------------------
// Rakor
// ---------------------------------------------------------------------------------------------

export const rakor = sqliteTable(
  "rakor",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable external key from a bundle; null for rakor entered in the app until exported. */
    ref: text("ref").unique(),
    title: text("title").notNull(),
    level: text("level", { enum: RAKOR_LEVELS }).notNull(),
    regionCode: text("region_code").references(() => regions.code),
    organizerAgencyId: integer("organizer_agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The organizer as written at the time ("Polda Sumsel"); organizerAgencyId is its canonical agency. */
    organizerAgencyName: text("organizer_agency_name"),
    chairName: text("chair_name"),
    chairRank: text("chair_rank"),
    chairPosition: text("chair_position"),
    /** The chair's agency as written; chairAgencyId links it to the canonical agency. */
    chairAgency: text("chair_agency"),
    chairAgencyId: integer("chair_agency_id").references(() => agencies.id),
    /** The series this rakor is an occurrence of; null for a one-off rakor. */
    seriesId: integer("series_id").references(() => rakorSeries.id, { onDelete: "set null" }),
    /** The start the series rule gave this occurrence (iCalendar RECURRENCE-ID), kept when it is moved. */
    seriesStartsAt: integer("series_starts_at"),
    mode: text("mode", { enum: RAKOR_MODES }).notNull(),
    status: text("status", { enum: RAKOR_STATUSES }).notNull().default("scheduled"),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at"),
    timeZone: text("time_zone", { enum: TIME_ZONES }).notNull(),
    venue: text("venue"),
    onlinePlatform: text("online_platform"),
    onlineUrl: text("online_url"),
    notes: text("notes"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
  },
  (t) => [
    index("rakor_starts_idx").on(t.startsAt),
    index("rakor_region_starts_idx").on(t.regionCode, t.startsAt),
    index("rakor_series_idx").on(t.seriesId, t.seriesStartsAt),
    check("rakor_ends_after_start", sql`${t.endsAt} IS NULL OR ${t.endsAt} >= ${t.startsAt}`),
  ],
);

/**
 * A recurring rakor (Kepri's monthly rakor). Occurrences are ordinary rakor rows pointing here; the
 * series keeps the rule so the calendar file can say RRULE/EXDATE and "this and the following"
 * can end one series and start the next.
 */
export const rakorSeries = sqliteTable("rakor_series", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  ref: text("ref").unique(),
  title: text("title").notNull(),
  kind: text("kind", { enum: SERIES_KINDS }).notNull(),
  /** iCalendar RRULE value (FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12); for kind 'dates' the RDATE list (20250115T090000,...). */
  rule: text("rule").notNull(),
  timeZone: text("time_zone", { enum: TIME_ZONES }).notNull(),
  /** First start of the rule (DTSTART), epoch ms. */
  startsAt: integer("starts_at").notNull(),
  /** The series this one continues after a "this and the following" change. */
  previousSeriesId: integer("previous_series_id"),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedAt: integer("updated_at"),
});

/**
 * The minutes (notulen) of a rakor, one row per version. Version 1 starts as a draft; reopening
 * approved minutes keeps the approved row as it was and starts the next version.
 */
export const rakorMinutes = sqliteTable(
  "rakor_minutes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status", { enum: MINUTES_STATUSES }).notNull().default("draft"),
    circulatedAt: integer("circulated_at"),
    circulatedBy: integer("circulated_by").references(() => users.id),
    approvedAt: integer("approved_at"),
    approvedByUserId: integer("approved_by_user_id").references(() => users.id),
    /** The chair in whose name the minutes were approved (as printed on the document). */
    approvedByName: text("approved_by_name"),
    /** True when the secretariat approved on the chair's behalf. */
    approvedOnBehalf: integer("approved_on_behalf", { mode: "boolean" }).notNull().default(false),
    /** Printed on the approved document and in its QR code; opens /verifikasi/<code>. */
    verificationCode: text("verification_code").unique(),
    /** The approved .docx as issued, and its SHA-256 (what an uploaded copy is compared with). */
    documentFileId: integer("document_file_id").references(() => files.id),
    documentSha256: text("document_sha256"),
    /** What the approved document says of its rakor (the page that verifies it shows these, not today's record). */
    documentTitle: text("document_title"),
    rakorStartsAt: integer("rakor_starts_at"),
    rakorTimeZone: text("rakor_time_zone", { enum: TIME_ZONES }),
    reopenedAt: integer("reopened_at"),
    reopenedBy: integer("reopened_by").references(() => users.id),
    reopenReason: text("reopen_reason"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("rakor_minutes_version_idx").on(t.rakorId, t.version)],
);

/** Who received a circulated draft; the link in their e-mail carries a token whose SHA-256 is stored. */
export const minutesRecipients = sqliteTable(
  "minutes_recipients",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    minutesId: integer("minutes_id")
      .notNull()
      .references(() => rakorMinutes.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id").references(() => attendees.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    sentAt: integer("sent_at").notNull(),
  },
  (t) => [uniqueIndex("minutes_recipients_token_idx").on(t.tokenHash), index("minutes_recipients_minutes_idx").on(t.minutesId)],
);

/** A correction sent by a recipient of the draft, through the link, without an account. */
export const minutesCorrections = sqliteTable(
  "minutes_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    minutesId: integer("minutes_id")
      .notNull()
      .references(() => rakorMinutes.id, { onDelete: "cascade" }),
    recipientId: integer("recipient_id")
      .notNull()
      .references(() => minutesRecipients.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at"),
    resolvedBy: integer("resolved_by").references(() => users.id),
  },
  (t) => [index("minutes_corrections_minutes_idx").on(t.minutesId, t.createdAt)],
);

/** Hits against a rate limit (public verification page), shared by every server process. */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("rate_limit_hits_key_idx").on(t.bucket, t.key, t.at)],
);

/** In-app notifications (returned completions, verification requests, invitations). */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body"),
    /** In-app link the notification opens ("/aksi/12"). */
    href: text("href"),
    /** Deduplicates the same event for the same user. */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    readAt: integer("read_at"),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt),
    uniqueIndex("notifications_dedupe_idx").on(t.userId, t.dedupeKey),
  ],
);

export const rakorSites = sqliteTable(
  "rakor_sites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    agencyId: integer("agency_id").references(() => agencies.id),
    /** The site's agency as written; agencyId is its canonical agency. */
    agencyName: text("agency_name"),
    regionCode: text("region_code").references(() => regions.code),
    chairName: text("chair_name"),
    chairRank: text("chair_rank"),
    chairPosition: text("chair_position"),
    chairAgency: text("chair_agency"),
    chairAgencyId: integer("chair_agency_id").references(() => agencies.id),
  },
  (t) => [index("rakor_sites_rakor_idx").on(t.rakorId, t.position)],
);

export const attendees = sqliteTable(
  "attendees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    /** Null = at the main venue (or online without a site). */
    siteId: integer("site_id").references(() => rakorSites.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    rank: text("rank"),
    jobTitle: text("job_title"),
    agencyId: integer("agency_id").references(() => agencies.id),
    /** The agency as written on the attendance list ("Kementerian Hukum dan HAM"); agencyId is canonical. */
    agencyName: text("agency_name"),
    role: text("role", { enum: ATTENDEE_ROLES }).notNull().default("participant"),
    attendance: text("attendance", { enum: ATTENDANCES }).notNull().default("in_person"),
    email: text("email"),
    durationMinutes: integer("duration_minutes"),
  },
  (t) => [index("attendees_rakor_idx").on(t.rakorId, t.position)],
);

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    presenterName: text("presenter_name"),
    presenterRank: text("presenter_rank"),
    presenterPosition: text("presenter_position"),
    presenterAgency: text("presenter_agency"),
    startsAt: integer("starts_at"),
    notes: text("notes"),
  },
  (t) => [index("agenda_items_rakor_idx").on(t.rakorId, t.position)],
);

export const materials = sqliteTable(
  "materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    kind: text("kind", { enum: MATERIAL_KINDS }).notNull().default("other"),
    fileId: integer("file_id").references(() => files.id),
    url: text("url"),
    createdAt: createdAt(),
  },
  (t) => [index("materials_rakor_idx").on(t.rakorId, t.position)],
);

export const outcomes = sqliteTable(
  "outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rakorId: integer("rakor_id")
      .notNull()
      .references(() => rakor.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("outcomes_rakor_idx").on(t.rakorId, t.position)],
);

// ---------------------------------------------------------------------------------------------
// Action plan
// ---------------------------------------------------------------------------------------------

export const actionItems = sqliteTable(
  "action_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ref: text("ref").unique(),
    /** The rakor outcome it was made from; null for a standalone work-plan item. */
    outcomeId: integer("outcome_id").references(() => outcomes.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description"),
    subsatgasSlug: text("subsatgas_slug")
      .notNull()
      .references(() => subsatgas.slug),
    leadAgencyId: integer("lead_agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The lead agency as written in the minutes or bundle; leadAgencyId is canonical. */
    leadAgencyName: text("lead_agency_name"),
    /** Null = national. Scope and the time zone of "overdue" both come from here. */
    regionCode: text("region_code").references(() => regions.code),
    dueDate: text("due_date").notNull(),
    /** Denormalised from the latest status update, for listing and counting. */
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("not_started"),
    progress: integer("progress").notNull().default(0),
    /** Optimistic concurrency: bumped by every update; a stale form gets a conflict. */
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
  },
  (t) => [
    index("action_items_outcome_idx").on(t.outcomeId),
    index("action_items_agency_idx").on(t.leadAgencyId, t.status, t.dueDate),
    // region_code last: a list filtered by Subsatgas and status sorts and scopes from the index alone
    index("action_items_subsatgas_idx").on(t.subsatgasSlug, t.status, t.dueDate, t.regionCode),
    index("action_items_region_idx").on(t.regionCode, t.subsatgasSlug, t.status),
    index("action_items_due_idx").on(t.status, t.dueDate),
    check("action_items_progress_range", sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

export const actionSupportingAgencies = sqliteTable(
  "action_supporting_agencies",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** As written; agencyId is canonical. */
    agencyName: text("agency_name"),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.agencyId] }), index("action_supporting_agency_idx").on(t.agencyId)],
);

/** Append-only status history (triggers refuse UPDATE and DELETE). */
export const actionUpdates = sqliteTable(
  "action_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actionId: integer("action_id")
      .notNull()
      .references(() => actionItems.id),
    at: integer("at").notNull(),
    status: text("status", { enum: ACTION_STATUSES }).notNull(),
    progress: integer("progress").notNull(),
    note: text("note"),
    byUserId: integer("by_user_id").references(() => users.id),
    /** Free-text author for imported history ("Liaison Polri"). */
    byName: text("by_name"),
    createdAt: createdAt(),
  },
  (t) => [
    index("action_updates_action_idx").on(t.actionId, t.at),
    // "Pembaruan terbaru": the newest updates without sorting all of them
    index("action_updates_at_idx").on(t.at),
    check("action_updates_progress_range", sql`${t.progress} BETWEEN 0 AND 100`),
  ],
);

export const actionUpdateFiles = sqliteTable(
  "action_update_files",
  {
    updateId: integer("update_id")
      .notNull()
      .references(() => actionUpdates.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.fileId] })],
);

/**
 * The secretariat's check of a completion (an update with status awaiting_verification), at most
 * one per completion; append-only like the history. The check itself moves the item by appending
 * an update (`resultUpdateId`): selesai when approved, the status before the completion when
 * returned (`note` says why). A secretariat's own selesai is approved by them at once: its
 * completion is then a selesai update and is its own result.
 */
export const actionVerifications = sqliteTable(
  "action_verifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    updateId: integer("update_id")
      .notNull()
      .unique()
      .references(() => actionUpdates.id),
    result: text("result", { enum: VERIFICATION_RESULTS }).notNull(),
    at: integer("at").notNull(),
    byUserId: integer("by_user_id").references(() => users.id),
    /** Free-text verifier for imported history. */
    byName: text("by_name"),
    note: text("note"),
    resultUpdateId: integer("result_update_id").references(() => actionUpdates.id),
    createdAt: createdAt(),
  },
);

// ---------------------------------------------------------------------------------------------
// Case statistics: aggregate figures only. No column anywhere names or identifies a victim.
// ---------------------------------------------------------------------------------------------

export const caseStatistics = sqliteTable(
  "case_statistics",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    /** Null = national figures. */
    regionCode: text("region_code").references(() => regions.code),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    /** The reporting agency as written; agencyId is canonical. */
    agencyName: text("agency_name"),
    casesReported: integer("cases_reported").notNull().default(0),
    casesProsecuted: integer("cases_prosecuted").notNull().default(0),
    suspects: integer("suspects").notNull().default(0),
    victimsTotal: integer("victims_total").notNull().default(0),
    victimsWomen: integer("victims_women").notNull().default(0),
    victimsChildren: integer("victims_children").notNull().default(0),
    victimsRehabilitated: integer("victims_rehabilitated").notNull().default(0),
    victimsRepatriated: integer("victims_repatriated").notNull().default(0),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("case_statistics_region_period_idx").on(t.regionCode, t.periodStart),
    index("case_statistics_agency_idx").on(t.agencyId, t.periodStart),
    check("case_statistics_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check(
      "case_statistics_non_negative",
      sql`${t.casesReported} >= 0 AND ${t.casesProsecuted} >= 0 AND ${t.suspects} >= 0 AND ${t.victimsTotal} >= 0`,
    ),
    check(
      "case_statistics_within_total",
      sql`${t.victimsWomen} BETWEEN 0 AND ${t.victimsTotal} AND ${t.victimsChildren} BETWEEN 0 AND ${t.victimsTotal} AND ${t.victimsRehabilitated} BETWEEN 0 AND ${t.victimsTotal} AND ${t.victimsRepatriated} BETWEEN 0 AND ${t.victimsTotal}`,
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// Report drafts and the audit log
// ---------------------------------------------------------------------------------------------

export const reportDrafts = sqliteTable(
  "report_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scopeKey: text("scope_key").notNull(),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    pengantar: text("pengantar"),
    kendala: text("kendala"),
    rekomendasi: text("rekomendasi"),
    penutup: text("penutup"),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: integer("updated_at"),
  },
  (t) => [uniqueIndex("report_drafts_scope_period_idx").on(t.scopeKey, t.periodStart, t.periodEnd)],
);

/** Every write: who, what, when, before and after. Append-only (triggers refuse UPDATE and DELETE). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    userId: integer("user_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    ip: text("ip"),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

// ---------------------------------------------------------------------------------------------
// Outgoing mail (app/mail): written in the transaction of the event that causes it, delivered to
// SMTP by the sender with retries. Without SMTP configured it is the inbox admins read.
// ---------------------------------------------------------------------------------------------

export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    createdAt: createdAt(),
    /** What the message is for ("undangan", "pengingat", ...). */
    kind: text("kind").notNull(),
    /** Set by a caller that must not queue the same message twice; unique. */
    dedupeKey: text("dedupe_key").unique(),
    /** The scope of the event that caused it (null = national): which admins read it. */
    regionCode: text("region_code").references(() => regions.code),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html"),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("queued"),
    /** Delivery attempts started (counted when the message is claimed). */
    attempts: integer("attempts").notNull().default(0),
    /** Queued: not before this instant. Sending: the claim lapses then (a sender that died). */
    nextAttemptAt: integer("next_attempt_at").notNull(),
    /** Not delivered after this instant: the message fails instead (a reminder for a day that has passed). */
    expiresAt: integer("expires_at"),
    lastError: text("last_error"),
    sentAt: integer("sent_at"),
    messageId: text("message_id"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt), index("mail_outbox_region_idx").on(t.regionCode, t.id)],
);

/** A message's attachments, in order; the bytes stay out of the outbox rows the lists read. */
export const mailAttachments = sqliteTable(
  "mail_attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    mailId: integer("mail_id")
      .notNull()
      .references(() => mailOutbox.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    content: blob("content", { mode: "buffer" }).notNull(),
  },
  (t) => [uniqueIndex("mail_attachments_mail_idx").on(t.mailId, t.position)],
);

// ---------------------------------------------------------------------------------------------
// Maintained figures: the leader's numbers, kept current by triggers (migration 0005) in the same
// transaction as every write to the records, and rebuilt from the records by `npm run
// figures:rebuild`. Each row counts for one scope: 'nasional', a province or a regency (an item of
// a regency counts in all three). `zone` is the time zone of the items' region ("terlambat" is
// judged there); months and days of events are read in the scope's zone.
// ---------------------------------------------------------------------------------------------

/**
 * Where a record of a region counts ('' = a national record): the national scope, its own and its
 * province's, with the scope's UTC offset in seconds (months and days of events are read there)
 * and the record's own zone ("terlambat" is judged there). The view figure_scopes defines it over
 * regions; this is its copy, refreshed by triggers when regions change, so every write reads it
 * with one index probe.
 */
export const figureScopeMap = sqliteTable(
  "figure_scope_map",
  { regionKey: text("region_key").notNull(), scopeKey: text("scope_key").notNull(), scopeOffset: integer("scope_offset").notNull(), itemZone: text("item_zone", { enum: TIME_ZONES }).notNull() },
  (t) => [primaryKey({ columns: [t.regionKey, t.scopeKey] })],
);

/** Status counts as columns: every figure table carries them. */
const statusCounts = () => ({
  total: integer("total").notNull().default(0),
  done: integer("done").notNull().default(0),
  inProgress: integer("in_progress").notNull().default(0),
  blocked: integer("blocked").notNull().default(0),
  notStarted: integer("not_started").notNull().default(0),
  cancelled: integer("cancelled").notNull().default(0),
  awaitingVerification: integer("awaiting_verification").notNull().default(0),
});

/** Items per scope, due date, Subsatgas and zone. */
export const figureItemDays = sqliteTable(
  "figure_item_days",
  { scopeKey: text("scope_key").notNull(), dueDate: text("due_date").notNull(), subsatgasSlug: text("subsatgas_slug").notNull(), zone: text("zone", { enum: TIME_ZONES }).notNull(), ...statusCounts() },
  (t) => [primaryKey({ columns: [t.scopeKey, t.dueDate, t.subsatgasSlug, t.zone] })],
);

/** The same per due month ('YYYY-MM'): whole months are read here. */
export const figureItemMonths = sqliteTable(
  "figure_item_months",
  { scopeKey: text("scope_key").notNull(), dueMonth: text("due_month").notNull(), subsatgasSlug: text("subsatgas_slug").notNull(), zone: text("zone", { enum: TIME_ZONES }).notNull(), ...statusCounts() },
  (t) => [primaryKey({ columns: [t.scopeKey, t.dueMonth, t.subsatgasSlug, t.zone] })],
);

/** Items per scope, due date and lead agency. */
export const figureAgencyDays = sqliteTable(
  "figure_agency_days",
  { scopeKey: text("scope_key").notNull(), dueDate: text("due_date").notNull(), leadAgencyId: integer("lead_agency_id").notNull(), zone: text("zone", { enum: TIME_ZONES }).notNull(), ...statusCounts() },
  (t) => [primaryKey({ columns: [t.scopeKey, t.dueDate, t.leadAgencyId, t.zone] })],
);

/**
 * Per due year ('YYYY'), one row per agency (every zone together): the dashboard's ranking walks
 * the agencies of a year by their open items, most first, through the index.
 */
export const figureAgencyYears = sqliteTable(
  "figure_agency_years",
  { scopeKey: text("scope_key").notNull(), dueYear: text("due_year").notNull(), leadAgencyId: integer("lead_agency_id").notNull(), ...statusCounts() },
  (t) => [
    primaryKey({ columns: [t.scopeKey, t.dueYear, t.leadAgencyId] }),
    index("figure_agency_years_open_idx").on(t.scopeKey, t.dueYear, sql`${t.total} - ${t.done} - ${t.cancelled} DESC`, sql`${t.total} DESC`),
  ],
);

/**
 * What one item adds to the completion series, as events in time: +1 rencana aksi when it was
 * decided, ±1 selesai / dibatalkan when its status enters or leaves them (figure_event_source).
 * Kept per item so a change to the item subtracts exactly what it added before.
 */
export const figureItemEvents = sqliteTable(
  "figure_item_events",
  {
    actionId: integer("action_id").notNull(),
    regionCode: text("region_code"),
    dueDate: text("due_date").notNull(),
    at: integer("at").notNull(),
    dTotal: integer("d_total").notNull(),
    dDone: integer("d_done").notNull(),
    dCancelled: integer("d_cancelled").notNull(),
  },
  (t) => [index("figure_item_events_action_idx").on(t.actionId)],
);

/** The events summed per scope, due date of the items and month ('YYYY-MM', scope's zone) they happened in. */
export const figureSeriesDays = sqliteTable(
  "figure_series_days",
  {
    scopeKey: text("scope_key").notNull(),
    dueDate: text("due_date").notNull(),
    month: text("month").notNull(),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    cancelled: integer("cancelled").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scopeKey, t.dueDate, t.month] })],
);

/** The same per due month of the items: whole months are read here. */
export const figureSeriesMonths = sqliteTable(
  "figure_series_months",
  {
    scopeKey: text("scope_key").notNull(),
    dueMonth: text("due_month").notNull(),
    month: text("month").notNull(),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    cancelled: integer("cancelled").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scopeKey, t.dueMonth, t.month] })],
);

/** Rakor held (Terlaksana) per scope, start date (scope's zone), level and mode. */
export const figureRakorDays = sqliteTable(
  "figure_rakor_days",
  {
    scopeKey: text("scope_key").notNull(),
    startDate: text("start_date").notNull(),
    level: text("level", { enum: RAKOR_LEVELS }).notNull(),
    mode: text("mode", { enum: RAKOR_MODES }).notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scopeKey, t.startDate, t.level, t.mode] })],
);
