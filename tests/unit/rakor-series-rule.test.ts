// The series rule: each kind built as an RRULE (or RDATE list) and expanded in the rakor's zone,
// months without the day skipped, the last weekday, the caps, and the rules that yield no date.
import { describe, expect, it } from "vitest";
import type { TimeZone } from "../../db/schema";
import { continuedRule, describePattern, expandSeries, planSeries, readRepeatFields, ruleEndingBefore, type RepeatInput } from "../../app/rakor/series-rule";
import { calendarDateIn, epochToLocalInput, localInputToEpoch } from "../../app/utils/period";

const at = (local: string, zone: TimeZone = "Asia/Jakarta") => localInputToEpoch(local, zone)!;
const dates = (starts: number[], zone: TimeZone = "Asia/Jakarta") => starts.map((s) => calendarDateIn(s, zone));

function plan(input: Partial<RepeatInput>, first: string, zone: TimeZone = "Asia/Jakarta") {
  const result = planSeries({ kind: "monthly_day", week: null, end: { count: 12 }, dates: [], ...input }, at(first, zone), zone);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

function errorsOf(input: Partial<RepeatInput>, first: string, zone: TimeZone = "Asia/Jakarta") {
  const result = planSeries({ kind: "monthly_day", week: null, end: { count: 12 }, dates: [], ...input }, at(first, zone), zone);
  if (result.ok) throw new Error(`expected errors, got ${result.plan.rule}`);
  return result.errors;
}

describe("monthly on a day of the month", () => {
  it("the Kepri monthly rakor: the 25th, twelve times, at 09.00 WIB", () => {
    const p = plan({ end: { count: 12 } }, "2026-01-25T09:00");
    expect(p.rule).toBe("FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12");
    expect(dates(p.starts)).toEqual(["2026-01-25", "2026-02-25", "2026-03-25", "2026-04-25", "2026-05-25", "2026-06-25", "2026-07-25", "2026-08-25", "2026-09-25", "2026-10-25", "2026-11-25", "2026-12-25"]);
    expect(p.starts.every((s) => epochToLocalInput(s, "Asia/Jakarta").endsWith("T09:00"))).toBe(true);
    // The 25th falls on a weekend four times in 2026: the preview says so before anything is saved.
    expect(p.notes).toEqual([
      "4 tanggal jatuh pada hari Sabtu atau Minggu: 25 Januari 2026, 25 April 2026, 25 Juli 2026, 25 Oktober 2026. Setelah disimpan, pertemuan itu dapat dipindah satu per satu (“Hanya rakor ini”).",
    ]);
  });

  it("skips the months without the 31st (RFC 5545) and says which", () => {
    const p = plan({ end: { count: 6 } }, "2026-01-31T10:00");
    expect(dates(p.starts)).toEqual(["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31"]);
    expect(p.notes).toEqual([
      "Bulan tanpa tanggal 31 dilewati, seperti aturan kalender (iCalendar): Februari 2026, April 2026, Juni 2026, September 2026.",
      "3 tanggal jatuh pada hari Sabtu atau Minggu: 31 Januari 2026, 31 Mei 2026, 31 Oktober 2026. Setelah disimpan, pertemuan itu dapat dipindah satu per satu (“Hanya rakor ini”).",
    ]);
  });

  it("skips February for the 30th, but not in a leap year for the 29th", () => {
    expect(dates(plan({ end: { count: 3 } }, "2026-01-30T10:00").starts)).toEqual(["2026-01-30", "2026-03-30", "2026-04-30"]);
    expect(dates(plan({ end: { count: 3 } }, "2028-01-29T10:00").starts)).toEqual(["2028-01-29", "2028-02-29", "2028-03-29"]);
  });

  it("ends by date, the end date included", () => {
    const p = plan({ end: { until: "2026-04-25" } }, "2026-01-25T09:00");
    expect(dates(p.starts)).toEqual(["2026-01-25", "2026-02-25", "2026-03-25", "2026-04-25"]);
    expect(p.rule).toBe("FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20260425T165959Z");
    expect(expandSeries({ kind: p.kind, rule: p.rule, timeZone: "Asia/Jakarta", startsAt: p.starts[0] })).toEqual(p.starts);
  });
});

describe("monthly on a weekday of the month", () => {
  it("Kamis kedua", () => {
    const p = plan({ kind: "monthly_weekday", week: 2, end: { count: 3 } }, "2026-01-08T09:00");
    expect(p.rule).toBe("FREQ=MONTHLY;BYDAY=2TH;COUNT=3");
    expect(dates(p.starts)).toEqual(["2026-01-08", "2026-02-12", "2026-03-12"]);
    expect(describePattern(p.kind, p.rule)).toBe("setiap Kamis kedua");
  });

  it("Jumat terakhir, whether the month has four or five Fridays", () => {
    const p = plan({ kind: "monthly_weekday", week: -1, end: { count: 4 } }, "2026-01-30T14:00");
    expect(p.rule).toBe("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4");
    expect(dates(p.starts)).toEqual(["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24"]);
    expect(describePattern(p.kind, p.rule)).toBe("setiap Jumat terakhir");
  });

  it("a start in the fifth week means the last weekday; a start off the pattern begins at its first date", () => {
    const r = readRepeatFields({ ulang: "monthly_weekday", ulangAkhir: "jumlah", ulangJumlah: "2" }, "2026-01-30");
    expect(r.ok && r.input?.week).toBe(-1);
    const p = plan({ kind: "monthly_weekday", week: -1, end: { count: 2 } }, "2026-01-02T14:00");
    expect(dates(p.starts)).toEqual(["2026-01-30", "2026-02-27"]);
  });
});

describe("weekly and a list of dates", () => {
  it("every Thursday until a date", () => {
    const p = plan({ kind: "weekly", end: { until: "2026-01-29" } }, "2026-01-08T09:00");
    expect(p.rule).toBe("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260129T165959Z");
    expect(dates(p.starts)).toEqual(["2026-01-08", "2026-01-15", "2026-01-22", "2026-01-29"]);
  });

  it("a typed list of dates with the first start, as RDATE local times", () => {
    const p = plan({ kind: "dates", end: null, dates: ["2026-05-04", "2026-03-02", "2026-03-02"] }, "2026-01-12T13:30", "Asia/Makassar");
    expect(dates(p.starts, "Asia/Makassar")).toEqual(["2026-01-12", "2026-03-02", "2026-05-04"]);
    expect(p.rule).toBe("20260112T133000,20260302T133000,20260504T133000");
    expect(expandSeries({ kind: "dates", rule: p.rule, timeZone: "Asia/Makassar", startsAt: p.starts[0] })).toEqual(p.starts);
  });
});

describe("zone boundaries", () => {
  it("23.30 WIT is still the same date in WIT, and 00.30 WIT is not the day before", () => {
    const late = plan({ kind: "weekly", end: { count: 2 } }, "2026-01-08T23:30", "Asia/Jayapura");
    expect(late.rule).toBe("FREQ=WEEKLY;BYDAY=TH;COUNT=2");
    expect(dates(late.starts, "Asia/Jayapura")).toEqual(["2026-01-08", "2026-01-15"]);
    const early = plan({ end: { count: 2 } }, "2026-01-31T00:30", "Asia/Jayapura");
    expect(early.rule).toBe("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=2");
    expect(early.starts[0]).toBe(Date.UTC(2026, 0, 30, 15, 30));
    expect(dates(early.starts, "Asia/Jayapura")).toEqual(["2026-01-31", "2026-03-31"]);
  });
});

describe("rules that cannot be kept", () => {
  it("an end date before the first rakor yields no date", () => {
    const r = readRepeatFields({ ulang: "monthly_day", ulangAkhir: "sampai", ulangSampai: "2026-01-01" }, "2026-01-25");
    expect(r).toEqual({ ok: false, errors: { ulangSampai: "Aturan ini tidak menghasilkan satu tanggal pun: tanggal akhir sebelum rakor pertama (25 Januari 2026)." } });
    expect(errorsOf({ kind: "monthly_weekday", week: -1, end: { until: "2026-01-20" } }, "2026-01-02T10:00")).toEqual({ ulangSampai: "Aturan ini tidak menghasilkan satu tanggal pun sampai tanggal itu (setiap Jumat terakhir)." });
  });

  it("a count of zero yields no date; more than 60 or beyond 3 years is refused", () => {
    const zero = readRepeatFields({ ulang: "weekly", ulangAkhir: "jumlah", ulangJumlah: "0" }, "2026-01-08");
    expect(zero.ok ? null : zero.errors.ulangJumlah).toMatch(/^Aturan ini tidak menghasilkan satu tanggal pun/);
    expect(errorsOf({ end: { count: 61 } }, "2026-01-25T09:00")).toEqual({ ulangJumlah: "Paling banyak 60 kali." });
    expect(errorsOf({ end: { until: "2029-02-01" } }, "2026-01-25T09:00")).toEqual({ ulangSampai: "Paling lama 3 tahun setelah rakor pertama (sampai 25 Januari 2029)." });
    expect(errorsOf({ kind: "weekly", end: { until: "2027-12-31" } }, "2026-01-08T09:00").ulangSampai).toMatch(/lebih dari 60 pertemuan/);
  });

  it("a list with a date before the first, or an unreadable date, is refused at the list", () => {
    expect(errorsOf({ kind: "dates", end: null, dates: ["2025-12-31"] }, "2026-01-12T09:00")).toEqual({ ulangTanggal: "Tanggal 31 Desember 2025 sebelum rakor pertama (12 Januari 2026)." });
    expect(errorsOf({ kind: "dates", end: null, dates: [] }, "2026-01-12T09:00").ulangTanggal).toMatch(/paling sedikit satu tanggal lain/);
    const typed = readRepeatFields({ ulang: "dates", ulangTanggal: "2026-02-09\n31/02/2026\nbesok" }, "2026-01-12");
    expect(typed.ok ? null : typed.errors.ulangTanggal).toMatch(/^Tanggal tidak dikenali: 31\/02\/2026, besok\./);
  });
});

describe("this and the following", () => {
  it("ends the old rule before the occurrence and continues with the new pattern", () => {
    const old = { kind: "monthly_weekday" as const, rule: "FREQ=MONTHLY;BYDAY=2TH;COUNT=12", timeZone: "Asia/Jakarta" as const };
    const may = at("2026-05-14T09:00");
    expect(ruleEndingBefore(old, may)).toBe("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260514T015959Z");
    const friday = at("2026-05-15T13:00");
    const rule = continuedRule("monthly_weekday", old.rule, friday, "Asia/Jakarta", 8, []);
    expect(rule).toBe("FREQ=MONTHLY;BYDAY=3FR;COUNT=8");
    expect(dates(expandSeries({ kind: "monthly_weekday", rule, timeZone: "Asia/Jakarta", startsAt: friday })).slice(0, 3)).toEqual(["2026-05-15", "2026-06-19", "2026-07-17"]);
    expect(continuedRule("monthly_weekday", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", at("2026-02-27T10:00"), "Asia/Jakarta", 3, [])).toBe("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
  });
});
