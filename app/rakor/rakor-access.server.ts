// Who may see and change a rakor, by the policy's read-rakor and write-rakor (accounts/policy.ts):
// a rakor's scope is its region (null = national). Every /rakor/:id loader and action begins with
// one of these, which build on the one guard in accounts/auth.server.ts.
import { getDb } from "../db.server";
import { assertCan, requirePermission, type SessionUser } from "../accounts/auth.server";
import type { Action } from "../accounts/policy";
import { idParam, notFound } from "../utils/http.server";
import { getRakorHead, type RakorHead } from "./rakor.server";

async function requireRakor(request: Request, idValue: string | undefined, action: Action): Promise<{ user: SessionUser; rakor: RakorHead }> {
  const user = await requirePermission(request, action);
  const rakor = getRakorHead(getDb(), idParam(idValue)) ?? notFound("Rakor tidak ditemukan.");
  assertCan(user, request, action, rakor, `rakor ${rakor.id}`);
  return { user, rakor };
}

/** A user who may read this rakor, with the rakor's head row. */
export function requireRakorReader(request: Request, idValue: string | undefined) {
  return requireRakor(request, idValue, "read-rakor");
}

/** A user who may change this rakor, with the rakor's head row. */
export function requireRakorWriter(request: Request, idValue: string | undefined) {
  return requireRakor(request, idValue, "write-rakor");
}
