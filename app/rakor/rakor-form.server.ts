// The rakor form shared by "jadwalkan" and "ubah", and the small field readers the part editors
// share (a person, a region typed or picked from the list). Times are typed as wall-clock times in
// the meeting's own zone (WIB/WITA/WIT) and stored as UTC epoch milliseconds next to that zone.
import { json } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { agendaItems, MATERIAL_KINDS, RAKOR_LEVELS, RAKOR_MODES, RAKOR_STATUSES, regions, TIME_ZONES, type RakorLevel, type TimeZone } from "../../db/schema";
import type { SessionUser } from "../accounts/auth.server";
import { fields, parseForm, type FieldErrors } from "../utils/forms";
import { idParam } from "../utils/http.server";
import { LEVEL_LABELS } from "../utils/labels";
import { scopeIncludes } from "../accounts/scope";
import { calendarDateIn } from "../utils/format";
import { epochToLocalInput, isCalendarDate, localInputToEpoch } from "../utils/time";
import { listAgencyOptions } from "../accounts/agency.server";
import { createRakor, updateRakor, type PersonInput, type RakorHead, type RakorInput } from "./rakor.server";
import { getRegion, listRegionsInScope } from "../task-forces/region.server";

/** How a region is shown in a text field and its suggestion list: "64.71 · Kota Balikpapan". */
export function regionLabel(code: string, name: string | null | undefined): string {
  return name ? `${code} · ${name}` : code;
}

/**
 * The region a user typed or picked: its code at the start ("64.71 · Kota Balikpapan", "64.71")
 * or its exact name ("Kota Balikpapan"). Undefined when nothing matches.
 */
export function resolveRegionInput(db: Db, value: string) {
  const text = value.trim();
  const code = /^(\d{2}(?:\.\d{2})?)(?:\s|·|$|-)/.exec(text)?.[1];
  if (code) return getRegion(db, code);
  return db
    .select()
    .from(regions)
    .where(sql`lower(${regions.name}) = ${text.toLowerCase()}`)
    .get();
}

/** A person's four fields posted as `${prefix}Name`, `${prefix}Rank`, `${prefix}Position`, `${prefix}Agency`. */
export function personFields(prefix: string) {
  return {
    [`${prefix}Name`]: fields.optionalText(200),
    [`${prefix}Rank`]: fields.optionalText(100),
    [`${prefix}Position`]: fields.optionalText(300),
    [`${prefix}Agency`]: fields.optionalText(300),
  };
}

export function readPerson(data: Record<string, unknown>, prefix: string): PersonInput {
  const get = (k: string) => (data[`${prefix}${k}`] as string | null | undefined) ?? null;
  return { name: get("Name"), rank: get("Rank"), position: get("Position"), agency: get("Agency") };
}

const enumField = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

export const RakorSchema = z.object({
  title: fields.requiredText("Judul rakor", 300),
  level: enumField(RAKOR_LEVELS, "Pilih tingkat rakor."),
  regionCode: fields.optionalText(200),
  organizer: fields.requiredText("Penyelenggara", 300),
  ...personFields("chair"),
  mode: enumField(RAKOR_MODES, "Pilih bentuk rakor: luring, daring atau hybrid."),
  status: enumField(RAKOR_STATUSES, "Pilih status rakor."),
  timeZone: enumField(TIME_ZONES, "Pilih zona waktu: WIB, WITA atau WIT."),
  startsAt: z.string({ error: "Waktu mulai wajib diisi." }).trim().min(1, "Waktu mulai wajib diisi."),
  endsAt: fields.optionalText(40),
  venue: fields.optionalText(300),
  onlinePlatform: fields.optionalText(100),
  onlineUrl: fields.optionalText(1000),
  notes: fields.optionalText(4000),
});

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A datetime-local value read in `zone`, with an Indonesian message when it cannot be. */
export function readLocalTime(value: string, zone: TimeZone | undefined, label: string): { ok: true; at: number } | { ok: false; error: string } {
  const at = localInputToEpoch(value.trim(), zone ?? "Asia/Jakarta");
  if (at === null) return { ok: false, error: `${label} tidak valid: isi tanggal dan jam, misalnya 04/06/2025 10.00.` };
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, error: `${label} harus antara tahun ${MIN_YEAR} dan ${MAX_YEAR}.` };
  return { ok: true, at };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function rawValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string") out[k] = v;
  return out;
}

export type RakorFormResult = { ok: true; input: RakorInput } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Every rule of the rakor form, all reported at once next to their fields: required fields,
 * venue for luring/hybrid, platform and link for daring/hybrid, end not before start, and a
 * region that agrees with the level and lies within the user's scope.
 */
export function validateRakorForm(db: Db, formData: FormData, user: Pick<SessionUser, "regionCode" | "regionName">): RakorFormResult {
  const values = rawValues(formData);
  const parsed = parseForm(RakorSchema, formData);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const v = (k: string) => (values[k] ?? "").trim();
  const level = (RAKOR_LEVELS as readonly string[]).includes(v("level")) ? (v("level") as RakorLevel) : undefined;
  const zone = (TIME_ZONES as readonly string[]).includes(v("timeZone")) ? (v("timeZone") as TimeZone) : undefined;
  const mode = v("mode");

  let startsAt: number | null = null;
  if (v("startsAt")) {
    const start = readLocalTime(v("startsAt"), zone, "Waktu mulai");
    if (start.ok) startsAt = start.at;
    else errors.startsAt ??= start.error;
  }
  let endsAt: number | null = null;
  if (v("endsAt")) {
    const end = readLocalTime(v("endsAt"), zone, "Waktu selesai");
    if (!end.ok) errors.endsAt ??= end.error;
    else if (startsAt !== null && end.at < startsAt) errors.endsAt ??= "Waktu selesai tidak boleh sebelum waktu mulai.";
    else endsAt = end.at;
  }

  if ((mode === "in_person" || mode === "hybrid") && !v("venue")) {
    errors.venue ??= "Tempat wajib diisi untuk rakor luring atau hybrid.";
  }
  if (mode === "virtual" || mode === "hybrid") {
    if (!v("onlinePlatform")) errors.onlinePlatform ??= "Platform daring wajib diisi untuk rakor daring atau hybrid (misalnya Zoom Meeting).";
    if (!v("onlineUrl")) errors.onlineUrl ??= "Tautan rapat daring wajib diisi untuk rakor daring atau hybrid.";
  }
  if (v("onlineUrl") && !isHttpUrl(v("onlineUrl"))) errors.onlineUrl ??= "Tautan harus alamat lengkap yang diawali http:// atau https://.";

  let regionCode: string | null = null;
  if (level === "nasional") {
    if (v("regionCode")) errors.regionCode ??= "Rakor nasional tidak memakai wilayah; kosongkan isian ini.";
    if (!scopeIncludes(user.regionCode, null)) {
      errors.level ??= `Anda hanya dapat mencatat rakor dalam cakupan ${user.regionName ?? user.regionCode}; pilih tingkat provinsi atau kabupaten/kota.`;
    }
  } else if (level) {
    const wanted = level === "provinsi" ? "provinsi" : "kabupaten/kota";
    if (!v("regionCode")) errors.regionCode ??= `Wilayah wajib diisi untuk rakor tingkat ${wanted}.`;
    else {
      const region = resolveRegionInput(db, v("regionCode"));
      if (!region) errors.regionCode ??= "Wilayah tidak ditemukan; pilih dari daftar.";
      else if (region.level !== level) errors.regionCode ??= `${region.name} bukan ${wanted}; rakor tingkat ${LEVEL_LABELS[level].toLowerCase()} memerlukan wilayah ${wanted}.`;
      else if (!scopeIncludes(user.regionCode, region.code)) errors.regionCode ??= `${region.name} di luar cakupan Anda (${user.regionName ?? "nasional"}).`;
      else regionCode = region.code;
    }
  }

  if (!parsed.ok || Object.keys(errors).length > 0 || startsAt === null) return { ok: false, errors, values };
  const d = parsed.data;
  return {
    ok: true,
    input: {
      title: d.title,
      level: d.level,
      regionCode,
      organizer: d.organizer,
      chair: readPerson(d, "chair"),
      mode: d.mode,
      status: d.status,
      startsAt,
      endsAt,
      timeZone: d.timeZone,
      venue: d.venue,
      onlinePlatform: d.onlinePlatform,
      onlineUrl: d.onlineUrl,
      notes: d.notes,
    },
  };
}

/** Validates and saves the posted form: a new rakor (id null) or changes to one. */
export function submitRakorForm(db: Db, formData: FormData, user: SessionUser, rakorId: number | null) {
  const result = validateRakorForm(db, formData, user);
  if (!result.ok) return result;
  if (rakorId === null) return { ok: true as const, id: createRakor(db, result.input, user.id) };
  updateRakor(db, rakorId, result.input, user.id);
  return { ok: true as const, id: rakorId };
}

/** Suggestion lists and defaults for the form. */
export function rakorFormOptions(db: Db, user: SessionUser) {
  const scopeRegion = user.regionCode ? db.select().from(regions).where(eq(regions.code, user.regionCode)).get() : undefined;
  return {
    regions: listRegionsInScope(db, user.regionCode).map((r) => ({ value: regionLabel(r.code, r.name), level: r.level })),
    agencies: listAgencyOptions(db).map((a) => a.name),
    nationalAllowed: user.regionCode === null,
    defaultTimeZone: (scopeRegion?.timeZone ?? "Asia/Jakarta") as TimeZone,
    defaultLevel: (user.regionCode === null ? "nasional" : user.regionCode.includes(".") ? "kabupaten_kota" : "provinsi") as RakorLevel,
    defaultRegion: scopeRegion ? regionLabel(scopeRegion.code, scopeRegion.name) : "",
  };
}

/** The form's values for an existing rakor. */
export function rakorFormValues(r: RakorHead): Record<string, string> {
  return {
    title: r.title,
    level: r.level,
    regionCode: r.regionCode ? regionLabel(r.regionCode, r.regionName) : "",
    organizer: r.organizerName,
    chairName: r.chairName ?? "",
    chairRank: r.chairRank ?? "",
    chairPosition: r.chairPosition ?? "",
    chairAgency: r.chairAgency ?? "",
    mode: r.mode,
    status: r.status,
    timeZone: r.timeZone,
    startsAt: epochToLocalInput(r.startsAt, r.timeZone),
    endsAt: r.endsAt ? epochToLocalInput(r.endsAt, r.timeZone) : "",
    venue: r.venue ?? "",
    onlinePlatform: r.onlinePlatform ?? "",
    onlineUrl: r.onlineUrl ?? "",
    notes: r.notes ?? "",
  };
}

// ---------------------------------------------------------------------------------------------
// Part editors: several small forms on one page, each posting an intent
// ---------------------------------------------------------------------------------------------

export function postedIntent(formData: FormData): string {
  return String(formData.get("intent") ?? "");
}

/** The id of the item a form acts on; 404 when it is not a positive integer. */
export function postedId(formData: FormData): number {
  return idParam(String(formData.get("id") ?? ""));
}

export function postedDirection(formData: FormData): "up" | "down" {
  return formData.get("direction") === "up" ? "up" : "down";
}

export function unknownIntent(): never {
  throw json({ message: "Permintaan tidak dikenal." }, { status: 400 });
}

export const SiteSchema = z.object({
  name: fields.requiredText("Nama lokasi", 300),
  agency: fields.optionalText(300),
  regionCode: fields.optionalText(200),
  ...personFields("chair"),
});

/** The site form: a name, optionally its agency, region and local chair. */
export function validateSiteForm(db: Db, formData: FormData) {
  const values = rawValues(formData);
  const parsed = parseForm(SiteSchema, formData);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  let regionCode: string | null = null;
  const regionText = (values.regionCode ?? "").trim();
  if (regionText) {
    const region = resolveRegionInput(db, regionText);
    if (!region) errors.regionCode ??= "Wilayah tidak ditemukan; pilih dari daftar atau kosongkan.";
    else regionCode = region.code;
  }
  if (!parsed.ok || Object.keys(errors).length) return { ok: false as const, errors, values };
  return { ok: true as const, input: { name: parsed.data.name, agency: parsed.data.agency, regionCode, chair: readPerson(parsed.data, "chair") } };
}

/** Suggestion lists for the part editors: agencies, and regions of the whole country (sites may be anywhere). */
export function partFormOptions(db: Db) {
  return {
    agencies: listAgencyOptions(db).map((a) => a.name),
    regions: listRegionsInScope(db, null).map((r) => regionLabel(r.code, r.name)),
  };
}

export const AgendaSchema = z.object({
  title: fields.requiredText("Judul agenda", 500),
  ...personFields("presenter"),
  date: fields.optionalText(20),
  time: fields.optionalText(10),
  notes: fields.optionalText(2000),
});

/** The agenda form: a title, optionally a presenter, a time (in the rakor's zone, on one of its days) and notes. */
export function validateAgendaForm(formData: FormData, rakor: Pick<RakorHead, "startsAt" | "endsAt" | "timeZone">) {
  const values = rawValues(formData);
  const parsed = parseForm(AgendaSchema, formData);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const firstDay = calendarDateIn(rakor.startsAt, rakor.timeZone);
  const lastDay = rakor.endsAt ? calendarDateIn(rakor.endsAt, rakor.timeZone) : firstDay;
  const time = (values.time ?? "").trim();
  const date = (values.date ?? "").trim() || firstDay;
  let startsAt: number | null = null;
  if (time) {
    if (!/^\d{2}:\d{2}$/.test(time)) errors.time ??= "Jam tidak valid; tulis misalnya 10:15.";
    else if (!isCalendarDate(date)) errors.date ??= "Tanggal tidak valid.";
    else if (date < firstDay || date > lastDay) errors.date ??= "Tanggal agenda harus dalam rentang hari rakor.";
    else {
      const at = localInputToEpoch(`${date}T${time}`, rakor.timeZone);
      if (at === null) errors.time ??= "Jam tidak valid; tulis misalnya 10:15.";
      else startsAt = at;
    }
  }
  if (!parsed.ok || Object.keys(errors).length) return { ok: false as const, errors, values };
  return { ok: true as const, input: { title: parsed.data.title, presenter: readPerson(parsed.data, "presenter"), startsAt, notes: parsed.data.notes } };
}

/** The form values of an existing agenda item. */
export function agendaFormValues(item: typeof agendaItems.$inferSelect, zone: TimeZone): Record<string, string> {
  return {
    title: item.title,
    presenterName: item.presenterName ?? "",
    presenterRank: item.presenterRank ?? "",
    presenterPosition: item.presenterPosition ?? "",
    presenterAgency: item.presenterAgency ?? "",
    date: item.startsAt !== null ? calendarDateIn(item.startsAt, zone) : "",
    time: item.startsAt !== null ? epochToLocalInput(item.startsAt, zone).slice(11) : "",
    notes: item.notes ?? "",
  };
}

export const MaterialSchema = z.object({
  title: fields.optionalText(300),
  kind: enumField(MATERIAL_KINDS, "Pilih jenis bahan."),
  url: fields.optionalText(1000),
});

/** The link form (and the edit form of a material): title and kind; a link must be a full http(s) address. */
export function validateMaterialForm(formData: FormData, needsUrl: boolean) {
  const values = rawValues(formData);
  const parsed = parseForm(MaterialSchema, formData);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  if (!(values.title ?? "").trim()) errors.title ??= "Judul bahan wajib diisi.";
  const url = (values.url ?? "").trim();
  if (needsUrl && !url) errors.url ??= "Tautan wajib diisi.";
  if (url && !isHttpUrl(url)) errors.url ??= "Tautan harus alamat lengkap yang diawali http:// atau https://.";
  if (!parsed.ok || Object.keys(errors).length) return { ok: false as const, errors, values };
  return { ok: true as const, input: { title: parsed.data.title!, kind: parsed.data.kind, url: parsed.data.url } };
}
