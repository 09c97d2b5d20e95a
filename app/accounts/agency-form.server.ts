// The agency form shared by "new" and "edit".
import { z } from "zod";
import type { Db } from "../../db/client";
import { fields, parseForm, postedValues } from "../utils/forms";
import { scopeIncludes, type ScopeCode } from "./scope";
import { AgencyNameTakenError, saveAgency } from "./agency.server";
import { getRegion, listRegionsInScope } from "../task-forces/region.server";

const AgencyFields = z.object({
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

/** The agency form as the admin of `adminScope` fills it in: the region exists and lies within that scope. */
export function agencySchema(db: Db, adminScope: ScopeCode) {
  return AgencyFields.superRefine((input, ctx) => {
    if (input.regionCode && !getRegion(db, input.regionCode)) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "Wilayah tidak ditemukan." });
    else if (!scopeIncludes(adminScope, input.regionCode)) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "Wilayah di luar cakupan Anda." });
  });
}

/** A stored agency as the form shows it (as a browser would post it). */
export function agencyFormValues(agency: { name: string; shortName: string | null; aliases: string[]; regionCode: string | null; nationalMember: boolean; active: boolean }): Record<string, string> {
  return {
    name: agency.name,
    shortName: agency.shortName ?? "",
    aliases: agency.aliases.join("\n"),
    regionCode: agency.regionCode ?? "",
    nationalMember: agency.nationalMember ? "on" : "",
    active: agency.active ? "on" : "",
  };
}

export function agencyFormOptions(db: Db, adminScope: ScopeCode) {
  return {
    regions: listRegionsInScope(db, adminScope).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` })),
    nationalAllowed: adminScope === null,
  };
}

export type AgencyFormOptions = ReturnType<typeof agencyFormOptions>;

/** Validates and saves the posted form; returns the saved agency or the errors to show. */
export function submitAgencyForm(db: Db, formData: FormData, agencyId: number | null, admin: { id: number; regionCode: ScopeCode }) {
  const form = parseForm(agencySchema(db, admin.regionCode), formData);
  if (!form.ok) return form;
  try {
    return { ok: true as const, agency: saveAgency(db, agencyId, form.data, admin.id) };
  } catch (error) {
    if (error instanceof AgencyNameTakenError) {
      const message =
        error.field === "name"
          ? "Sudah ada instansi dengan nama ini (atau nama lain ini)."
          : `Nama lain "${error.taken}" sudah dipakai instansi lain.`;
      return { ok: false as const, errors: { [error.field]: message } as Record<string, string>, values: postedValues(formData) };
    }
    throw error;
  }
}
