// Which period the leader's dashboard shows: one rule for /dasbor, its chart and CSV downloads and
// the leader's home page, so they always agree. Pure (the picker in the browser uses it too).
//
// ?tahun=2025 is the items due in 2025 (a valid year as readYear reads it); ?tahun=semua is every
// item. Without a valid ?tahun the dashboard opens on the current year when the scope has data in
// it, else on the latest year with data before it, else (only future years have data) on the
// earliest of those, else (no data at all) on the current year.
import { readYear, yearPeriod, type Period } from "../utils/period";

export const ALL_YEARS = "semua";

/** A year of due dates, or every item. */
export type DashboardYear = number | typeof ALL_YEARS;

export interface DashboardSelection {
  year: DashboardYear;
  /** The due-date period of `year` (null = every item), for the figures of dashboard.server.ts. */
  period: Period | null;
  /** The current year in the scope's zone. */
  current: number;
  /** The picker's years: those with data plus the current one, newest first. */
  choices: number[];
  /** Whether the dashboard opened on another year because the current one has no data. */
  fellBack: boolean;
}

/** The year the dashboard opens on, given the years with data in scope and the current year. */
export function defaultDashboardYear(yearsWithData: readonly number[], current: number): number {
  if (yearsWithData.includes(current)) return current;
  const past = yearsWithData.filter((y) => y < current);
  if (past.length) return Math.max(...past);
  return yearsWithData.length ? Math.min(...yearsWithData) : current;
}

/** The year ?tahun= asks for, or null when it asks for none (or for one that is not valid). */
export function askedDashboardYear(params: URLSearchParams): DashboardYear | null {
  return params.get("tahun")?.trim() === ALL_YEARS ? ALL_YEARS : readYear(params);
}

/** The picker's years: those with data plus the current one, newest first. */
export function dashboardYearChoices(yearsWithData: readonly number[], current: number): number[] {
  return [...new Set([...yearsWithData, current])].sort((a, b) => b - a);
}

/** What the dashboard shows for ?tahun=, given the years with data in scope and the current year. */
export function selectDashboardYear(params: URLSearchParams, yearsWithData: readonly number[], current: number): DashboardSelection {
  const asked = askedDashboardYear(params);
  const year = asked ?? defaultDashboardYear(yearsWithData, current);
  return { year, period: dashboardPeriod(year), current, choices: dashboardYearChoices(yearsWithData, current), fellBack: asked === null && year !== current };
}

/** The due-date period of a dashboard year; null = every item. */
export function dashboardPeriod(year: DashboardYear): Period | null {
  return year === ALL_YEARS ? null : yearPeriod(year);
}

/** The query string (without "?") that asks for `year`, for links to the chart and its data. */
export function dashboardQuery(year: DashboardYear): string {
  return `tahun=${year}`;
}

/** How the period is named in sentences: "tahun 2025", "semua tahun". */
export function dashboardYearName(year: DashboardYear): string {
  return year === ALL_YEARS ? "semua tahun" : `tahun ${year}`;
}

/** A download's file name for `year`: ("capaian-rencana-aksi", 2025, "svg") -> "capaian-rencana-aksi-2025.svg". */
export function dashboardFileName(base: string, year: DashboardYear, extension: string): string {
  return `${base}-${year === ALL_YEARS ? "semua-tahun" : year}.${extension}`;
}
