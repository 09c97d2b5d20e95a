// Who may see and change a rakor. Everyone signed in reads the rakor within their scope (a rakor's
// scope is its region; null = national); secretariats and admins change them. Every rakor loader
// and action begins with one of these, which build on the one guard in utils/auth.server.ts.
import type { Role } from "../../db/schema";
import { getDb } from "../db.server";
import { assertScope, requireRole, type SessionUser } from "../accounts/auth.server";
import { idParam, notFound } from "../utils/http.server";
import { getRakorHead, type RakorHead } from "./rakor.server";

export const RAKOR_READERS: readonly Role[] = ["admin", "sekretariat", "pimpinan", "penghubung"];
export const RAKOR_WRITERS: readonly Role[] = ["admin", "sekretariat"];

export function canWriteRakor(user: Pick<SessionUser, "role">): boolean {
  return RAKOR_WRITERS.includes(user.role);
}

async function requireRakor(request: Request, idValue: string | undefined, roles: readonly Role[]): Promise<{ user: SessionUser; rakor: RakorHead }> {
  const user = await requireRole(request, roles);
  const rakor = getRakorHead(getDb(), idParam(idValue)) ?? notFound("Rakor tidak ditemukan.");
  assertScope(user, request, rakor.regionCode);
  return { user, rakor };
}

/** A user who may read this rakor (any role, within scope), with the rakor's head row. */
export function requireRakorReader(request: Request, idValue: string | undefined) {
  return requireRakor(request, idValue, RAKOR_READERS);
}

/** A secretariat or admin whose scope includes this rakor, with the rakor's head row. */
export function requireRakorWriter(request: Request, idValue: string | undefined) {
  return requireRakor(request, idValue, RAKOR_WRITERS);
}
