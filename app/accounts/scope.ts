// A user's scope is its task force: national (null), a province ('74') or a regency/city ('74.01').
// A scope sees itself and the regions below it, nothing beside or above it.
import { and, eq, gte, isNull, lt, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

export type ScopeCode = string | null;

export function isProvinceCode(code: string): boolean {
  return /^\d{2}$/.test(code);
}

/** Whether a record in `regionCode` (null = national) lies within `scope`. */
export function scopeIncludes(scope: ScopeCode, regionCode: string | null): boolean {
  if (scope === null) return true;
  if (regionCode === null) return false;
  if (regionCode === scope) return true;
  return isProvinceCode(scope) && regionCode.startsWith(`${scope}.`);
}

/**
 * The where-clause condition that keeps rows of `column` within `scope`. A province matches
 * '74' and '74.xx' as the index-friendly range ['74', '74/') because '/' sorts right after '.'.
 * Returns undefined for the national scope (everything).
 */
export function scopeCondition(column: SQLiteColumn, scope: ScopeCode): SQL | undefined {
  if (scope === null) return undefined;
  if (isProvinceCode(scope)) return and(gte(column, scope), lt(column, `${scope}/`));
  return eq(column, scope);
}

/** Rows that belong to exactly this scope's own task force (not those below it). */
export function ownScopeCondition(column: SQLiteColumn, scope: ScopeCode): SQL {
  return scope === null ? isNull(column) : eq(column, scope);
}

export function scopeKey(scope: ScopeCode): string {
  return scope ?? "nasional";
}

