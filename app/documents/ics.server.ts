// The calendar invitation (.ics, RFC 5545) of a rakor. Times are written as local times of the
// meeting's zone with TZID (DTSTART;TZID=Asia/Makassar:20250604T100000) and the VTIMEZONE that
// defines that zone travels in the file, so every calendar places the meeting at the right hour
// whatever zone the reader is in. Indonesian zones have a fixed offset and no daylight saving.
// A rakor with no known hour is an all-day event.
// The download is METHOD:PUBLISH (a copy to add to one's calendar); the copy e-mailed to the
// attendees is METHOD:REQUEST with ORGANIZER and ATTENDEE lines, or METHOD:CANCEL once the rakor
// is cancelled (RFC 5546), under the same UID so calendars update or remove the meeting.
// A series is one recurring event (RRULE or RDATE, EXDATE for cancelled occurrences) with a
// RECURRENCE-ID event for each occurrence moved or edited alone (buildSeriesCalendar).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { RakorMode, RakorStatus, SeriesKind, TimeZone } from "../../db/schema";
import { LEVEL_LABELS, MODE_LABELS, TIME_ZONE_ABBR } from "../utils/labels";
import { isOnlineMode, personLine, rakorOtherZones, rakorTimeKnown, rakorWhen } from "../rakor/rakor-format";
import { addDays, calendarDateIn, formatTime } from "../utils/period";

const ZONE_OFFSETS: Record<TimeZone, string> = {
  "Asia/Jakarta": "+0700",
  "Asia/Makassar": "+0800",
  "Asia/Jayapura": "+0900",
};

/** TEXT value escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (continuation lines start with one space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (bytes + size > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function utcStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function localStamp(epochMs: number, zone: TimeZone): string {
  return format(new TZDate(epochMs, zone), "yyyyMMdd'T'HHmmss");
}

export function vtimezone(zone: TimeZone): string[] {
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    "BEGIN:STANDARD",
    `TZOFFSETFROM:${ZONE_OFFSETS[zone]}`,
    `TZOFFSETTO:${ZONE_OFFSETS[zone]}`,
    `TZNAME:${TIME_ZONE_ABBR[zone]}`,
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

export interface InvitationRakor {
  id: number;
  title: string;
  level: keyof typeof LEVEL_LABELS;
  regionName: string | null;
  organizerName: string;
  chairName: string | null;
  chairRank: string | null;
  chairPosition: string | null;
  chairAgency: string | null;
  mode: RakorMode;
  status: RakorStatus;
  startsAt: number;
  endsAt: number | null;
  timeZone: TimeZone;
  venue: string | null;
  onlinePlatform: string | null;
  onlineUrl: string | null;
  createdAt: number;
  updatedAt: number | null;
  sites: { name: string }[];
  agenda: { title: string }[];
}

/** Where the meeting is, for LOCATION: the venue, the platform, or both for hybrid. */
export function invitationLocation(r: Pick<InvitationRakor, "mode" | "venue" | "onlinePlatform" | "onlineUrl">): string {
  const online = [r.onlinePlatform, r.onlineUrl].filter(Boolean).join(" ");
  if (r.mode === "in_person") return r.venue ?? "";
  if (r.mode === "virtual") return online || r.venue || "";
  return [r.venue, online].filter(Boolean).join(" / ");
}

/** SEQUENCE grows with every change to the rakor (seconds since 2024), so calendars take the newest copy. */
export function invitationSequence(r: Pick<InvitationRakor, "createdAt" | "updatedAt">): number {
  const changed = r.updatedAt ?? r.createdAt;
  return Math.max(0, Math.floor((changed - Date.UTC(2024, 0, 1)) / 1000));
}

/**
 * DTSTART and DTEND: in the rakor's zone, or as whole days (VALUE=DATE, the end exclusive) when
 * its hour is not known, so a calendar shows an all-day event rather than one at midnight.
 */
function eventTimes(r: InvitationRakor): string[] {
  const zone = r.timeZone;
  if (!rakorTimeKnown(r.startsAt, zone)) {
    const day = (epochMs: number) => calendarDateIn(epochMs, zone).replace(/-/g, "");
    const lastDay = calendarDateIn(r.endsAt !== null && r.endsAt > r.startsAt ? r.endsAt : r.startsAt, zone);
    return [`DTSTART;VALUE=DATE:${day(r.startsAt)}`, `DTEND;VALUE=DATE:${addDays(lastDay, 1).replace(/-/g, "")}`];
  }
  return [`DTSTART;TZID=${zone}:${localStamp(r.startsAt, zone)}`, ...(r.endsAt !== null && r.endsAt > r.startsAt ? [`DTEND;TZID=${zone}:${localStamp(r.endsAt, zone)}`] : [])];
}

export interface CalendarPerson {
  name: string;
  address: string;
}

/** How the calendar object is sent: published for download, or e-mailed to `attendees` by `organizer`. */
export type InvitationDelivery = { method: "PUBLISH" } | { method: "REQUEST"; organizer: CalendarPerson; attendees: CalendarPerson[] };

/** The METHOD of `delivery` for `r`: an e-mailed copy of a cancelled rakor is a CANCEL. */
export function invitationMethod(r: Pick<InvitationRakor, "status">, delivery: InvitationDelivery["method"]): "PUBLISH" | "REQUEST" | "CANCEL" {
  return delivery === "PUBLISH" ? "PUBLISH" : r.status === "cancelled" ? "CANCEL" : "REQUEST";
}

/** A CN parameter value: quoted, without the characters a quoted value cannot hold. */
function commonName(name: string): string {
  return `"${name.replace(/["\r\n]/g, "").trim()}"`;
}

/**
 * SUMMARY, LOCATION, DESCRIPTION and URL of a rakor's event. `when` replaces the line with its
 * date and time (a series says how it recurs instead).
 */
function eventDetails(r: InvitationRakor, url: string, when?: string): string[] {
  const zone = r.timeZone;
  const otherZones = rakorOtherZones(r.startsAt, r.endsAt, zone);
  const description: string[] = [
    `Rapat koordinasi tingkat ${LEVEL_LABELS[r.level]}${r.regionName ? ` ${r.regionName}` : ""}, diselenggarakan oleh ${r.organizerName}.`,
    when ?? `Waktu: ${rakorWhen(r.startsAt, r.endsAt, zone)}${isOnlineMode(r.mode) && otherZones ? ` (${otherZones})` : ""}.`,
    `Bentuk: ${MODE_LABELS[r.mode]}.`,
  ];
  if (r.venue) description.push(`Tempat: ${r.venue}.`);
  if (isOnlineMode(r.mode) && (r.onlinePlatform || r.onlineUrl)) description.push(`Daring: ${[r.onlinePlatform, r.onlineUrl].filter(Boolean).join(" ")}`);
  const chair = personLine({ name: r.chairName, rank: r.chairRank, position: r.chairPosition, agency: r.chairAgency });
  if (chair) description.push(`Pimpinan rapat: ${chair}.`);
  if (r.sites.length) description.push(`Diikuti juga dari: ${r.sites.map((s) => s.name).join("; ")}.`);
  if (r.agenda.length) description.push("Agenda:", ...r.agenda.map((a, i) => `${i + 1}. ${a.title}`));
  description.push(`Rincian rakor: ${url}`);
  return [
    `SUMMARY:${escapeText(r.title)}`,
    ...(invitationLocation(r) ? [`LOCATION:${escapeText(invitationLocation(r))}`] : []),
    `DESCRIPTION:${escapeText(description.join("\n"))}`,
    `URL:${url}`,
  ];
}

/** The .ics text of one rakor; `url` is the absolute address of its page. */
export function buildInvitation(r: InvitationRakor, options: { url: string; host: string; now?: number; delivery?: InvitationDelivery }): string {
  const delivery: InvitationDelivery = options.delivery ?? { method: "PUBLISH" };
  const method = invitationMethod(r, delivery.method);
  const people =
    delivery.method === "REQUEST"
      ? [
          `ORGANIZER;CN=${commonName(delivery.organizer.name)}:mailto:${delivery.organizer.address}`,
          ...delivery.attendees.map((a) => `ATTENDEE;CN=${commonName(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.address}`),
        ]
      : [];
  const zone = r.timeZone;
  const event = [
    "BEGIN:VEVENT",
    `UID:rakor-${r.id}@${options.host}`,
    `DTSTAMP:${utcStamp(options.now ?? Date.now())}`,
    ...eventTimes(r),
    ...eventDetails(r, options.url),
    `STATUS:${r.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    `SEQUENCE:${invitationSequence(r)}`,
    ...people,
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//SIGAP TPPO//Rakor//ID",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    ...vtimezone(zone),
    ...event,
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** One series of a rakor series' calendar (app/rakor/series.server.ts loadSeriesCalendar). */
export interface CalendarSeries {
  id: number;
  kind: SeriesKind;
  /** The RRULE value, or for kind 'dates' the RDATE list of local times. */
  rule: string;
  timeZone: TimeZone;
  /** DTSTART: the rule's first start. */
  startsAt: number;
  /** "setiap tanggal 25", written in the description. */
  pattern: string;
  updatedAt: number;
  /** The occurrence whose details (title, place, chair, duration) the recurring event carries. */
  master: InvitationRakor;
  /** Rule starts of the cancelled occurrences. */
  exdates: number[];
  /** Occurrences moved or edited alone, under the rule start they replace. */
  overrides: { recurrenceId: number; rakor: InvitationRakor }[];
}

/**
 * The .ics of a rakor series: per series one recurring VEVENT (DTSTART;TZID, RRULE or RDATE,
 * EXDATE for cancelled occurrences) and one VEVENT with RECURRENCE-ID for each occurrence moved
 * or edited alone; a series continued by "this and the following" is a second recurring event.
 * `url` gives the address of a rakor's page.
 */
export function buildSeriesCalendar(chain: CalendarSeries[], options: { url: (rakorId: number) => string; host: string; now?: number }): string {
  const stamp = `DTSTAMP:${utcStamp(options.now ?? Date.now())}`;
  const zones = new Set<TimeZone>();
  const events = chain.flatMap((s) => {
    const zone = s.timeZone;
    const uid = `UID:rakor-seri-${s.id}@${options.host}`;
    const duration = s.master.endsAt !== null && s.master.endsAt > s.master.startsAt ? s.master.endsAt - s.master.startsAt : null;
    const sequence = Math.max(invitationSequence({ createdAt: s.updatedAt, updatedAt: null }), ...[s.master, ...s.overrides.map((o) => o.rakor)].map(invitationSequence));
    zones.add(zone);
    const recurring = [
      "BEGIN:VEVENT",
      uid,
      stamp,
      `DTSTART;TZID=${zone}:${localStamp(s.startsAt, zone)}`,
      ...(duration !== null ? [`DTEND;TZID=${zone}:${localStamp(s.startsAt + duration, zone)}`] : []),
      s.kind === "dates" ? `RDATE;TZID=${zone}:${s.rule}` : `RRULE:${s.rule}`,
      ...(s.exdates.length ? [`EXDATE;TZID=${zone}:${s.exdates.map((x) => localStamp(x, zone)).join(",")}`] : []),
      ...eventDetails({ ...s.master, sites: [], agenda: [] }, options.url(s.master.id), `Waktu: ${s.pattern}, pukul ${formatTime(s.startsAt, zone)}.`),
      "STATUS:CONFIRMED",
      `SEQUENCE:${sequence}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    ];
    const moved = s.overrides.flatMap(({ recurrenceId, rakor }) => {
      zones.add(rakor.timeZone);
      return [
        "BEGIN:VEVENT",
        uid,
        stamp,
        `RECURRENCE-ID;TZID=${zone}:${localStamp(recurrenceId, zone)}`,
        ...eventTimes(rakor),
        ...eventDetails(rakor, options.url(rakor.id)),
        "STATUS:CONFIRMED",
        `SEQUENCE:${sequence}`,
        "TRANSP:OPAQUE",
        "END:VEVENT",
      ];
    });
    return [...recurring, ...moved];
  });
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SIGAP TPPO//Rakor//ID", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", ...[...zones].flatMap(vtimezone), ...events, "END:VCALENDAR"];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
