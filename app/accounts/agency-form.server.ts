// The agency form shared by "new" and "edit".
import { z } from "zod";
import type { Db } from "../../db/client";
import { fields, parseForm } from "../utils/forms";
import { scopeIncludes, type ScopeCode } from "./scope";
import { AgencyNameTakenError, saveAgency } from "./agency.server";
import { getRegion, listRegionsInScope } from "../task-forces/region.server";

export const AgencySchema = z.object({
  name: fields.requiredText("Nama resmi", 200),
  shortName: fields.optionalText(60),
  aliases: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  regionCode: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
  nationalMember: fields.checkbox(),
  active: fields.checkbox(),
});

export function agencyFormOptions(db: Db, adminScope: ScopeCode) {
  return {
    regions: listRegionsInScope(db, adminScope).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` })),
    nationalAllowed: adminScope === null,
  };
}

/** Validates and saves the posted form; returns the saved agency or the errors to show. */
export function submitAgencyForm(db: Db, formData: FormData, agencyId: number | null, admin: { id: number; regionCode: ScopeCode }) {
  const form = parseForm(AgencySchema, formData);
  if (!form.ok) return { ok: false as const, errors: form.errors, values: form.values };
  const values = { ...form.data, aliases: form.data.aliases.join("\n") };
  if (form.data.regionCode && !getRegion(db, form.data.regionCode)) {
    return { ok: false as const, errors: { regionCode: "Wilayah tidak ditemukan." }, values };
  }
  if (!scopeIncludes(admin.regionCode, form.data.regionCode)) {
    return { ok: false as const, errors: { regionCode: "Wilayah di luar cakupan Anda." }, values };
  }
  try {
    return { ok: true as const, agency: saveAgency(db, agencyId, form.data, admin.id) };
  } catch (error) {
    if (error instanceof AgencyNameTakenError) {
      const message =
        error.field === "name"
          ? "Sudah ada instansi dengan nama ini (atau nama lain ini)."
          : `Nama lain "${error.taken}" sudah dipakai instansi lain.`;
      return { ok: false as const, errors: { [error.field]: message }, values };
    }
    throw error;
  }
}
