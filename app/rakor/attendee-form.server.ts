// The attendee forms: the row editor (every attendee a row, plus empty rows for new people) and
// the pasted list. Each is validated whole; one bad row stops the whole save.
import { z } from "zod";
import { ATTENDANCES, ATTENDEE_ROLES, type Attendance, type AttendeeRole } from "../../db/schema";
import { fields } from "../utils/forms";
import type { AttendeeInput, AttendeeRowChange } from "./attendee.server";
import { parsePastedList, type LineError } from "./attendee-import.server";

export const ROW_FIELDS = ["rowId", "name", "rank", "jobTitle", "agency", "site", "role", "attendance"] as const;
export type RowValues = Record<(typeof ROW_FIELDS)[number], string> & { remove: boolean };

const RowSchema = z.object({
  name: fields.requiredText("Nama", 200),
  rank: fields.optionalText(100),
  jobTitle: fields.optionalText(300),
  agency: fields.optionalText(300),
  role: z.enum(ATTENDEE_ROLES, { error: "Pilih peran." }),
  attendance: z.enum(ATTENDANCES, { error: "Pilih kehadiran." }),
});

/** "" = the main venue; otherwise the id of one of the rakor's sites. */
export function readSite(value: string, siteIds: Set<number>): { ok: true; siteId: number | null } | { ok: false } {
  if (!value) return { ok: true, siteId: null };
  const id = Number(value);
  return Number.isInteger(id) && siteIds.has(id) ? { ok: true, siteId: id } : { ok: false };
}

/** The posted rows, index by index (every row posts every field; "remove" posts the row's index when ticked). */
export function readRows(formData: FormData): RowValues[] {
  const columns = Object.fromEntries(ROW_FIELDS.map((f) => [f, formData.getAll(f).map(String)])) as Record<(typeof ROW_FIELDS)[number], string[]>;
  const removed = new Set(formData.getAll("remove").map(String));
  return columns.rowId.map((_, i) => ({
    ...(Object.fromEntries(ROW_FIELDS.map((f) => [f, columns[f][i] ?? ""])) as Record<(typeof ROW_FIELDS)[number], string>),
    remove: removed.has(String(i)),
  }));
}

function isBlank(row: RowValues): boolean {
  return !row.rowId && !row.name.trim() && !row.rank.trim() && !row.jobTitle.trim() && !row.agency.trim();
}

export type RowsResult = { ok: true; changes: AttendeeRowChange[] } | { ok: false; errors: Record<string, string>; rows: RowValues[] };

/** Validates the row editor: errors are keyed "<row index>.<field>" so each shows in its cell. */
export function validateRows(formData: FormData, siteIds: Set<number>, existingIds: Set<number>): RowsResult {
  const rows = readRows(formData);
  const errors: Record<string, string> = {};
  const changes: AttendeeRowChange[] = [];
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const id = row.rowId ? Number(row.rowId) : null;
    if (id !== null && !existingIds.has(id)) {
      errors[`${i}.name`] = "Baris ini tidak lagi ada; muat ulang halaman.";
      return;
    }
    if (row.remove) {
      if (id !== null) changes.push({ id, remove: true, input: emptyInput() });
      return;
    }
    const parsed = RowSchema.safeParse(row);
    if (!parsed.success) for (const issue of parsed.error.issues) errors[`${i}.${String(issue.path[0])}`] ??= issue.message;
    const site = readSite(row.site, siteIds);
    if (!site.ok) errors[`${i}.site`] = "Lokasi tidak dikenal.";
    if (parsed.success && site.ok) {
      changes.push({ id, remove: false, input: { ...parsed.data, siteId: site.siteId } });
    }
  });
  return Object.keys(errors).length ? { ok: false, errors, rows } : { ok: true, changes };
}

function emptyInput(): AttendeeInput {
  return { name: "", rank: null, jobTitle: null, agency: null, siteId: null, role: "participant", attendance: "in_person" };
}

export interface BatchDefaults {
  site: string;
  role: string;
  attendance: string;
}

/** The defaults chosen next to a pasted list or a CSV import, applied to every person without their own. */
export function readDefaults(formData: FormData, siteIds: Set<number>):
  | { ok: true; siteId: number | null; role: AttendeeRole; attendance: Attendance }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const site = readSite(String(formData.get("site") ?? ""), siteIds);
  if (!site.ok) errors.site = "Lokasi tidak dikenal.";
  const role = String(formData.get("role") ?? "participant");
  const attendance = String(formData.get("attendance") ?? "in_person");
  if (!(ATTENDEE_ROLES as readonly string[]).includes(role)) errors.role = "Pilih peran.";
  if (!(ATTENDANCES as readonly string[]).includes(attendance)) errors.attendance = "Pilih kehadiran.";
  if (!site.ok || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, siteId: site.siteId, role: role as AttendeeRole, attendance: attendance as Attendance };
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

