// What makes a task force and a case-statistics entry valid, one function per rule: the task-force
// and statistics forms (inside their zod schemas), the statistics CSV upload, the bundle importer
// and the write verbs (writeTaskForce, writeStatistic) all call these. Fields are named as the
// forms name them; the importer maps them to the bundle's paths.
import { LEGAL_BASIS_KINDS } from "../../db/schema";
import { formatNumber } from "../utils/format";
import { formatCalendarDate, isCalendarDate, periodLabel } from "../utils/period";
import type { Problem, Rule } from "../utils/rules";
import { FIGURES, MAX_FIGURE, type Figures } from "./case-figures";

const blank = (value: string | null | undefined) => !value?.trim();

// ---------------------------------------------------------------------------------------------
// Task forces
// ---------------------------------------------------------------------------------------------

/** A task force's own fields as the rules read them (absent = null or empty). */
export interface TaskForceFacts {
  formed: boolean;
  legalBasisKind: string | null;
  legalBasisNumber: string | null;
  legalBasisDate: string | null;
  legalBasisTitle: string | null;
  subsatgas: readonly string[];
}

export interface TaskForceRuleContext {
  /** Slugs of the active Subsatgas. */
  subsatgasSlugs: ReadonlySet<string> | readonly string[];
  /** Today in the region's zone (YYYY-MM-DD): a legal basis cannot be dated later. */
  today: string;
}

const hasLegalBasis = (t: TaskForceFacts) => !blank(t.legalBasisKind) || !blank(t.legalBasisNumber) || !blank(t.legalBasisDate) || !blank(t.legalBasisTitle);

/** A legal basis is kind + number + date (the title is optional); the kind is one of LEGAL_BASIS_KINDS. */
export function legalBasisProblems(t: TaskForceFacts): Problem[] {
  const problems: Problem[] = [];
  const kind = t.legalBasisKind?.trim();
  if (kind && !(LEGAL_BASIS_KINDS as readonly string[]).includes(kind)) problems.push({ field: "legalBasisKind", message: "tidak dikenal" });
  if (!hasLegalBasis(t)) return problems;
  if (!kind) problems.push({ field: "legalBasisKind", message: "wajib dipilih bila dasar hukum dicatat (SK Kepala Daerah, Perkada, Perda atau lainnya)" });
  if (blank(t.legalBasisNumber)) problems.push({ field: "legalBasisNumber", message: "wajib diisi bila dasar hukum dicatat" });
  if (blank(t.legalBasisDate)) problems.push({ field: "legalBasisDate", message: "wajib diisi bila dasar hukum dicatat" });
  return problems;
}

/** The legal basis is dated on a real day, not after today in the region's zone. */
export function legalBasisDateProblems(t: Pick<TaskForceFacts, "legalBasisDate">, context: Pick<TaskForceRuleContext, "today">): Problem[] {
  const date = t.legalBasisDate?.trim();
  if (!date) return [];
  if (!isCalendarDate(date)) return [{ field: "legalBasisDate", message: "bukan tanggal yang valid" }];
  if (date > context.today) return [{ field: "legalBasisDate", message: `tidak boleh setelah hari ini (${formatCalendarDate(context.today)})` }];
  return [];
}

/** Every Subsatgas named is an active one. */
export function subsatgasProblems(t: Pick<TaskForceFacts, "subsatgas">, context: Pick<TaskForceRuleContext, "subsatgasSlugs">): Problem[] {
  const known = new Set(context.subsatgasSlugs);
  return [...new Set(t.subsatgas)].filter((slug) => !known.has(slug)).map((slug) => ({ field: "subsatgas", message: `Subsatgas "${slug}" tidak dikenal` }));
}

/** A task force with a legal basis or Subsatgas is formed. */
export function formedProblems(t: TaskForceFacts): Problem[] {
  if (t.formed || (!hasLegalBasis(t) && t.subsatgas.length === 0)) return [];
  return [{ field: "formed", message: 'Centang "Sudah terbentuk": Gugus Tugas yang memiliki dasar hukum atau Subsatgas berarti sudah terbentuk' }];
}

export const TASK_FORCE_RULES: readonly Rule<TaskForceFacts, TaskForceRuleContext>[] = [
  { reads: ["legalBasisKind", "legalBasisNumber", "legalBasisDate", "legalBasisTitle"], check: legalBasisProblems },
  { reads: ["legalBasisDate"], check: legalBasisDateProblems },
  { reads: ["subsatgas"], check: subsatgasProblems },
  { reads: ["formed", "legalBasisKind", "legalBasisNumber", "legalBasisDate", "legalBasisTitle", "subsatgas"], check: formedProblems },
];

/** Every rule of a task force's own fields. */
export function taskForceProblems(t: TaskForceFacts, context: TaskForceRuleContext): Problem[] {
  return TASK_FORCE_RULES.flatMap((rule) => rule.check(t, context));
}

/** The labels the task-force form reads a problem after (the others are sentences of their own). */
export const TASK_FORCE_LABELS: Readonly<Record<string, string>> = {
  legalBasisKind: "Jenis dasar hukum",
  legalBasisNumber: "Nomor dasar hukum",
  legalBasisDate: "Tanggal penetapan",
};

// ---------------------------------------------------------------------------------------------
// Case statistics
// ---------------------------------------------------------------------------------------------

/** An entry's own fields as the rules read them (dates YYYY-MM-DD). */
export type StatisticFacts = { periodStart: string; periodEnd: string } & Figures;

/** The period does not end before it starts. */
export function periodProblems(s: Pick<StatisticFacts, "periodStart" | "periodEnd">): Problem[] {
  return s.periodEnd < s.periodStart ? [{ field: "periodEnd", message: "tidak boleh sebelum awal periode" }] : [];
}

/** Every figure is a whole number from 0 up to MAX_FIGURE. */
export function figureProblems(s: Figures): Problem[] {
  return FIGURES.flatMap(({ key }): Problem[] => {
    const n = s[key];
    if (!Number.isInteger(n) || n < 0) return [{ field: key, message: "harus bilangan bulat 0 atau lebih" }];
    if (n > MAX_FIGURE) return [{ field: key, message: `terlalu besar (paling banyak ${formatNumber(MAX_FIGURE)})` }];
    return [];
  });
}

/** Women, children, rehabilitated and repatriated victims are each at most the victims in total. */
export function breakdownProblems(s: Figures): Problem[] {
  return FIGURES.filter((f) => f.withinTotal && s[f.key] > s.victimsTotal).map((f) => ({
    field: f.key,
    message: `(${formatNumber(s[f.key])}) tidak boleh melebihi jumlah korban (${formatNumber(s.victimsTotal)})`,
  }));
}

const FIGURE_FIELDS = FIGURES.map((f) => f.key);

export const STATISTIC_RULES: readonly Rule<StatisticFacts, unknown>[] = [
  { reads: ["periodStart", "periodEnd"], check: periodProblems },
  { reads: FIGURE_FIELDS, check: figureProblems },
  { reads: FIGURE_FIELDS, check: breakdownProblems },
];

/** Every rule of an entry's own fields (the overlap with other entries: overlapProblems). */
export function statisticProblems(s: StatisticFacts): Problem[] {
  return STATISTIC_RULES.flatMap((rule) => rule.check(s, undefined));
}

/** The statistics form's labels, for the sentences next to its fields. */
export const STATISTIC_LABELS: Readonly<Record<string, string>> = {
  periodStart: "Awal periode",
  periodEnd: "Akhir periode",
  ...Object.fromEntries(FIGURES.map((f) => [f.key, f.label])),
};

/** A stored entry of the same region and agency whose period overlaps the one written. */
export interface Overlap {
  id: number;
  periodStart: string;
  periodEnd: string;
  agencyName: string;
  regionName: string | null;
}

/** One figure per agency, region and time: an overlapping stored entry is reported at the period's start. */
export function overlapProblems(overlap: Overlap | undefined): Problem[] {
  if (!overlap) return [];
  const other = `${overlap.agencyName}, ${overlap.regionName ?? "Nasional"}, ${periodLabel({ start: overlap.periodStart, end: overlap.periodEnd })}`;
  return [
    {
      field: "periodStart",
      message:
        `periode ini tumpang tindih dengan entri #${overlap.id} (${other}). ` +
        "Satu instansi hanya mencatat satu angka untuk satu wilayah pada waktu yang sama; koreksi entri tersebut bila angkanya berubah",
    },
  ];
}
