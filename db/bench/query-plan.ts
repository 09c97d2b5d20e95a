// Reading EXPLAIN QUERY PLAN for the scale checks: which tables a statement reads in full, and
// whether a paged statement sorts every match to return one page.
import type Database from "better-sqlite3";
import type { CapturedQuery } from "./pages";

/** Tables that grow with use (per rakor, per action item, per write). Reference tables do not. */
export const GROWING_TABLES = [
  "rakor",
  "rakor_sites",
  "attendees",
  "agenda_items",
  "materials",
  "outcomes",
  "action_items",
  "action_supporting_agencies",
  "action_updates",
  "audit_log",
  "case_statistics",
] as const;

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export type FindingKind = "full-scan" | "paged-temp-sort";

export interface Finding {
  table: string;
  kind: FindingKind;
  /** The plan line, with aliases resolved to table names. */
  detail: string;
  sql: string;
}

const KEYWORDS = new Set(["on", "where", "left", "inner", "join", "cross", "group", "order", "limit", "using", "natural", "union", "select", "as", "set", "values"]);

/** alias -> table, from `FROM "t" "a"`, `JOIN t a`, `FROM t AS a`. */
export function aliasMap(sqlText: string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?(?:\s+(?:as\s+)?"?([a-z_][a-z0-9_]*)"?)?/gi;
  for (const m of sqlText.matchAll(re)) {
    const table = m[1].toLowerCase();
    map.set(table, table);
    const alias = m[2]?.toLowerCase();
    if (alias && !KEYWORDS.has(alias)) map.set(alias, table);
  }
  return map;
}

export function explain(client: Database.Database, q: CapturedQuery): PlanRow[] {
  return client.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as unknown[])) as PlanRow[];
}

const hasLimit = (sqlText: string) => /\blimit\s+(\?|\d+)/i.test(sqlText);

/**
 * What in a statement's plan reads a growing table in full:
 * - `SCAN t` (with or without an index): every row (or index entry) of t, unless the index walk
 *   itself gives the ORDER BY of a LIMITed statement (the walk stops after the page);
 * - `USE TEMP B-TREE FOR ORDER BY` in a LIMITed statement that reads a growing table: every
 *   matching row is sorted to return one page.
 * A temporary sort of a statement without LIMIT orders rows it returns anyway (bounded by its
 * output, e.g. one rakor's attendees) and is not a finding.
 */
export function planFindings(client: Database.Database, q: CapturedQuery): Finding[] {
  const rows = explain(client, q);
  const aliases = aliasMap(q.sql);
  const growing = new Set<string>(GROWING_TABLES);
  const limited = hasLimit(q.sql);
  const tempOrder = rows.some((r) => /USE TEMP B-TREE FOR (?:LAST \d+ TERMS? OF |RIGHT PART OF )?ORDER BY/.test(r.detail));
  const findings: Finding[] = [];
  const readsGrowing: string[] = [];
  for (const r of rows) {
    const m = /^(SCAN|SEARCH) (?:TABLE )?"?([A-Za-z_][A-Za-z0-9_-]*)"?(.*)$/.exec(r.detail);
    if (!m) continue;
    const table = aliases.get(m[2].toLowerCase()) ?? m[2].toLowerCase();
    if (!growing.has(table)) continue;
    readsGrowing.push(table);
    const detail = `${m[1]} ${table}${m[3]}`;
    if (m[1] !== "SCAN") continue;
    const orderedWalk = limited && !tempOrder && / USING (?:COVERING )?INDEX /.test(m[3]);
    if (!orderedWalk) findings.push({ table, kind: "full-scan", detail, sql: q.sql });
  }
  if (limited && tempOrder && readsGrowing.length) {
    findings.push({ table: readsGrowing[0], kind: "paged-temp-sort", detail: rows.find((r) => r.detail.includes("TEMP B-TREE"))!.detail, sql: q.sql });
  }
  return findings;
}
