// Kemendagri regions (reference data, loaded by migration).
import { and, asc, eq, gte, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { regions } from "../../db/schema";
import { isProvinceCode, type ScopeCode } from "../accounts/scope";

export function getRegion(db: Db, code: string) {
  return db.select().from(regions).where(eq(regions.code, code)).get();
}

export function listProvinces(db: Db) {
  return db.select().from(regions).where(eq(regions.level, "provinsi")).orderBy(asc(regions.code)).all();
}

/** Regions a user in `scope` may pick: all for national, a province and its regencies, or one regency. */
export function listRegionsInScope(db: Db, scope: ScopeCode) {
  const where =
    scope === null
      ? undefined
      : isProvinceCode(scope)
        ? or(eq(regions.code, scope), and(gte(regions.code, `${scope}.`), lt(regions.code, `${scope}/`)))
        : eq(regions.code, scope);
  return db.select().from(regions).where(where).orderBy(asc(regions.code)).all();
}
