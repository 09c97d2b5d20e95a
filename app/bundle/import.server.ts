// Importing bundles: validate, classify and write, record by record, in ONE transaction.
//
// - All or nothing: every record is checked (JSON Schema, then the domain rules); once one error
//   is found nothing more is written and the transaction is rolled back at the end, so the
//   database is as before. Every error is still listed, with its JSON path.
// - Idempotent by ref: each incoming record is put into the exporter's canonical form and
//   compared with the stored one; equal = "unchanged" and nothing is written (not even an audit
//   row). A changed rakor is updated in place (sites, attendees, agenda and materials replaced,
//   outcomes kept by position); a changed action is updated and its status history extended
//   (append-only), never duplicated. Task forces are keyed by region; case statistics by period,
//   region and agency; series by their ref.
// - Series and minutes: a rakor's `series` links it to the series of that ref (made, or its rule
//   and title updated); its `minutes` set the current version's state, written after the rakor's
//   outcomes, attendance and agenda because approved minutes lock them. A rakor whose minutes are
//   approved here is refused when the bundle changes it (reopening is the secretariat's act). A
//   bundle without series or minutes leaves the rakor's as they are.
// - Verification: a done update with `verification` is stored as the app stores a verified
//   completion (menunggu verifikasi, the verification, the update it appended); a done update
//   without one is a completion from a source that does not verify, and counts as done.
// - Memory: records come one at a time from bundle-read (a streaming reader); only the refs seen
//   so far are kept, to refuse duplicates. Statements are prepared once per import.
// - One write path: a rakor's own row, action items and their status history, task forces and
//   case statistics are written through the verbs the app writes with (saveRakorRow,
//   insertActionItem, rewriteActionItem, appendStatusUpdate, writeTaskForce, writeStatistic), under
//   the same rules (app/rakor/rules.ts, app/action-plan/rules.ts, app/task-forces/rules.ts).
//   Every record is checked against those rules first, so a broken one is refused with its path.
// - Preview (dryRun): the same pipeline without writes, inside a transaction that is always
//   rolled back, so the preview says exactly what the import would do.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import {
  actionItems,
  agencies,
  agendaItems,
  attendees,
  caseStatistics,
  files,
  materials,
  outcomes,
  rakor,
  rakorMinutes,
  rakorSeries,
  rakorSites,
  regions,
  subsatgas,
  taskForces,
  users,
} from "../../db/schema";
import { agencyKey } from "../accounts/agency-key";
import { scopeIncludes, type ScopeCode } from "../accounts/scope";
import { findAgencyByName, loadAgencyMatcher, resolveAgencyId } from "../accounts/agency.server";
import type { AgencyMatcher } from "../accounts/agency-match";
import { recordAudit } from "../accounts/audit.server";
import type { Bundle, BundleAction, BundleCaseStatistic, BundleMinutes, BundlePerson, BundleRakor, BundleTaskForce } from "./types";
import {
  actionZone,
  CanonicalReader,
  historyGroups,
  historyKey,
  type HistoryRow,
  normalizeAction,
  normalizeCaseStatistic,
  normalizeRakor,
  normalizeTaskForce,
  deriveHistory,
  sameRecord,
  type AgencyNamer,
} from "./canonical.server";
import { RECORD_KIND_LABELS, RECORD_KINDS, type RecordKind, type RecordStatus } from "./ui";
import { BundleSyntaxError, readBundle, type BundleSection, type BundleSource } from "./read.server";
import {
  actionRegion,
  checkActionRules,
  checkCaseStatisticRules,
  checkRakorRules,
  checkTaskForceRules,
  formatError,
  joinPath,
  rakorFacts,
  statisticFacts,
  schemaErrorsOfHeader,
  schemaErrorsOfRecord,
  type BundleError,
  type CheckedMaterialFile,
  type RuleContext,
} from "./validate.server";
import { findOverlappingStatistic, writeStatistic } from "../task-forces/case-statistic.server";
import { overlapProblems } from "../task-forces/rules";
import { writeTaskForce } from "../task-forces/task-force.server";
import { saveRakorRow, type RakorRow } from "../rakor/rakor.server";
import { appendStatusUpdate, insertActionItem, latestStatusUpdate, rewriteActionItem, setActionState, type ActionItemRow } from "../action-plan/action.server";
import { insertVerification } from "../action-plan/verification-steps.server";
import { latestMinutes, normalizeVerificationCode } from "../rakor/minutes.server";
import { formatDateTime } from "../utils/period";
import { bundleSeriesRule, readSeriesRule, type ReadSeriesRule } from "./series-rule";
import { recordFile, stageFile, type StagedFile } from "../utils/upload.server";

export { formatError, type BundleError } from "./validate.server";
export type { BundleSource } from "./read.server";

export type { RecordKind, RecordStatus } from "./ui";
export type SectionCounts = Record<RecordStatus, number>;
export type ImportSummary = Record<RecordKind, SectionCounts>;

export interface RecordPreview {
  kind: RecordKind;
  /** JSON path of the record in the bundle. */
  path: string;
  /** The record's key: its ref, a region code, or period + region + agency. */
  key: string;
  title: string;
  status: RecordStatus;
}

export interface FileResult {
  label: string;
  errors: BundleError[];
  /** Errors beyond the first MAX_ERRORS are counted, not kept. */
  errorsOmitted: number;
  summary: ImportSummary;
  /** The first `maxRecords` records with what happens to each; the rest only counted. */
  records: RecordPreview[];
  recordsOmitted: number;
  /** Agency names that match no agency or alias and would be (or were) created. */
  newAgencies: string[];
  /** Names that match no agency exactly but resemble known ones (or were mapped by an answer). */
  agencyQuestions: AgencyImportQuestion[];
}

export interface AgencyImportQuestion {
  /** The name as written in the bundle (spacing cleaned). */
  name: string;
  /** JSON path of its first occurrence. */
  path: string;
  proposals: { id: number; name: string }[];
  /** The agency it is linked to, "new" to create it, or null when unanswered. */
  answer: number | "new" | null;
}

/** Answers for names that resemble known agencies: agencyKey(name) → the agency to link, or "new". */
export type AgencyAnswers = ReadonlyMap<string, number | "new">;

export interface ImportResult {
  ok: boolean;
  /** Whether the changes were committed (false for a preview or when refused). */
  written: boolean;
  files: FileResult[];
}

export interface ImportOptions {
  /** The importer's scope; records outside it are refused. The CLI imports with national scope (null). */
  scope: ScopeCode;
  actorId: number | null;
  /** Classify only; write nothing. */
  dryRun?: boolean;
  /** How many records to list per file in the result (counts are always complete). */
  maxRecords?: number;
  /** The user's answers for agency names that match no agency exactly (names as written are kept). */
  agencyAnswers?: AgencyAnswers;
  /**
   * Create an agency for a name that resembles known ones and has no answer. Otherwise such a name
   * refuses the import (a preview lists it with its proposals instead).
   */
  createUnanswered?: boolean;
}

export const MAX_ERRORS = 5000;
const KINDS = RECORD_KINDS;
export const emptySummary = (): ImportSummary =>
  Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, refused: 0 }])) as ImportSummary;

class Rollback extends Error {}

/**
 * Imports one or more bundles in one transaction: all of them are written, or (on any error, or
 * for a dry run) none. The CLI passes several files; the app one upload.
 */
export function importBundles(db: Db, inputs: { label: string; source: BundleSource }[], options: ImportOptions): ImportResult {
  const staged: StagedFile[] = [];
  let results: FileResult[] = [];
  let written = false;
  try {
    db.transaction((tx) => {
      const shared = new ImportState(tx, options, staged);
      results = inputs.map((input) => shared.importFile(input.label, input.source));
      if (options.dryRun || results.some((r) => r.errors.length > 0)) throw new Rollback();
    });
    written = true;
  } catch (error) {
    if (!(error instanceof Rollback)) {
      for (const file of staged) file.discard();
      throw error;
    }
  }
  if (!written) for (const file of staged) file.discard();
  return { ok: results.every((r) => r.errors.length === 0), written, files: results };
}

/** What importing would do, without writing anything. */
export function previewBundle(db: Db, label: string, source: BundleSource, options: Omit<ImportOptions, "dryRun">): FileResult {
  return importBundles(db, [{ label, source }], { ...options, dryRun: true }).files[0];
}

export class BundleRefusedError extends Error {
  constructor(public errors: BundleError[]) {
    super(`Bundel ditolak:\n${errors.map(formatError).join("\n")}`);
  }
}

/** Writes a bundle already in memory with national scope (the demo seed); throws if it is refused. */
export function writeBundle(db: Db, bundle: Bundle, actorId: number | null): ImportSummary {
  const result = importBundles(db, [{ label: "bundle", source: { kind: "object", value: bundle } }], { scope: null, actorId });
  if (!result.ok) throw new BundleRefusedError(result.files.flatMap((f) => f.errors));
  return result.files[0].summary;
}

/** `seed.json: 18 dibuat, 0 diperbarui, 0 tidak berubah (rakor 3/0/0, rencana aksi 12/0/0, ...)` */
export function summaryLine(file: FileResult): string {
  const total = (status: RecordStatus) => KINDS.reduce((n, k) => n + file.summary[k][status], 0);
  const part = (k: RecordKind) => `${RECORD_KIND_LABELS[k].toLowerCase()} ${file.summary[k].created}/${file.summary[k].updated}/${file.summary[k].unchanged}`;
  return (
    `${file.label}: ${total("created")} dibuat, ${total("updated")} diperbarui, ${total("unchanged")} tidak berubah ` +
    `(dibuat/diperbarui/tidak berubah: ${KINDS.map(part).join(", ")})`
  );
}


// ---------------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------------

type AgencyEntry = { id: number | null; name: string; question?: AgencyImportQuestion };
/** The series an incoming rakor belongs to: the rule read, and its bundle form as it will be exported. */
type SeriesLink = { read: ReadSeriesRule; form: NonNullable<BundleRakor["series"]> };

const cleanName = (name: string) => name.trim().replace(/\s+/g, " ");
const ACTION_PATH = /^(rakor\[\d+\]\.outcomes\[(\d+)\]\.actions\[(\d+)\])/;

function statements(tx: Tx) {
  const p = <T extends string>(name: T) => sql.placeholder(name);
  return {
    rakorByRef: tx.select({ id: rakor.id, regionCode: rakor.regionCode }).from(rakor).where(eq(rakor.ref, p("ref"))).prepare(),
    seriesByRef: tx.select().from(rakorSeries).where(eq(rakorSeries.ref, p("ref"))).prepare(),
    actionByRef: tx.select({ id: actionItems.id, regionCode: actionItems.regionCode }).from(actionItems).where(eq(actionItems.ref, p("ref"))).prepare(),
    taskForceByScope: tx.select().from(taskForces).where(eq(taskForces.scopeKey, p("scopeKey"))).prepare(),
    caseStatisticByKey: tx
      .select({ id: caseStatistics.id })
      .from(caseStatistics)
      .where(
        and(
          eq(caseStatistics.periodStart, p("periodStart")),
          eq(caseStatistics.periodEnd, p("periodEnd")),
          eq(caseStatistics.agencyId, p("agencyId")),
          sql`${caseStatistics.regionCode} IS ${p("regionCode")}`,
        ),
      )
      .prepare(),
    outcomesOf: tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.rakorId, p("rakorId"))).orderBy(asc(outcomes.position), asc(outcomes.id)).prepare(),
    materialFilesOf: tx
      .select({ id: files.id, sha256: files.sha256, name: files.originalName })
      .from(materials)
      .innerJoin(files, eq(files.id, materials.fileId))
      .where(eq(materials.rakorId, p("rakorId")))
      .prepare(),
    deleteAttendees: tx.delete(attendees).where(eq(attendees.rakorId, p("rakorId"))).prepare(),
    deleteSites: tx.delete(rakorSites).where(eq(rakorSites.rakorId, p("rakorId"))).prepare(),
    deleteAgenda: tx.delete(agendaItems).where(eq(agendaItems.rakorId, p("rakorId"))).prepare(),
    deleteMaterials: tx.delete(materials).where(eq(materials.rakorId, p("rakorId"))).prepare(),
    insertSite: tx
      .insert(rakorSites)
      .values({
        rakorId: p("rakorId"),
        position: p("position"),
        name: p("name"),
        agencyId: p("agencyId"),
        agencyName: p("agencyName"),
        regionCode: p("regionCode"),
        chairName: p("chairName"),
        chairRank: p("chairRank"),
        chairPosition: p("chairPosition"),
        chairAgency: p("chairAgency"),
        chairAgencyId: p("chairAgencyId"),
      })
      .returning({ id: rakorSites.id })
      .prepare(),
    insertAttendee: tx
      .insert(attendees)
      .values({
        rakorId: p("rakorId"),
        siteId: p("siteId"),
        position: p("position"),
        name: p("name"),
        rank: p("rank"),
        jobTitle: p("jobTitle"),
        agencyId: p("agencyId"),
        agencyName: p("agencyName"),
        role: p("role"),
        attendance: p("attendance"),
        email: p("email"),
        durationMinutes: p("durationMinutes"),
      })
      .prepare(),
    insertAgenda: tx
      .insert(agendaItems)
      .values({
        rakorId: p("rakorId"),
        position: p("position"),
        title: p("title"),
        presenterName: p("presenterName"),
        presenterRank: p("presenterRank"),
        presenterPosition: p("presenterPosition"),
        presenterAgency: p("presenterAgency"),
        startsAt: p("startsAt"),
        notes: p("notes"),
      })
      .prepare(),
    insertMaterial: tx
      .insert(materials)
      .values({ rakorId: p("rakorId"), position: p("position"), title: p("title"), kind: p("kind"), fileId: p("fileId"), url: p("url") })
      .prepare(),
    insertOutcome: tx.insert(outcomes).values({ rakorId: p("rakorId"), position: p("position"), text: p("text") }).returning({ id: outcomes.id }).prepare(),
    updateOutcome: tx.update(outcomes).set({ text: sql`${p("text")}` }).where(eq(outcomes.id, p("id"))).prepare(),
    deleteOutcome: tx.delete(outcomes).where(eq(outcomes.id, p("id"))).prepare(),
  };
}

class ImportState {
  private ctx: RuleContext;
  private q: ReturnType<typeof statements>;
  private reader: CanonicalReader;
  private agencies = new Map<string, AgencyEntry>();
  private subsatgasOrder: Map<string, number>;
  /** Within one bundle (file) a ref or key may appear once. */
  private rakorRefs = new Map<string, string>();
  private actionRefs = new Map<string, string>();
  private taskForceKeys = new Map<string, string>();
  private caseStatisticKeys = new Map<string, { start: string; end: string; path: string }[]>();
  private seriesRefs = new Map<string, { rule: string; title?: string; path: string }>();
  private minutesCodes = new Map<string, string>();
  private failed = false;
  private dryRun: boolean;
  private maxRecords: number;
  private file!: FileResult;
  private newAgencyKeys = new Set<string>();

  constructor(
    private tx: Tx,
    private options: ImportOptions,
    private staged: StagedFile[],
  ) {
    const regionRows = tx.select({ code: regions.code, zone: regions.timeZone, name: regions.name }).from(regions).all();
    const regionNames = new Map(regionRows.map((r) => [r.code, r.name]));
    const slugs = tx.select({ slug: subsatgas.slug, position: subsatgas.position }).from(subsatgas).all();
    this.subsatgasOrder = new Map(slugs.map((s) => [s.slug, s.position]));
    this.ctx = {
      regions: new Map(regionRows.map((r) => [r.code, r.zone])),
      regionName: (code) => regionNames.get(code),
      subsatgas: new Set(this.subsatgasOrder.keys()),
      scope: options.scope,
      role: options.actorId === null ? null : (tx.select({ role: users.role }).from(users).where(eq(users.id, options.actorId)).get()?.role ?? null),
    };
    this.q = statements(tx);
    this.reader = new CanonicalReader(tx);
    this.dryRun = options.dryRun ?? false;
    this.maxRecords = options.maxRecords ?? 1000;
  }

  importFile(label: string, source: BundleSource): FileResult {
    this.file = { label, errors: [], errorsOmitted: 0, summary: emptySummary(), records: [], recordsOmitted: 0, newAgencies: [], agencyQuestions: [] };
    this.newAgencyKeys = new Set();
    this.rakorRefs = new Map();
    this.actionRefs = new Map();
    this.taskForceKeys = new Map();
    this.caseStatisticKeys = new Map();
    this.seriesRefs = new Map();
    this.minutesCodes = new Map();
    const header: Record<string, unknown> = {};
    const recordErrors: BundleError[] = [];
    const headerErrors: BundleError[] = [];
    try {
      for (const item of readBundle(source)) {
        if (item.kind === "record") {
          const errors = this.importRecord(item.section, item.index, item.value);
          if (errors.length) {
            this.failed = true;
            recordErrors.push(...errors);
          }
          continue;
        }
        const key = item.kind === "header" ? item.key : item.section;
        if (key in header) headerErrors.push({ path: key, message: "muncul lebih dari sekali dalam bundel" });
        header[key] = item.kind === "header" ? item.value : [];
      }
      headerErrors.unshift(...schemaErrorsOfHeader(header));
    } catch (error) {
      if (!(error instanceof BundleSyntaxError)) throw error;
      headerErrors.push({ path: "(berkas)", message: error.message });
    }
    if (!this.dryRun && !this.options.createUnanswered) {
      for (const q of this.file.agencyQuestions) {
        if (q.answer === null) recordErrors.push({ path: q.path, message: unansweredMessage(q) });
      }
    }
    if (headerErrors.length || recordErrors.length) this.failed = true;
    const changed = KINDS.reduce((n, k) => n + this.file.summary[k].created + this.file.summary[k].updated, 0);
    if (this.writing && changed > 0) {
      recordAudit(this.tx, { userId: this.options.actorId, action: "import", entity: "bundle", entityId: null, after: { file: label, summary: this.file.summary } });
    }
    const all = [...headerErrors, ...recordErrors];
    this.file.errors = all.slice(0, MAX_ERRORS);
    this.file.errorsOmitted = all.length - this.file.errors.length;
    return this.file;
  }

  private record(preview: RecordPreview) {
    this.file.summary[preview.kind][preview.status]++;
    if (this.file.records.length < this.maxRecords) this.file.records.push(preview);
    else this.file.recordsOmitted++;
  }

  /** Whether this record is to be classified and, in a real import, written. */
  private get writing() {
    return !this.failed && !this.dryRun;
  }

  private importRecord(section: BundleSection, index: number, value: unknown): BundleError[] {
    if (section === "rakor") return this.importRakor(index, value);
    const path = `${section}[${index}]`;
    const schemaErrors = schemaErrorsOfRecord(section, index, value);
    if (schemaErrors.length) {
      this.record({ kind: section, path, key: keyOfUnknown(value), title: "", status: "refused" });
      return schemaErrors;
    }
    return section === "taskForces" ? this.importTaskForce(path, value as BundleTaskForce) : this.importCaseStatistic(path, value as BundleCaseStatistic);
  }

  // --- agencies -------------------------------------------------------------------------------

  private agency(name: string, path = ""): AgencyEntry {
    const key = agencyKey(name);
    let entry = this.agencies.get(key);
    if (!entry) {
      const found = findAgencyByName(this.tx, name);
      entry = found ? { id: found.id, name: found.name } : this.unknownAgency(name, path);
      this.agencies.set(key, entry);
    }
    if (!this.newAgencyKeys.has(key) && (entry.id === null || entry.question)) {
      this.newAgencyKeys.add(key);
      if (entry.id === null) this.file.newAgencies.push(entry.name);
      if (entry.question) this.file.agencyQuestions.push({ ...entry.question, path: path || entry.question.path });
    }
    return entry;
  }

  private matcher?: AgencyMatcher;

  /** A name no agency or alias matches: linked by the user's answer, else new, with the agencies it resembles. */
  private unknownAgency(name: string, path: string): AgencyEntry {
    const answer = this.options.agencyAnswers?.get(agencyKey(name));
    const linked = typeof answer === "number" ? this.tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(eq(agencies.id, answer)).get() : undefined;
    this.matcher ??= loadAgencyMatcher(this.tx);
    const proposals = this.matcher(name).proposals.map(({ id, name }) => ({ id, name }));
    const question = proposals.length || linked ? { name: cleanName(name), path, proposals, answer: linked ? linked.id : answer === "new" ? ("new" as const) : null } : undefined;
    return linked ? { id: linked.id, name: linked.name, question } : { id: null, name: cleanName(name), question };
  }

  private names: AgencyNamer = (name) => this.agency(name).name;

  /** Looks the names up, so the preview lists every agency that would be created (or asked about). */
  private noteAgencies(path: string, names: (string | undefined)[]) {
    for (const name of names) if (name !== undefined && name.trim()) this.agency(name, path);
  }

  /** The agency of a name written about a person (a chair's agency): linked when known or answered, never created. */
  private knownAgencyId(name: string | undefined): number | null {
    if (name === undefined || !name.trim()) return null;
    const entry = this.agencies.get(agencyKey(name));
    if (entry) return entry.id;
    return findAgencyByName(this.tx, name)?.id ?? (typeof this.options.agencyAnswers?.get(agencyKey(name)) === "number" ? (this.options.agencyAnswers.get(agencyKey(name)) as number) : null);
  }

  /** The agency's id, creating it (with `regionCode`) when no agency or alias matches. */
  private agencyId(name: string, regionCode: string | null): number {
    const entry = this.agency(name);
    if (entry.id === null) entry.id = resolveAgencyId(this.tx, name, this.options.actorId, regionCode);
    return entry.id;
  }

  private optionalAgencyId(name: string | undefined, regionCode: string | null) {
    return name === undefined ? null : this.agencyId(name, regionCode);
  }

  // --- rakor and actions ----------------------------------------------------------------------

  private importRakor(index: number, value: unknown): BundleError[] {
    const path = `rakor[${index}]`;
    const schemaErrors = schemaErrorsOfRecord("rakor", index, value);
    const ownSchemaErrors = schemaErrors.filter((e) => !ACTION_PATH.test(e.path));
    const badActions = new Set(schemaErrors.map((e) => ACTION_PATH.exec(e.path)?.[1]).filter((p): p is string => p !== undefined));
    const listedActions = actionsOf(value);

    if (ownSchemaErrors.length) {
      this.record({ kind: "rakor", path, key: keyOfUnknown(value), title: titleOfUnknown(value), status: "refused" });
      for (const a of listedActions) this.record({ kind: "actions", path: joinPath(path, "outcomes", a.i, "actions", a.j), key: keyOfUnknown(a.value), title: titleOfUnknown(a.value), status: "refused" });
      return schemaErrors;
    }

    const r = value as BundleRakor;
    const errors = [...schemaErrors];
    const { errors: ruleErrors, files } = checkRakorRules(r, path, this.ctx);
    errors.push(...ruleErrors);
    const existing = this.claimRef(this.rakorRefs, "rakor", r.ref, path, errors, this.q.rakorByRef.get({ ref: r.ref }), r.regionCode ?? null);
    this.noteAgencies(path, [r.organizer, ...(r.sites ?? []).map((s) => s.agency), ...(r.attendees ?? []).map((a) => a.agency)]);
    const series = this.seriesLink(r, path, errors);
    this.checkVerificationCode(r, path, existing?.id ?? null, errors);
    // Errors so far beyond the actions' own schema errors are the rakor's.
    const rakorRefused = errors.length > schemaErrors.length;

    // Each action: schema-valid ones get their domain rules and ref checks.
    const actions: { a: BundleAction; path: string; i: number; refused: boolean; existing: { id: number } | undefined }[] = [];
    for (const { i, j, value: av } of listedActions) {
      const ap = joinPath(path, "outcomes", i, "actions", j);
      if (badActions.has(ap)) {
        actions.push({ a: av as BundleAction, path: ap, i, refused: true, existing: undefined });
        continue;
      }
      const a = av as BundleAction;
      const before = errors.length;
      errors.push(...checkActionRules(a, ap, this.ctx, r.regionCode ?? null));
      this.checkSupportingDuplicates(a, ap, errors);
      const found = this.claimRef(this.actionRefs, "rencana aksi", a.ref, ap, errors, this.q.actionByRef.get({ ref: a.ref }), actionRegion(a, r.regionCode ?? null));
      this.noteAgencies(ap, [a.agency, ...(a.supportingAgencies ?? [])]);
      actions.push({ a, path: ap, i, refused: errors.length > before, existing: found });
    }

    if (rakorRefused) {
      this.record({ kind: "rakor", path, key: r.ref, title: r.title, status: "refused" });
      for (const x of actions) this.record({ kind: "actions", path: x.path, key: keyOfUnknown(x.a), title: titleOfUnknown(x.a), status: "refused" });
      return errors;
    }
    if (errors.length) this.failed = true;

    // Classify (and write, unless previewing or already failed) the rakor, then its actions. A
    // bundle without series or minutes leaves the rakor's as they are here.
    const form = existing ? normalizeRakor(r, files, series?.form) : null;
    const stored = existing ? this.reader.rakor(existing.id, { content: "sha256", actions: false }) : null;
    if (stored && !r.series) delete stored.series;
    if (stored && !r.minutes) delete stored.minutes;
    const rakorStatus: RecordStatus = !existing ? "created" : sameRecord(form, stored) ? "unchanged" : "updated";
    const locked = existing && rakorStatus === "updated" ? this.lockedMinutes(existing.id, r, form!, stored!) : null;
    if (locked) {
      errors.push({ path, message: locked });
      this.failed = true;
      this.record({ kind: "rakor", path, key: r.ref, title: r.title, status: "refused" });
      for (const x of actions) this.record({ kind: "actions", path: x.path, key: keyOfUnknown(x.a), title: titleOfUnknown(x.a), status: "refused" });
      return errors;
    }
    this.record({ kind: "rakor", path, key: r.ref, title: r.title, status: rakorStatus });
    let outcomeIds: number[] = [];
    if (this.writing) {
      const rakorId = this.writeRakor(r, existing?.id ?? null, rakorStatus, files, form, series);
      outcomeIds = this.q.outcomesOf.all({ rakorId }).map((o) => o.id);
    }
    for (const x of actions) {
      if (x.refused) {
        this.record({ kind: "actions", path: x.path, key: keyOfUnknown(x.a), title: titleOfUnknown(x.a), status: "refused" });
        continue;
      }
      this.importAction(x.a, x.path, r, x.i, x.existing, outcomeIds[x.i] ?? null);
    }
    return errors;
  }

  /**
   * Refuses a ref seen earlier in the import, or one that belongs to a stored record outside the
   * importer's scope. Returns the stored record (if any) otherwise.
   */
  private claimRef(
    seen: Map<string, string>,
    what: string,
    ref: string,
    path: string,
    errors: BundleError[],
    stored: { id: number; regionCode: string | null } | undefined,
    recordRegion: string | null,
  ) {
    const first = seen.get(ref);
    if (first !== undefined) {
      errors.push({ path: joinPath(path, "ref"), message: `ref "${ref}" sudah dipakai oleh ${first} dalam bundel ini; ref harus unik` });
      return undefined;
    }
    seen.set(ref, path);
    // (A record that is itself outside the scope has its own error already.)
    if (stored && !scopeIncludes(this.options.scope, stored.regionCode) && scopeIncludes(this.options.scope, recordRegion)) {
      errors.push({ path: joinPath(path, "ref"), message: `ref "${ref}" sudah dipakai oleh ${what} di luar cakupan Anda` });
      return undefined;
    }
    return stored;
  }

  /** The series the rakor names: one rule per series ref within the bundle. (An unreadable rule has its error from checkRakorRules.) */
  private seriesLink(r: BundleRakor, path: string, errors: BundleError[]): SeriesLink | undefined {
    if (!r.series) return undefined;
    const read = readSeriesRule(r.series.rule, r.timeZone);
    if (!read.ok) return undefined;
    const { ref, title } = r.series;
    const rule = bundleSeriesRule(read.value.kind, read.value.rule, read.value.timeZone);
    const first = this.seriesRefs.get(ref);
    if (!first) this.seriesRefs.set(ref, { rule, title, path });
    else if (first.rule !== rule) {
      errors.push({ path: joinPath(path, "series", "rule"), message: `seri “${ref}” tertulis dengan aturan lain di ${first.path} (${first.rule}); satu seri satu aturan` });
    } else if (title !== undefined && first.title !== undefined && title !== first.title) {
      errors.push({ path: joinPath(path, "series", "title"), message: `seri “${ref}” tertulis dengan judul lain di ${first.path} (“${first.title}”)` });
    } else first.title ??= title;
    const stored = this.q.seriesByRef.get({ ref });
    return { read: read.value, form: { ref, rule, title: title ?? first?.title ?? stored?.title ?? r.title } };
  }

  /** An approved minutes' verification code is unique: within the bundle and among the minutes stored here (the rakor's own current version aside). */
  private checkVerificationCode(r: BundleRakor, path: string, rakorId: number | null, errors: BundleError[]) {
    const code = r.minutes?.status === "approved" ? r.minutes.verificationCode : undefined;
    if (code === undefined || !code.trim()) return;
    const at = joinPath(path, "minutes", "verificationCode");
    const first = this.minutesCodes.get(code);
    if (first !== undefined) {
      errors.push({ path: at, message: `kode verifikasi ${code} sudah dipakai oleh ${first} dalam bundel ini; kode verifikasi harus unik` });
      return;
    }
    this.minutesCodes.set(code, path);
    const codes = [...new Set([code, normalizeVerificationCode(code) ?? code])];
    const clash = this.tx
      .select({ id: rakorMinutes.id, rakorId: rakorMinutes.rakorId, version: rakorMinutes.version, title: rakor.title })
      .from(rakorMinutes)
      .innerJoin(rakor, eq(rakor.id, rakorMinutes.rakorId))
      .where(inArray(rakorMinutes.verificationCode, codes))
      .get();
    if (clash && !(clash.rakorId === rakorId && latestMinutes(this.tx, rakorId)?.id === clash.id)) {
      const whose = clash.rakorId === rakorId ? `notulen versi ${clash.version} rakor ini (sudah dibuka kembali)` : `notulen “${clash.title}”`;
      errors.push({ path: at, message: `kode verifikasi ${code} sudah dipakai oleh ${whose}; kode verifikasi harus unik` });
    }
  }

  /**
   * Why a changed rakor cannot be written: its minutes are approved here, which locks its outcomes,
   * attendance and agenda (the database refuses them too) until a secretariat reopens them.
   */
  private lockedMinutes(rakorId: number, r: BundleRakor, form: BundleRakor, stored: BundleRakor): string | null {
    const minutes = latestMinutes(this.tx, rakorId);
    if (minutes?.status !== "approved") return null;
    const keys = [...new Set([...Object.keys(form), ...Object.keys(stored)])] as (keyof BundleRakor)[];
    const changed = keys.filter((k) => !sameRecord(form[k], stored[k]));
    const when = minutes.approvedAt === null ? "" : ` pada ${formatDateTime(minutes.approvedAt, r.timeZone)}`;
    return (
      `notulen rakor ini sudah disetujui di aplikasi ini${when}, sehingga hasil, peserta dan agendanya terkunci; bundel ini mengubah ${changed.join(", ")}. ` +
      "Buka kembali notulen di halaman rakor (dengan alasannya) lalu impor lagi, atau impor bundel yang sama dengan data di sini"
    );
  }

  private checkSupportingDuplicates(a: BundleAction, path: string, errors: BundleError[]) {
    const seen = new Map<string, number>();
    (a.supportingAgencies ?? []).forEach((name, i) => {
      if (!name.trim()) return;
      const canonical = agencyKey(this.names(name));
      const first = seen.get(canonical);
      if (first !== undefined) errors.push({ path: joinPath(path, "supportingAgencies", i), message: `instansi ganda: sama dengan supportingAgencies[${first}]` });
      else seen.set(canonical, i);
    });
  }

  private writeRakor(r: BundleRakor, existingId: number | null, status: RecordStatus, checked: CheckedMaterialFile[], form: BundleRakor | null, series: SeriesLink | undefined): number {
    if (status === "unchanged") return existingId!;
    const tx = this.tx;
    const actorId = this.options.actorId;
    const regionCode = r.regionCode ?? null;
    const chair = r.chair;
    const row: RakorRow = {
      ...rakorFacts(r),
      ref: r.ref,
      title: r.title,
      organizerAgencyId: this.agencyId(r.organizer, regionCode),
      organizerAgencyName: r.organizer,
      chairAgencyId: this.knownAgencyId(chair?.agency),
      chair: { name: chair?.name ?? null, rank: chair?.rank ?? null, position: chair?.position ?? null, agency: chair?.agency ?? null },
    };
    let rakorId: number;
    let before: BundleRakor | null = null;
    let reusableFiles: { id: number; sha256: string; name: string }[] = [];
    if (existingId === null) {
      rakorId = saveRakorRow(tx, null, row, actorId)!.id;
    } else {
      rakorId = existingId;
      before = this.reader.rakor(rakorId, { content: "sha256", actions: false });
      reusableFiles = this.q.materialFilesOf.all({ rakorId });
      saveRakorRow(tx, rakorId, row, actorId);
      // Sites, attendees, agenda and materials carry no identity of their own: replaced whole.
      this.q.deleteAttendees.run({ rakorId });
      this.q.deleteSites.run({ rakorId });
      this.q.deleteAgenda.run({ rakorId });
      this.q.deleteMaterials.run({ rakorId });
    }

    const siteIds = new Map<string, number>();
    (r.sites ?? []).forEach((s, i) => {
      const site = this.q.insertSite.get({
        rakorId,
        position: i + 1,
        name: s.name,
        agencyId: this.optionalAgencyId(s.agency, s.regionCode ?? null),
        agencyName: s.agency ?? null,
        regionCode: s.regionCode ?? null,
        ...personColumns("chair", s.chair),
        chairAgencyId: this.knownAgencyId(s.chair?.agency),
      })!;
      siteIds.set(s.name, site.id);
    });
    (r.attendees ?? []).forEach((a, i) => {
      this.q.insertAttendee.run({
        rakorId,
        siteId: a.site === undefined ? null : (siteIds.get(a.site) ?? null),
        position: i + 1,
        name: a.name,
        rank: a.rank ?? null,
        jobTitle: a.position ?? null,
        agencyId: this.optionalAgencyId(a.agency, null),
        agencyName: a.agency ?? null,
        role: a.role ?? "participant",
        attendance: a.attendance ?? "in_person",
        email: a.email ?? null,
        durationMinutes: a.onlineMinutes ?? null,
      });
    });
    (r.agenda ?? []).forEach((item, i) => {
      this.q.insertAgenda.run({
        rakorId,
        position: i + 1,
        title: item.title,
        ...personColumns("presenter", item.presenter),
        startsAt: item.startsAt === undefined ? null : Date.parse(item.startsAt),
        notes: item.notes ?? null,
      });
    });
    const fileOf = new Map(checked.map((f) => [f.index, f]));
    (r.materials ?? []).forEach((m, i) => {
      const file = fileOf.get(i);
      let fileId: number | null = null;
      if (file) {
        const reuse = reusableFiles.find((f) => f.sha256 === file.sha256 && f.name === file.check.name);
        if (reuse) fileId = reuse.id;
        else {
          const staged = stageFile(file.check, file.bytes, actorId);
          this.staged.push(staged);
          fileId = recordFile(tx, staged).id;
        }
      }
      this.q.insertMaterial.run({ rakorId, position: i + 1, title: m.title, kind: m.kind ?? "other", fileId, url: m.url ?? null });
    });

    // Outcomes are kept by position so the action items linked to them keep their link.
    const current = this.q.outcomesOf.all({ rakorId });
    const incoming = r.outcomes ?? [];
    incoming.forEach((o, i) => {
      if (current[i]) this.q.updateOutcome.run({ id: current[i].id, text: o.text });
      else this.q.insertOutcome.get({ rakorId, position: i + 1, text: o.text });
    });
    for (const stale of current.slice(incoming.length)) this.q.deleteOutcome.run({ id: stale.id });

    if (series) this.linkSeries(rakorId, series, row.startsAt);
    // Last: approved minutes lock the outcomes, attendance and agenda written above.
    if (r.minutes) this.writeMinutes(rakorId, r.minutes);

    recordAudit(tx, {
      userId: actorId,
      action: existingId === null ? "import.create" : "import.update",
      entity: "rakor",
      entityId: rakorId,
      before,
      after: existingId === null ? { ref: r.ref, title: r.title } : form,
    });
    return rakorId;
  }

  /**
   * Links the rakor to its series (made by ref when new, its rule and title updated when they
   * differ). The occurrence's series start is the one it has in that series, else its start; the
   * series' DTSTART is its earliest occurrence.
   */
  private linkSeries(rakorId: number, series: SeriesLink, startsAt: number) {
    const tx = this.tx;
    const { kind, rule, timeZone } = series.read;
    const { ref, title } = series.form;
    const before = this.q.seriesByRef.get({ ref });
    let seriesId: number;
    if (!before) {
      const made = tx.insert(rakorSeries).values({ ref, title: title!, kind, rule, timeZone, startsAt, createdBy: this.options.actorId }).returning().get();
      recordAudit(tx, { userId: this.options.actorId, action: "import.create", entity: "rakor_series", entityId: made.id, after: made });
      seriesId = made.id;
    } else {
      seriesId = before.id;
      if (before.kind !== kind || before.rule !== rule || before.timeZone !== timeZone || before.title !== title) {
        const after = tx.update(rakorSeries).set({ kind, rule, timeZone, title: title!, updatedAt: Date.now() }).where(eq(rakorSeries.id, seriesId)).returning().get();
        recordAudit(tx, { userId: this.options.actorId, action: "import.update", entity: "rakor_series", entityId: seriesId, before, after });
      }
    }
    const current = tx.select({ seriesId: rakor.seriesId, seriesStartsAt: rakor.seriesStartsAt }).from(rakor).where(eq(rakor.id, rakorId)).get()!;
    const seriesStartsAt = current.seriesId === seriesId && current.seriesStartsAt !== null ? current.seriesStartsAt : startsAt;
    tx.update(rakor).set({ seriesId, seriesStartsAt }).where(eq(rakor.id, rakorId)).run();
    tx.update(rakorSeries).set({ startsAt: sql`min(${rakorSeries.startsAt}, ${seriesStartsAt})` }).where(eq(rakorSeries.id, seriesId)).run();
  }

  /**
   * The minutes' state as the bundle says, on the current version (version 1 when there is none).
   * Approved elsewhere: the approver's name and code as written; no document is stored here.
   * (Minutes approved here are never rewritten: a change to such a rakor is refused first.)
   */
  private writeMinutes(rakorId: number, m: BundleMinutes) {
    const latest = latestMinutes(this.tx, rakorId);
    if (latest?.status === "approved") return;
    const values = {
      status: m.status,
      approvedAt: m.approvedAt === undefined ? null : Date.parse(m.approvedAt),
      approvedByUserId: null,
      approvedByName: m.approvedBy ?? null,
      approvedOnBehalf: false,
      verificationCode: m.verificationCode ?? null,
      documentFileId: null,
      documentSha256: null,
      // What the approved document says of its rakor: the rakor as this bundle writes it.
      ...(m.status === "approved" ? this.tx.select({ documentTitle: rakor.title, rakorStartsAt: rakor.startsAt, rakorTimeZone: rakor.timeZone }).from(rakor).where(eq(rakor.id, rakorId)).get()! : {}),
    };
    if (latest) this.tx.update(rakorMinutes).set(values).where(eq(rakorMinutes.id, latest.id)).run();
    else this.tx.insert(rakorMinutes).values({ rakorId, version: 1, ...values }).run();
  }

  private importAction(a: BundleAction, path: string, r: BundleRakor, outcomeIndex: number, existing: { id: number } | undefined, outcomeId: number | null) {
    const regionCode = actionRegion(a, r.regionCode ?? null);
    const derived = deriveHistory(a);
    const hasHistory = derived.updates.length > 0;

    let status: RecordStatus = "created";
    // Each update's rows to add: all of them, or (stored already) the verification a stored completion lacks.
    let work = historyGroups(derived).map((g) => ({ ...g, storedId: null as number | null }));
    let synthetic = false;
    let before: ReturnType<CanonicalReader["action"]> | null = null;
    let form: BundleAction | null = null;
    if (existing) {
      // Compared in the exporter's form; history entries are identified by instant and status.
      const zone = actionZone(regionCode === null ? null : this.ctx.regions.get(regionCode));
      form = normalizeAction(a, regionCode, zone);
      before = this.reader.action(existing.id);
      const stored = before.stored;
      work = work.flatMap((g) => {
        const found = stored.get(historyKey(g.completion));
        if (!found) return [g];
        return g.check && !found.verified ? [{ ...g, storedId: found.id }] : [];
      });
      synthetic = !hasHistory && (derived.status !== before.record.status || derived.progress !== before.record.progress);
      const { updates: _u1, status: _s1, progress: _p1, ...incomingRest } = form;
      const { updates: _u2, status: _s2, progress: _p2, ...storedRest } = before.record;
      const same = sameRecord(incomingRest, storedRest) && `${r.ref}#${outcomeIndex + 1}` === before.link && work.length === 0 && !synthetic;
      status = same ? "unchanged" : "updated";
    }
    this.record({ kind: "actions", path, key: a.ref, title: a.title, status });
    if (!this.writing || status === "unchanged") return;

    const tx = this.tx;
    const actorId = this.options.actorId;
    const now = Date.now();
    const row: ActionItemRow = {
      outcomeId,
      title: a.title,
      description: a.description ?? null,
      subsatgasSlug: a.subsatgas,
      leadAgencyId: this.agencyId(a.agency, regionCode),
      leadAgencyName: a.agency,
      regionCode,
      dueDate: a.dueDate,
    };
    const supporting = (a.supportingAgencies ?? []).map((name) => ({ id: this.agencyId(name, null), name }));
    const actionId = existing ? existing.id : insertActionItem(tx, { ...row, ref: a.ref, status: derived.status, progress: derived.progress }, supporting, actorId, now);
    if (existing) rewriteActionItem(tx, actionId, row, supporting, null, now);

    // History is append-only: only updates not already recorded are added, through the same
    // verb (and rules) as an update posted in the app; a verification as verifyCompletion records it.
    const append = (u: HistoryRow) =>
      appendStatusUpdate(tx, actionId, { at: u.at, status: u.status, progress: u.progress, note: u.note, byName: u.by, byUserId: null }, [], this.ctx.role).updateId;
    for (const g of work) {
      const completionId = g.storedId ?? append(g.completion);
      if (!g.check) continue;
      const resultUpdateId = g.result ? append(g.result) : completionId;
      insertVerification(tx, { updateId: completionId, result: g.check.result, at: g.check.at, byUserId: null, byName: g.check.by, note: g.check.note, resultUpdateId });
    }
    if (synthetic) {
      const update = { at: now, status: derived.status, progress: derived.progress, note: "Diperbarui melalui impor bundel.", byName: null, byUserId: actorId };
      appendStatusUpdate(tx, actionId, update, [], this.ctx.role);
    }
    // With a history, the item's own status is its latest update's (older imported updates included).
    if (existing) setActionState(tx, actionId, latestStatusUpdate(tx, actionId) ?? derived, { expectedVersion: null, bump: false }, now);
    recordAudit(tx, {
      userId: actorId,
      action: existing ? "import.update" : "import.create",
      entity: "action_item",
      entityId: actionId,
      before: before?.record ?? null,
      after: form ?? { ref: a.ref, status: derived.status, progress: derived.progress },
    });
  }

  // --- task forces and case statistics ---------------------------------------------------------

  private importTaskForce(path: string, t: BundleTaskForce): BundleError[] {
    const errors = checkTaskForceRules(t, path, this.ctx);
    this.noteAgencies(path, [t.secretariat]);
    const first = this.taskForceKeys.get(t.regionCode);
    if (first !== undefined) errors.push({ path: joinPath(path, "regionCode"), message: `gugus tugas wilayah ${t.regionCode} sudah ada di ${first}; satu wilayah satu gugus tugas` });
    else this.taskForceKeys.set(t.regionCode, path);
    if (errors.length) {
      this.record({ kind: "taskForces", path, key: t.regionCode, title: t.secretariat ?? "", status: "refused" });
      return errors;
    }
    const stored = this.q.taskForceByScope.get({ scopeKey: t.regionCode });
    const form = normalizeTaskForce(t, this.subsatgasOrder);
    const status: RecordStatus = !stored ? "created" : stored.formed && sameRecord(form, this.reader.taskForce(stored.id)) ? "unchanged" : "updated";
    this.record({ kind: "taskForces", path, key: t.regionCode, title: t.secretariat ?? "", status });
    if (!this.writing || status === "unchanged") return errors;

    const lb = t.legalBasis;
    const secretariatAgencyId = t.secretariat === undefined ? null : this.agencyId(t.secretariat, t.regionCode);
    writeTaskForce(
      this.tx,
      t.regionCode,
      (before) => {
        // The signed document belongs to the legal basis it proves; a different basis drops it. The
        // contact person is not part of a bundle: it stays as recorded.
        const sameBasis = before && before.legalBasisKind === (lb?.kind ?? null) && before.legalBasisNumber === (lb?.number ?? null) && before.legalBasisDate === (lb?.date ?? null);
        return {
          formed: true,
          legalBasis: lb ? { kind: lb.kind, number: lb.number, date: lb.date, title: lb.title ?? null } : null,
          legalBasisFileId: sameBasis ? before.legalBasisFileId : null,
          secretariatAgencyId,
          secretariatAgencyName: t.secretariat ?? null,
          contactName: before?.contactName ?? null,
          contactPhone: before?.contactPhone ?? null,
          contactEmail: before?.contactEmail ?? null,
          subsatgas: t.subsatgasFormed ?? [],
        };
      },
      this.options.actorId,
      "import",
    );
    return errors;
  }

  private importCaseStatistic(path: string, s: BundleCaseStatistic): BundleError[] {
    const errors = checkCaseStatisticRules(s, path, this.ctx);
    const region = s.regionCode ?? null;
    const title = `${s.periodStart} s.d. ${s.periodEnd}, ${s.regionCode ?? "nasional"}, ${s.agency}`;
    // One figure per agency, region and time: periods of the same agency and region must not overlap,
    // within the bundle or with what is stored (except the entry of exactly this period, which is replaced).
    const agency = s.agency.trim() ? this.agency(s.agency) : null;
    let stored: { id: number } | undefined;
    if (agency && errors.length === 0) {
      const key = `${region ?? ""}|${agencyKey(agency.name)}`;
      const periods = this.caseStatisticKeys.get(key) ?? [];
      const clash = periods.find((p) => p.start <= s.periodEnd && p.end >= s.periodStart);
      if (clash) errors.push({ path, message: `periodenya tumpang tindih dengan ${clash.path} (instansi dan wilayah yang sama); satu angka per instansi, wilayah dan waktu` });
      periods.push({ start: s.periodStart, end: s.periodEnd, path });
      this.caseStatisticKeys.set(key, periods);
      // (An entry of this bundle is stored already: the clash above names it by its path.)
      if (agency.id !== null && !clash) {
        stored = this.q.caseStatisticByKey.get({ periodStart: s.periodStart, periodEnd: s.periodEnd, agencyId: agency.id, regionCode: region });
        const overlap = findOverlappingStatistic(this.tx, { regionCode: region, agencyId: agency.id, periodStart: s.periodStart, periodEnd: s.periodEnd }, stored?.id);
        for (const p of overlapProblems(overlap)) errors.push({ path: joinPath(path, p.field), message: p.message });
      }
    }
    if (errors.length) {
      this.record({ kind: "caseStatistics", path, key: title, title: s.agency, status: "refused" });
      return errors;
    }
    const form = normalizeCaseStatistic(s);
    const status: RecordStatus = !stored ? "created" : sameRecord(form, this.reader.caseStatistic(stored.id)) ? "unchanged" : "updated";
    this.record({ kind: "caseStatistics", path, key: title, title: s.agency, status });
    if (!this.writing || status === "unchanged") return errors;

    writeStatistic(this.tx, stored?.id ?? null, { ...statisticFacts(s), regionCode: region, agencyId: this.agencyId(s.agency, region), agencyName: s.agency }, this.options.actorId, "import");
    return errors;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * The answers posted with the preview's confirmation: for each question i, `instansiNama-i` (the
 * name as written) and `instansi-i` (an agency id, or "baru" to create it).
 */
export function agencyAnswersFromForm(formData: FormData): AgencyAnswers {
  const answers = new Map<string, number | "new">();
  for (const [field, value] of formData.entries()) {
    const i = /^instansi-(\d+)$/.exec(field)?.[1];
    const name = i === undefined ? null : formData.get(`instansiNama-${i}`);
    if (typeof name !== "string" || !name.trim() || typeof value !== "string") continue;
    if (value === "baru") answers.set(agencyKey(name), "new");
    else if (/^\d+$/.test(value)) answers.set(agencyKey(name), Number(value));
  }
  return answers;
}

/** Why an import is refused for a name that resembles known agencies, and how to answer. */
export function unansweredMessage(q: AgencyImportQuestion): string {
  const names = q.proposals.map((p) => p.name).join(" atau ");
  return `instansi “${q.name}” belum terdaftar; mungkin maksud Anda: ${names}. Pilih instansinya di pratinjau (atau “buat instansi baru”); di baris perintah pakai --map "${q.name}=${q.proposals[0]?.name ?? "Nama Instansi"}" atau --create-agencies`;
}

function personColumns<P extends "chair" | "presenter">(prefix: P, p: BundlePerson | undefined) {
  return {
    [`${prefix}Name`]: p?.name ?? null,
    [`${prefix}Rank`]: p?.rank ?? null,
    [`${prefix}Position`]: p?.position ?? null,
    [`${prefix}Agency`]: p?.agency ?? null,
  } as Record<`${P}Name` | `${P}Rank` | `${P}Position` | `${P}Agency`, string | null>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function keyOfUnknown(v: unknown): string {
  if (!isObject(v)) return "";
  if (typeof v.ref === "string") return v.ref;
  if (typeof v.regionCode === "string") return v.regionCode;
  return "";
}

function titleOfUnknown(v: unknown): string {
  if (!isObject(v)) return "";
  for (const k of ["title", "secretariat", "agency"]) if (typeof v[k] === "string") return v[k] as string;
  return "";
}

/** The action items of a rakor as far as its shape allows reading them. */
function actionsOf(value: unknown): { i: number; j: number; value: unknown }[] {
  const out: { i: number; j: number; value: unknown }[] = [];
  if (!isObject(value) || !Array.isArray(value.outcomes)) return out;
  value.outcomes.forEach((o, i) => {
    if (isObject(o) && Array.isArray(o.actions)) o.actions.forEach((a, j) => out.push({ i, j, value: a }));
  });
  return out;
}
