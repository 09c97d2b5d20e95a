// Zod-validated forms: parse a FormData against a schema and get either the data or one
// Indonesian message per field, ready to show next to the field.
import { z } from "zod";

export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Empty strings are "not given": optional fields stay optional. */
function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return out;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.infer<S>> {
  const raw = formValues(formData);
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    errors[key] ??= issue.message;
  }
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) values[k] = Array.isArray(v) ? v.join(", ") : v;
  return { ok: false, errors, values };
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
