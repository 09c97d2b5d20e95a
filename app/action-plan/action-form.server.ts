// The forms of the action plan: the status update (with evidence files) and the item rows of
// "new" (several at once) and "edit". One set of rules for each, used by every route that posts them.
import { z } from "zod";
import type { Db } from "../../db/client";
import { ACTION_STATUSES, subsatgas } from "../../db/schema";
import { eq, asc } from "drizzle-orm";
import { fields, type FieldErrors } from "../utils/forms";
import type { ScopeCode } from "../accounts/scope";
import { actionReferenceErrors, listActionAgencies, listActionRegions, type ActionInput, type StatusUpdateInput } from "./action.server";
import { listAgencyOptions } from "../accounts/agency.server";
import { checkUpload, stageFile, type StagedFile, type UploadCheck } from "../utils/upload.server";
import { listRegionsInScope } from "../task-forces/region.server";

/** Evidence files per status update. */
export const MAX_EVIDENCE_FILES = 5;

// ---------------------------------------------------------------------------------------------
// Status update
// ---------------------------------------------------------------------------------------------

const wholeNumber = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number);

const StatusSchema = z.object({
  status: z.enum(ACTION_STATUSES, { error: "Pilih status." }),
  progress: wholeNumber("Progres harus bilangan bulat 0 sampai 100.").refine((n) => n <= 100, "Progres harus bilangan bulat 0 sampai 100."),
  note: fields.optionalText(4000),
  version: wholeNumber("Formulir tidak lengkap: muat ulang halaman."),
});

export interface ParsedStatusForm {
  input: StatusUpdateInput;
  version: number;
  evidence: { file: File; check: Extract<UploadCheck, { ok: true }>; bytes: Buffer }[];
}

export type StatusFormResult = { ok: true; data: ParsedStatusForm } | { ok: false; errors: FieldErrors; values: Record<string, string> };

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string") values[k] = v;
  return values;
}

/** Reads the status fields and checks each evidence file with the shared upload rules. */
export async function parseStatusForm(formData: FormData): Promise<StatusFormResult> {
  const values = valuesOf(formData);
  const parsed = StatusSchema.safeParse({ status: values.status ?? "", progress: values.progress ?? "", note: values.note, version: values.version ?? "" });
  const errors: FieldErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_form")] ??= issue.message;
  const chosen = formData.getAll("evidence").filter((v): v is File => v instanceof File && v.size > 0);
  const evidence: ParsedStatusForm["evidence"] = [];
  if (chosen.length > MAX_EVIDENCE_FILES) errors.evidence = `Paling banyak ${MAX_EVIDENCE_FILES} berkas bukti per pembaruan.`;
  else {
    for (const file of chosen) {
      const bytes = Buffer.from(await file.arrayBuffer());
      const check = checkUpload(file.name, bytes);
      if (!check.ok) {
        errors.evidence = `${file.name}: ${check.error}`;
        break;
      }
      evidence.push({ file, check, bytes });
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, data: { input: { status: parsed.data.status, progress: parsed.data.progress, note: parsed.data.note }, version: parsed.data.version, evidence } };
}

/** Writes the checked evidence files under generated names; the caller records or discards them. */
export function stageEvidence(evidence: ParsedStatusForm["evidence"], uploadedBy: number): StagedFile[] {
  const staged: StagedFile[] = [];
  try {
    for (const e of evidence) staged.push(stageFile(e.check, e.bytes, uploadedBy));
  } catch (error) {
    for (const s of staged) s.discard();
    throw error;
  }
  return staged;
}

// ---------------------------------------------------------------------------------------------
// Item rows ("new" posts several rows: title_0, title_1, ...; "edit" posts row 0)
// ---------------------------------------------------------------------------------------------

export const MAX_ROWS = 20;
export const ROW_FIELDS = ["title", "description", "subsatgas", "leadAgency", "supporting", "region", "dueDate"] as const;

const RowSchema = z.object({
  title: fields.requiredText("Judul rencana aksi", 300),
  description: fields.optionalText(4000),
  subsatgas: z.string({ error: "Pilih Subsatgas." }).min(1, "Pilih Subsatgas."),
  leadAgency: wholeNumber("Pilih instansi pelaksana utama."),
  supporting: z.array(z.string().regex(/^\d{1,9}$/, "Instansi pendukung tidak valid.").transform(Number)),
  region: z.string().optional(),
  dueDate: z.string({ error: "Tenggat wajib diisi." }).trim().min(1, "Tenggat wajib diisi."),
});

export type RowValues = Record<(typeof ROW_FIELDS)[number], string | string[]>;

export function rowKey(field: string, index: number): string {
  return `${field}_${index}`;
}

/** The raw values of row `index` as posted. */
export function rowValues(formData: FormData, index: number): RowValues {
  const one = (f: string) => {
    const v = formData.get(rowKey(f, index));
    return typeof v === "string" ? v : "";
  };
  return {
    title: one("title"),
    description: one("description"),
    subsatgas: one("subsatgas"),
    leadAgency: one("leadAgency"),
    supporting: formData.getAll(rowKey("supporting", index)).filter((v): v is string => typeof v === "string" && v !== ""),
    region: one("region"),
    dueDate: one("dueDate"),
  };
}

function rowIsBlank(v: RowValues): boolean {
  return !String(v.title).trim() && !String(v.description).trim() && !v.leadAgency && !String(v.dueDate).trim();
}

export type RowsResult =
  | { ok: true; inputs: ActionInput[] }
  | { ok: false; errors: FieldErrors; rows: RowValues[] };

/**
 * Validates the posted rows (blank rows are skipped; at least one is needed) and what they refer
 * to, within the user's scope. Errors are keyed "field_index", for the field of that row.
 */
export function parseActionRows(db: Db, formData: FormData, rowCount: number, scope: ScopeCode): RowsResult {
  const count = Math.min(Math.max(rowCount, 1), MAX_ROWS);
  const rows = Array.from({ length: count }, (_, i) => rowValues(formData, i));
  const errors: FieldErrors = {};
  const inputs: ActionInput[] = [];
  rows.forEach((values, i) => {
    if (count > 1 && rowIsBlank(values)) return;
    const parsed = RowSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[rowKey(String(issue.path[0]), i)] ??= issue.message;
      return;
    }
    const region = parsed.data.region && parsed.data.region !== "nasional" ? parsed.data.region : null;
    const input: ActionInput = {
      title: parsed.data.title,
      description: parsed.data.description,
      subsatgasSlug: parsed.data.subsatgas,
      leadAgencyId: parsed.data.leadAgency,
      supportingAgencyIds: parsed.data.supporting,
      regionCode: region,
      dueDate: parsed.data.dueDate,
    };
    const refErrors = actionReferenceErrors(db, input, scope);
    for (const [field, message] of Object.entries(refErrors)) errors[rowKey(field, i)] = message;
    if (Object.keys(refErrors).length === 0) inputs.push(input);
  });
  if (Object.keys(errors).length === 0 && inputs.length === 0) errors._form = "Isi paling sedikit satu rencana aksi.";
  if (Object.keys(errors).length > 0) return { ok: false, errors, rows };
  return { ok: true, inputs };
}

/** The choices of the item form, limited to the user's scope. */
export function subsatgasOptions(db: Db) {
  return db.select({ value: subsatgas.slug, label: subsatgas.name }).from(subsatgas).where(eq(subsatgas.active, true)).orderBy(asc(subsatgas.position)).all();
}

export function actionFormOptions(db: Db, scope: ScopeCode) {
  return {
    subsatgas: subsatgasOptions(db),
    agencies: listAgencyOptions(db).map((a) => ({ value: String(a.id), label: a.shortName ? `${a.name} (${a.shortName})` : a.name })),
    regions: [
      ...(scope === null ? [{ value: "nasional", label: "Nasional" }] : []),
      ...listRegionsInScope(db, scope).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` })),
    ],
  };
}

export type ActionFormOptions = ReturnType<typeof actionFormOptions>;

/** The choices of the filter bar: what exists within the user's scope. */
export function actionFilterOptions(db: Db, scope: ScopeCode) {
  return {
    subsatgas: subsatgasOptions(db),
    agencies: listActionAgencies(db, scope).map((a) => ({ value: String(a.id), label: a.shortName ? `${a.name} (${a.shortName})` : a.name })),
    regions: listActionRegions(db, scope).map((r) => ({ value: r.code ?? "nasional", label: r.code ? `${r.code} · ${r.name}` : "Nasional" })),
  };
}
