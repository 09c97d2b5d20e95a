// How dates, times and numbers are written for Indonesian readers:
// "Rabu, 4 Juni 2025", "pukul 10.15 WITA", "1.234", "45,5%".
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { id as localeId } from "date-fns/locale";
import { TIME_ZONES, type TimeZone } from "../../db/schema";
import { TIME_ZONE_ABBR } from "./labels";

const numberFormat = new Intl.NumberFormat("id-ID");
const percentFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 45.5 -> "45,5%". */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}

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
