// What makes a rakor valid, one function per rule: the rakor form (inside its zod schema), the
// bundle importer and the write verbs of rakor.server.ts all call these. Fields are named as the
// form names them; the importer maps them to the bundle's paths.
import type { RakorLevel, RakorMode, RakorStatus, TimeZone } from "../../db/schema";
import { formatDateTime, formatDayDate, isStartOfDay } from "../utils/period";
import { regionText, scopeProblems, type Problem, type Rule, type ScopeContext } from "../utils/rules";

/** A rakor's own fields as the rules read them (instants in epoch ms; absent = null). */
export interface RakorFacts {
  level: RakorLevel;
  regionCode: string | null;
  mode: RakorMode;
  status: RakorStatus;
  timeZone: TimeZone;
  startsAt: number;
  endsAt: number | null;
  venue: string | null;
  onlinePlatform: string | null;
  onlineUrl: string | null;
}

const blank = (value: string | null | undefined) => !value?.trim();
const meetsInPerson = (mode: RakorMode) => mode === "in_person" || mode === "hybrid";
const meetsOnline = (mode: RakorMode) => mode === "virtual" || mode === "hybrid";

/** Whether a link is a full http(s) address: no `javascript:`, `data:` or path without a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Every link stored (a meeting link, a material's URL) is a full http(s) address. */
export function linkProblems(field: string, url: string | null | undefined): Problem[] {
  return blank(url) || isHttpUrl(url!.trim()) ? [] : [{ field, message: "harus alamat lengkap yang diawali http:// atau https://" }];
}

/** A national rakor has no region; a provincial one a province ('32'); a regency/city one a regency/city ('32.12'). */
export function regionForLevelProblems(r: Pick<RakorFacts, "level" | "regionCode">, context: Pick<ScopeContext, "regionName">): Problem[] {
  const field = "regionCode";
  if (r.level === "nasional") return r.regionCode === null ? [] : [{ field, message: "tidak boleh diisi untuk rakor tingkat nasional" }];
  const wanted = r.level === "provinsi" ? "provinsi" : "kabupaten/kota";
  if (r.regionCode === null) return [{ field, message: `wajib diisi untuk rakor tingkat ${wanted}` }];
  const isRegency = r.regionCode.includes(".");
  if (isRegency === (r.level === "kabupaten_kota")) return [];
  return [{ field, message: `harus ${wanted} untuk rakor tingkat ${wanted}; ${regionText(r.regionCode, context)} adalah ${isRegency ? "kabupaten/kota" : "provinsi"}` }];
}

/** The rakor lies within the writer's scope (a national rakor: only national writers). */
export function rakorScopeProblems(r: Pick<RakorFacts, "level" | "regionCode">, context: ScopeContext): Problem[] {
  if (r.regionCode === null && r.level !== "nasional") return []; // the region is missing: regionForLevelProblems says so
  return scopeProblems(r.regionCode === null ? "level" : "regionCode", r.regionCode, context);
}

/** Luring and hybrid rakor have a venue. */
export function venueProblems(r: Pick<RakorFacts, "mode" | "venue">): Problem[] {
  return meetsInPerson(r.mode) && blank(r.venue) ? [{ field: "venue", message: "wajib diisi untuk rakor luring atau hybrid" }] : [];
}

/** Daring and hybrid rakor name their platform (Zoom Meeting, YouTube ...). */
export function platformProblems(r: Pick<RakorFacts, "mode" | "onlinePlatform">): Problem[] {
  return meetsOnline(r.mode) && blank(r.onlinePlatform) ? [{ field: "onlinePlatform", message: "wajib diisi untuk rakor daring atau hybrid" }] : [];
}

/**
 * A scheduled daring or hybrid rakor has its meeting link: the invitation carries it. A rakor
 * recorded after it was held may not know it (news articles, old minutes).
 */
export function meetingLinkProblems(r: Pick<RakorFacts, "mode" | "status" | "onlineUrl">): Problem[] {
  if (meetsOnline(r.mode) && r.status === "scheduled" && blank(r.onlineUrl)) {
    return [{ field: "onlineUrl", message: "wajib diisi untuk rakor daring atau hybrid yang dijadwalkan (dikirim bersama undangan)" }];
  }
  return linkProblems("onlineUrl", r.onlineUrl);
}

/** The end is not before the start. */
export function endAfterStartProblems(r: Pick<RakorFacts, "startsAt" | "endsAt" | "timeZone">): Problem[] {
  if (r.endsAt === null || !(r.endsAt < r.startsAt)) return [];
  const start = isStartOfDay(r.startsAt, r.timeZone) ? formatDayDate(r.startsAt, r.timeZone) : formatDateTime(r.startsAt, r.timeZone);
  return [{ field: "endsAt", message: `tidak boleh sebelum waktu mulai (${start})` }];
}

export const RAKOR_RULES: readonly Rule<RakorFacts, ScopeContext>[] = [
  { reads: ["level", "regionCode"], check: regionForLevelProblems },
  { reads: ["level", "regionCode"], check: rakorScopeProblems },
  { reads: ["mode", "venue"], check: venueProblems },
  { reads: ["mode", "onlinePlatform"], check: platformProblems },
  { reads: ["mode", "status", "onlineUrl"], check: meetingLinkProblems },
  { reads: ["timeZone", "startsAt", "endsAt"], check: endAfterStartProblems },
];

/** Every rule of a rakor's own fields (its parts have theirs: materialProblems ...). */
export function rakorProblems(r: RakorFacts, context: ScopeContext): Problem[] {
  return RAKOR_RULES.flatMap((rule) => rule.check(r, context));
}

/** A material's link, if it has one, is a full http(s) address. */
export function materialProblems(m: { url?: string | null }): Problem[] {
  return linkProblems("url", m.url);
}
