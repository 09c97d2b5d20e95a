// Task forces (Gugus Tugas PP-TPPO): the national one, 38 provinces and 514 regencies/cities.
// A region without a task_forces row simply has no task force recorded yet ("belum terbentuk").
// A task force counts as having a legal basis when its kind, number and date are recorded, and
// its Subsatgas as complete when every active Subsatgas (data, not code) is formed.
//
// Coverage (how far task forces are formed) is computed here in SQL, once, for the coverage page,
// the dashboard and the report to the President: taskForceCoverage + coverageSentence.
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import type { Db, Tx } from "../../db/client";
import { agencies, files, regions, subsatgas, taskForceSubsatgas, taskForces, type LegalBasisKind } from "../../db/schema";
import { formatNumber } from "../utils/format";
import { assertNoProblems, withRules } from "../utils/rules";
import { formedProblems, legalBasisProblems, TASK_FORCE_LABELS, TASK_FORCE_RULES, type TaskForceFacts } from "./rules";
import type { CoverageSort, RegionStatusFilter } from "./coverage";
import { fields, parseForm, type FormResult } from "../utils/forms";
import { isProvinceCode, scopeCondition, scopeKey, type ScopeCode } from "../accounts/scope";
import { linkAgency, type AgencyChoices } from "../accounts/agency.server";
import { recordAudit } from "../accounts/audit.server";
import { recordFile, type StagedFile } from "../utils/upload.server";

/** The region of a task-force URL segment: null for 'nasional', the code, or undefined when malformed. */
export function regionOfParam(param: string | undefined): string | null | undefined {
  if (param === "nasional") return null;
  if (param && /^\d{2}(\.\d{2})?$/.test(param)) return param;
  return undefined;
}

/** The URL segment of a task force: 'nasional' or the region code. */
export function taskForcePath(regionCode: string | null): string {
  return `/gugus-tugas/${scopeKey(regionCode)}`;
}

// SQL fragments over a task_forces alias, shared by every count below.
type TfTable = typeof taskForces;
const activeSubsatgasCount = sql`(SELECT count(*) FROM ${subsatgas} WHERE ${subsatgas.active} = 1)`;
function formedSubsatgasCount(tf: TfTable) {
  return sql`(SELECT count(*) FROM ${taskForceSubsatgas} INNER JOIN ${subsatgas} ON ${subsatgas.slug} = ${taskForceSubsatgas.subsatgasSlug} AND ${subsatgas.active} = 1 WHERE ${taskForceSubsatgas.taskForceId} = ${tf.id})`;
}
function isFormed(tf: TfTable) {
  return sql`(${tf.formed} = 1)`;
}
function hasLegalBasis(tf: TfTable) {
  return sql`(${tf.formed} = 1 AND ${tf.legalBasisKind} IS NOT NULL AND ${tf.legalBasisNumber} IS NOT NULL AND ${tf.legalBasisDate} IS NOT NULL)`;
}
function subsatgasComplete(tf: TfTable) {
  return sql`(${tf.formed} = 1 AND ${formedSubsatgasCount(tf)} >= ${activeSubsatgasCount})`;
}
const sumOf = (condition: SQL) => sql<number>`coalesce(sum(${condition}), 0)`.mapWith(Number);
const flag = (condition: SQL) => sql<number>`coalesce(${condition}, 0)`.mapWith(Boolean);

// ---------------------------------------------------------------------------------------------
// Coverage
// ---------------------------------------------------------------------------------------------

export interface LevelCoverage {
  total: number;
  formed: number;
  withLegalBasis: number;
  subsatgasComplete: number;
}

export interface TaskForceCoverage {
  provinces: LevelCoverage;
  regencies: LevelCoverage;
  /** How many Subsatgas are active (the "complete" bar). */
  subsatgasCount: number;
}

/** How far task forces are formed among the provinces and regencies/cities within `scope`, counted in SQL. */
export function taskForceCoverage(db: Db, scope: ScopeCode): TaskForceCoverage {
  const rows = db
    .select({
      level: regions.level,
      total: sql<number>`count(*)`.mapWith(Number),
      formed: sumOf(isFormed(taskForces)),
      withLegalBasis: sumOf(hasLegalBasis(taskForces)),
      subsatgasComplete: sumOf(subsatgasComplete(taskForces)),
    })
    .from(regions)
    .leftJoin(taskForces, eq(taskForces.scopeKey, regions.code))
    .where(scopeCondition(regions.code, scope))
    .groupBy(regions.level)
    .all();
  const empty: LevelCoverage = { total: 0, formed: 0, withLegalBasis: 0, subsatgasComplete: 0 };
  const pick = (level: string) => {
    const r = rows.find((x) => x.level === level);
    return r ? { total: r.total, formed: r.formed, withLegalBasis: r.withLegalBasis, subsatgasComplete: r.subsatgasComplete } : empty;
  };
  const subsatgasCount = db.select({ n: count() }).from(subsatgas).where(eq(subsatgas.active, true)).get()?.n ?? 0;
  return { provinces: pick("provinsi"), regencies: pick("kabupaten_kota"), subsatgasCount };
}

function joinParts(parts: string[]): string {
  return parts.join(" dan ");
}

/**
 * The summary sentence of the coverage page and the report, e.g. "Gugus Tugas terbentuk di 32 dari
 * 38 provinsi dan 245 dari 514 kabupaten/kota; 30 provinsi dan 198 kabupaten/kota di antaranya
 * dengan dasar hukum." A level with no regions in scope (a regency's own view) is left out.
 */
export function coverageSentence(c: TaskForceCoverage): string {
  const levels = [
    { name: "provinsi", v: c.provinces },
    { name: "kabupaten/kota", v: c.regencies },
  ].filter((l) => l.v.total > 0);
  if (levels.length === 0) return "Belum ada wilayah dalam cakupan ini.";
  const formed = joinParts(levels.map((l) => `${formatNumber(l.v.formed)} dari ${formatNumber(l.v.total)} ${l.name}`));
  const legal = joinParts(levels.map((l) => `${formatNumber(l.v.withLegalBasis)} ${l.name}`));
  return `Gugus Tugas terbentuk di ${formed}; ${legal} di antaranya dengan dasar hukum.`;
}

/** The second sentence: where all Subsatgas are formed. */
export function subsatgasSentence(c: TaskForceCoverage): string {
  const levels = [
    { name: "provinsi", v: c.provinces },
    { name: "kabupaten/kota", v: c.regencies },
  ].filter((l) => l.v.total > 0);
  if (levels.length === 0) return "";
  const complete = joinParts(levels.map((l) => `${formatNumber(l.v.subsatgasComplete)} ${l.name}`));
  const all = c.subsatgasCount === 6 ? "Keenam Subsatgas" : `Seluruh ${formatNumber(c.subsatgasCount)} Subsatgas`;
  return `${all} sudah terbentuk di ${complete}.`;
}


export interface ProvinceCoverage {
  code: string;
  name: string;
  formed: boolean;
  hasLegalBasis: boolean;
  subsatgasComplete: boolean;
  subsatgasFormed: number;
  regencies: number;
  regenciesFormed: number;
  regenciesWithLegalBasis: number;
  regenciesSubsatgasComplete: number;
}

/**
 * One row per province within scope (national: all 38; a province: itself): its own task force and
 * the counts over its regencies/cities, sorted in SQL by code (roughly west to east), name, share
 * of regencies formed, or regencies still missing.
 */
export function coverageByProvince(db: Db, scope: ScopeCode, sort: CoverageSort = "kode", descending = false): ProvinceCoverage[] {
  if (scope !== null && !isProvinceCode(scope)) return [];
  const province = alias(regions, "p");
  const provinceTf = alias(taskForces, "ptf");
  const regency = alias(regions, "r");
  const regencyTf = alias(taskForces, "rtf");
  const regencyCount = sql<number>`count(${regency.code})`.mapWith(Number);
  const formedCount = sumOf(isFormed(regencyTf as unknown as TfTable));
  const share = sql`(CASE WHEN count(${regency.code}) = 0 THEN 0 ELSE 1.0 * ${formedCount} / count(${regency.code}) END)`;
  const missing = sql`(count(${regency.code}) - ${formedCount})`;
  const orderKey = sort === "nama" ? sql`${province.name}` : sort === "persen" ? share : sort === "belum" ? missing : sql`${province.code}`;
  return db
    .select({
      code: province.code,
      name: province.name,
      formed: flag(isFormed(provinceTf as unknown as TfTable)),
      hasLegalBasis: flag(hasLegalBasis(provinceTf as unknown as TfTable)),
      subsatgasComplete: flag(subsatgasComplete(provinceTf as unknown as TfTable)),
      subsatgasFormed: sql<number>`coalesce(${formedSubsatgasCount(provinceTf as unknown as TfTable)}, 0)`.mapWith(Number),
      regencies: regencyCount,
      regenciesFormed: formedCount,
      regenciesWithLegalBasis: sumOf(hasLegalBasis(regencyTf as unknown as TfTable)),
      regenciesSubsatgasComplete: sumOf(subsatgasComplete(regencyTf as unknown as TfTable)),
    })
    .from(province)
    .leftJoin(provinceTf, eq(provinceTf.scopeKey, province.code))
    .leftJoin(regency, eq(regency.parentCode, province.code))
    .leftJoin(regencyTf, eq(regencyTf.scopeKey, regency.code))
    .where(and(eq(province.level, "provinsi"), scopeCondition(province.code, scope)))
    .groupBy(province.code)
    .orderBy(descending ? sql`${orderKey} DESC` : sql`${orderKey} ASC`, asc(province.code))
    .all();
}


export interface RegencyCoverage {
  code: string;
  name: string;
  parentCode: string | null;
  formed: boolean;
  hasLegalBasis: boolean;
  hasDocument: boolean;
  subsatgasComplete: boolean;
  subsatgasFormed: number;
}

/** Regencies/cities within scope (optionally under one province) with their status, filtered in SQL. */
export function listRegencyCoverage(db: Db, scope: ScopeCode, filter: { province?: string; status?: RegionStatusFilter } = {}): RegencyCoverage[] {
  const status = filter.status ?? "semua";
  const statusCondition =
    status === "belum"
      ? sql`coalesce(${isFormed(taskForces)}, 0) = 0`
      : status === "tanpa-dasar-hukum"
        ? sql`coalesce(${hasLegalBasis(taskForces)}, 0) = 0`
        : status === "subsatgas-belum-lengkap"
          ? sql`coalesce(${subsatgasComplete(taskForces)}, 0) = 0`
          : undefined;
  return db
    .select({
      code: regions.code,
      name: regions.name,
      parentCode: regions.parentCode,
      formed: flag(isFormed(taskForces)),
      hasLegalBasis: flag(hasLegalBasis(taskForces)),
      hasDocument: sql<number>`(${taskForces.legalBasisFileId} IS NOT NULL)`.mapWith(Boolean),
      subsatgasComplete: flag(subsatgasComplete(taskForces)),
      subsatgasFormed: sql<number>`coalesce(${formedSubsatgasCount(taskForces)}, 0)`.mapWith(Number),
    })
    .from(regions)
    .leftJoin(taskForces, eq(taskForces.scopeKey, regions.code))
    .where(
      and(
        eq(regions.level, "kabupaten_kota"),
        scopeCondition(regions.code, scope),
        filter.province ? eq(regions.parentCode, filter.province) : undefined,
        statusCondition,
      ),
    )
    .orderBy(asc(regions.code))
    .all();
}

// ---------------------------------------------------------------------------------------------
// One task force
// ---------------------------------------------------------------------------------------------

/** The state of one task force (formed, legal basis, Subsatgas), by the same SQL rules as the coverage counts. */
export function taskForceState(db: Db, regionCode: string | null) {
  const row = db
    .select({
      formed: flag(isFormed(taskForces)),
      hasLegalBasis: flag(hasLegalBasis(taskForces)),
      subsatgasComplete: flag(subsatgasComplete(taskForces)),
      subsatgasFormed: sql<number>`${formedSubsatgasCount(taskForces)}`.mapWith(Number),
    })
    .from(taskForces)
    .where(eq(taskForces.scopeKey, scopeKey(regionCode)))
    .get();
  return row ?? { formed: false, hasLegalBasis: false, subsatgasComplete: false, subsatgasFormed: 0 };
}

export interface SubsatgasOption {
  slug: string;
  name: string;
}

export function listActiveSubsatgas(db: Db): SubsatgasOption[] {
  return db.select({ slug: subsatgas.slug, name: subsatgas.name }).from(subsatgas).where(eq(subsatgas.active, true)).orderBy(asc(subsatgas.position)).all();
}

/**
 * Everything recorded about the task force of `regionCode` (null = national): the region, the row
 * (undefined when none is recorded yet), its Subsatgas, secretariat agency and legal-basis document.
 * Returns undefined for an unknown region. The caller checks the user's scope.
 */
export function getTaskForce(db: Db, regionCode: string | null) {
  const region = regionCode === null ? null : db.select().from(regions).where(eq(regions.code, regionCode)).get();
  if (region === undefined) return undefined;
  const parent = region?.parentCode ? (db.select().from(regions).where(eq(regions.code, region.parentCode)).get() ?? null) : null;
  const row = db
    .select({ tf: taskForces, secretariatName: sql<string | null>`coalesce(${taskForces.secretariatAgencyName}, ${agencies.name})`, secretariatCanonicalName: agencies.name, file: { id: files.id, originalName: files.originalName, size: files.size, mediaType: files.mediaType } })
    .from(taskForces)
    .leftJoin(agencies, eq(agencies.id, taskForces.secretariatAgencyId))
    .leftJoin(files, eq(files.id, taskForces.legalBasisFileId))
    .where(eq(taskForces.scopeKey, scopeKey(regionCode)))
    .get();
  const formedSlugs = row
    ? db.select({ slug: taskForceSubsatgas.subsatgasSlug }).from(taskForceSubsatgas).where(eq(taskForceSubsatgas.taskForceId, row.tf.id)).all().map((s) => s.slug)
    : [];
  return {
    regionCode,
    region,
    parent,
    taskForce: row?.tf,
    /** The secretariat's agency as written, and the registered agency it is linked to. */
    secretariatName: row?.secretariatName ?? null,
    secretariatCanonicalName: row?.secretariatCanonicalName ?? null,
    document: row?.file?.id ? row.file : null,
    subsatgas: listActiveSubsatgas(db).map((s) => ({ ...s, formed: formedSlugs.includes(s.slug) })),
  };
}

/** The display name of a task force: "Gugus Tugas Nasional", "Gugus Tugas Provinsi Jawa Barat", "Gugus Tugas Kabupaten Indramayu". */
export function taskForceName(region: { name: string; level: string } | null): string {
  if (!region) return "Gugus Tugas Nasional";
  if (region.level === "provinsi") return `Gugus Tugas Provinsi ${region.name}`;
  return `Gugus Tugas ${region.name}`;
}

export interface TaskForceInput {
  formed: boolean;
  legalBasis: { kind: LegalBasisKind; number: string; date: string; title: string | null } | null;
  subsatgas: string[];
  secretariat: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  /** Drop the stored legal-basis document (ignored when a new one is uploaded). */
  removeDocument: boolean;
}

const TaskForceFormSchema = z.object({
  formed: fields.checkbox(),
  legalBasisKind: z.string().optional(),
  legalBasisNumber: fields.optionalText(200),
  legalBasisDate: z.string().trim().optional(),
  legalBasisTitle: fields.optionalText(500),
  subsatgas: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  secretariat: fields.optionalText(200),
  contactName: fields.optionalText(200),
  contactPhone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\+?[0-9 ()-]{6,30}$/.test(v), "Nomor telepon hanya boleh berisi angka, spasi, tanda kurung, tanda hubung dan + di depan.")
    .transform((v) => (v ? v : null)),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, "Alamat email tidak valid.")
    .transform((v) => (v ? v : null)),
  removeDocument: fields.checkbox(),
});

export interface TaskForceFormContext {
  /** Slugs of the active Subsatgas. */
  subsatgasSlugs: string[];
  /** Today in the region's zone: a legal basis cannot be dated later. */
  today: string;
  /** Whether a new document was chosen in this submission. */
  hasNewDocument: boolean;
  /** Why the chosen document was refused by the upload check, if it was. */
  documentError?: string;
}

/** The form's fields as the rules of app/task-forces/rules.ts read them. */
const formFacts = (d: z.output<typeof TaskForceFormSchema>): TaskForceFacts => ({
  formed: d.formed,
  legalBasisKind: d.legalBasisKind?.trim() || null,
  legalBasisNumber: d.legalBasisNumber,
  legalBasisDate: d.legalBasisDate || null,
  legalBasisTitle: d.legalBasisTitle,
  subsatgas: d.subsatgas,
});

/**
 * The task-force form: field shapes, the task-force rules (app/task-forces/rules.ts) inside, then
 * what only the form has: a document goes with the legal basis it proves.
 */
export function taskForceFormSchema(ctx: TaskForceFormContext) {
  return withRules(TaskForceFormSchema, TASK_FORCE_RULES, formFacts, { subsatgasSlugs: ctx.subsatgasSlugs, today: ctx.today }, TASK_FORCE_LABELS).superRefine((d, issues) => {
    const fail = (message: string) => issues.addIssue({ code: "custom", path: ["dokumen"], message });
    const f = formFacts(d);
    const anyLegal = Boolean(f.legalBasisKind || f.legalBasisNumber || f.legalBasisDate || f.legalBasisTitle);
    if (ctx.hasNewDocument && !anyLegal) fail("Dokumen hanya dapat diunggah bersama dasar hukumnya (jenis, nomor dan tanggal).");
    else if (ctx.documentError) fail(ctx.documentError);
  }).transform(
    (d): TaskForceInput => ({
      formed: d.formed,
      legalBasis: d.legalBasisKind?.trim()
        ? { kind: d.legalBasisKind.trim() as LegalBasisKind, number: d.legalBasisNumber!, date: d.legalBasisDate!, title: d.legalBasisTitle }
        : null,
      subsatgas: d.subsatgas,
      secretariat: d.secretariat,
      contactName: d.contactName,
      contactPhone: d.contactPhone,
      contactEmail: d.contactEmail,
      removeDocument: d.removeDocument,
    }),
  );
}

export function parseTaskForceForm(formData: FormData, ctx: TaskForceFormContext): FormResult<TaskForceInput> {
  return parseForm(taskForceFormSchema(ctx), formData);
}

/** A task force's row as the write verb stores it, with its Subsatgas. */
export interface TaskForceRow {
  formed: boolean;
  legalBasis: { kind: LegalBasisKind; number: string; date: string; title: string | null } | null;
  legalBasisFileId: number | null;
  secretariatAgencyId: number | null;
  /** The secretariat's agency as written; undefined keeps the stored name while the link stays the same. */
  secretariatAgencyName?: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  subsatgas: readonly string[];
}

type StoredTaskForce = typeof taskForces.$inferSelect;

/**
 * The one verb that stores the task force of `regionCode` (created on first write): its row from
 * `rowOf(before)`, its Subsatgas and the audit row ("create"/"update", or "import.create" ... by
 * `via`). It refuses a row that breaks a rule of its own fields (an incomplete legal basis, a legal
 * basis or Subsatgas on a task force not formed); the caller has checked the date and the slugs.
 */
export function writeTaskForce(tx: Tx, regionCode: string | null, rowOf: (before: StoredTaskForce | undefined) => TaskForceRow, actorId: number | null, via?: "import") {
  const key = scopeKey(regionCode);
  const before = tx.select().from(taskForces).where(eq(taskForces.scopeKey, key)).get();
  const row = rowOf(before);
  const lb = row.legalBasis;
  const facts: TaskForceFacts = {
    formed: row.formed,
    legalBasisKind: lb?.kind ?? null,
    legalBasisNumber: lb?.number ?? null,
    legalBasisDate: lb?.date ?? null,
    legalBasisTitle: lb?.title ?? null,
    subsatgas: row.subsatgas,
  };
  assertNoProblems([...legalBasisProblems(facts), ...formedProblems(facts)]);
  const beforeSubsatgas = before
    ? tx.select({ slug: taskForceSubsatgas.subsatgasSlug }).from(taskForceSubsatgas).where(eq(taskForceSubsatgas.taskForceId, before.id)).all().map((s) => s.slug)
    : [];
  const values = {
    regionCode,
    scopeKey: key,
    formed: row.formed,
    legalBasisKind: facts.legalBasisKind as LegalBasisKind | null,
    legalBasisNumber: facts.legalBasisNumber,
    legalBasisDate: facts.legalBasisDate,
    legalBasisTitle: facts.legalBasisTitle,
    legalBasisFileId: lb ? row.legalBasisFileId : null,
    secretariatAgencyId: row.secretariatAgencyId,
    secretariatAgencyName:
      row.secretariatAgencyName !== undefined ? row.secretariatAgencyName : row.secretariatAgencyId !== null && row.secretariatAgencyId === before?.secretariatAgencyId ? (before?.secretariatAgencyName ?? null) : null,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    updatedAt: Date.now(),
  };
  const saved = before
    ? tx.update(taskForces).set(values).where(eq(taskForces.id, before.id)).returning().get()
    : tx.insert(taskForces).values(values).returning().get();
  tx.delete(taskForceSubsatgas).where(eq(taskForceSubsatgas.taskForceId, saved.id)).run();
  const slugs = row.formed ? [...new Set(row.subsatgas)] : [];
  for (const slug of slugs) tx.insert(taskForceSubsatgas).values({ taskForceId: saved.id, subsatgasSlug: slug }).run();
  const verb = before ? "update" : "create";
  recordAudit(tx, {
    userId: actorId,
    action: via ? `${via}.${verb}` : verb,
    entity: "task_force",
    entityId: saved.id,
    before: before ? { ...before, subsatgas: beforeSubsatgas } : null,
    after: { ...saved, subsatgas: slugs },
  });
  return saved;
}

/**
 * Records the task force of `regionCode` from its form, in one transaction with its Subsatgas, the
 * uploaded legal-basis document (if any) and the audit row. A document replaced or removed stays
 * in `files`, reachable from the audit log's before-image.
 */
export function saveTaskForce(db: Db, regionCode: string | null, input: TaskForceInput, actorId: number, document: StagedFile | null, choices?: AgencyChoices) {
  return db.transaction((tx) =>
    writeTaskForce(
      tx,
      regionCode,
      (before) => ({
        formed: input.formed,
        legalBasis: input.legalBasis,
        legalBasisFileId: !input.legalBasis ? null : document ? recordFile(tx, document).id : input.removeDocument ? null : (before?.legalBasisFileId ?? null),
        secretariatAgencyId: input.secretariat ? linkAgency(tx, input.secretariat, choices, actorId, regionCode) : null,
        secretariatAgencyName: input.secretariat,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        contactEmail: input.contactEmail,
        subsatgas: input.subsatgas,
      }),
      actorId,
    ),
  );
}

/** The stored legal-basis document of a task force, for the download route (after its scope check). */
export function getLegalBasisFile(db: Db, regionCode: string | null) {
  return db
    .select({ file: files })
    .from(taskForces)
    .innerJoin(files, eq(files.id, taskForces.legalBasisFileId))
    .where(eq(taskForces.scopeKey, scopeKey(regionCode)))
    .get()?.file;
}
