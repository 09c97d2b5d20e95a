// A rakor series' rule as the bundle carries it (`rakor[].series.rule`). The series kinds of
// app/rakor/series-rule.ts that recur are written as the RRULE value stored for them
// (FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12, FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T165959Z,
// FREQ=WEEKLY;BYDAY=TH;COUNT=8). A list of dates has no RRULE: it is written as the iCalendar
// property that says it, with the zone its local times are read in:
// `RDATE;TZID=Asia/Makassar:20260115T090000,20260212T090000`. Import reads either form back and
// derives the kind from it; anything else is refused with a reason.
import { TIME_ZONES, type SeriesKind, type TimeZone } from "../../db/schema";
import { parseRule } from "../rakor/series-rule";

/** The series' rule in bundle form. */
export function bundleSeriesRule(kind: SeriesKind, rule: string, zone: TimeZone): string {
  return kind === "dates" ? `RDATE;TZID=${zone}:${rule}` : rule;
}

export interface ReadSeriesRule {
  kind: SeriesKind;
  /** As stored in rakor_series.rule. */
  rule: string;
  timeZone: TimeZone;
}

const STAMP = /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])[0-5]\d[0-5]\d$/;
const UNTIL = /^\d{8}T\d{6}Z$/;
const KNOWN_PARTS = new Set(["FREQ", "BYMONTHDAY", "BYDAY", "COUNT", "UNTIL"]);
const SUPPORTED = "yang didukung: FREQ=MONTHLY;BYMONTHDAY=25, FREQ=MONTHLY;BYDAY=2TH (atau -1FR), FREQ=WEEKLY;BYDAY=TH, masing-masing dengan COUNT=n atau UNTIL=YYYYMMDDTHHMMSSZ, atau RDATE;TZID=Asia/Jakarta:20260115T090000,...";

/**
 * A bundle series rule read: the kind (BYMONTHDAY: monthly on a day; BYDAY with a week: monthly on
 * a weekday; FREQ=WEEKLY: weekly; RDATE: a list of dates) and the rule as stored, or why it cannot
 * be read (Indonesian). `zone`: the rakor's, for an RDATE list without TZID.
 */
export function readSeriesRule(text: string, zone: TimeZone): { ok: true; value: ReadSeriesRule } | { ok: false; message: string } {
  const fail = (why: string) => ({ ok: false as const, message: `aturan seri “${text}” tidak dapat dibaca: ${why}; ${SUPPORTED}` });
  const value = text.trim();
  const rdate = /^RDATE(?:;TZID=([^:;]+))?:(.*)$/.exec(value);
  if (rdate) {
    const tz = (rdate[1] ?? zone) as TimeZone;
    if (!TIME_ZONES.includes(tz)) return fail(`zona ${rdate[1]} tidak dikenal (pilihan: ${TIME_ZONES.join(", ")})`);
    const stamps = rdate[2].split(",");
    const bad = stamps.filter((s) => !STAMP.test(s));
    if (bad.length) return fail(`tanggal ${bad.slice(0, 3).map((s) => `“${s}”`).join(", ")} bukan waktu lokal berbentuk YYYYMMDDTHHMMSS`);
    return { ok: true, value: { kind: "dates", rule: stamps.join(","), timeZone: tz } };
  }
  const rule = value.replace(/^RRULE:/, "");
  const parts = rule.split(";").map((p) => p.split("="));
  if (parts.some((p) => p.length !== 2 || !p[1])) return fail("setiap bagian harus berbentuk NAMA=nilai, dipisah titik koma");
  const names = parts.map((p) => p[0]);
  const unknown = names.filter((n) => !KNOWN_PARTS.has(n));
  if (unknown.length) return fail(`bagian ${unknown.join(", ")} tidak didukung`);
  if (new Set(names).size !== names.length) return fail("ada bagian yang ditulis dua kali");
  const get = Object.fromEntries(parts) as Record<string, string | undefined>;
  if (get.COUNT !== undefined && get.UNTIL !== undefined) return fail("COUNT dan UNTIL tidak boleh dipakai bersama");
  if (get.COUNT !== undefined && !/^[1-9]\d{0,3}$/.test(get.COUNT)) return fail("COUNT harus bilangan bulat positif");
  if (get.UNTIL !== undefined && !UNTIL.test(get.UNTIL)) return fail("UNTIL harus waktu UTC berbentuk YYYYMMDDTHHMMSSZ");
  const byDay = get.BYDAY === undefined ? null : /^(-1|[1-4])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(get.BYDAY);
  if (get.BYDAY !== undefined && !byDay) return fail("BYDAY harus kode hari (MO, TU, ...) dengan minggu ke-1 sampai ke-4 atau -1 di depannya untuk seri bulanan");
  let kind: SeriesKind;
  if (get.FREQ === "WEEKLY") {
    if (!byDay || byDay[1] || get.BYMONTHDAY !== undefined) return fail("seri mingguan memerlukan BYDAY berupa satu kode hari tanpa minggu (contoh BYDAY=TH)");
    kind = "weekly";
  } else if (get.FREQ === "MONTHLY") {
    if (get.BYMONTHDAY !== undefined) {
      if (byDay || !/^([1-9]|[12]\d|3[01])$/.test(get.BYMONTHDAY)) return fail("BYMONTHDAY harus satu tanggal 1 sampai 31, tanpa BYDAY");
      kind = "monthly_day";
    } else if (byDay?.[1]) kind = "monthly_weekday";
    else return fail("seri bulanan memerlukan BYMONTHDAY, atau BYDAY dengan minggu ke-n (contoh BYDAY=2TH)");
  } else return fail("FREQ harus MONTHLY atau WEEKLY");
  // The app's own reader must take it as well (the calendar and the series pages use it).
  try {
    parseRule(rule);
  } catch {
    return fail("tidak dikenali");
  }
  return { ok: true, value: { kind, rule, timeZone: zone } };
}
