// The user form shared by "new" and "edit": one schema, one set of rules.
import { z } from "zod";
import { ROLES } from "../../db/schema";
import type { Db } from "../../db/client";
import { fields } from "../utils/forms";
import { scopeIncludes, type ScopeCode } from "./scope";
import { getAgency, listAgencyOptions } from "./agency.server";
import { getRegion, listRegionsInScope } from "../task-forces/region.server";
import { MIN_PASSWORD_LENGTH } from "./user.server";

const password = z.string().min(MIN_PASSWORD_LENGTH, `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter.`).max(200);

const base = {
  name: fields.requiredText("Nama", 200),
  role: z.enum(ROLES, { error: "Pilih peran." }),
  agencyId: fields.optionalId("Instansi"),
  regionCode: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
};

export const NewUserSchema = z.object({ ...base, email: fields.email(), password });
export const EditUserSchema = z.object({
  ...base,
  active: fields.checkbox(),
  password: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(password.optional()),
});

/** Cross-field rules that need the database: liaison agency, known agency and region, admin's scope. */
export function checkUserRelations(
  db: Db,
  input: { role: string; agencyId: number | null; regionCode: string | null },
  adminScope: ScopeCode,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.role === "penghubung" && !input.agencyId) errors.agencyId = "Penghubung wajib memiliki instansi.";
  if (input.agencyId && !getAgency(db, input.agencyId)) errors.agencyId = "Instansi tidak ditemukan.";
  if (input.regionCode && !getRegion(db, input.regionCode)) errors.regionCode = "Wilayah tidak ditemukan.";
  else if (!scopeIncludes(adminScope, input.regionCode)) errors.regionCode = "Wilayah di luar cakupan Anda.";
  return errors;
}

/** Choices for the agency and region pickers, limited to what the admin may assign. */
export function userFormOptions(db: Db, adminScope: ScopeCode) {
  return {
    agencies: listAgencyOptions(db).map((a) => ({ value: String(a.id), label: a.shortName ? `${a.name} (${a.shortName})` : a.name })),
    regions: listRegionsInScope(db, adminScope).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` })),
    nationalAllowed: adminScope === null,
  };
}
