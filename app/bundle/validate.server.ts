// Validating a bundle: the JSON Schema (shared/contract/bundle.schema.json, copied next to this
// file) through Ajv's 2020-12 validator, then the domain rules the schema cannot say. Every
// error carries the JSON path of the offending value and an Indonesian reason, printed as
// `rakor[0].venue: wajib diisi untuk rakor luring atau hybrid`. Records are checked one at a
// time (the import streams them), so the schema is applied per record with its $defs.
// The rules the forms apply too (a rakor's venue, link and times, a status update's note and
// progress, a legal basis, a statistic's figures, scope, http(s) links) are theirs, from
// app/rakor/rules.ts, app/action-plan/rules.ts and app/task-forces/rules.ts:
// this module only says where in the bundle each broken rule is. What is left here is what only a
// bundle has (regions by code, sites named by attendees, refs, embedded files).
import { createHash } from "node:crypto";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Role, TimeZone } from "../../db/schema";
import { ACTION_STATUS_LABELS } from "../utils/labels";
import { scopeIncludes } from "../accounts/scope";
import { parseBundleInstant, todayIn } from "../utils/period";
import type { BundleAction, BundleCaseStatistic, BundleRakor, BundleTaskForce } from "./types";
import type { BundleSection } from "./read.server";
import schema from "./bundle.schema.json";
import { checkUpload, type UploadCheck } from "../utils/upload.server";
import { scopeProblems, type Problem, type ScopeContext } from "../utils/rules";
import { materialProblems, rakorProblems, type RakorFacts } from "../rakor/rules";
import { historyOrderProblems, progressProblems, statusUpdateProblems, verificationProblems } from "../action-plan/rules";
import { statisticProblems, taskForceProblems, type StatisticFacts, type TaskForceFacts } from "../task-forces/rules";
import { FIGURE_KEYS, type Figures } from "../task-forces/case-figures";
import { deriveHistory, historyGroups, historyKey } from "./canonical.server";
import { readSeriesRule } from "./series-rule";

export interface BundleError {
  /** JSON path of the value: `rakor[0].outcomes[1].actions[0].dueDate`; `(berkas)` for the file as a whole. */
  path: string;
  /** Why, in Indonesian. */
  message: string;
}

export const formatError = (e: BundleError) => `${e.path}: ${e.message}`;

// ---------------------------------------------------------------------------------------------
// JSON Schema
// ---------------------------------------------------------------------------------------------

let validators: { header: ValidateFunction; rakor: ValidateFunction; taskForces: ValidateFunction; caseStatistics: ValidateFunction } | null = null;

function schemaValidators() {
  if (validators) return validators;
  // allErrors: list every problem, not the first; verbose: the offending value, for enum messages.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  addFormats(ajv);
  const header = ajv.compile(schema);
  const def = (name: string) => ajv.getSchema(`${schema.$id}#/$defs/${name}`)!;
  validators = { header, rakor: def("rakor"), taskForces: def("taskForce"), caseStatistics: def("caseStatistic") };
  return validators;
}

/** `rakor[0].outcomes[1]`: a base path extended by keys and indices. */
export function joinPath(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    if (typeof s === "number" || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const TYPE_LABELS: Record<string, string> = {
  string: "teks",
  integer: "bilangan bulat",
  number: "angka",
  object: "objek",
  array: "daftar (array)",
  boolean: "nilai benar/salah",
  null: "null",
};

const REGION_PATTERN = schema.$defs.regionCode.pattern;

function describeSchemaError(e: ErrorObject, base: string): BundleError {
  const path = joinPath(base, ...pointerSegments(e.instancePath));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return { path: joinPath(path, String(p.missingProperty)), message: "wajib diisi" };
    case "additionalProperties":
      return { path: joinPath(path, String(p.additionalProperty)), message: "properti tidak dikenal dalam format bundel" };
    case "type":
      return { path, message: `harus berupa ${TYPE_LABELS[String(p.type)] ?? String(p.type)}` };
    case "enum":
      return { path, message: `nilai ${JSON.stringify(e.data)} tidak dikenal; pilihan: ${(p.allowedValues as unknown[]).join(", ")}` };
    case "const":
      return { path, message: `harus bernilai ${JSON.stringify(p.allowedValue)}` };
    case "format":
      if (p.format === "date") return { path, message: "harus tanggal yang valid dengan bentuk YYYY-MM-DD" };
      if (p.format === "date-time")
        return { path, message: "harus tanggal-waktu ISO 8601 lengkap dengan zona waktu, contoh 2025-06-04T10:15:00+08:00" };
      if (p.format === "uri") return { path, message: "harus alamat URL lengkap yang valid, contoh https://contoh.go.id/berkas" };
      return { path, message: `tidak sesuai format ${String(p.format)}` };
    case "anyOf":
      return { path, message: "harus tanggal-waktu ISO 8601 dengan zona waktu (2025-06-04T10:15:00+08:00) atau tanggal saja (2025-06-04)" };
    case "pattern":
      if (p.pattern === REGION_PATTERN) return { path, message: "bukan kode wilayah Kemendagri yang valid (contoh: 74 untuk provinsi, 74.01 untuk kabupaten/kota)" };
      return { path, message: `tidak sesuai pola ${String(p.pattern)}` };
    case "minLength":
      return { path, message: p.limit === 1 ? "tidak boleh kosong" : `paling sedikit ${String(p.limit)} karakter` };
    case "maxLength":
      return { path, message: `paling panjang ${String(p.limit)} karakter` };
    case "minimum":
      return { path, message: `tidak boleh kurang dari ${String(p.limit)}` };
    case "maximum":
      return { path, message: `tidak boleh lebih dari ${String(p.limit)}` };
    case "uniqueItems":
      return { path, message: `berisi nilai ganda (butir [${String(p.j)}] dan [${String(p.i)}])` };
    default:
      return { path, message: e.message ?? "tidak valid" };
  }
}

/** Ajv's errors as path + Indonesian reason; the branches of an anyOf collapse into one message. */
export function translateSchemaErrors(errors: ErrorObject[] | null | undefined, base: string): BundleError[] {
  if (!errors) return [];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === "anyOf" || !(anyOfPaths.has(e.instancePath) && e.schemaPath.includes("/anyOf/")))
    .map((e) => describeSchemaError(e, base));
}

/** Schema errors of one record of `section`, with paths under `section[index]`. */
export function schemaErrorsOfRecord(section: BundleSection, index: number, value: unknown): BundleError[] {
  const validate = schemaValidators()[section];
  if (validate(value)) return [];
  return translateSchemaErrors(validate.errors, `${section}[${index}]`);
}

/** Schema errors of the top level (format, version, exportedAt, source, unknown keys, section types). */
export function schemaErrorsOfHeader(header: Record<string, unknown>): BundleError[] {
  const validate = schemaValidators().header;
  if (validate(header)) return [];
  return translateSchemaErrors(validate.errors, "");
}

// ---------------------------------------------------------------------------------------------
// Domain rules
// ---------------------------------------------------------------------------------------------

export interface RuleContext extends ScopeContext {
  /** Every Kemendagri region known to the database, with its time zone. */
  regions: ReadonlyMap<string, TimeZone>;
  /** Sub-task-force slugs known to the database. */
  subsatgas: ReadonlySet<string>;
  /** The importer's role (null: the command line, national); the status rules ask who may cancel. */
  role: Role | null;
}

/** A material's file, decoded and checked by the upload rules, ready to be stored. */
export interface CheckedMaterialFile {
  index: number;
  bytes: Buffer;
  check: Extract<UploadCheck, { ok: true }>;
  sha256: string;
}

const blank = (s: string | undefined) => s !== undefined && s.trim() === "";
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The domain rules' problems at their paths under `path`: `fieldPath` maps a form field to the bundle's ("_form": the record itself). */
function atPaths(errors: BundleError[], path: string, problems: Problem[], fieldPath: (field: string) => string = (f) => f) {
  for (const p of problems) {
    const field = p.field === "_form" ? "" : fieldPath(p.field);
    errors.push({ path: field ? joinPath(path, field) : path, message: p.message });
  }
}

function checkRegion(errors: BundleError[], ctx: RuleContext, path: string, code: string | undefined) {
  if (code !== undefined && !ctx.regions.has(code)) errors.push({ path, message: `wilayah ${code} tidak ditemukan dalam daftar wilayah Kemendagri` });
}

/** The scope rule for a record with an optional region of its own (none: national, reported on the record). */
function checkInScope(errors: BundleError[], ctx: RuleContext, path: string, code: string | null) {
  atPaths(errors, path, scopeProblems(code === null ? "_form" : "regionCode", code, ctx));
}

function checkAgencyName(errors: BundleError[], path: string, name: string | undefined) {
  if (blank(name)) errors.push({ path, message: "nama instansi tidak boleh kosong" });
}

/** A bundle rakor as the rules of app/rakor/rules.ts read it (defaults applied, instants in its zone). */
export function rakorFacts(r: BundleRakor): RakorFacts {
  return {
    level: r.level,
    regionCode: r.regionCode ?? null,
    mode: r.mode,
    status: r.status ?? "held",
    timeZone: r.timeZone,
    startsAt: parseBundleInstant(r.startsAt, r.timeZone, "start"),
    endsAt: r.endsAt === undefined ? null : parseBundleInstant(r.endsAt, r.timeZone, "end"),
    venue: r.venue ?? null,
    onlinePlatform: r.online?.platform ?? null,
    onlineUrl: r.online?.url ?? null,
  };
}

/** Where a field of the rakor form is in a bundle rakor. */
function rakorPath(r: BundleRakor, field: string): string {
  if (field === "onlinePlatform") return r.online ? "online.platform" : "online";
  if (field === "onlineUrl") return "online.url";
  return field;
}

/** Domain rules of one rakor (its actions are checked one by one with checkActionRules). Returns the decoded material files too. */
export function checkRakorRules(r: BundleRakor, path: string, ctx: RuleContext): { errors: BundleError[]; files: CheckedMaterialFile[] } {
  const errors: BundleError[] = [];
  checkRegion(errors, ctx, joinPath(path, "regionCode"), r.regionCode);
  checkAgencyName(errors, joinPath(path, "organizer"), r.organizer);
  atPaths(errors, path, rakorProblems(rakorFacts(r), ctx), (field) => rakorPath(r, field));

  const siteNames = new Map<string, number>();
  (r.sites ?? []).forEach((s, i) => {
    const sp = joinPath(path, "sites", i);
    checkRegion(errors, ctx, joinPath(sp, "regionCode"), s.regionCode);
    checkAgencyName(errors, joinPath(sp, "agency"), s.agency);
    const first = siteNames.get(s.name);
    if (first !== undefined) errors.push({ path: joinPath(sp, "name"), message: `nama lokasi ganda: sama dengan ${joinPath(path, "sites", first)}` });
    else siteNames.set(s.name, i);
  });
  (r.attendees ?? []).forEach((a, i) => {
    const ap = joinPath(path, "attendees", i);
    checkAgencyName(errors, joinPath(ap, "agency"), a.agency);
    if (a.site !== undefined && !siteNames.has(a.site)) {
      errors.push({ path: joinPath(ap, "site"), message: `"${a.site}" bukan nama salah satu lokasi (sites) rakor ini` });
    }
  });

  if (r.series) {
    const rule = readSeriesRule(r.series.rule, r.timeZone);
    if (!rule.ok) errors.push({ path: joinPath(path, "series", "rule"), message: rule.message });
  }
  if (r.minutes) checkMinutes(errors, joinPath(path, "minutes"), r.minutes);

  const files: CheckedMaterialFile[] = [];
  (r.materials ?? []).forEach((m, i) => {
    const mp = joinPath(path, "materials", i);
    atPaths(errors, mp, materialProblems(m));
    if (m.contentBase64 === undefined) {
      if (m.fileName !== undefined || m.mediaType !== undefined) {
        errors.push({
          path: joinPath(mp, m.fileName !== undefined ? "fileName" : "mediaType"),
          message: "hanya dapat disimpan bersama isi berkasnya (contentBase64); untuk berkas di tempat lain cukup isi url",
        });
      }
      return;
    }
    const encoded = m.contentBase64.replace(/\s+/g, "");
    if (!BASE64_RE.test(encoded)) {
      errors.push({ path: joinPath(mp, "contentBase64"), message: "bukan base64 yang valid" });
      return;
    }
    if (m.fileName === undefined) {
      errors.push({ path: joinPath(mp, "fileName"), message: "wajib diisi bila contentBase64 diisi (nama berkas ikut menentukan jenisnya)" });
      return;
    }
    const bytes = Buffer.from(encoded, "base64");
    const check = checkUpload(m.fileName, bytes);
    if (!check.ok) {
      errors.push({ path: joinPath(mp, "contentBase64"), message: check.error });
      return;
    }
    if (m.mediaType !== undefined && m.mediaType !== check.mediaType) {
      errors.push({ path: joinPath(mp, "mediaType"), message: `tidak sesuai dengan isi berkas (${check.mediaType})` });
      return;
    }
    files.push({ index: i, bytes, check, sha256: createHash("sha256").update(bytes).digest("hex") });
  });

  return { errors, files };
}

/** Approved minutes say when and by whom; minutes not approved carry none of it. */
function checkMinutes(errors: BundleError[], path: string, m: NonNullable<BundleRakor["minutes"]>) {
  const approvalFields = ["approvedAt", "approvedBy", "verificationCode"] as const;
  if (m.status === "approved") {
    for (const field of ["approvedAt", "approvedBy"] as const) {
      if (m[field] === undefined || blank(m[field])) errors.push({ path: joinPath(path, field), message: "wajib diisi untuk notulen yang disetujui (status approved)" });
    }
    if (blank(m.verificationCode)) errors.push({ path: joinPath(path, "verificationCode"), message: "tidak boleh kosong; hilangkan bila notulen tidak memiliki kode verifikasi" });
    return;
  }
  for (const field of approvalFields) {
    if (m[field] !== undefined) errors.push({ path: joinPath(path, field), message: `hanya untuk notulen yang disetujui (status approved); status notulen ini ${m.status}` });
  }
}

/** The region an action belongs to: its own, else its rakor's (null = national). */
export const actionRegion = (a: BundleAction, rakorRegion: string | null) => a.regionCode ?? rakorRegion;

export function checkActionRules(a: BundleAction, path: string, ctx: RuleContext, rakorRegion: string | null): BundleError[] {
  const errors: BundleError[] = [];
  checkRegion(errors, ctx, joinPath(path, "regionCode"), a.regionCode);
  // An action without a region of its own takes its rakor's: when that is out of scope, the rakor's error says so.
  if (a.regionCode !== undefined || scopeIncludes(ctx.scope, rakorRegion)) checkInScope(errors, ctx, path, actionRegion(a, rakorRegion));
  if (!ctx.subsatgas.has(a.subsatgas)) errors.push({ path: joinPath(path, "subsatgas"), message: `Subsatgas "${a.subsatgas}" tidak dikenal` });
  checkAgencyName(errors, joinPath(path, "agency"), a.agency);
  // Duplicates among supporting agencies (aliases included) are found by the import, which resolves names.
  (a.supportingAgencies ?? []).forEach((name, i) => checkAgencyName(errors, joinPath(path, "supportingAgencies", i), name));

  // The status rules every writer shares, for each update as it will be stored (progress defaults
  // applied); an item without history carries only a status, whose progress must fit it.
  const updates = a.updates ?? [];
  const derived = deriveHistory(a);
  atPaths(errors, path, historyOrderProblems(derived.updates.map((u) => u.at)));
  // Each update is stored as one row, or (verified) as the completion and the row its verification
  // appended: no two rows of the history may share their instant and status.
  const seen = new Map<string, number>();
  historyGroups(derived).forEach((g, i) => {
    const up = joinPath(path, "updates", i);
    for (const row of g.result ? [g.completion, g.result] : [g.completion]) {
      const key = historyKey(row);
      if (seen.has(key) && seen.get(key) !== i) errors.push({ path: row === g.completion ? up : joinPath(up, "verification", "at"), message: `sama dengan updates[${seen.get(key)}] (waktu dan status yang sama)` });
      else seen.set(key, i);
    }
  });
  derived.updates.forEach((u, i) => {
    const up = joinPath(path, "updates", i);
    atPaths(errors, up, statusUpdateProblems(u, { evidenceCount: 0, role: ctx.role }));
    if (u.verification) checkVerification(errors, joinPath(up, "verification"), u, derived.updates[i + 1], i + 1);
  });
  if (updates.length === 0) atPaths(errors, path, progressProblems(derived));
  const last = updates.at(-1);
  const returned = last?.verification?.result === "returned" ? "; penyelesaian terakhir dikembalikan, jadi status sebelumnya yang berlaku" : "";
  if (last && a.status !== undefined && a.status !== derived.status) {
    errors.push({
      path: joinPath(path, "status"),
      message: `harus sama dengan status pembaruan terakhir (${derived.status}: ${ACTION_STATUS_LABELS[derived.status]})${returned}`,
    });
  }
  if (last && a.progress !== undefined && (last.progress !== undefined || returned) && a.progress !== derived.progress) {
    errors.push({ path: joinPath(path, "progress"), message: `harus sama dengan progres pembaruan terakhir (${derived.progress})${returned}` });
  }
  return errors;
}

/** A completion's verification: only on a done update, after it and before the next update; a return says why. */
function checkVerification(errors: BundleError[], path: string, u: ReturnType<typeof deriveHistory>["updates"][number], next: { at: number } | undefined, nextIndex: number) {
  const v = u.verification!;
  if (u.status !== "done") {
    errors.push({ path, message: "hanya untuk pembaruan berstatus done (penyelesaian yang diverifikasi)" });
    return;
  }
  if (v.at < u.at) errors.push({ path: joinPath(path, "at"), message: "tidak boleh sebelum waktu pembaruan yang diverifikasi" });
  else if (next && v.at > next.at) errors.push({ path: joinPath(path, "at"), message: `tidak boleh setelah pembaruan berikutnya (updates[${nextIndex}]); verifikasi memutuskan penyelesaian sebelum riwayat berlanjut` });
  atPaths(errors, path, verificationProblems({ result: v.result, note: v.note ?? null }), (field) => (field === "catatan" ? "note" : field));
}

/** A bundle task force as the rules of app/task-forces/rules.ts read it (a task force in a bundle is formed). */
export function taskForceFacts(t: BundleTaskForce): TaskForceFacts {
  const lb = t.legalBasis;
  return {
    formed: true,
    legalBasisKind: lb?.kind ?? null,
    legalBasisNumber: lb?.number ?? null,
    legalBasisDate: lb?.date ?? null,
    legalBasisTitle: lb?.title ?? null,
    subsatgas: t.subsatgasFormed ?? [],
  };
}

/** Where a field of the task-force form is in a bundle task force. */
const TASK_FORCE_PATHS: Record<string, string> = {
  legalBasisKind: "legalBasis.kind",
  legalBasisNumber: "legalBasis.number",
  legalBasisDate: "legalBasis.date",
  legalBasisTitle: "legalBasis.title",
  subsatgas: "subsatgasFormed",
};

export function checkTaskForceRules(t: BundleTaskForce, path: string, ctx: RuleContext): BundleError[] {
  const errors: BundleError[] = [];
  checkRegion(errors, ctx, joinPath(path, "regionCode"), t.regionCode);
  checkInScope(errors, ctx, path, t.regionCode);
  checkAgencyName(errors, joinPath(path, "secretariat"), t.secretariat);
  const zone = ctx.regions.get(t.regionCode) ?? "Asia/Jakarta";
  const problems = taskForceProblems(taskForceFacts(t), { subsatgasSlugs: ctx.subsatgas, today: todayIn(zone) });
  atPaths(errors, path, problems, (field) => TASK_FORCE_PATHS[field] ?? field);
  return errors;
}

/** A bundle entry as the rules of app/task-forces/rules.ts read it (a figure left out is 0). */
export function statisticFacts(s: BundleCaseStatistic): StatisticFacts {
  return { periodStart: s.periodStart, periodEnd: s.periodEnd, ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, s[k] ?? 0])) as Figures) };
}

export function checkCaseStatisticRules(s: BundleCaseStatistic, path: string, ctx: RuleContext): BundleError[] {
  const errors: BundleError[] = [];
  checkRegion(errors, ctx, joinPath(path, "regionCode"), s.regionCode);
  checkInScope(errors, ctx, path, s.regionCode ?? null);
  checkAgencyName(errors, joinPath(path, "agency"), s.agency);
  atPaths(errors, path, statisticProblems(statisticFacts(s)));
  return errors;
}
