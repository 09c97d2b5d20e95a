// A rakor recorded with a date only (a bundle's "2023-05-23", a news article) has no known hour:
// it is written with its date and "waktu belum ditentukan", never "pukul 00.00", and its
// invitation is an all-day event.
import { describe, expect, it } from "vitest";
import { buildInvitation } from "../../app/documents/ics.server";
import { rakorOtherZones, rakorStartTime, rakorTimeKnown, rakorWhen } from "../../app/rakor/rakor-format";
import { parseBundleInstant } from "../../app/utils/period";

const MAY_23 = parseBundleInstant("2023-05-23", "Asia/Jakarta", "start");
const MAY_24_END = parseBundleInstant("2023-05-24", "Asia/Jakarta", "end");
const JUNE_4_10_WITA = Date.UTC(2025, 5, 4, 2, 0);

describe("a rakor with no known hour", () => {
  it("is written with its date and 'waktu belum ditentukan', never 00.00", () => {
    expect(rakorTimeKnown(MAY_23, "Asia/Jakarta")).toBe(false);
    expect(rakorWhen(MAY_23, null, "Asia/Jakarta")).toBe("Selasa, 23 Mei 2023, waktu belum ditentukan");
    expect(rakorWhen(MAY_23, parseBundleInstant("2023-05-23", "Asia/Jakarta", "end"), "Asia/Jakarta")).toBe("Selasa, 23 Mei 2023, waktu belum ditentukan");
    expect(rakorWhen(MAY_23, MAY_24_END, "Asia/Jakarta")).toBe("Selasa, 23 Mei 2023 s.d. Rabu, 24 Mei 2023, waktu belum ditentukan");
    expect(rakorStartTime(MAY_23, "Asia/Jakarta")).toBeNull();
    expect(rakorOtherZones(MAY_23, null, "Asia/Jakarta")).toBeNull();
    for (const text of [rakorWhen(MAY_23, null, "Asia/Jakarta"), rakorWhen(MAY_23, MAY_24_END, "Asia/Jakarta")]) expect(text).not.toMatch(/00\.00|pukul/);
  });

  it("an end given as a date only is written as that date, not 23.59", () => {
    const start = parseBundleInstant("2025-06-04T10:00:00+08:00", "Asia/Makassar");
    expect(rakorWhen(start, parseBundleInstant("2025-06-04", "Asia/Makassar", "end"), "Asia/Makassar")).toBe("Rabu, 4 Juni 2025, pukul 10.00 WITA");
    expect(rakorWhen(start, parseBundleInstant("2025-06-05", "Asia/Makassar", "end"), "Asia/Makassar")).toBe("Rabu, 4 Juni 2025, pukul 10.00 WITA s.d. Kamis, 5 Juni 2025");
    expect(rakorOtherZones(start, parseBundleInstant("2025-06-04", "Asia/Makassar", "end"), "Asia/Makassar")).toBe("09.00 WIB · 11.00 WIT");
  });

  it("a known hour is still written with it", () => {
    expect(rakorTimeKnown(JUNE_4_10_WITA, "Asia/Makassar")).toBe(true);
    expect(rakorStartTime(JUNE_4_10_WITA, "Asia/Makassar")).toBe("10.00 WITA");
    expect(rakorWhen(JUNE_4_10_WITA, null, "Asia/Makassar")).toBe("Rabu, 4 Juni 2025, pukul 10.00 WITA");
  });

  it("is an all-day event in the invitation", () => {
    const ics = buildInvitation(
      {
        id: 3,
        title: "Webinar Sinergi Penanganan dan Pencegahan TPPO",
        level: "nasional",
        regionName: null,
        organizerName: "Kemendagri",
        chairName: null,
        chairRank: null,
        chairPosition: null,
        chairAgency: null,
        mode: "virtual",
        status: "held",
        startsAt: MAY_23,
        endsAt: null,
        timeZone: "Asia/Jakarta",
        venue: null,
        onlinePlatform: "YouTube",
        onlineUrl: null,
        createdAt: Date.UTC(2025, 4, 1),
        updatedAt: null,
        sites: [],
        agenda: [],
      },
      { url: "https://sigap.example.go.id/rakor/3", host: "sigap.example.go.id", now: Date.UTC(2025, 4, 20) },
    );
    const lines = ics.split("\r\n");
    const event = lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT"));
    expect(event.filter((l) => l.startsWith("DTSTART") || l.startsWith("DTEND"))).toEqual(["DTSTART;VALUE=DATE:20230523", "DTEND;VALUE=DATE:20230524"]);
    expect(ics.replace(/\r\n /g, "")).toContain("Waktu: Selasa\\, 23 Mei 2023\\, waktu belum ditentukan.");
  });
});
