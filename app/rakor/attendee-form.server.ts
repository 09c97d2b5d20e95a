// The attendee forms: the row editor (every attendee a row, plus empty rows for new people) and
// the pasted list. Each is validated whole; one bad row stops the whole save. The row editor posts
// rows[<index>].<field> and its errors come back under the same keys.
import { z } from "zod";
import { ATTENDANCES, ATTENDEE_ROLES, type Attendance, type AttendeeRole } from "../../db/schema";
import { fields, parseForm, readForm, rowField, type FieldErrors } from "../utils/forms";
import type { AttendeeInput, AttendeeRowChange } from "./attendee.server";
import { parsePastedList, type LineError } from "./attendee-import.server";
import type { DbOrTx } from "../../db/client";
import { readAgencyAnswers } from "../accounts/agency-choice.server";
import { agencyKey } from "../accounts/agency-key";

export const ROW_FIELDS = ["rowId", "name", "rank", "jobTitle", "agency", "email", "site", "role", "attendance"] as const;
/** One row of the editor as shown and as posted; `remove` is ticked on a stored row to delete it. */
export type RowValues = Record<(typeof ROW_FIELDS)[number], string> & { remove?: boolean };

/** "" = the main venue; otherwise the id of one of the rakor's sites. */
export function readSite(value: string, siteIds: Set<number>): { ok: true; siteId: number | null } | { ok: false } {
  if (!value) return { ok: true, siteId: null };
  const id = Number(value);
  return Number.isInteger(id) && siteIds.has(id) ? { ok: true, siteId: id } : { ok: false };
}

function siteField(siteIds: Set<number>) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const site = readSite(v ?? "", siteIds);
      if (site.ok) return site.siteId;
      ctx.addIssue({ code: "custom", message: "Lokasi tidak dikenal." });
      return z.NEVER;
    });
}

const roleField = z.enum(ATTENDEE_ROLES, { error: "Pilih peran." });
const attendanceField = z.enum(ATTENDANCES, { error: "Pilih kehadiran." });

/** An address for invitations and minutes; empty = none. */
const optionalEmail = fields.optionalText(254).pipe(z.union([z.null(), z.email("Alamat surel tidak valid; tulis misalnya nama@instansi.go.id.").toLowerCase()]));

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** What a posted row asks for: nothing (left empty), removal of a stored row, or saving it. */
function rowKind(row: Record<string, unknown>): "blank" | "remove" | "save" {
  if (!text(row.rowId) && ["name", "rank", "jobTitle", "agency", "email"].every((f) => !text(row[f]))) return "blank";
  if (text(row.remove) && text(row.rowId)) return "remove";
  return "save";
}

/**
 * The row editor of a rakor with the sites `siteIds` and the attendees `existingIds`: empty rows
 * are skipped, a ticked row of a stored attendee is removed, every other row is saved.
 */
export function attendeeRowsSchema(siteIds: Set<number>, existingIds: Set<number>) {
  const rowId = z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null));
  const stillThere = (row: { rowId: number | null }, ctx: z.RefinementCtx) => {
    if (row.rowId !== null && !existingIds.has(row.rowId)) ctx.addIssue({ code: "custom", path: ["name"], message: "Baris ini tidak lagi ada; muat ulang halaman." });
  };
  const Row = z.preprocess(
    // A row posted without an address field keeps the stored address (`emailGiven`).
    (raw) => (raw && typeof raw === "object" ? { ...raw, kind: rowKind(raw as Record<string, unknown>), emailGiven: "email" in raw } : raw),
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("blank") }),
      z.object({ kind: z.literal("remove"), rowId }).superRefine(stillThere),
      z
        .object({
          kind: z.literal("save"),
          rowId,
          name: fields.requiredText("Nama", 200),
          rank: fields.optionalText(100),
          jobTitle: fields.optionalText(300),
          agency: fields.optionalText(300),
          email: optionalEmail,
          emailGiven: z.boolean(),
          site: siteField(siteIds),
          role: roleField,
          attendance: attendanceField,
        })
        .superRefine(stillThere),
    ]),
  );
  return z.object({ rows: z.array(Row).default([]) }).transform(({ rows }): AttendeeRowChange[] =>
    rows.flatMap((row): AttendeeRowChange[] => {
      if (row.kind === "blank") return [];
      if (row.kind === "remove") return [{ id: row.rowId, remove: true, input: emptyInput() }];
      const { kind: _kind, rowId: id, site, email, emailGiven, ...person } = row;
      return [{ id, remove: false, input: { ...person, siteId: site, ...(emailGiven ? { email } : {}) } }];
    }),
  );
}

/** The posted rows, as the editor shows them again after an error. */
export function readRows(formData: FormData): RowValues[] {
  const rows = readForm(formData).rows;
  if (!Array.isArray(rows)) return [];
  return rows.map((raw: Record<string, unknown>) => ({
    ...(Object.fromEntries(ROW_FIELDS.map((f) => [f, typeof raw[f] === "string" ? raw[f] : ""])) as Record<(typeof ROW_FIELDS)[number], string>),
    remove: Boolean(text(raw.remove)),
  }));
}

/** The agency typed in each saved row, keyed by its field (rows[<index>].agency), for the near-duplicate question. */
export function rowAgencyNames(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    readRows(formData).flatMap((row, i) => (row.agency.trim() && !(row.remove && row.rowId) ? [[rowField(i, "agency"), row.agency]] : [])),
  );
}

export type RowsResult = { ok: true; changes: AttendeeRowChange[] } | { ok: false; errors: FieldErrors; rows: RowValues[] };

/** Validates the row editor: errors are keyed rows[<index>].<field> so each shows in its cell. */
export function validateRows(formData: FormData, siteIds: Set<number>, existingIds: Set<number>): RowsResult {
  const form = parseForm(attendeeRowsSchema(siteIds, existingIds), formData);
  return form.ok ? { ok: true, changes: form.data } : { ok: false, errors: form.errors, rows: readRows(formData) };
}

function emptyInput(): AttendeeInput {
  return { name: "", rank: null, jobTitle: null, agency: null, siteId: null, role: "participant", attendance: "in_person" };
}

/** Place, role and attendance chosen next to a pasted list or a CSV import. */
export function batchDefaultsSchema(siteIds: Set<number>) {
  return z.object({
    site: siteField(siteIds),
    role: z.preprocess((v) => v || "participant", roleField),
    attendance: z.preprocess((v) => v || "in_person", attendanceField),
  });
}

/** The defaults chosen next to a pasted list or a CSV import, applied to every person without their own. */
export function readDefaults(formData: FormData, siteIds: Set<number>):
  | { ok: true; siteId: number | null; role: AttendeeRole; attendance: Attendance }
  | { ok: false; errors: FieldErrors } {
  const form = parseForm(batchDefaultsSchema(siteIds), formData);
  if (!form.ok) return { ok: false, errors: form.errors };
  return { ok: true, siteId: form.data.site, role: form.data.role, attendance: form.data.attendance };
}

export type PasteResult = { ok: true; inputs: AttendeeInput[] } | { ok: false; errors: Record<string, string>; lineErrors: LineError[] };

/** The pasted list with the defaults for place, role and attendance. */
export function validatePaste(formData: FormData, siteIds: Set<number>): PasteResult {
  const defaults = readDefaults(formData, siteIds);
  const parsed = parsePastedList(String(formData.get("list") ?? ""));
  if (!defaults.ok || !parsed.ok) {
    return { ok: false, errors: defaults.ok ? { list: "Daftar belum dapat disimpan; perbaiki baris berikut." } : defaults.errors, lineErrors: parsed.ok ? [] : parsed.errors };
  }
  return {
    ok: true,
    inputs: parsed.people.map((p) => ({ name: p.name, rank: p.rank, jobTitle: p.jobTitle, agency: p.agency, siteId: defaults.siteId, role: defaults.role, attendance: defaults.attendance })),
  };
}


/**
 * The near-duplicate question of a batch (a pasted list, a CSV or a Zoom report): one question per
 * distinct agency name (not per line) that matches no agency but resembles some, at the fields
 * instansi0, instansi1 … in the order the names first appear. `linked` are the names this rakor's
 * attendees already have, with their links: importing the same list again asks nothing.
 */
export function readBatchAgencyAnswers(db: DbOrTx, formData: FormData, names: (string | null)[], linked: { name: string | null; agencyId: number | null }[]) {
  const distinct = [...new Map(names.filter((n): n is string => Boolean(n?.trim())).map((n) => [agencyKey(n), n])).values()];
  return readAgencyAnswers(db, formData, Object.fromEntries(distinct.map((name, i) => [`instansi${i}`, name])), linked);
}

/** The summary above a batch's agency questions: nothing is written until they are answered. */
export const BATCH_QUESTIONS_MESSAGE = "Belum ada yang disimpan: beberapa instansi belum terdaftar tetapi mirip instansi yang ada. Pilih untuk masing-masing di bawah, lalu kirim lagi.";
