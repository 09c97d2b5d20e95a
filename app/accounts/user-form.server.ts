// The user form shared by "new" and "edit": one schema each, every rule inside it.
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

type Relations = { role: string; agencyId: number | null; regionCode: string | null };

/** The rules that need the database: a liaison has an agency, agency and region exist, the region lies within the admin's scope. */
function checkRelations(db: Db, adminScope: ScopeCode) {
  return (input: Relations, ctx: z.RefinementCtx) => {
    if (input.agencyId && !getAgency(db, input.agencyId)) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Instansi tidak ditemukan." });
    else if (input.role === "penghubung" && !input.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Penghubung wajib memiliki instansi." });
    if (input.regionCode && !getRegion(db, input.regionCode)) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "Wilayah tidak ditemukan." });
    else if (!scopeIncludes(adminScope, input.regionCode)) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "Wilayah di luar cakupan Anda." });
  };
}

/** The "new user" form as the admin of `adminScope` fills it in. */
export function newUserSchema(db: Db, adminScope: ScopeCode) {
  return z.object({ ...base, email: fields.email(), password }).superRefine(checkRelations(db, adminScope));
}

/** The "edit user" form; `self` when admins edit their own account, which stays an active admin. */
export function editUserSchema(db: Db, adminScope: ScopeCode, self: boolean) {
  return z
    .object({
      ...base,
      active: fields.checkbox(),
      password: z
        .string()
        .optional()
        .transform((v) => (v ? v : undefined))
        .pipe(password.optional()),
    })
    .superRefine(checkRelations(db, adminScope))
    .superRefine((input, ctx) => {
      if (self && (!input.active || input.role !== "admin")) {
        ctx.addIssue({ code: "custom", path: [], message: "Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran administrator sendiri." });
      }
    });
}

/** A stored user as the edit form shows it (as a browser would post it). */
export function userFormValues(user: { email: string; name: string; role: string; agencyId: number | null; regionCode: string | null; active: boolean }): Record<string, string> {
  return { email: user.email, name: user.name, role: user.role, agencyId: user.agencyId ? String(user.agencyId) : "", regionCode: user.regionCode ?? "", active: user.active ? "on" : "" };
}

/** Choices for the agency and region pickers, limited to what the admin may assign. */
export function userFormOptions(db: Db, adminScope: ScopeCode) {
  return {
    agencies: listAgencyOptions(db).map((a) => ({ value: String(a.id), label: a.shortName ? `${a.name} (${a.shortName})` : a.name })),
    regions: listRegionsInScope(db, adminScope).map((r) => ({ value: r.code, label: `${r.code} · ${r.name}` })),
    nationalAllowed: adminScope === null,
  };
}

export type UserFormOptions = ReturnType<typeof userFormOptions>;
