// The rakor form shared by "jadwalkan" and "ubah", and the small field readers the part editors
// share (a person, a region typed or picked from the list). Times are typed as wall-clock times in
// the meeting's own zone (WIB/WITA/WIT) and stored as UTC epoch milliseconds next to that zone.
import { json } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { agendaItems, MATERIAL_KINDS, rakor, RAKOR_LEVELS, RAKOR_MODES, RAKOR_STATUSES, regions, TIME_ZONES, type RakorLevel, type TimeZone } from "../../db/schema";
import type { SessionUser } from "../accounts/auth.server";
import { fields, parseForm, postedValues, type FieldErrors } from "../utils/forms";
import { readAgencyAnswers } from "../accounts/agency-choice.server";
import { AGENCY_QUESTIONS_VALUE } from "../accounts/agency-question";
import { idParam } from "../utils/http.server";
import { calendarDateIn, epochToLocalInput, formatDayDate, isCalendarDate, localInputToEpoch } from "../utils/period";
import { listAgencyOptions } from "../accounts/agency.server";
import { createRakor, findSameDayRakor, updateRakor, type PersonInput, type RakorHead, type RakorInput } from "./rakor.server";
import { getRegion, listRegionsInScope } from "../task-forces/region.server";
import { problemSentence, withRules } from "../utils/rules";
import { materialProblems, RAKOR_RULES, type RakorFacts } from "./rules";

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

/** The rakor form's fields as the messages of app/rakor/rules.ts name them. */
export const RAKOR_FIELD_LABELS = {
  level: "Tingkat",
  regionCode: "Wilayah",
  venue: "Tempat",
  onlinePlatform: "Platform daring",
  onlineUrl: "Tautan rapat daring",
  startsAt: "Waktu mulai",
  endsAt: "Waktu selesai",
} as const;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A datetime-local value ('2025-06-04T10:00') of a real day and hour in a sensible year; the schema reads it in the rakor's zone. */
function checkLocalTime(label: string) {
  return (value: string | null, ctx: z.RefinementCtx) => {
    if (!value) return;
    const year = Number(value.slice(0, 4));
    if (localInputToEpoch(value, "Asia/Jakarta") === null) ctx.addIssue({ code: "custom", message: `${label} tidak valid: isi tanggal dan jam, misalnya 04/06/2025 10.00.` });
    else if (year < MIN_YEAR || year > MAX_YEAR) ctx.addIssue({ code: "custom", message: `${label} harus antara tahun ${MIN_YEAR} dan ${MAX_YEAR}.` });
  };
}

const isZone = (zone: unknown): zone is TimeZone => (TIME_ZONES as readonly unknown[]).includes(zone);

/** A time of the form as an instant in the rakor's zone (NaN when the zone or the time is not readable). */
function instantIn(value: unknown, zone: unknown): number {
  return typeof value === "string" && isZone(zone) ? (localInputToEpoch(value, zone) ?? NaN) : NaN;
}

/**
 * The rakor form: its fields (the region typed or picked, read from the database), then every rule
 * of app/rakor/rules.ts inside the schema, within the user's scope; all reported at once, each next
 * to its field. The output is what createRakor and updateRakor take.
 */
export function rakorSchema(db: Db, user: Pick<SessionUser, "regionCode" | "regionName">) {
  const form = z.object({
    title: fields.requiredText("Judul rakor", 300),
    level: enumField(RAKOR_LEVELS, "Pilih tingkat rakor."),
    regionCode: regionInput(db, "Wilayah tidak ditemukan; pilih dari daftar."),
    organizer: fields.requiredText("Penyelenggara", 300),
    ...personFields("chair"),
    mode: enumField(RAKOR_MODES, "Pilih bentuk rakor: luring, daring atau hybrid."),
    status: enumField(RAKOR_STATUSES, "Pilih status rakor."),
    timeZone: enumField(TIME_ZONES, "Pilih zona waktu: WIB, WITA atau WIT."),
    startsAt: z.string({ error: "Waktu mulai wajib diisi." }).trim().min(1, "Waktu mulai wajib diisi.").superRefine(checkLocalTime("Waktu mulai")),
    endsAt: fields.optionalText(40).superRefine(checkLocalTime("Waktu selesai")),
    venue: fields.optionalText(300),
    onlinePlatform: fields.optionalText(100),
    onlineUrl: fields.optionalText(1000),
    notes: fields.optionalText(4000),
  });
  const facts = (d: z.output<typeof form>): RakorFacts => ({
    level: d.level,
    regionCode: d.regionCode,
    mode: d.mode,
    status: d.status,
    timeZone: d.timeZone,
    startsAt: instantIn(d.startsAt, d.timeZone),
    endsAt: d.endsAt === null ? null : instantIn(d.endsAt, d.timeZone),
    venue: d.venue,
    onlinePlatform: d.onlinePlatform,
    onlineUrl: d.onlineUrl,
  });
  const regionName = (code: string) => (code === user.regionCode ? user.regionName : getRegion(db, code)?.name) ?? undefined;
  return withRules(form, RAKOR_RULES, facts, { scope: user.regionCode, regionName }, RAKOR_FIELD_LABELS).transform(
    (d): RakorInput => ({ ...facts(d), title: d.title, organizer: d.organizer, chair: readPerson(d, "chair"), notes: d.notes }),
  );
}

export type RakorFormResult = { ok: true; input: RakorInput } | { ok: false; errors: FieldErrors; values: Record<string, string> };

export function validateRakorForm(db: Db, formData: FormData, user: Pick<SessionUser, "regionCode" | "regionName">, rakorId: number | null = null): RakorFormResult {
  const parsed = parseForm(rakorSchema(db, user), formData);
  if (!parsed.ok) return parsed;
  // An organizer or chair's agency resembling a registered one is asked about before anything is written.
  const stored = rakorId === null ? undefined : db.select({ organizer: rakor.organizerAgencyName, organizerId: rakor.organizerAgencyId, chair: rakor.chairAgency, chairId: rakor.chairAgencyId }).from(rakor).where(eq(rakor.id, rakorId)).get();
  const linked = stored ? [{ name: stored.organizer, agencyId: stored.organizerId }, { name: stored.chair, agencyId: stored.chairId }] : [];
  const answers = readAgencyAnswers(db, formData, { organizer: parsed.data.organizer, chairAgency: parsed.data.chair.agency }, linked);
  if (!answers.ok) return { ok: false, errors: answers.errors, values: { ...postedValues(formData), [AGENCY_QUESTIONS_VALUE]: JSON.stringify(answers.questions) } };
  return { ok: true, input: { ...parsed.data, agencyChoices: answers.choices } };
}

/** The form field a secretariat ticks to record a rakor although one like it is already recorded. */
export const CONFIRM_DUPLICATE = "konfirmasiDuplikat";

/** Whether a saved rakor keeps its title, scope and day (a twin confirmed earlier is not asked about again). */
function keepsItsDay(db: Db, rakorId: number | null, input: RakorInput): boolean {
  if (rakorId === null) return false;
  const before = db.select({ title: rakor.title, regionCode: rakor.regionCode, startsAt: rakor.startsAt, timeZone: rakor.timeZone }).from(rakor).where(eq(rakor.id, rakorId)).get();
  return (
    !!before &&
    before.title.trim().toLowerCase() === input.title.trim().toLowerCase() &&
    before.regionCode === input.regionCode &&
    calendarDateIn(before.startsAt, before.timeZone) === calendarDateIn(input.startsAt, input.timeZone)
  );
}

/**
 * Validates and saves the posted form: a new rakor (id null) or changes to one. A rakor with the
 * same scope, day and title as another one asks for confirmation first (it is usually the same
 * meeting typed twice); nothing is written until the box is ticked.
 */
export function submitRakorForm(db: Db, formData: FormData, user: SessionUser, rakorId: number | null) {
  const result = validateRakorForm(db, formData, user, rakorId);
  if (!result.ok) return result;
  const twin = formData.get(CONFIRM_DUPLICATE) === "1" || keepsItsDay(db, rakorId, result.input) ? undefined : findSameDayRakor(db, result.input, rakorId);
  if (twin) {
    const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    return {
      ok: false as const,
      values,
      errors: {
        [CONFIRM_DUPLICATE]: `Rakor “${twin.title}” pada ${formatDayDate(twin.startsAt, twin.timeZone)} sudah tercatat (/rakor/${twin.id}). Bila ini rakor yang lain, centang “Tetap simpan” lalu simpan lagi.`,
      } as FieldErrors,
    };
  }
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

/** A region typed or picked from the list, as its code; empty = none. */
function regionInput(db: Db, notFound: string) {
  return fields.optionalText(200).transform((v, ctx) => {
    if (!v) return null;
    const region = resolveRegionInput(db, v);
    if (region) return region.code;
    ctx.addIssue({ code: "custom", message: notFound });
    return z.NEVER;
  });
}

/** The site form: a name, optionally its agency, region and local chair. */
export function siteSchema(db: Db) {
  return z
    .object({
      name: fields.requiredText("Nama lokasi", 300),
      agency: fields.optionalText(300),
      regionCode: regionInput(db, "Wilayah tidak ditemukan; pilih dari daftar atau kosongkan."),
      ...personFields("chair"),
    })
    .transform((d) => ({ name: d.name, agency: d.agency, regionCode: d.regionCode, chair: readPerson(d, "chair") }));
}

/** Suggestion lists for the part editors: agencies, and regions of the whole country (sites may be anywhere). */
export function partFormOptions(db: Db) {
  return {
    agencies: listAgencyOptions(db).map((a) => a.name),
    regions: listRegionsInScope(db, null).map((r) => regionLabel(r.code, r.name)),
  };
}

type AgendaRakor = Pick<RakorHead, "startsAt" | "endsAt" | "timeZone">;

/** An agenda time: a day of the rakor (its first day when not given) and a time in its zone; none without a time. */
function readAgendaTime(date: string | null, time: string | null, rakor: AgendaRakor): { ok: true; at: number | null } | { ok: false; field: "date" | "time"; message: string } {
  if (!time) return { ok: true, at: null };
  const firstDay = calendarDateIn(rakor.startsAt, rakor.timeZone);
  const lastDay = rakor.endsAt ? calendarDateIn(rakor.endsAt, rakor.timeZone) : firstDay;
  const day = date || firstDay;
  if (!/^\d{2}:\d{2}$/.test(time)) return { ok: false, field: "time", message: "Jam tidak valid; tulis misalnya 10:15." };
  if (!isCalendarDate(day)) return { ok: false, field: "date", message: "Tanggal tidak valid." };
  if (day < firstDay || day > lastDay) return { ok: false, field: "date", message: "Tanggal agenda harus dalam rentang hari rakor." };
  const at = localInputToEpoch(`${day}T${time}`, rakor.timeZone);
  return at === null ? { ok: false, field: "time", message: "Jam tidak valid; tulis misalnya 10:15." } : { ok: true, at };
}

/** The agenda form: a title, optionally a presenter, a time (in the rakor's zone, on one of its days) and notes. */
export function agendaSchema(rakor: AgendaRakor) {
  return z
    .object({
      title: fields.requiredText("Judul agenda", 500),
      ...personFields("presenter"),
      date: fields.optionalText(20),
      time: fields.optionalText(10),
      notes: fields.optionalText(2000),
    })
    .superRefine((d, ctx) => {
      const time = readAgendaTime(d.date, d.time, rakor);
      if (!time.ok) ctx.addIssue({ code: "custom", path: [time.field], message: time.message });
    })
    .transform((d) => {
      const time = readAgendaTime(d.date, d.time, rakor);
      return { title: d.title, presenter: readPerson(d, "presenter"), startsAt: time.ok ? time.at : null, notes: d.notes };
    });
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

/** The upload form of a material: an optional title (the file's name otherwise) and its kind. */
export const MaterialSchema = z.object({
  title: fields.optionalText(300),
  kind: enumField(MATERIAL_KINDS, "Pilih jenis bahan."),
});

/** The link form (and the edit form of a material): title and kind; a link must be a full http(s) address. */
export function materialSchema(needsUrl: boolean) {
  return z
    .object({
      title: fields.requiredText("Judul bahan", 300),
      kind: enumField(MATERIAL_KINDS, "Pilih jenis bahan."),
      url: fields.optionalText(1000),
    })
    .superRefine((d, ctx) => {
      if (needsUrl && !d.url) ctx.addIssue({ code: "custom", path: ["url"], message: "Tautan wajib diisi." });
      for (const problem of materialProblems(d)) ctx.addIssue({ code: "custom", path: [problem.field], message: problemSentence(problem, { url: "Tautan" }) });
    });
}

const MAX_OUTCOME_TEXT = 4000;

/** An outcome; with "one per line" ticked, the text is several outcomes, list numbering ("1.", "a)", "-") dropped. */
export const OutcomeSchema = z
  .object({ text: fields.requiredText("Isi hasil rapat", MAX_OUTCOME_TEXT), perLine: fields.checkbox() })
  .transform((d) => ({
    text: d.text,
    texts: d.perLine
      ? d.text
          .split(/\r?\n/)
          .map((l) => l.replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-•*])\s*/i, "").trim())
          .filter(Boolean)
      : [d.text],
  }));
