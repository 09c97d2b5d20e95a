// Zod-validated forms, the one way every form of the app is read: parse a FormData against a
// schema (cross-field and database rules included, in superRefine) and get either the data or one
// Indonesian message per field, keyed by the field's name, ready to show next to the field.
//
// Row editors post and report every field as `rows[<index>].<field>` (rowField), so the schema is
// `z.object({ rows: z.array(Row) })` and an error in row 3's title comes back as `rows[3].title`,
// the name of the input it belongs to.
import { z } from "zod";
import { cleanText } from "./text";

export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The name (and error key) of one field of a row editor: rows[3].title. */
export function rowField(index: number, field: string): string {
  return `rows[${index}].${field}`;
}

/** Fields whose typed value is never sent back to the browser, whatever the outcome. */
const SECRET_FIELD = /password/i;

/** "rows[3].title" -> ["rows", 3, "title"]; a plain name is a path of one. */
function namePath(name: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const m of name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return path.length ? path : [name];
}

/**
 * An issue's path as the key of the field it belongs to: ["rows", 3, "title"] -> "rows[3].title".
 * Trailing indexes are dropped: a wrong value among a multi-select's choices is the select's error.
 */
export function fieldKey(path: readonly PropertyKey[]): string {
  const parts = [...path];
  while (parts.length > 1 && typeof parts[parts.length - 1] === "number") parts.pop();
  if (!parts.length) return "_form";
  return parts.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/**
 * What the schema reads: text fields by name (a name posted several times, or ending in "[]", as a
 * list), `a[0].b` names as nested objects and lists. Empty strings stay: optional fields treat them
 * as "not given". Characters XML cannot carry are removed (cleanText) before anything sees the text.
 */
export function readForm(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string").map(cleanText);
    const value = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
    const path = key.includes("[") ? namePath(key) : [key];
    let node: Record<string | number, unknown> = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else {
        if (typeof node[part] !== "object" || node[part] === null) node[part] = typeof path[i + 1] === "number" ? [] : {};
        node = node[part] as Record<string | number, unknown>;
      }
    });
  }
  // A row the browser skipped (a gap in the indexes) reads as an empty row.
  for (const v of Object.values(out)) if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] ??= {};
  return out;
}

/** The posted text by field name, to fill the form again after an error; secrets left out. */
export function postedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (SECRET_FIELD.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.join(", ");
  }
  return values;
}

/** Errors keyed by field (the first message of each), from a failed parse. */
export function issuesToErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[fieldKey(issue.path)] ??= issue.message;
  return errors;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.output<S>> {
  const result = schema.safeParse(readForm(formData));
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: issuesToErrors(result.error.issues), values: postedValues(formData) };
}

/** Common field shapes with Indonesian messages. */
export const fields = {
  requiredText: (label: string, max = 500) =>
    z
      .string({ error: `${label} wajib diisi.` })
      .trim()
      .min(1, `${label} wajib diisi.`)
      .max(max, `${label} paling panjang ${max} karakter.`),
  optionalText: (max = 2000) =>
    z
      .string()
      .trim()
      .max(max, `Paling panjang ${max} karakter.`)
      .optional()
      .transform((v) => (v ? v : null)),
  email: () =>
    z
      .string({ error: "Email wajib diisi." })
      .trim()
      .toLowerCase()
      .min(1, "Email wajib diisi.")
      .pipe(z.email("Alamat email tidak valid.")),
  optionalId: (label: string) =>
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0) {
          ctx.addIssue({ code: "custom", message: `${label} tidak valid.` });
          return z.NEVER;
        }
        return n;
      }),
  checkbox: () =>
    z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "1" || v === "true"),
};
