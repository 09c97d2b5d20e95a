// The invitation's text rules (RFC 5545) and the way a rakor's times are written.
import { describe, expect, it } from "vitest";
import { buildInvitation, escapeText, foldLine } from "../../app/documents/ics.server";
import { personLine, rakorOtherZones, rakorWhen, slugify } from "../../app/rakor/rakor-format";

const JUNE_4_10_WITA = Date.UTC(2025, 5, 4, 2, 0);

describe("ics text", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("Mabes Polri, Jakarta; Lt. 2\\A\nbaris")).toBe("Mabes Polri\\, Jakarta\\; Lt. 2\\\\A\\nbaris");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    for (const part of folded) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
    expect(foldLine("SHORT:1")).toBe("SHORT:1");
  });

  it("places the rakor in its zone with the zone defined in the file", () => {
    const ics = buildInvitation(
      {
        id: 7,
        title: "Rakor, nasional; TPPO",
        level: "nasional",
        regionName: null,
        organizerName: "Polri",
        chairName: "Dr. Endi Sutendi",
        chairRank: "Irjen Pol",
        chairPosition: null,
        chairAgency: null,
        mode: "hybrid",
        status: "scheduled",
        startsAt: JUNE_4_10_WITA,
        endsAt: JUNE_4_10_WITA + 2 * 3600_000,
        timeZone: "Asia/Makassar",
        venue: "Mabes Polri, Jakarta",
        onlinePlatform: "Zoom Meeting",
        onlineUrl: "https://zoom.us/j/1",
        createdAt: Date.UTC(2025, 4, 1),
        updatedAt: null,
        sites: [],
        agenda: [],
      },
      { url: "https://sigap.example.go.id/rakor/7", host: "sigap.example.go.id", now: Date.UTC(2025, 4, 20, 1, 2, 3) },
    );
    const lines = ics.split("\r\n");
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(lines).toContain("DTSTART;TZID=Asia/Makassar:20250604T100000");
    expect(lines).toContain("DTEND;TZID=Asia/Makassar:20250604T120000");
    expect(lines).toContain("TZOFFSETTO:+0800");
    expect(lines).toContain("DTSTAMP:20250520T010203Z");
    expect(lines).toContain("SUMMARY:Rakor\\, nasional\\; TPPO");
    expect(lines).toContain("URL:https://sigap.example.go.id/rakor/7");
    expect(lines).toContain("UID:rakor-7@sigap.example.go.id");
    expect(lines.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
  });
});

describe("how a rakor's time is written", () => {
  it("in its own zone, with the end, and in the other two zones", () => {
    expect(rakorWhen(JUNE_4_10_WITA, null, "Asia/Makassar")).toBe("Rabu, 4 Juni 2025, pukul 10.00 WITA");
    expect(rakorWhen(JUNE_4_10_WITA, JUNE_4_10_WITA + 90 * 60_000, "Asia/Makassar")).toBe("Rabu, 4 Juni 2025, pukul 10.00 WITA s.d. 11.30 WITA");
    expect(rakorOtherZones(JUNE_4_10_WITA, null, "Asia/Makassar")).toBe("09.00 WIB · 11.00 WIT");
    expect(rakorWhen(JUNE_4_10_WITA, JUNE_4_10_WITA + 86_400_000, "Asia/Jakarta")).toBe("Rabu, 4 Juni 2025, pukul 09.00 WIB s.d. Kamis, 5 Juni 2025, pukul 09.00 WIB");
  });

  it("names people as official documents do", () => {
    expect(personLine({ name: "Dr. Endi Sutendi", rank: "Irjen Pol", position: "Wakil Asisten Operasi Kapolri", agency: "Polri" })).toBe("Irjen Pol Dr. Endi Sutendi (Wakil Asisten Operasi Kapolri)");
    expect(personLine({ name: "Drs. Eko", rank: "Brigjen Pol", position: "Karo Binops", agency: "Polri" })).toBe("Brigjen Pol Drs. Eko (Karo Binops, Polri)");
    expect(personLine({ name: "Sangidun", position: "Kasi Humas Polresta Balikpapan", agency: "Polresta Balikpapan" })).toBe("Sangidun (Kasi Humas Polresta Balikpapan)");
    expect(personLine({ name: "Anton", position: "Kapolresta Balikpapan", agency: "Polresta Balikpapan" })).toBe("Anton (Kapolresta Balikpapan)");
    expect(personLine({ name: null, rank: "AKP" })).toBe("");
    expect(slugify("Rapat Koordinasi: TPPO / 2025")).toBe("rapat-koordinasi-tppo-2025");
  });
});
