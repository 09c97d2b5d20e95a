// The forms of the action plan: the status update (with evidence files) and the item rows of
// "new" (several at once) and "edit". One set of rules for each, used by every route that posts them.
import { z } from "zod";
import type { Db } from "../../db/client";
import { subsatgas } from "../../db/schema";
import { eq, asc } from "drizzle-orm";
import { fields, parseForm, postedValues, rowField, type FieldErrors } from "../utils/forms";
import type { ScopeCode } from "../accounts/scope";
import { actionReferenceErrors, type ActionInput, type StatusUpdateInput } from "./action.server";
import { listAgencyOptions } from "../accounts/agency.server";
import { checkUpload, stageFile, type StagedFile, type UploadCheck } from "../utils/upload.server";
import { listRegionsInScope } from "../task-forces/region.server";
import { withRules } from "../utils/rules";
import { normalizeStatusUpdate, REPORTED_STATUSES, STATUS_UPDATE_RULES, type StatusUpdateContext } from "./rules";

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

/** The status form's fields, named as the rules name them. */
export const STATUS_FIELD_LABELS = { status: "Status", progress: "Progres", note: "Catatan" } as const;

const StatusFields = z.object({
  status: z.enum(REPORTED_STATUSES, { error: "Pilih status." }),
  progress: wholeNumber("Progres harus bilangan bulat 0 sampai 100."),
  note: fields.optionalText(4000),
  version: wholeNumber("Formulir tidak lengkap: muat ulang halaman."),
});

/**
 * The status form's schema: its fields, then every rule of a status update (app/action-plan/rules.ts)
 * inside it, on the update as it will be recorded (Selesai as 100 %).
 */
export function statusSchema(context: StatusUpdateContext) {
  return withRules(StatusFields, STATUS_UPDATE_RULES, (v) => normalizeStatusUpdate({ status: v.status, progress: v.progress, note: v.note }), context, STATUS_FIELD_LABELS);
}

export interface ParsedStatusForm {
  input: StatusUpdateInput;
  version: number;
  evidence: { file: File; check: Extract<UploadCheck, { ok: true }>; bytes: Buffer }[];
}

export type StatusFormResult = { ok: true; data: ParsedStatusForm } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads the status fields against the rules, for the writer's role and the item as it is now, and
 * checks each evidence file with the shared upload rules.
 */
export async function parseStatusForm(formData: FormData, context: Omit<StatusUpdateContext, "evidenceCount">): Promise<StatusFormResult> {
  const chosen = formData.getAll("evidence").filter((v): v is File => v instanceof File && v.size > 0);
  const parsed = parseForm(statusSchema({ ...context, evidenceCount: chosen.length }), formData);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
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
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors, values: postedValues(formData) };
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
// Item rows ("new" posts several rows: rows[0].title, rows[1].title, ...; "edit" posts row 0)
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

/** One item row: its fields, then what they refer to (Subsatgas, agencies, a region within scope) checked in the database, inside the schema. */
function rowSchema(db: Db, scope: ScopeCode) {
  return RowSchema.transform(
    (d): ActionInput => ({
      title: d.title,
      description: d.description,
      subsatgasSlug: d.subsatgas,
      leadAgencyId: d.leadAgency,
      supportingAgencyIds: d.supporting,
      regionCode: d.region && d.region !== "nasional" ? d.region : null,
      dueDate: d.dueDate,
    }),
  ).superRefine((input, ctx) => {
    for (const [field, message] of Object.entries(actionReferenceErrors(db, input, scope))) ctx.addIssue({ code: "custom", path: [field], message });
  });
}

export type RowValues = Record<(typeof ROW_FIELDS)[number], string | string[]>;

/** A row's field, rows[<index>].<field>: its posted name and its error key alike. */
export function rowKey(field: string, index: number): string {
  return rowField(index, field);
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
 * to, within the user's scope. Errors are keyed rows[<index>].<field>, for the field of that row.
 */
export function parseActionRows(db: Db, formData: FormData, rowCount: number, scope: ScopeCode): RowsResult {
  const count = Math.min(Math.max(rowCount, 1), MAX_ROWS);
  const rows = Array.from({ length: count }, (_, i) => rowValues(formData, i));
  const errors: FieldErrors = {};
  const inputs: ActionInput[] = [];
  const schema = rowSchema(db, scope);
  rows.forEach((values, i) => {
    if (count > 1 && rowIsBlank(values)) return;
    const parsed = schema.safeParse(values);
    if (parsed.success) inputs.push(parsed.data);
    else for (const issue of parsed.error.issues) errors[rowKey(String(issue.path[0]), i)] ??= issue.message;
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

/**
 * The choices of the filter bar's selects. Agencies and regions are typed, not chosen from a list
 * of thousands: see action-filter.server.ts and the suggestions of /aksi/saran.
 */
export function actionFilterOptions(db: Db) {
  return { subsatgas: subsatgasOptions(db) };
}
