// Dates, times and periods, in one place (pure: the pages use it as well as the server):
// - wall-clock times in WIB/WITA/WIT and the instants (epoch ms, UTC) behind them;
// - how dates and times are written for Indonesian readers: "Rabu, 4 Juni 2025", "pukul 10.15 WITA";
// - periods of calendar dates, written "1 Januari s.d. 30 Juni 2025" everywhere (pages, report,
//   messages), and read from a URL's ?dari=&sampai= by one reader, readPeriod.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { id as localeId } from "date-fns/locale";
import { TIME_ZONES, type TimeZone } from "../../db/schema";
import { TIME_ZONE_ABBR } from "./labels";

// ---------------------------------------------------------------------------------------------
// Calendar dates and wall-clock times
// ---------------------------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether 'YYYY-MM-DD' is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** 'YYYY-MM-DD' (or 'DD/MM/YYYY', as spreadsheets in the Indonesian locale write dates) -> ISO date, or null. */
export function parseDateInput(raw: string): string | null {
  const v = raw.trim();
  let y: string, m: string, d: string;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [, y, m, d] = match;
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!match) return null;
    [, d, m, y] = match;
  }
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : null;
}

/** The calendar date `days` after (or before) 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant of a wall-clock time in `zone`: ('2025-06-04', '10:15', 'Asia/Makassar'). */
export function zonedToEpoch(date: string, time: string, zone: TimeZone): number {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return new TZDate(y, mo - 1, d, h, mi, 0, zone).getTime();
}

/** A datetime-local value ('2025-06-04T10:15') read in `zone`, or null when malformed. */
export function localInputToEpoch(value: string, zone: TimeZone): number | null {
  const m = LOCAL_RE.exec(value);
  if (!m || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  if (+m[4] > 23 || +m[5] > 59) return null;
  return zonedToEpoch(`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}:${m[5]}`, zone);
}

/** The datetime-local value ('2025-06-04T10:15') of an instant seen in `zone`. */
export function epochToLocalInput(epochMs: number, zone: TimeZone): string {
  return format(new TZDate(epochMs, zone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * Whether an instant is exactly midnight in `zone`. A meeting start stored so has no known hour:
 * it came as a bare date (a bundle, a news article), and is shown and exported as a date only.
 */
export function isStartOfDay(epochMs: number, zone: TimeZone): boolean {
  return format(new TZDate(epochMs, zone), "HH:mm:ss.SSS") === "00:00:00.000";
}

/** Whether an instant is the last millisecond of its day in `zone`: an end recorded as a date only. */
export function isEndOfDay(epochMs: number, zone: TimeZone): boolean {
  return format(new TZDate(epochMs, zone), "HH:mm:ss.SSS") === "23:59:59.999";
}

/**
 * A bundle instant: an ISO date-time with offset, or a bare date meaning the start of that day
 * in `zone` (or its end, for an end time).
 */
export function parseBundleInstant(value: string, zone: TimeZone, edge: "start" | "end" = "start"): number {
  if (DATE_RE.test(value)) {
    const start = zonedToEpoch(value, "00:00", zone);
    return edge === "start" ? start : new TZDate(start, zone).setHours(23, 59, 59, 999);
  }
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new Error(`not a date-time: ${value}`);
  return t;
}

/** Today's calendar date 'YYYY-MM-DD' in `zone`. */
export function todayIn(zone: TimeZone, now = Date.now()): string {
  return format(new TZDate(now, zone), "yyyy-MM-dd");
}

/** The year it is now in `zone`. */
export function currentYear(zone: TimeZone, now = Date.now()): number {
  return Number(todayIn(zone, now).slice(0, 4));
}

// ---------------------------------------------------------------------------------------------
// Writing dates and times
// ---------------------------------------------------------------------------------------------

function inZone(epochMs: number, zone: TimeZone) {
  return new TZDate(epochMs, zone);
}

/** "Rabu, 4 Juni 2025" for the instant as seen in `zone`. */
export function formatDayDate(epochMs: number, zone: TimeZone): string {
  return format(inZone(epochMs, zone), "EEEE, d MMMM yyyy", { locale: localeId });
}

/** "4 Juni 2025" for the instant as seen in `zone`. */
export function formatDate(epochMs: number, zone: TimeZone): string {
  return format(inZone(epochMs, zone), "d MMMM yyyy", { locale: localeId });
}

/** "4 Juni 2025" for a calendar date 'YYYY-MM-DD'. */
export function formatCalendarDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return format(new Date(y, m - 1, d), "d MMMM yyyy", { locale: localeId });
}

/** "10.15 WITA". */
export function formatTime(epochMs: number, zone: TimeZone): string {
  return `${format(inZone(epochMs, zone), "HH.mm")} ${TIME_ZONE_ABBR[zone]}`;
}

/** "Rabu, 4 Juni 2025, pukul 10.15 WITA". */
export function formatDateTime(epochMs: number, zone: TimeZone): string {
  return `${formatDayDate(epochMs, zone)}, pukul ${formatTime(epochMs, zone)}`;
}

/** The same instant in the other two zones: ["09.15 WIB", "11.15 WIT"]. */
export function formatTimeInOtherZones(epochMs: number, zone: TimeZone): string[] {
  return TIME_ZONES.filter((z) => z !== zone).map((z) => formatTime(epochMs, z));
}

/** The calendar date 'YYYY-MM-DD' of an instant in `zone`. */
export function calendarDateIn(epochMs: number, zone: TimeZone): string {
  return format(inZone(epochMs, zone), "yyyy-MM-dd");
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/** Inclusive calendar dates 'YYYY-MM-DD'. */
export interface Period {
  start: string;
  end: string;
}

/** A period either end of which may be open (null). */
export interface OpenPeriod {
  start: string | null;
  end: string | null;
}

export function yearPeriod(year: number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The period as instants [from, to) in `zone`: from its first day's 00.00 to the day after its last. */
export function periodBounds(period: Period, zone: TimeZone): { from: number; to: number } {
  return { from: zonedToEpoch(period.start, "00:00", zone), to: zonedToEpoch(addDays(period.end, 1), "00:00", zone) };
}

/** "1 Januari s.d. 30 Juni 2025", "1 Juli 2024 s.d. 30 Juni 2025" across years, "4 Juni 2025" for one day. */
export function periodLabel(period: Period): string {
  const start = formatCalendarDate(period.start);
  const end = formatCalendarDate(period.end);
  if (period.start === period.end) return end;
  if (period.start.slice(0, 4) === period.end.slice(0, 4)) return `${start.replace(/ \d{4}$/, "")} s.d. ${end}`;
  return `${start} s.d. ${end}`;
}

export interface PeriodPreset extends Period {
  label: string;
}

/** Whole years and semesters of this year and last year (in WIB), for period pickers. */
export function periodPresets(now = Date.now()): PeriodPreset[] {
  const year = currentYear("Asia/Jakarta", now);
  const out: PeriodPreset[] = [];
  for (const y of [year, year - 1]) {
    out.push({ label: `Tahun ${y}`, start: `${y}-01-01`, end: `${y}-12-31` });
    out.push({ label: `Semester I ${y}`, start: `${y}-01-01`, end: `${y}-06-30` });
    out.push({ label: `Semester II ${y}`, start: `${y}-07-01`, end: `${y}-12-31` });
  }
  return out;
}

/** Problems with a period, in Indonesian, per field (dari/sampai). */
export type PeriodErrors = Partial<Record<"dari" | "sampai", string>>;

const BAD_START = "Tanggal awal periode tidak valid (tulis TTTT-BB-HH).";
const BAD_END = "Tanggal akhir periode tidak valid (tulis TTTT-BB-HH).";

/** Problems with a period of two 'YYYY-MM-DD' dates; `maxYears` limits its length. */
export function periodErrors(start: string, end: string, maxYears?: number): PeriodErrors {
  const errors: PeriodErrors = {};
  if (!isCalendarDate(start)) errors.dari = BAD_START;
  if (!isCalendarDate(end)) errors.sampai = BAD_END;
  if (!errors.dari && !errors.sampai) {
    if (end < start) errors.sampai = "Akhir periode tidak boleh sebelum awal periode.";
    else if (maxYears !== undefined && Number(end.slice(0, 4)) - Number(start.slice(0, 4)) >= maxYears) errors.sampai = `Periode paling panjang ${maxYears} tahun.`;
  }
  return errors;
}

export interface PeriodReading<P> {
  /**
   * The period asked for. An absent or malformed date is the fallback's; an end before the start
   * is swapped, so the period is always usable by a page that shows its errors or ignores them.
   */
  period: P;
  /** What is wrong with what was asked, per field; empty when nothing is. */
  errors: PeriodErrors;
  /** The dates as asked (or the fallback's), to put back in the form. */
  values: { dari: string; sampai: string };
}

/**
 * The period a URL asks for with ?dari=&sampai= (YYYY-MM-DD or DD/MM/YYYY). Without a fallback
 * (null) an end not asked for stays open.
 */
export function readPeriod(url: URL | URLSearchParams | string, fallback: Period, options?: { maxYears?: number }): PeriodReading<Period>;
export function readPeriod(url: URL | URLSearchParams | string, fallback: null, options?: { maxYears?: number }): PeriodReading<OpenPeriod>;
export function readPeriod(url: URL | URLSearchParams | string, fallback: Period | null, options: { maxYears?: number } = {}): PeriodReading<OpenPeriod> {
  const params = url instanceof URLSearchParams ? url : new URL(url).searchParams;
  const asked = { dari: params.get("dari")?.trim() ?? "", sampai: params.get("sampai")?.trim() ?? "" };
  const start = asked.dari ? parseDateInput(asked.dari) : null;
  const end = asked.sampai ? parseDateInput(asked.sampai) : null;
  const errors: PeriodErrors = {};
  if (asked.dari && !start) errors.dari = BAD_START;
  if (asked.sampai && !end) errors.sampai = BAD_END;
  let period: OpenPeriod = { start: start ?? fallback?.start ?? null, end: end ?? fallback?.end ?? null };
  if (period.start && period.end && !errors.dari && !errors.sampai) {
    Object.assign(errors, periodErrors(period.start, period.end, options.maxYears));
    if (period.end < period.start) period = { start: period.end, end: period.start };
  }
  return { period, errors, values: { dari: asked.dari || (fallback?.start ?? ""), sampai: asked.sampai || (fallback?.end ?? "") } };
}

/** The year a URL asks for with ?tahun= (2000-2100), or null. */
export function readYear(params: URLSearchParams): number | null {
  const year = Number(params.get("tahun"));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}
