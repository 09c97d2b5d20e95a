// Turning wall-clock times in WIB/WITA/WIT into instants and back. Instants are epoch ms (UTC).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { TimeZone } from "../../db/schema";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether 'YYYY-MM-DD' is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
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
