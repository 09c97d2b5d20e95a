// How a rakor's people and times are written, the same on the page, in the invitation and in the
// notulen: "Irjen Pol Dr. Endi Sutendi (Wakil Asisten Operasi Kapolri, Polri)",
// "Rabu, 4 Juni 2025, pukul 10.00 WITA", and for online meetings the same time in WIB and WIT. A
// rakor recorded with a date only (from a bundle or an article) has no known hour: it is written
// "Rabu, 23 Mei 2023, waktu belum ditentukan", never "pukul 00.00".
import type { agendaItems, RakorMode, TimeZone } from "../../db/schema";
import { calendarDateIn, formatDateTime, formatDayDate, formatTime, formatTimeInOtherZones, isEndOfDay, isStartOfDay } from "../utils/period";
import { formatNumber } from "../utils/format";

export interface PersonLike {
  name: string | null;
  rank?: string | null;
  position?: string | null;
  agency?: string | null;
}

/**
 * "Irjen Pol Dr. Endi Sutendi": rank before the name as written, academic titles kept; a name that
 * already starts with its rank ("Kombes Pol. Budi Santoso", rank "Kombes Pol") is not given it twice.
 */
export function personName(p: PersonLike): string {
  const words = (s: string) => s.toLowerCase().replace(/\./g, " ").split(/\s+/).filter(Boolean).join(" ");
  const rank = p.rank?.trim() ? words(p.rank) : "";
  if (rank && p.name && `${words(p.name)} `.startsWith(`${rank} `)) return p.name;
  return [p.rank, p.name].filter((x) => x && x.trim()).join(" ");
}

/** "Irjen Pol Dr. Endi Sutendi (Wakil Asisten Operasi Kapolri, Polri)"; empty when no name. */
export function personLine(p: PersonLike): string {
  if (!p.name) return "";
  // The agency is left out when the position already names it, also as its head: "Kasi Humas
  // Polresta Balikpapan", "Kapolresta Balikpapan" (Polresta Balikpapan), "Wakil ... Kapolri" (Polri).
  const agency = p.agency?.trim();
  const named = agency && new RegExp(`(^|[\\s(])(ka)?${agency.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[\\s,)])`, "i").test(p.position ?? "");
  const extra = [p.position, named ? null : p.agency].filter((x) => x && x.trim());
  return extra.length ? `${personName(p)} (${extra.join(", ")})` : personName(p);
}

type AgendaRow = Pick<typeof agendaItems.$inferSelect, "id" | "title" | "presenterName" | "presenterRank" | "presenterPosition" | "presenterAgency" | "startsAt" | "notes">;

/** An agenda item as the pages show it: the presenter in one line and the time ("10.00 WITA") or null. */
export function agendaItemView(a: AgendaRow, zone: TimeZone) {
  return {
    id: a.id,
    title: a.title,
    presenter: personLine({ name: a.presenterName, rank: a.presenterRank, position: a.presenterPosition, agency: a.presenterAgency }),
    time: a.startsAt !== null ? formatTime(a.startsAt, zone) : null,
    notes: a.notes,
  };
}

export function isOnlineMode(mode: RakorMode): boolean {
  return mode === "virtual" || mode === "hybrid";
}

/** What is written instead of an hour that is not known. */
export const UNKNOWN_TIME = "waktu belum ditentukan";

/**
 * Whether a rakor's start has a known hour. A start recorded as a date only is stored as the
 * midnight that begins that day in the rakor's zone (and exported as a date again).
 */
export function rakorTimeKnown(startsAt: number, zone: TimeZone): boolean {
  return !isStartOfDay(startsAt, zone);
}

/** An end with a known hour; an end recorded as a date only is stored as that day's last millisecond. */
function endTimeKnown(endsAt: number, zone: TimeZone): boolean {
  return !isEndOfDay(endsAt, zone);
}

/**
 * "Rabu, 4 Juni 2025, pukul 10.00 WITA s.d. 12.00 WITA" (or s.d. another day's date and time);
 * with no known hour "Rabu, 4 Juni 2025, waktu belum ditentukan" (or s.d. another day's date).
 */
export function rakorWhen(startsAt: number, endsAt: number | null, zone: TimeZone): string {
  const sameDay = endsAt === null || calendarDateIn(startsAt, zone) === calendarDateIn(endsAt, zone);
  if (!rakorTimeKnown(startsAt, zone)) {
    return `${formatDayDate(startsAt, zone)}${sameDay ? "" : ` s.d. ${formatDayDate(endsAt!, zone)}`}, ${UNKNOWN_TIME}`;
  }
  const start = formatDateTime(startsAt, zone);
  if (endsAt === null || endsAt === startsAt) return start;
  if (!endTimeKnown(endsAt, zone)) return sameDay ? start : `${start} s.d. ${formatDayDate(endsAt, zone)}`;
  if (sameDay) return `${start} s.d. ${formatTime(endsAt, zone)}`;
  return `${start} s.d. ${formatDateTime(endsAt, zone)}`;
}

/** The start's hour, "10.00 WITA", or null when it is not known. */
export function rakorStartTime(startsAt: number, zone: TimeZone): string | null {
  return rakorTimeKnown(startsAt, zone) ? formatTime(startsAt, zone) : null;
}

/**
 * The same start (and end) in the other two zones: "09.00 WIB · 11.00 WIT", or "09.00–11.00 WIB · …";
 * null when the hour is not known.
 */
export function rakorOtherZones(startsAt: number, endsAt: number | null, zone: TimeZone): string | null {
  if (!rakorTimeKnown(startsAt, zone)) return null;
  const starts = formatTimeInOtherZones(startsAt, zone);
  if (endsAt === null || endsAt === startsAt || calendarDateIn(startsAt, zone) !== calendarDateIn(endsAt, zone) || !endTimeKnown(endsAt, zone)) return starts.join(" · ");
  const ends = formatTimeInOtherZones(endsAt, zone);
  return starts.map((s, i) => `${s.split(" ")[0]}–${ends[i]}`).join(" · ");
}

/** What a save of the attendee list did: "Tersimpan: 2 peserta ditambahkan, 1 diperbarui." */
export function attendeeChangesMessage(counts: { added: number; updated?: number; removed?: number; unchanged?: number }): string {
  const parts = [
    counts.added ? `${formatNumber(counts.added)} peserta ditambahkan` : null,
    counts.updated ? `${formatNumber(counts.updated)} diperbarui` : null,
    counts.removed ? `${formatNumber(counts.removed)} dihapus` : null,
  ].filter(Boolean);
  const recorded = counts.unchanged ? `${formatNumber(counts.unchanged)} peserta sudah tercatat` : null;
  if (parts.length) return `Tersimpan: ${parts.join(", ")}${recorded ? `; ${recorded}` : ""}.`;
  return recorded ? `Tidak ada perubahan: ${recorded}.` : "Tidak ada perubahan.";
}

/** A file-name friendly slug of a title: "rapat-koordinasi-nasional-gugus-tugas". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug || "rakor";
  // Cut at a word boundary rather than in the middle of a word.
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf("-");
  return (slug[max] === "-" || lastDash < 0 ? cut : cut.slice(0, lastDash)).replace(/-+$/, "") || "rakor";
}

/** "1,2 MB", "850 KB". */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
  return `${Math.max(1, Math.round(size / 1024))} KB`;
}

/** A link target only when it is a web address (data from an import could hold anything). */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
