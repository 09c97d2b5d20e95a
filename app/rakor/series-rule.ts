// How a rakor series recurs, as iCalendar (RFC 5545) says it: the rule is built from the first
// start and the "Ulangi" fields of the form, kept as an RRULE value (FREQ=MONTHLY;BYMONTHDAY=25;
// COUNT=12, FREQ=MONTHLY;BYDAY=-1FR;UNTIL=...) or, for a list of dates, as the RDATE list of local
// times, and expanded in the rakor's own zone (WIB/WITA/WIT: fixed offsets, no daylight saving).
// The pattern (day of the month, weekday) is read from the first start's date in that zone, so
// 23.30 WIT stays on its WIT date. A month without the day (the 31st in April) is skipped, as
// RFC 5545 does. Pure: the form's live preview runs it in the browser too.
import type { SeriesKind, TimeZone } from "../../db/schema";
import { addDays, calendarDateIn, epochToLocalInput, formatCalendarDate, parseDateInput, zonedToEpoch } from "../utils/period";

/** At most this many occurrences, within this many years of the first: a series is planned, not open-ended. */
export const MAX_OCCURRENCES = 60;
export const MAX_YEARS = 3;

const DAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
export const WEEKDAY_NAMES = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
const WEEK_NAMES: Record<string, string> = { "1": "pertama", "2": "kedua", "3": "ketiga", "4": "keempat", "-1": "terakhir" };
const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** The intent of the form's "Tampilkan tanggal" button: the dates of the series, nothing saved. */
export const PREVIEW_INTENT = "pratinjau-seri";

/** The "Ulangi" fields of the rakor form, by name. */
export const REPEAT_FIELDS = {
  kind: "ulang",
  week: "ulangMinggu",
  end: "ulangAkhir",
  count: "ulangJumlah",
  until: "ulangSampai",
  dates: "ulangTanggal",
} as const;

export const REPEAT_KIND_LABELS: Record<SeriesKind, string> = {
  monthly_day: "Bulanan pada tanggal yang sama",
  monthly_weekday: "Bulanan pada hari ke-n",
  weekly: "Mingguan pada hari yang sama",
  dates: "Daftar tanggal",
};

/** "Rakor bulanan", as the series is named on the rakor page and in the list. */
export const SERIES_NOUNS: Record<SeriesKind, string> = {
  monthly_day: "Rakor bulanan",
  monthly_weekday: "Rakor bulanan",
  weekly: "Rakor mingguan",
  dates: "Rakor berseri",
};

export interface RepeatInput {
  kind: SeriesKind;
  /** For monthly_weekday: the week of the month, 1-4, or -1 for the last. */
  week: number | null;
  end: { count: number } | { until: string } | null;
  /** For dates: the typed dates ('YYYY-MM-DD') besides the first start's. */
  dates: string[];
}

export interface SeriesPlan {
  kind: SeriesKind;
  rule: string;
  /** The starts of every occurrence, epoch ms, the first being DTSTART. */
  starts: number[];
  /** What the user should know about the dates (months skipped). */
  notes: string[];
}

export type Errors = Record<string, string>;

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The local time 'YYYYMMDDTHHMMSS' of an instant in `zone`, as RDATE, EXDATE and RECURRENCE-ID write it. */
export function localStamp(epochMs: number, zone: TimeZone): string {
  return `${epochToLocalInput(epochMs, zone).replace(/[-:]/g, "")}00`;
}

/** 'YYYYMMDDTHHMMSS' read in `zone`. */
function fromLocalStamp(stamp: string, zone: TimeZone): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(stamp);
  if (!m) throw new Error(`not a local date-time: ${stamp}`);
  return zonedToEpoch(`${m[1]}-${m[2]}-${m[3]}`, `${m[4]}:${m[5]}`, zone);
}

function utcStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function fromUtcStamp(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) throw new Error(`not a UTC date-time: ${stamp}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/** The week of the month of a date counted from its start (1-5). */
function weekOfMonth(date: string): number {
  return Math.ceil(Number(date.slice(8, 10)) / 7);
}

/** Whether the date is the last of its weekday in its month. */
function isLastWeekday(date: string): boolean {
  return addDays(date, 7).slice(0, 7) !== date.slice(0, 7);
}

/** The week a monthly_weekday series of this start uses when none is chosen: the last one for the 5th week. */
export function defaultWeek(date: string): number {
  const week = weekOfMonth(date);
  return week >= 5 ? -1 : week;
}

/** The rule's pattern (without its end) for a first start on `date`. */
function patternFor(kind: Exclude<SeriesKind, "dates">, date: string, week: number | null): string {
  const day = DAY_CODES[weekdayOf(date)];
  if (kind === "monthly_day") return `FREQ=MONTHLY;BYMONTHDAY=${Number(date.slice(8, 10))}`;
  if (kind === "weekly") return `FREQ=WEEKLY;BYDAY=${day}`;
  return `FREQ=MONTHLY;BYDAY=${week ?? defaultWeek(date)}${day}`;
}

interface ParsedRule {
  freq: "MONTHLY" | "WEEKLY";
  monthDay: number | null;
  weekday: number | null;
  week: number | null;
  count: number | null;
  until: number | null;
}

export function parseRule(rule: string): ParsedRule {
  const parts = Object.fromEntries(rule.split(";").map((p) => p.split("=") as [string, string]));
  const byDay = parts.BYDAY ? /^(-?\d)?([A-Z]{2})$/.exec(parts.BYDAY) : null;
  if (parts.FREQ !== "MONTHLY" && parts.FREQ !== "WEEKLY") throw new Error(`unsupported rule: ${rule}`);
  return {
    freq: parts.FREQ,
    monthDay: parts.BYMONTHDAY ? Number(parts.BYMONTHDAY) : null,
    weekday: byDay ? DAY_CODES.indexOf(byDay[2] as (typeof DAY_CODES)[number]) : null,
    week: byDay?.[1] ? Number(byDay[1]) : null,
    count: parts.COUNT ? Number(parts.COUNT) : null,
    until: parts.UNTIL ? fromUtcStamp(parts.UNTIL) : null,
  };
}

/** The date a monthly rule gives in year `y`, month `m` (1-12), or null when the month has none. */
function monthlyDate(rule: ParsedRule, y: number, m: number): string | null {
  if (rule.monthDay !== null) return rule.monthDay <= daysIn(y, m) ? isoDate(y, m, rule.monthDay) : null;
  const first = isoDate(y, m, 1);
  const offset = (rule.weekday! - weekdayOf(first) + 7) % 7;
  if (rule.week === -1) {
    const lastFirst = offset + 1 + 7 * Math.floor((daysIn(y, m) - offset - 1) / 7);
    return isoDate(y, m, lastFirst);
  }
  const day = offset + 1 + 7 * ((rule.week ?? 1) - 1);
  return day <= daysIn(y, m) ? isoDate(y, m, day) : null;
}

/**
 * The dates (in the zone) a rule gives from `fromDate` on, in order, stopping at its COUNT or
 * UNTIL (`until` as an instant, compared with `time` on each date) or after `limit` dates. Also
 * the months the rule skipped for want of the day.
 */
function ruleDates(rule: ParsedRule, fromDate: string, time: string, zone: TimeZone, limit: number) {
  const dates: string[] = [];
  const skipped: string[] = [];
  const max = Math.min(rule.count ?? limit, limit);
  const past = (date: string) => rule.until !== null && zonedToEpoch(date, time, zone) > rule.until;
  if (rule.freq === "WEEKLY") {
    let date = addDays(fromDate, (rule.weekday! - weekdayOf(fromDate) + 7) % 7);
    while (dates.length < max && !past(date)) {
      dates.push(date);
      date = addDays(date, 7);
    }
    return { dates, skipped };
  }
  let y = Number(fromDate.slice(0, 4));
  let m = Number(fromDate.slice(5, 7));
  for (let months = 0; dates.length < max && months < 12 * 100; months++) {
    const date = monthlyDate(rule, y, m);
    if (date && past(date)) break;
    if (date === null) skipped.push(`${y}-${pad(m)}`);
    else if (date >= fromDate) dates.push(date);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return { dates, skipped };
}

/** The starts a stored series gives, in order: its RRULE expanded from DTSTART, or its RDATE list. */
export function expandSeries(series: { kind: SeriesKind; rule: string; timeZone: TimeZone; startsAt: number }, limit = 1000): number[] {
  const zone = series.timeZone;
  if (series.kind === "dates") return [...new Set(series.rule.split(",").map((s) => fromLocalStamp(s, zone)))].sort((a, b) => a - b);
  const time = epochToLocalInput(series.startsAt, zone).slice(11);
  return ruleDates(parseRule(series.rule), calendarDateIn(series.startsAt, zone), time, zone, limit).dates.map((d) => zonedToEpoch(d, time, zone));
}

/** "Februari 2026, April 2026": months written for a reader. */
function monthList(months: string[]): string {
  return months.map((ym) => `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`).join(", ");
}

/** The end of day `date` in `zone`, for UNTIL: the series runs up to and including that date. */
function endOfDay(date: string, zone: TimeZone): number {
  return zonedToEpoch(addDays(date, 1), "00:00", zone) - 1000;
}

/**
 * The series the "Ulangi" fields ask for, from the first start (an instant in `zone`): its rule
 * and every start, or one Indonesian message per field that is wrong (a rule that yields no date,
 * more than MAX_OCCURRENCES, beyond MAX_YEARS, a date before the first).
 */
export function planSeries(input: RepeatInput, firstStart: number, zone: TimeZone): { ok: true; plan: SeriesPlan } | { ok: false; errors: Errors } {
  const F = REPEAT_FIELDS;
  const firstDate = calendarDateIn(firstStart, zone);
  const time = epochToLocalInput(firstStart, zone).slice(11);
  // addDays normalises 29 February into a year without it.
  const lastAllowed = addDays(`${Number(firstDate.slice(0, 4)) + MAX_YEARS}${firstDate.slice(4)}`, 0);
  if (input.kind === "dates") {
    const early = input.dates.filter((d) => d < firstDate);
    if (early.length) return { ok: false, errors: { [F.dates]: `Tanggal ${early.map(formatCalendarDate).join(", ")} sebelum rakor pertama (${formatCalendarDate(firstDate)}).` } };
    const dates = [...new Set([firstDate, ...input.dates])].sort();
    if (dates.length < 2) return { ok: false, errors: { [F.dates]: "Tulis paling sedikit satu tanggal lain setelah rakor pertama, satu tanggal per baris." } };
    if (dates.length > MAX_OCCURRENCES) return { ok: false, errors: { [F.dates]: `Paling banyak ${MAX_OCCURRENCES} tanggal; tertulis ${dates.length}.` } };
    const late = dates.filter((d) => d > lastAllowed);
    if (late.length) return { ok: false, errors: { [F.dates]: `Tanggal ${late.map(formatCalendarDate).join(", ")} lebih dari ${MAX_YEARS} tahun setelah rakor pertama.` } };
    const starts = dates.map((d) => zonedToEpoch(d, time, zone));
    return { ok: true, plan: { kind: "dates", rule: starts.map((s) => localStamp(s, zone)).join(","), starts, notes: [] } };
  }
  if (!input.end) return { ok: false, errors: { [F.end]: "Pilih kapan pengulangan berakhir: sebanyak berapa kali, atau sampai tanggal berapa." } };
  if ("count" in input.end && input.end.count > MAX_OCCURRENCES) return { ok: false, errors: { [F.count]: `Paling banyak ${MAX_OCCURRENCES} kali.` } };
  if ("until" in input.end && input.end.until > lastAllowed) {
    return { ok: false, errors: { [F.until]: `Paling lama ${MAX_YEARS} tahun setelah rakor pertama (sampai ${formatCalendarDate(lastAllowed)}).` } };
  }
  const pattern = patternFor(input.kind, firstDate, input.week);
  const end = "count" in input.end ? `COUNT=${input.end.count}` : `UNTIL=${utcStamp(endOfDay(input.end.until, zone))}`;
  const parsed = parseRule(`${pattern};${end}`);
  const { dates, skipped } = ruleDates(parsed, firstDate, time, zone, MAX_OCCURRENCES + 1);
  if (dates.length === 0) {
    const field = "count" in input.end ? F.count : F.until;
    return { ok: false, errors: { [field]: `Aturan ini tidak menghasilkan satu tanggal pun sampai tanggal itu (${describePattern(input.kind, pattern)}).` } };
  }
  if (dates.length > MAX_OCCURRENCES) return { ok: false, errors: { [F.until]: `Sampai tanggal itu ada lebih dari ${MAX_OCCURRENCES} pertemuan; pilih tanggal yang lebih awal.` } };
  // DTSTART is the first date the rule gives (a "last Friday" series typed on another day starts on the first last Friday).
  const starts = dates.map((d) => zonedToEpoch(d, time, zone));
  const lastMonth = dates[dates.length - 1].slice(0, 7);
  const inRange = skipped.filter((ym) => ym <= lastMonth);
  const notes = inRange.length ? [`Bulan tanpa tanggal ${parsed.monthDay} dilewati, seperti aturan kalender (iCalendar): ${monthList(inRange)}.`] : [];
  const weekend = input.kind === "monthly_day" ? dates.filter(isWeekend) : [];
  if (weekend.length) {
    notes.push(`${weekend.length} tanggal jatuh pada hari Sabtu atau Minggu: ${weekend.map(formatCalendarDate).join(", ")}. Setelah disimpan, pertemuan itu dapat dipindah satu per satu (“Hanya rakor ini”).`);
  }
  return { ok: true, plan: { kind: input.kind, rule: `${pattern};${end}`, starts, notes } };
}

/** Whether a 'YYYY-MM-DD' date is a Saturday or a Sunday (the day of a date is the same in every zone). */
function isWeekend(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

/** "setiap tanggal 25", "setiap Kamis kedua", "setiap Kamis": the pattern of a rule, for a reader. */
export function describePattern(kind: SeriesKind, rule: string): string {
  if (kind === "dates") return "pada tanggal yang ditentukan";
  const r = parseRule(rule);
  if (r.monthDay !== null) return `setiap tanggal ${r.monthDay}`;
  const day = WEEKDAY_NAMES[r.weekday!];
  if (r.freq === "WEEKLY") return `setiap ${day}`;
  return `setiap ${day} ${WEEK_NAMES[String(r.week ?? 1)]}`;
}

/**
 * The "Ulangi" fields as posted: null for "Tidak berulang", else what planSeries takes, or one
 * message per field that cannot be read.
 */
export function readRepeatFields(values: Record<string, unknown>, firstDate: string | null): { ok: true; input: RepeatInput | null } | { ok: false; errors: Errors } {
  const F = REPEAT_FIELDS;
  const get = (name: string) => (typeof values[name] === "string" ? (values[name] as string).trim() : "");
  const kind = get(F.kind);
  if (!kind) return { ok: true, input: null };
  if (!(kind in REPEAT_KIND_LABELS)) return { ok: false, errors: { [F.kind]: "Pilih cara pengulangan dari daftar." } };
  if (kind === "dates") {
    const lines = get(F.dates).split(/[\n,;]+/).map((l) => l.trim()).filter(Boolean);
    const bad = lines.filter((l) => parseDateInput(l) === null);
    if (bad.length) return { ok: false, errors: { [F.dates]: `Tanggal tidak dikenali: ${bad.slice(0, 5).join(", ")}. Tulis satu tanggal per baris, misalnya 2026-02-25 atau 25/02/2026.` } };
    return { ok: true, input: { kind: "dates", week: null, end: null, dates: lines.map((l) => parseDateInput(l)!) } };
  }
  const errors: Errors = {};
  let week: number | null = null;
  if (kind === "monthly_weekday") {
    const typed = get(F.week);
    week = typed ? Number(typed) : firstDate ? defaultWeek(firstDate) : 1;
    if (![1, 2, 3, 4, -1].includes(week)) errors[F.week] = "Pilih minggu ke-1 sampai ke-4 atau minggu terakhir.";
  }
  let end: RepeatInput["end"] = null;
  if (get(F.end) === "sampai") {
    const until = parseDateInput(get(F.until));
    if (!get(F.until)) errors[F.until] = "Isi tanggal terakhir pengulangan.";
    else if (!until) errors[F.until] = "Tanggal tidak valid; tulis misalnya 2026-12-31.";
    else if (firstDate && until < firstDate) errors[F.until] = `Aturan ini tidak menghasilkan satu tanggal pun: tanggal akhir sebelum rakor pertama (${formatCalendarDate(firstDate)}).`;
    else end = { until };
  } else {
    const typed = get(F.count);
    const count = Number(typed);
    if (!typed) errors[F.count] = "Isi berapa kali rakor diadakan.";
    else if (!Number.isInteger(count) || count < 1) errors[F.count] = "Aturan ini tidak menghasilkan satu tanggal pun: jumlah harus bilangan bulat, paling sedikit 1.";
    else end = { count };
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: { kind: kind as SeriesKind, week, end, dates: [] } };
}

/** The rule that ends a series before `instant` (an occurrence's RECURRENCE-ID): UNTIL one second earlier, or the RDATEs before it. */
export function ruleEndingBefore(series: { kind: SeriesKind; rule: string; timeZone: TimeZone }, instant: number): string {
  if (series.kind === "dates") return series.rule.split(",").filter((s) => fromLocalStamp(s, series.timeZone) < instant).join(",");
  const kept = series.rule.split(";").filter((p) => !p.startsWith("COUNT=") && !p.startsWith("UNTIL="));
  return [...kept, `UNTIL=${utcStamp(instant - 1000)}`].join(";");
}

/**
 * The rule of a series continuing from `newStart` for `count` occurrences with the pattern of
 * `kind` read from the new start's date (a Thursday series moved to Friday recurs on Fridays); a
 * "last weekday" series stays on the last weekday when the new start is one. For a list of dates,
 * `shifted` are the new starts.
 */
export function continuedRule(kind: SeriesKind, oldRule: string, newStart: number, zone: TimeZone, count: number, shifted: number[]): string {
  if (kind === "dates") return shifted.map((s) => localStamp(s, zone)).join(",");
  const date = calendarDateIn(newStart, zone);
  const wasLast = kind === "monthly_weekday" && parseRule(oldRule).week === -1;
  const week = kind === "monthly_weekday" ? (wasLast && isLastWeekday(date) ? -1 : defaultWeek(date)) : null;
  return `${patternFor(kind, date, week)};COUNT=${count}`;
}
