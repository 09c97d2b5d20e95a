// Case statistics (statistik kasus): aggregate figures per period, region and reporting agency.
// Aggregate counts only: no column, form field or CSV column anywhere names or identifies a victim.
//
// Rules (app/task-forces/rules.ts, for the form, the CSV upload and the bundle importer alike):
// - every figure is a whole number >= 0; women, children, rehabilitated and repatriated are each at
//   most the victims in total (the database CHECK constraints say the same);
// - no two entries of one region (or the national figures) and one agency overlap in time, checked
//   inside the transaction that writes;
// - the region lies within the user's scope;
// - a CSV upload is all-or-nothing: one transaction, every error reported with its line number.
// Every writer stores an entry through writeStatistic, which writes its audit row.
//
// The totals the dashboard and the report to the President show come from caseTotals and its
// siblings below: one implementation.
import { and, asc, count, desc, eq, gt, gte, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx, Tx } from "../../db/client";
import { agencies, caseStatistics, regions } from "../../db/schema";
import { CSV_COLUMNS, FIGURE_KEYS, FIGURES, MAX_CSV_ROWS, type FigureKey, type Figures } from "./case-figures";
import { overlapProblems, statisticProblems, STATISTIC_LABELS, STATISTIC_RULES, type Overlap, type StatisticFacts } from "./rules";
import { assertNoProblems, problemSentence, withRules } from "../utils/rules";
import { prepared } from "../utils/prepared.server";
import { formatNumber } from "../utils/format";
import { parseDateInput, periodLabel, periodPresets, readPeriod, type Period } from "../utils/period";
import { fields } from "../utils/forms";
import { scopeCondition, scopeIncludes, type ScopeCode } from "../accounts/scope";
import { findAgencyByName, linkAgency, listAgencyOptions, loadAgencyMatcher, resolveAgencyId, type AgencyChoices } from "../accounts/agency.server";
import { agencyKey } from "../accounts/agency-key";
import { proposalList, readAgencyAnswers } from "../accounts/agency-choice.server";
import { listRegionsInScope } from "./region.server";
import { recordAudit } from "../accounts/audit.server";
import { parseCsvRecords } from "../documents/csv.server";

// ---------------------------------------------------------------------------------------------
// Parsing and validation (shared by the form and the CSV upload)
// ---------------------------------------------------------------------------------------------

/**
 * A count: digits, optionally grouped by thousands with dots ("1.234") as Indonesian spreadsheets
 * write them. Anything else (decimals, minus signs, letters) is refused, not guessed at.
 */
export function parseCount(raw: string): number | null {
  const v = raw.trim().replace(/\s/g, "");
  if (/^\d+$/.test(v)) return Number(v);
  if (/^\d{1,3}(\.\d{3})+$/.test(v)) return Number(v.replace(/\./g, ""));
  return null;
}

/**
 * A region code as typed: empty or "nasional" = national (null); "32.1" (a spreadsheet dropped the
 * trailing zero of 32.10) becomes "32.10". Returns undefined when it is not a region code at all.
 */
export function normalizeRegionCode(raw: string | undefined): string | null | undefined {
  const v = (raw ?? "").trim();
  if (v === "" || /^nasional$/i.test(v)) return null;
  if (/^\d{2}$/.test(v) || /^\d{2}\.\d{2}$/.test(v)) return v;
  if (/^\d{2}\.\d$/.test(v)) return `${v}0`;
  return undefined;
}

const dateField = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) {
        ctx.addIssue({ code: "custom", message: `${label} wajib diisi.` });
        return z.NEVER;
      }
      const iso = parseDateInput(v);
      if (!iso) {
        ctx.addIssue({ code: "custom", message: `${label} bukan tanggal yang valid (tulis TTTT-BB-HH, misalnya 2025-06-30).` });
        return z.NEVER;
      }
      return iso;
    });

const countField = (label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") {
        ctx.addIssue({ code: "custom", message: `${label} wajib diisi; tulis 0 bila tidak ada.` });
        return z.NEVER;
      }
      const n = parseCount(v);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: `${label} harus bilangan bulat 0 atau lebih (tertulis "${v.trim().slice(0, 20)}").` });
        return z.NEVER;
      }
      return n;
    });

const figureShape = Object.fromEntries(FIGURES.map((f) => [f.key, countField(f.label)])) as Record<FigureKey, ReturnType<typeof countField>>;

/** One entry as typed into the form or a CSV line; region "nasional"/empty = national. The rules of app/task-forces/rules.ts run inside. */
export const StatisticSchema = withRules(
  z.object({
    periodStart: dateField("Awal periode"),
    periodEnd: dateField("Akhir periode"),
    regionCode: z
      .string()
      .optional()
      .transform((v, ctx) => {
        const code = normalizeRegionCode(v);
        if (code === undefined) {
          ctx.addIssue({
            code: "custom",
            message: `Kode wilayah "${(v ?? "").trim().slice(0, 20)}" tidak valid: tulis 32 untuk provinsi, 32.12 untuk kabupaten/kota, atau kosongkan untuk angka nasional.`,
          });
          return z.NEVER;
        }
        return code;
      }),
    agency: fields.requiredText("Instansi pelapor", 200),
    ...figureShape,
  }),
  STATISTIC_RULES,
  (v): StatisticFacts => v,
  undefined,
  STATISTIC_LABELS,
);

export type StatisticInput = z.infer<typeof StatisticSchema>;

/** The form's choices: the regions within the user's scope (national for national users) and known agency names. */
export function statisticFormOptions(db: Db, scope: ScopeCode) {
  return {
    regions: listRegionsInScope(db, scope).map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode })),
    allowNational: scope === null,
    agencyNames: listAgencyOptions(db).map((a) => a.name),
  };
}

export type StatisticFormOptions = ReturnType<typeof statisticFormOptions>;

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

export type FieldErrors = Record<string, string>;
export type WriteResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

/**
 * The overlap check reads before it writes: take the write lock at BEGIN (IMMEDIATE) so no other
 * connection can slip an overlapping entry in between.
 */
const WRITE_LOCK = { behavior: "immediate" } as const;

/** Thrown inside a transaction to roll it back and hand the errors to the caller. */
class Rejected extends Error {
  constructor(public errors: FieldErrors) {
    super("rejected");
  }
}

export type { Overlap } from "./rules";

/**
 * An entry of the same region (or national) and agency whose period overlaps [start, end], if any
 * (the entry `excludeId`, being rewritten, aside). Prepared once per transaction: the importer asks
 * once per entry.
 */
export function findOverlappingStatistic(
  tx: Tx,
  key: { regionCode: string | null; agencyId: number; periodStart: string; periodEnd: string },
  excludeId?: number,
): Overlap | undefined {
  const { regionCode, agencyId, periodStart, periodEnd } = key;
  return prepared(tx, "overlappingStatistic", () => overlapStatement(tx)).get({ regionCode, agencyId, periodStart, periodEnd, excludeId: excludeId ?? null });
}

function overlapStatement(tx: Tx) {
  const p = sql.placeholder;
  return tx
    .select({
      id: caseStatistics.id,
      periodStart: caseStatistics.periodStart,
      periodEnd: caseStatistics.periodEnd,
      agencyName: agencies.name,
      regionName: regions.name,
    })
    .from(caseStatistics)
    .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
    .leftJoin(regions, eq(regions.code, caseStatistics.regionCode))
    .where(
      and(
        eq(caseStatistics.agencyId, p("agencyId")),
        sql`${caseStatistics.regionCode} IS ${p("regionCode")}`,
        lte(caseStatistics.periodStart, p("periodEnd")),
        gte(caseStatistics.periodEnd, p("periodStart")),
        sql`${caseStatistics.id} IS NOT ${p("excludeId")}`,
      ),
    )
    .orderBy(asc(caseStatistics.periodStart))
    .limit(1)
    .prepare();
}

/** The overlap as the form and the CSV upload say it: "Periode ini tumpang tindih dengan entri #12 (...)." */
export function overlapMessage(o: Overlap): string {
  return problemSentence(overlapProblems(o)[0], {});
}

/**
 * An entry as stored: its period, region (null = national), reporting agency (the canonical link,
 * and the name as written; an entry written without a name keeps the one it has) and figures.
 */
export type StatisticValues = StatisticFacts & { regionCode: string | null; agencyId: number; agencyName?: string | null };

/**
 * The one verb that stores an entry (id = null: a new one), with its audit row ("create"/"update",
 * or "csv.create", "import.update" ... by `via`). It refuses an entry that breaks a rule of its own
 * fields; the caller has checked scope and, in this transaction, overlapProblems.
 */
export function writeStatistic(tx: Tx, id: number | null, values: StatisticValues, actorId: number | null, via?: "csv" | "import") {
  assertNoProblems(statisticProblems(values));
  const row = {
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    regionCode: values.regionCode,
    agencyId: values.agencyId,
    ...(values.agencyName === undefined ? {} : { agencyName: values.agencyName }),
    ...figuresOf(values),
  };
  const before = id === null ? undefined : tx.select().from(caseStatistics).where(eq(caseStatistics.id, id)).get();
  const saved =
    id === null
      ? prepared(tx, "insertStatistic", () => insertStatisticStatement(tx)).get({ agencyName: null, ...row, createdBy: actorId })!
      : tx.update(caseStatistics).set(row).where(eq(caseStatistics.id, id)).returning().get();
  const verb = id === null ? "create" : "update";
  recordAudit(tx, { userId: actorId, action: via ? `${via}.${verb}` : verb, entity: "case_statistic", entityId: saved.id, before: before ?? null, after: saved });
  return saved;
}

function insertStatisticStatement(tx: Tx) {
  const columns = ["periodStart", "periodEnd", "regionCode", "agencyId", "agencyName", ...FIGURE_KEYS, "createdBy"] as const;
  const values = Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as unknown as typeof caseStatistics.$inferInsert;
  return tx.insert(caseStatistics).values(values).returning().prepare();
}

/** Region exists and lies within the user's scope; returns a message when not. */
function regionProblem(tx: DbOrTx, regionCode: string | null, scope: ScopeCode): string | null {
  if (regionCode !== null && !tx.select({ code: regions.code }).from(regions).where(eq(regions.code, regionCode)).get()) {
    return `Wilayah dengan kode ${regionCode} tidak dikenal.`;
  }
  if (!scopeIncludes(scope, regionCode)) {
    return `Wilayah ${regionCode ?? "nasional"} berada di luar cakupan Gugus Tugas Anda.`;
  }
  return null;
}

function figuresOf(input: Figures): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, input[k]])) as Figures;
}

function valuesOf(input: StatisticInput, agencyId: number): StatisticValues {
  return { periodStart: input.periodStart, periodEnd: input.periodEnd, regionCode: input.regionCode, agencyId, agencyName: input.agency.trim(), ...figuresOf(input) };
}

/**
 * The agency names as written on stored entries with their links: a name once linked (the user
 * answered "Mungkin maksud Anda …?" for it) is not asked about again, in the form or the CSV.
 */
function writtenStatisticAgencies(db: DbOrTx): { name: string; agencyId: number }[] {
  return db
    .selectDistinct({ name: sql<string>`${caseStatistics.agencyName}`, agencyId: caseStatistics.agencyId })
    .from(caseStatistics)
    .where(sql`${caseStatistics.agencyName} IS NOT NULL`)
    .all();
}

/** The form's answer about its agency name, asked when it resembles registered agencies (app/accounts/agency-choice.server.ts). */
export function readStatisticAgencyAnswer(db: Db, formData: FormData, agency: string) {
  return readAgencyAnswers(db, formData, { agency }, writtenStatisticAgencies(db));
}

function runRejectable(fn: () => number): WriteResult {
  try {
    return { ok: true, id: fn() };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, errors: error.errors };
    throw error;
  }
}

/**
 * Records one entry (id = null) or corrects one (id given), in one transaction with its audit row.
 * The agency keeps its name as written, linked by `choices` (the form's answers) or by name.
 */
export function saveStatistic(db: Db, id: number | null, input: StatisticInput, actor: { id: number; scope: ScopeCode }, choices?: AgencyChoices): WriteResult {
  return runRejectable(() =>
    db.transaction((tx) => {
      const problem = regionProblem(tx, input.regionCode, actor.scope);
      if (problem) throw new Rejected({ regionCode: problem });
      const before = id ? tx.select().from(caseStatistics).where(eq(caseStatistics.id, id)).get() : undefined;
      if (id && !before) throw new Rejected({ _form: "Entri ini sudah tidak ada." });
      const agencyId = linkAgency(tx, input.agency, choices, actor.id, input.regionCode);
      const overlap = findOverlappingStatistic(tx, { ...input, agencyId }, id ?? undefined);
      if (overlap) throw new Rejected({ periodStart: overlapMessage(overlap) });
      return writeStatistic(tx, id, valuesOf(input, agencyId), actor.id).id;
    }, WRITE_LOCK),
  );
}

export function deleteStatistic(db: Db, id: number, actorId: number) {
  db.transaction((tx) => {
    const before = tx.select().from(caseStatistics).where(eq(caseStatistics.id, id)).get();
    if (!before) return;
    tx.delete(caseStatistics).where(eq(caseStatistics.id, id)).run();
    recordAudit(tx, { userId: actorId, action: "delete", entity: "case_statistic", entityId: id, before, after: null });
  });
}

// ---------------------------------------------------------------------------------------------
// CSV upload
// ---------------------------------------------------------------------------------------------

const MAX_REPORTED_ERRORS = 100;
/** Accepted and ignored: lets a template or an export carry the region's name for people to read. */
const INFORMATIVE_COLUMNS = ["nama_wilayah"];


export type CsvImportResult =
  | { ok: true; created: number; newAgencies: string[] }
  | { ok: false; errors: string[] };

const FIELD_COLUMN: Record<string, string> = {
  periodStart: "periode_mulai",
  periodEnd: "periode_selesai",
  regionCode: "kode_wilayah",
  agency: "instansi",
  ...Object.fromEntries(FIGURES.map((f) => [f.key, f.csv])),
};

/**
 * Reads a whole CSV of entries and records them in one transaction, or nothing at all: every
 * problem (format, rules, scope, overlap with stored entries or with another line of the file)
 * comes back as an Indonesian message starting with its line number.
 */
export function importStatisticsCsv(db: Db, text: string, actor: { id: number; scope: ScopeCode }): CsvImportResult {
  const parsed = parseCsvRecords(text);
  if (parsed.errors.length) return { ok: false, errors: parsed.errors.map((e) => `Baris ${e.line}: ${e.message}`) };
  const [head, ...rows] = parsed.records;
  if (!head) return { ok: false, errors: ["Berkas kosong: baris pertama harus berisi judul kolom."] };

  const header = head.cells.map((c) => c.trim().toLowerCase());
  const headerErrors: string[] = [];
  const known = new Set<string>([...CSV_COLUMNS, ...INFORMATIVE_COLUMNS]);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length) {
    headerErrors.push(
      `Baris ${head.line}: kolom tidak dikenal: ${unknown.map((u) => `"${u || "(kosong)"}"`).join(", ")}. ` +
        "Berkas hanya boleh berisi kolom angka agregat sesuai templat; jangan menambahkan kolom tentang korban.",
    );
  }
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicated.length) headerErrors.push(`Baris ${head.line}: kolom ${[...new Set(duplicated)].join(", ")} muncul lebih dari sekali.`);
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) headerErrors.push(`Baris ${head.line}: kolom wajib tidak ada: ${missing.join(", ")}.`);
  if (headerErrors.length) return { ok: false, errors: headerErrors };
  if (rows.length === 0) return { ok: false, errors: ["Berkas tidak berisi data: tambahkan sedikitnya satu baris di bawah judul kolom."] };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, errors: [`Berkas berisi ${formatNumber(rows.length)} baris data; paling banyak ${formatNumber(MAX_CSV_ROWS)} per unggahan.`] };

  const errors: string[] = [];
  const newAgencies: string[] = [];
  try {
    db.transaction((tx) => {
      // A name that matches no agency but resembles some is refused with the proposal, unless an
      // earlier entry already wrote it and linked it.
      const written = new Map(writtenStatisticAgencies(tx).map((w) => [agencyKey(w.name), w.agencyId]));
      let match: ReturnType<typeof loadAgencyMatcher> | undefined;
      // Stored ids of the entries this file adds, to name the line when two lines overlap.
      const lineOfEntry = new Map<number, number>();
      for (const row of rows) {
        if (errors.length >= MAX_REPORTED_ERRORS) break;
        const at = `Baris ${row.line}`;
        if (row.cells.length !== header.length) {
          errors.push(`${at}: berisi ${row.cells.length} kolom, seharusnya ${header.length} sesuai judul kolom.`);
          continue;
        }
        const raw = Object.fromEntries(Object.entries(FIELD_COLUMN).map(([field, column]) => [field, row.cells[header.indexOf(column)]]));
        const result = StatisticSchema.safeParse(raw);
        if (!result.success) {
          const seen = new Set<string>();
          for (const issue of result.error.issues) {
            const field = String(issue.path[0] ?? "");
            if (seen.has(field)) continue;
            seen.add(field);
            errors.push(`${at}, kolom ${FIELD_COLUMN[field] ?? field}: ${issue.message}`);
          }
          continue;
        }
        const input = result.data;
        const problem = regionProblem(tx, input.regionCode, actor.scope);
        if (problem) {
          errors.push(`${at}, kolom kode_wilayah: ${problem}`);
          continue;
        }
        const existed = findAgencyByName(tx, input.agency);
        const linked = written.get(agencyKey(input.agency));
        if (!existed && linked === undefined) {
          match ??= loadAgencyMatcher(tx);
          const { proposals } = match(input.agency);
          if (proposals.length) {
            errors.push(`${at}: ${nearDuplicateMessage(input.agency, proposals)}`);
            continue;
          }
        }
        const agencyId = linked ?? resolveAgencyId(tx, input.agency, actor.id, input.regionCode);
        if (!existed && linked === undefined && !newAgencies.includes(input.agency.trim())) newAgencies.push(input.agency.trim());
        const overlap = findOverlappingStatistic(tx, { ...input, agencyId });
        if (overlap) {
          const otherLine = lineOfEntry.get(overlap.id);
          errors.push(
            otherLine
              ? `${at}: periode ${periodLabel({ start: input.periodStart, end: input.periodEnd })} untuk ${overlap.agencyName} (${overlap.regionName ?? "Nasional"}) tumpang tindih dengan baris ${otherLine} pada berkas ini.`
              : `${at}: ${overlapMessage(overlap)}`,
          );
          continue;
        }
        const saved = writeStatistic(tx, null, valuesOf(input, agencyId), actor.id, "csv");
        lineOfEntry.set(saved.id, row.line);
      }
      if (errors.length) throw new Rejected({});
    }, WRITE_LOCK);
  } catch (error) {
    if (!(error instanceof Rejected)) throw error;
    if (errors.length >= MAX_REPORTED_ERRORS) errors.push("Pemeriksaan dihentikan setelah 100 kesalahan; perbaiki dulu yang di atas.");
    return { ok: false, errors };
  }
  return { ok: true, created: rows.length, newAgencies };
}

/** A CSV line's agency that resembles registered agencies: the proposal and the two ways on. */
function nearDuplicateMessage(name: string, proposals: { name: string }[]): string {
  return `instansi “${name.trim()}” belum terdaftar. Mungkin maksud Anda: ${proposalList(proposals)}. Tulis nama yang terdaftar, atau catat entri ini sekali lewat formulir “Catat angka” untuk memilih instansinya atau membuat instansi baru; sesudah itu nama ini diterima di unggahan.`;
}

/** The header of the template and the export: the import columns plus the region's name. */
export const CSV_HEADER = ["periode_mulai", "periode_selesai", "kode_wilayah", "nama_wilayah", "instansi", ...FIGURES.map((f) => f.csv)];

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export interface StatisticFilter {
  period?: Period;
  /** 'nasional' = national figures only; a code = that region and the regions below it. */
  region?: string;
  agencyId?: number;
}

function filterCondition(scope: ScopeCode, filter: StatisticFilter): SQL | undefined {
  return and(
    scopeCondition(caseStatistics.regionCode, scope),
    filter.period ? and(lte(caseStatistics.periodStart, filter.period.end), gte(caseStatistics.periodEnd, filter.period.start)) : undefined,
    filter.region === "nasional" ? isNull(caseStatistics.regionCode) : filter.region ? scopeCondition(caseStatistics.regionCode, filter.region) : undefined,
    filter.agencyId ? eq(caseStatistics.agencyId, filter.agencyId) : undefined,
  );
}

/** Entries with their region's and agency's names (a list or one entry narrows it). */
function statisticRows(db: Db) {
  return db
    .select({
      id: caseStatistics.id,
      periodStart: caseStatistics.periodStart,
      periodEnd: caseStatistics.periodEnd,
      regionCode: caseStatistics.regionCode,
      regionName: regions.name,
      agencyId: caseStatistics.agencyId,
      agencyName: sql<string>`coalesce(${caseStatistics.agencyName}, ${agencies.name})`,
      agencyCanonicalName: agencies.name,
      ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, caseStatistics[k]])),
    } as const)
    .from(caseStatistics)
    .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
    .leftJoin(regions, eq(regions.code, caseStatistics.regionCode))
    .$dynamic();
}

/** Entries within scope whose period touches the filter's period, newest period first. */
export function listStatisticsInScope(db: Db, scope: ScopeCode, filter: StatisticFilter, page: { limit: number; offset: number }) {
  const where = filterCondition(scope, filter);
  const rows = statisticRows(db)
    .where(where)
    .orderBy(desc(caseStatistics.periodEnd), asc(caseStatistics.regionCode), asc(agencies.name), asc(caseStatistics.id))
    .limit(page.limit)
    .offset(page.offset)
    .all() as Array<StatisticRow>;
  const total = db.select({ n: count() }).from(caseStatistics).where(where).get()?.n ?? 0;
  return { rows, total };
}

export type StatisticRow = {
  id: number;
  periodStart: string;
  periodEnd: string;
  regionCode: string | null;
  regionName: string | null;
  agencyId: number;
  /** As written on the entry. */
  agencyName: string;
  agencyCanonicalName: string;
} & Figures;

export function getStatistic(db: Db, id: number): StatisticRow | undefined {
  return statisticRows(db)
    .where(eq(caseStatistics.id, id))
    .get() as StatisticRow | undefined;
}

/** Agencies that have reported figures within scope, for the filter. */
export function listReportingAgencies(db: Db, scope: ScopeCode) {
  return db
    .selectDistinct({ id: agencies.id, name: agencies.name })
    .from(caseStatistics)
    .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
    .where(scopeCondition(caseStatistics.regionCode, scope))
    .orderBy(asc(agencies.name))
    .all();
}

// ---------------------------------------------------------------------------------------------
// Totals: the one implementation behind the statistics page, the dashboard and the report
// ---------------------------------------------------------------------------------------------

export type CaseTotals = Figures & {
  /** Entries summed: those whose whole period lies within the period asked for. */
  entries: number;
};

export interface CaseTotalsSummary extends CaseTotals {
  /** Entries that only partly fall within the period: not summed (figures cannot be split by day). */
  partialEntries: number;
}

function sumColumns() {
  return {
    entries: sql<number>`count(${caseStatistics.id})`.mapWith(Number),
    ...(Object.fromEntries(
      FIGURE_KEYS.map((k) => [k, sql<number>`coalesce(sum(${caseStatistics[k]}), 0)`.mapWith(Number)]),
    ) as Record<FigureKey, SQL.Aliased<number> | SQL<number>>),
  };
}

/** Entries whose whole period lies within `period`: the entries the totals sum (shared with the report's annex). */
export function withinPeriod(period: Period): SQL {
  return and(gte(caseStatistics.periodStart, period.start), lte(caseStatistics.periodEnd, period.end))!;
}

function partlyWithinPeriod(period: Period): SQL {
  return and(
    lte(caseStatistics.periodStart, period.end),
    gte(caseStatistics.periodEnd, period.start),
    or(lt(caseStatistics.periodStart, period.start), gt(caseStatistics.periodEnd, period.end)),
  )!;
}

/**
 * The figures of all entries within `scope` whose period lies wholly within `period`, summed in
 * SQL, plus how many entries straddle the period's edges (and were therefore not summed).
 * Note that entries of different agencies may describe the same cases (the police report a case
 * the prosecutors later prosecute): read totals next to caseTotalsByAgency.
 */
export function caseTotals(db: Db, scope: ScopeCode, period: Period): CaseTotalsSummary {
  const totals = db
    .select(sumColumns())
    .from(caseStatistics)
    .where(and(scopeCondition(caseStatistics.regionCode, scope), withinPeriod(period)))
    .get() as CaseTotals;
  const partial = db
    .select({ n: count() })
    .from(caseStatistics)
    .where(and(scopeCondition(caseStatistics.regionCode, scope), partlyWithinPeriod(period)))
    .get();
  return { ...totals, partialEntries: partial?.n ?? 0 };
}

export interface RegionTotals extends CaseTotals {
  /** Null = figures recorded as national. */
  regionCode: string | null;
  regionName: string | null;
}

/**
 * Totals per region one level below `scope`: for the national scope the national figures and one
 * row per province (its regencies rolled up into it); for a province the province's own figures
 * and one row per regency; for a regency, itself.
 */
export function caseTotalsByRegion(db: Db, scope: ScopeCode, period: Period): RegionTotals[] {
  const key =
    scope === null
      ? sql<string | null>`CASE WHEN ${caseStatistics.regionCode} IS NULL THEN NULL ELSE substr(${caseStatistics.regionCode}, 1, 2) END`
      : sql<string | null>`${caseStatistics.regionCode}`;
  return db
    .select({ regionCode: key, regionName: regions.name, ...sumColumns() })
    .from(caseStatistics)
    .leftJoin(regions, eq(regions.code, key))
    .where(and(scopeCondition(caseStatistics.regionCode, scope), withinPeriod(period)))
    .groupBy(key)
    .orderBy(sql`${key} IS NOT NULL`, key)
    .all() as RegionTotals[];
}

export interface AgencyTotals extends CaseTotals {
  agencyId: number;
  agencyName: string;
}

/** Totals per reporting agency within scope and period. */
export function caseTotalsByAgency(db: Db, scope: ScopeCode, period: Period): AgencyTotals[] {
  return db
    .select({ agencyId: agencies.id, agencyName: agencies.name, ...sumColumns() })
    .from(caseStatistics)
    .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
    .where(and(scopeCondition(caseStatistics.regionCode, scope), withinPeriod(period)))
    .groupBy(agencies.id)
    .orderBy(asc(agencies.name))
    .all() as AgencyTotals[];
}

export interface PeriodTotals extends CaseTotals {
  periodStart: string;
  periodEnd: string;
}

/** Totals per reported period (e.g. each semester) within scope and `period`, in time order. */
export function caseTotalsByPeriod(db: Db, scope: ScopeCode, period: Period): PeriodTotals[] {
  return db
    .select({ periodStart: caseStatistics.periodStart, periodEnd: caseStatistics.periodEnd, ...sumColumns() })
    .from(caseStatistics)
    .where(and(scopeCondition(caseStatistics.regionCode, scope), withinPeriod(period)))
    .groupBy(caseStatistics.periodStart, caseStatistics.periodEnd)
    .orderBy(asc(caseStatistics.periodStart), asc(caseStatistics.periodEnd))
    .all() as PeriodTotals[];
}

/** The filter a URL asks for: ?dari=&sampai= (period), ?wilayah= ('nasional' or a code), ?instansi= (agency id). */
export function statisticFilterFromSearch(params: URLSearchParams, now = Date.now()): StatisticFilter & { period: Period } {
  const wilayah = params.get("wilayah") ?? "";
  const code = wilayah === "nasional" ? "nasional" : normalizeRegionCode(wilayah);
  const agencyId = Number(params.get("instansi"));
  return {
    period: readPeriod(params, periodPresets(now)[0]).period,
    region: code === null || code === undefined ? undefined : code,
    agencyId: Number.isInteger(agencyId) && agencyId > 0 ? agencyId : undefined,
  };
}

/** The region a filter names, as a scope code for assertCan (null = the national figures); undefined = none. */
export function filterRegionScope(filter: StatisticFilter): string | null | undefined {
  if (!filter.region) return undefined;
  return filter.region === "nasional" ? null : filter.region;
}
