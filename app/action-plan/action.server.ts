// Action items (rencana aksi): read verbs with the user's scope (and, for liaisons, the agency) in
// the where clause, and the write verbs. Every write runs in one transaction with its audit row.
// Status history is append-only: a status change inserts into action_updates (triggers refuse
// UPDATE and DELETE there) and updates the denormalised status/progress of action_items in the
// same transaction, guarded by action_items.version (optimistic concurrency).
import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias, unionAll, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db, DbOrTx, Tx } from "../../db/client";
import {
  ACTION_STATUSES,
  actionItems,
  actionSupportingAgencies,
  actionUpdateFiles,
  actionUpdates,
  actionVerifications,
  agencies,
  agendaItems,
  files,
  outcomes,
  rakor,
  regions,
  subsatgas,
  users,
  type ActionStatus,
  type Role,
} from "../../db/schema";
import { isFiltered, type ActionFilter } from "./action-filter";
import { itemCount, overdueCount } from "./figures.server";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { formatCalendarDate, isCalendarDate, yearPeriod } from "../utils/period";
import { ACTION_STATUS_LABELS } from "../utils/labels";
import { recordAudit } from "../accounts/audit.server";
import { recordFile, type StagedFile } from "../utils/upload.server";
import { prepared } from "../utils/prepared.server";
import { assertNoProblems, problemSentence, scopeProblems } from "../utils/rules";
import { normalizeStatusUpdate, statusUpdateProblems } from "./rules";
import { CLOSED_STATUSES, isClosed, openCondition, overdueCondition } from "./overdue.server";
import { can } from "../accounts/policy";
import { insertVerification, notifyVerificationRequested, notifyVerificationResult } from "./verification-steps.server";

/** The lead agency, aliased: queries that use actionFilterCondition join it under this name. */
export const leadAgency = alias(agencies, "lead_agency");

/**
 * Lead or supporting agency. Written as an id list from the two agency indexes (not "lead = ? OR
 * EXISTS (...)", which SQLite can only answer by scanning every item: 200,000 at national scale).
 */
export function involvesAgency(agencyId: number): SQL {
  return sql`${actionItems.id} IN (SELECT li.id FROM ${actionItems} li WHERE li.lead_agency_id = ${agencyId}
    UNION ALL SELECT sa.action_id FROM ${actionSupportingAgencies} sa WHERE sa.agency_id = ${agencyId})`;
}

const supportingNames = sql<string | null>`(SELECT group_concat(coalesce(s.agency_name, sa.name), ', ') FROM ${actionSupportingAgencies} s JOIN ${agencies} sa ON sa.id = s.agency_id WHERE s.action_id = ${actionItems.id})`;

function listColumns(now: number) {
  return {
    id: actionItems.id,
    title: actionItems.title,
    subsatgasSlug: actionItems.subsatgasSlug,
    subsatgasName: subsatgas.name,
    leadAgencyId: actionItems.leadAgencyId,
    /** As written (in the minutes, the bundle, or the agency's name when picked in the app). */
    leadAgencyName: sql<string>`coalesce(${actionItems.leadAgencyName}, ${leadAgency.name})`,
    leadAgencyCanonicalName: leadAgency.name,
    regionCode: actionItems.regionCode,
    regionName: regions.name,
    timeZone: regions.timeZone,
    dueDate: actionItems.dueDate,
    status: actionItems.status,
    progress: actionItems.progress,
    version: actionItems.version,
    overdue: sql<number>`${overdueCondition(now)}`.mapWith(Boolean),
    outcomeId: actionItems.outcomeId,
    rakorId: outcomes.rakorId,
    updatedAt: actionItems.updatedAt,
    supportingNames,
  };
}

function baseList(db: DbOrTx, now: number) {
  return db
    .select(listColumns(now))
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId));
}

export type ActionListRow = ReturnType<ReturnType<typeof baseList>["all"]>[number];

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every word must appear in the title, description, outcome text or the name of an agency involved. */
function textSearch(q: string): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const p = `%${escapeLike(word)}%`;
      return sql`(${actionItems.title} LIKE ${p} ESCAPE '\\' OR coalesce(${actionItems.description}, '') LIKE ${p} ESCAPE '\\'
        OR coalesce(${outcomes.text}, '') LIKE ${p} ESCAPE '\\' OR ${leadAgency.name} LIKE ${p} ESCAPE '\\'
        OR coalesce(${leadAgency.shortName}, '') LIKE ${p} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM ${actionSupportingAgencies} s JOIN ${agencies} sa ON sa.id = s.agency_id
                   WHERE s.action_id = ${actionItems.id} AND (sa.name LIKE ${p} ESCAPE '\\' OR coalesce(sa.short_name, '') LIKE ${p} ESCAPE '\\')))`;
    }),
  );
}

/**
 * The where clause of a filtered list within `scope`: scope first, always. The query must join
 * subsatgas, leadAgency, regions (left) and outcomes (left), as searchActions does.
 */
export function actionFilterCondition(scope: ScopeCode, filter: ActionFilter, now = Date.now()): SQL | undefined {
  const conditions: (SQL | undefined)[] = [scopeCondition(actionItems.regionCode, scope)];
  if (filter.q) conditions.push(textSearch(filter.q));
  if (filter.subsatgas) conditions.push(eq(actionItems.subsatgasSlug, filter.subsatgas));
  if (filter.agencyId) conditions.push(filter.leadOnly ? eq(actionItems.leadAgencyId, filter.agencyId) : involvesAgency(filter.agencyId));
  if (filter.region) conditions.push(filter.region === "nasional" ? isNull(actionItems.regionCode) : eq(actionItems.regionCode, filter.region));
  if (filter.status) conditions.push(eq(actionItems.status, filter.status));
  if (filter.overdue) conditions.push(overdueCondition(now));
  if (filter.rakorId) conditions.push(eq(outcomes.rakorId, filter.rakorId));
  if (filter.year) conditions.push(sql`${actionItems.dueDate} BETWEEN ${`${filter.year}-01-01`} AND ${`${filter.year}-12-31`}`);
  return and(...conditions);
}

/**
 * Items matching a filter, joined only to what its where clause (and, when `forOrder`, the list
 * order) reads: lead agency and outcome for a text search or a rakor, regions for "terlambat".
 * The inner joins left out are guaranteed by foreign keys, so they change no count.
 */
function filteredItems<S extends Record<string, unknown>>(db: DbOrTx, columns: S, filter: ActionFilter, forOrder: boolean) {
  let q = db.select(columns as never).from(actionItems).$dynamic();
  if (forOrder) q = q.innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug));
  if (filter.q) q = q.innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId));
  if (forOrder || filter.overdue) q = q.leftJoin(regions, eq(regions.code, actionItems.regionCode));
  if (filter.q || filter.rakorId) q = q.leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId));
  return q;
}

/** The statuses of the two parts of the default list order: open items first, then closed ones. */
const OPEN_STATUSES = ACTION_STATUSES.filter((s) => !isClosed(s));

/**
 * Ties on the due date are broken in the order of the index a list walks: the Subsatgas index
 * has the region between the due date and the row id.
 */
function dueOrder(filter: ActionFilter, direction: "asc" | "desc"): SQL[] {
  const by = direction === "asc" ? asc : desc;
  return filter.subsatgas ? [by(actionItems.dueDate), by(actionItems.regionCode), by(actionItems.id)] : [by(actionItems.dueDate), by(actionItems.id)];
}

/**
 * The order of a list's CSV export, and of a page sorted by ?urut=subsatgas or diperbarui. The
 * default: open items first, by due date, the longest overdue at the top (an item due earlier is
 * overdue whenever a later one is, whatever their zones), then selesai and dibatalkan items, the
 * latest due date first; pages read it part by part from the indexes (pageIds).
 */
function sortOrder(filter: ActionFilter, now: number): SQL[] {
  const closed = sql`${actionItems.status} IN ('done', 'cancelled')`;
  switch (filter.sort) {
    case "tenggat":
      return dueOrder(filter, "asc");
    case "diperbarui":
      return [desc(sql`coalesce(${actionItems.updatedAt}, ${actionItems.createdAt})`), desc(actionItems.id)];
    case "subsatgas":
      return [asc(subsatgas.position), desc(overdueCondition(now)), asc(actionItems.dueDate), asc(actionItems.id)];
    default:
      return [asc(closed), asc(sql`CASE WHEN ${closed} THEN NULL ELSE ${actionItems.dueDate} END`), desc(actionItems.dueDate), asc(actionItems.id)];
  }
}

/**
 * Which index lists `filter` in due-date order for every status, so a page is read by walking it
 * and stopping after the page (no sort of every match): the national scope with no condition, a
 * Subsatgas, or a lead agency (each with status, year and "terlambat" allowed). Other filters
 * (text, region, rakor, any agency role, a regional scope) sort their matches, which they narrow.
 */
function walksIndex(scope: ScopeCode, filter: ActionFilter): boolean {
  if (scope !== null || filter.q || filter.region || filter.rakorId) return false;
  return !filter.agencyId || (filter.leadOnly === true && !filter.subsatgas);
}

/** The statuses among `statuses` that `filter` can match ("terlambat" items are open). */
function statusesOf(filter: ActionFilter, statuses: readonly ActionStatus[]): ActionStatus[] {
  return statuses.filter((s) => (!filter.status || s === filter.status) && !(filter.overdue && isClosed(s)));
}

/**
 * Status in `statuses`. Where the list walks no index, "+status" keeps the status list from
 * picking the (status, due date) index over the filter's own (regions, agencies, outcomes):
 * SQLite would otherwise walk that index across every scope.
 */
function statusIn(scope: ScopeCode, filter: ActionFilter, statuses: readonly ActionStatus[]): SQL {
  return walksIndex(scope, filter) ? inArray(actionItems.status, [...statuses]) : inArray(sql`+${actionItems.status}`, [...statuses]);
}

/**
 * The ids of one page of the items of `statuses` that match `where`, by due date. Walked where
 * the filter allows: one index range per status (status = ?, due dates in order), merged by SQLite
 * (MERGE (UNION ALL)), reading only as far as the page.
 */
function idsByDue(db: Db, scope: ScopeCode, filter: ActionFilter, where: SQL | undefined, statuses: readonly ActionStatus[], direction: "asc" | "desc", page: { limit: number; offset: number }): number[] {
  if (statuses.length === 0 || page.limit <= 0) return [];
  const order = dueOrder(filter, direction);
  if (!walksIndex(scope, filter)) {
    return (filteredItems(db, { id: actionItems.id }, filter, false)
      .where(and(where, statusIn(scope, filter, statuses)))
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset)
      .all() as { id: number }[]).map((r) => r.id);
  }
  // Each arm selects the columns it is ordered by (the index covers them).
  const columns = { id: actionItems.id, dueDate: actionItems.dueDate, ...(filter.subsatgas ? { regionCode: actionItems.regionCode } : {}) };
  const arm = (status: ActionStatus) =>
    db
      .select(columns)
      .from(actionItems)
      .where(and(where, eq(actionItems.status, status)))
      .$dynamic();
  const [first, second, ...rest] = statuses.map(arm);
  const query = second ? unionAll(first, second, ...rest).$dynamic() : first;
  return query.orderBy(...order).limit(page.limit).offset(page.offset).all().map((r) => r.id);
}

/** A list of "terlambat" items narrowed by nothing but a Subsatgas or a due year: the figures count it. */
function onlyOverdue(filter: ActionFilter): boolean {
  return filter.overdue === true && !filter.q && !filter.agencyId && !filter.region && !filter.status && !filter.rakorId;
}

function countMatching(db: Db, filter: ActionFilter, where: SQL | undefined): number {
  return (filteredItems(db, { n: count() }, filter, false).where(where).get() as { n: number } | undefined)?.n ?? 0;
}

/** The ids of one page in the order `filter` asks for (the default order: see sortOrder). */
function pageIds(db: Db, scope: ScopeCode, filter: ActionFilter, where: SQL | undefined, page: { limit: number; offset: number }, now: number): number[] {
  if (filter.sort === "tenggat") return idsByDue(db, scope, filter, where, statusesOf(filter, ACTION_STATUSES), "asc", page);
  if (filter.sort) {
    return (filteredItems(db, { id: actionItems.id }, filter, true)
      .where(where)
      .orderBy(...sortOrder(filter, now))
      .limit(page.limit)
      .offset(page.offset)
      .all() as { id: number }[]).map((r) => r.id);
  }
  const openStatuses = statusesOf(filter, OPEN_STATUSES);
  const closedStatuses = statusesOf(filter, CLOSED_STATUSES);
  const open = idsByDue(db, scope, filter, where, openStatuses, "asc", page);
  if (open.length === page.limit || closedStatuses.length === 0) return open;
  // The page reaches past the open items: the closed ones follow, from where the open ones end.
  const openTotal =
    openStatuses.length === 0 ? 0 : open.length > 0 || page.offset === 0 ? page.offset + open.length : countMatching(db, filter, and(where, statusIn(scope, filter, openStatuses)));
  return [...open, ...idsByDue(db, scope, filter, where, closedStatuses, "desc", { limit: page.limit - open.length, offset: Math.max(0, page.offset - openTotal) })];
}

/**
 * One page of a filtered list within scope, and the number of items matching. The page is found
 * as ids first (walking an index where the filter allows, else sorting only the keys), then read
 * in full: the list columns (supporting agencies, names) are computed for 25 items only. The total
 * of the unfiltered list is the maintained item count of the scope.
 */
export function searchActions(db: Db, scope: ScopeCode, filter: ActionFilter, page: { limit: number; offset: number }, now = Date.now()) {
  const where = actionFilterCondition(scope, filter, now);
  const ids = pageIds(db, scope, filter, where, page, now);
  const found = ids.length ? baseList(db, now).where(inArray(actionItems.id, ids)).all() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!);
  const total = !isFiltered(filter) ? itemCount(db, scope) : onlyOverdue(filter) ? overdueCount(db, scope, { subsatgas: filter.subsatgas, period: filter.year ? yearPeriod(filter.year) : null }, now) : countMatching(db, filter, where);
  return { rows, total };
}

/** Every item of a filtered list within scope, with the extra columns of the CSV export. */
export function listActionsForExport(db: Db, scope: ScopeCode, filter: ActionFilter, now = Date.now(), limit = 100_000) {
  const lastUpdate = (column: string) =>
    sql.raw(`(SELECT u.${column} FROM action_updates u WHERE u.action_id = "action_items"."id" ORDER BY u.at DESC, u.id DESC LIMIT 1)`);
  return db
    .select({
      ...listColumns(now),
      description: actionItems.description,
      outcomeText: outcomes.text,
      rakorTitle: rakor.title,
      rakorStartsAt: rakor.startsAt,
      rakorTimeZone: rakor.timeZone,
      lastUpdateAt: sql<number | null>`${lastUpdate("at")}`,
      lastNote: sql<string | null>`${lastUpdate("note")}`,
    })
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
    .leftJoin(rakor, eq(rakor.id, outcomes.rakorId))
    .where(actionFilterCondition(scope, filter, now))
    .orderBy(...sortOrder(filter, now))
    .limit(limit)
    .all();
}

/** "Tugas instansi saya": the agency's items (lead or supporting) within scope; overdue first, then open, by due date. */
export function listActionsForAgency(db: Db, agencyId: number, scope: ScopeCode, now = Date.now()) {
  return baseList(db, now)
    .where(and(involvesAgency(agencyId), scopeCondition(actionItems.regionCode, scope)))
    .orderBy(desc(overdueCondition(now)), sql`${actionItems.status} IN ('done', 'cancelled')`, asc(actionItems.dueDate), asc(actionItems.id))
    .all();
}

/** The action items made from the outcomes of one rakor, in the order of the outcomes. */
export function listActionsForRakor(db: Db, rakorId: number, now = Date.now()) {
  return baseList(db, now).where(eq(outcomes.rakorId, rakorId)).orderBy(asc(outcomes.position), asc(actionItems.id)).all();
}

/** The action items made from one outcome. */
export function listActionsForOutcome(db: Db, outcomeId: number, now = Date.now()) {
  return baseList(db, now).where(eq(actionItems.outcomeId, outcomeId)).orderBy(asc(actionItems.id)).all();
}

export function listActionsInScope(db: Db, scope: ScopeCode, page: { limit: number; offset: number }, now = Date.now()) {
  return searchActions(db, scope, {}, page, now).rows;
}

/** Every word of `q` appears in one of `columns` (case-insensitive for ASCII, as LIKE is). */
function everyWordIn(q: string, columns: SQLiteColumn[]): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  return and(...words.map((word) => or(...columns.map((c) => sql`${c} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`))));
}

/**
 * The regions that have items within scope whose code starts with `q` (digits and dots) or whose
 * name holds every word of `q`, by code, at most `limit`; "Nasional" (code null) first for a
 * national user whose `q` begins that word. One index probe per region, never a pass over the items.
 */
export function findActionRegions(db: Db, scope: ScopeCode, q: string, limit: number): { code: string | null; name: string }[] {
  const text = q.trim();
  const national =
    scope === null && "nasional".startsWith(text.toLowerCase()) && db.select({ one: sql`1` }).from(actionItems).where(isNull(actionItems.regionCode)).limit(1).get();
  const matches = /^[\d.]+$/.test(text) ? sql`${regions.code} LIKE ${`${text}%`}` : everyWordIn(text, [regions.name]);
  const withItems = db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(scopeCondition(regions.code, scope), matches, sql`EXISTS (SELECT 1 FROM ${actionItems} WHERE ${actionItems.regionCode} = ${regions.code})`))
    .orderBy(asc(regions.code))
    .limit(limit)
    .all();
  return [...(national ? [{ code: null, name: "Nasional" }] : []), ...withItems].slice(0, limit);
}

/**
 * Agencies involved (lead or supporting) in an item within scope. Nationally an index probe per
 * agency; in a regional scope the agencies of the scope's own items (a probe per agency would walk
 * the items of every agency outside the scope).
 */
function involvedInScope(scope: ScopeCode): SQL {
  if (scope === null) {
    return sql`(EXISTS (SELECT 1 FROM ${actionItems} WHERE ${actionItems.leadAgencyId} = ${agencies.id})
      OR EXISTS (SELECT 1 FROM ${actionSupportingAgencies} WHERE ${actionSupportingAgencies.agencyId} = ${agencies.id}))`;
  }
  const led = alias(actionItems, "led");
  const supported = alias(actionItems, "supported");
  return sql`+${agencies.id} IN (SELECT ${led.leadAgencyId} FROM ${actionItems} ${led} WHERE ${scopeCondition(led.regionCode, scope)}
    UNION SELECT s.agency_id FROM ${actionSupportingAgencies} s JOIN ${actionItems} ${supported} ON ${supported.id} = s.action_id WHERE ${scopeCondition(supported.regionCode, scope)})`;
}

/**
 * The agencies involved in items within scope whose name or short name holds every word of `q`:
 * those whose short name is `q` first, then by name, at most `limit`.
 */
export function findActionAgencies(db: Db, scope: ScopeCode, q: string, limit: number) {
  const shortNameIsQ = sql<number>`lower(coalesce(${agencies.shortName}, '')) = lower(${q.trim()})`;
  return db
    .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName, shortNameIsQ: shortNameIsQ.mapWith(Boolean) })
    .from(agencies)
    .where(and(everyWordIn(q, [agencies.name, agencies.shortName]), involvedInScope(scope)))
    .orderBy(desc(shortNameIsQ), asc(agencies.name))
    .limit(limit)
    .all();
}

/** The heading of a rakor whose items a list shows; the caller checks the scope. */
export function getRakorHeading(db: Db, rakorId: number) {
  return db.select({ id: rakor.id, title: rakor.title, regionCode: rakor.regionCode, startsAt: rakor.startsAt, timeZone: rakor.timeZone }).from(rakor).where(eq(rakor.id, rakorId)).get();
}

/** An item with everything shown on its page; the caller checks its region against the user's scope. */
export function getAction(db: Db, id: number, now = Date.now()) {
  const row = baseList(db, now).where(eq(actionItems.id, id)).get();
  if (!row) return undefined;
  const supporting = db
    .select({ id: agencies.id, name: sql<string>`coalesce(${actionSupportingAgencies.agencyName}, ${agencies.name})`, canonicalName: agencies.name })
    .from(actionSupportingAgencies)
    .innerJoin(agencies, eq(agencies.id, actionSupportingAgencies.agencyId))
    .where(eq(actionSupportingAgencies.actionId, id))
    .orderBy(asc(agencies.name))
    .all();
  const verifier = alias(users, "verifier");
  const updates = db
    .select({
      id: actionUpdates.id,
      at: actionUpdates.at,
      status: actionUpdates.status,
      progress: actionUpdates.progress,
      note: actionUpdates.note,
      byName: sql<string | null>`coalesce(${users.name}, ${actionUpdates.byName})`,
      // the secretariat's check of this update when it is a completion (null: none, or not yet)
      verificationResult: actionVerifications.result,
      verificationAt: actionVerifications.at,
      verificationBy: sql<string | null>`coalesce(${verifier.name}, ${actionVerifications.byName})`,
      verificationNote: actionVerifications.note,
    })
    .from(actionUpdates)
    .leftJoin(users, eq(users.id, actionUpdates.byUserId))
    .leftJoin(actionVerifications, eq(actionVerifications.updateId, actionUpdates.id))
    .leftJoin(verifier, eq(verifier.id, actionVerifications.byUserId))
    .where(eq(actionUpdates.actionId, id))
    .orderBy(asc(actionUpdates.at), asc(actionUpdates.id))
    .all();
  const evidence = updates.length
    ? db
        .select({ updateId: actionUpdateFiles.updateId, id: files.id, name: files.originalName, size: files.size, mediaType: files.mediaType })
        .from(actionUpdateFiles)
        .innerJoin(files, eq(files.id, actionUpdateFiles.fileId))
        .where(inArray(actionUpdateFiles.updateId, updates.map((u) => u.id)))
        .orderBy(asc(files.id))
        .all()
    : [];
  const history = updates.map((u) => ({ ...u, files: evidence.filter((f) => f.updateId === u.id).map(({ updateId: _u, ...f }) => f) }));
  const creator = alias(users, "creator");
  const detail = db
    .select({
      description: actionItems.description,
      outcomeText: outcomes.text,
      outcomePosition: outcomes.position,
      rakorTitle: rakor.title,
      rakorStartsAt: rakor.startsAt,
      rakorTimeZone: rakor.timeZone,
      createdAt: actionItems.createdAt,
      createdByName: creator.name,
    })
    .from(actionItems)
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
    .leftJoin(rakor, eq(rakor.id, outcomes.rakorId))
    .leftJoin(creator, eq(creator.id, actionItems.createdBy))
    .where(eq(actionItems.id, id))
    .get()!;
  return { ...row, ...detail, supporting, history };
}

export type ActionDetail = NonNullable<ReturnType<typeof getAction>>;

/** Just the region of an item, for the guard of routes that do not need the whole item. */
export function getActionRegion(db: Db, id: number) {
  return db.select({ regionCode: actionItems.regionCode }).from(actionItems).where(eq(actionItems.id, id)).get();
}

/** The evidence file `fileId` if it belongs to an update of item `actionId`. */
export function getEvidenceFile(db: Db, actionId: number, fileId: number) {
  return db
    .select({ file: files })
    .from(actionUpdateFiles)
    .innerJoin(actionUpdates, eq(actionUpdates.id, actionUpdateFiles.updateId))
    .innerJoin(files, eq(files.id, actionUpdateFiles.fileId))
    .where(and(eq(actionUpdates.actionId, actionId), eq(actionUpdateFiles.fileId, fileId)))
    .get()?.file;
}

// ---------------------------------------------------------------------------------------------
// Writing items and their status history. The lower-level verbs (insertActionItem,
// rewriteActionItem, appendStatusUpdate, setActionState) run inside the caller's transaction,
// with statements prepared once per transaction (utils/prepared.server.ts); the app's verbs below
// and the bundle importer both write through them, so the rules of app/action-plan/rules.ts hold
// for every writer.
// ---------------------------------------------------------------------------------------------

export interface StatusUpdateInput {
  status: ActionStatus;
  progress: number;
  note: string | null;
}

const p = sql.placeholder;
/** `version = :expectedVersion`, or any version when it is null. */
const versionMatches = sql`(${p("expectedVersion")} IS NULL OR ${actionItems.version} = ${p("expectedVersion")})`;

/** An item's own fields, as the app and the importer write them. */
export interface ActionItemRow {
  outcomeId: number | null;
  title: string;
  description: string | null;
  subsatgasSlug: string;
  leadAgencyId: number;
  /** The lead agency as written; leadAgencyId is its canonical agency. */
  leadAgencyName: string;
  regionCode: string | null;
  dueDate: string;
}

/** A supporting agency as written, linked to its canonical agency (one row per canonical agency). */
export interface SupportingAgency {
  id: number;
  name: string;
}

function writeSupporting(tx: Tx, actionId: number, supporting: readonly SupportingAgency[]) {
  const insert = prepared(tx, "insertSupporting", () =>
    tx.insert(actionSupportingAgencies).values({ actionId: p("actionId"), agencyId: p("agencyId"), agencyName: p("agencyName") }).onConflictDoNothing().prepare(),
  );
  for (const agency of supporting) insert.run({ actionId, agencyId: agency.id, agencyName: agency.name });
}

/** Inserts an item with its status (an item made in the app starts Belum dimulai, 0 %) and its supporting agencies. */
export function insertActionItem(
  tx: Tx,
  row: ActionItemRow & { ref: string | null; status: ActionStatus; progress: number },
  supporting: readonly SupportingAgency[],
  actorId: number | null,
  now: number,
): number {
  const insert = prepared(tx, "insertItem", () =>
    tx
      .insert(actionItems)
      .values({
        ref: p("ref"),
        outcomeId: p("outcomeId"),
        title: p("title"),
        description: p("description"),
        subsatgasSlug: p("subsatgasSlug"),
        leadAgencyId: p("leadAgencyId"),
        leadAgencyName: p("leadAgencyName"),
        regionCode: p("regionCode"),
        dueDate: p("dueDate"),
        status: p("status"),
        progress: p("progress"),
        createdBy: p("createdBy"),
        createdAt: p("now"),
        updatedAt: p("now"),
      })
      .prepare(),
  );
  const id = Number(insert.run({ ...row, createdBy: actorId, now }).lastInsertRowid);
  writeSupporting(tx, id, supporting);
  return id;
}

/**
 * Rewrites an item's own fields and its supporting agencies (not its status) and moves its
 * version on; with `expectedVersion`, only if the item still has it. The new version, or null
 * when the item is gone or another writer moved it meanwhile.
 */
export function rewriteActionItem(tx: Tx, id: number, row: ActionItemRow, supporting: readonly SupportingAgency[], expectedVersion: number | null, now: number): number | null {
  const update = prepared(tx, "rewriteItem", () =>
    tx
      .update(actionItems)
      .set({
        outcomeId: sql`${p("outcomeId")}`,
        title: sql`${p("title")}`,
        description: sql`${p("description")}`,
        subsatgasSlug: sql`${p("subsatgasSlug")}`,
        leadAgencyId: sql`${p("leadAgencyId")}`,
        leadAgencyName: sql`${p("leadAgencyName")}`,
        regionCode: sql`${p("regionCode")}`,
        dueDate: sql`${p("dueDate")}`,
        version: sql`${actionItems.version} + 1`,
        updatedAt: sql`${p("now")}`,
      })
      .where(and(eq(actionItems.id, p("id")), versionMatches))
      .returning({ version: actionItems.version })
      .prepare(),
  );
  const moved = update.get({ ...row, id, expectedVersion, now });
  if (!moved) return null;
  prepared(tx, "deleteSupporting", () => tx.delete(actionSupportingAgencies).where(eq(actionSupportingAgencies.actionId, p("actionId"))).prepare()).run({ actionId: id });
  writeSupporting(tx, id, supporting);
  return moved.version;
}

/**
 * Sets the item's status and progress (the latest update's). `expectedVersion` as for
 * rewriteActionItem; `bump` moves the version on (a status update from the app), which the
 * importer leaves to rewriteActionItem. The version, or null as for rewriteActionItem.
 */
export function setActionState(
  tx: Tx,
  id: number,
  state: { status: ActionStatus; progress: number },
  options: { expectedVersion: number | null; bump: boolean },
  now: number,
): number | null {
  const update = prepared(tx, "setState", () =>
    tx
      .update(actionItems)
      .set({ status: sql`${p("status")}`, progress: sql`${p("progress")}`, version: sql`${actionItems.version} + ${p("bump")}`, updatedAt: sql`${p("now")}` })
      .where(and(eq(actionItems.id, p("id")), versionMatches))
      .returning({ version: actionItems.version })
      .prepare(),
  );
  return update.get({ ...state, id, expectedVersion: options.expectedVersion, bump: options.bump ? 1 : 0, now })?.version ?? null;
}

export interface StatusUpdateRow extends StatusUpdateInput {
  at: number;
  /** The author: a user, or (imported history) a name as written. */
  byUserId: number | null;
  byName: string | null;
}

/**
 * Appends one update to an item's history (append-only: triggers refuse changing it), with its
 * evidence files, after checking the rules every writer shares. Throws RuleViolation when they
 * are broken: callers check them first, where they can say which field is wrong.
 */
export function appendStatusUpdate(tx: Tx, actionId: number, update: StatusUpdateRow, evidence: readonly StagedFile[], role: Role | null): { updateId: number; fileIds: number[] } {
  assertNoProblems(statusUpdateProblems(update, { evidenceCount: evidence.length, role }));
  const insert = prepared(tx, "insertUpdate", () =>
    tx
      .insert(actionUpdates)
      .values({ actionId: p("actionId"), at: p("at"), status: p("status"), progress: p("progress"), note: p("note"), byName: p("byName"), byUserId: p("byUserId") })
      .prepare(),
  );
  const updateId = Number(insert.run({ ...update, actionId }).lastInsertRowid);
  const fileIds = evidence.map((staged) => {
    const file = recordFile(tx, staged);
    tx.insert(actionUpdateFiles).values({ updateId, fileId: file.id }).run();
    return file.id;
  });
  return { updateId, fileIds };
}

/** The latest update of an item's history (by its time), if it has one. */
export function latestStatusUpdate(tx: Tx, actionId: number): { status: ActionStatus; progress: number } | undefined {
  return prepared(tx, "latestUpdate", () =>
    tx
      .select({ status: actionUpdates.status, progress: actionUpdates.progress })
      .from(actionUpdates)
      .where(eq(actionUpdates.actionId, p("actionId")))
      .orderBy(desc(actionUpdates.at), desc(actionUpdates.id))
      .limit(1)
      .prepare(),
  ).get({ actionId });
}

/** What a second writer is shown: the item as it is now and who changed it last. */
/** What a write to an item's status checks first: its scope, lead agency, state and version. */
export function itemForWrite(tx: DbOrTx, actionId: number) {
  return tx
    .select({ id: actionItems.id, title: actionItems.title, regionCode: actionItems.regionCode, leadAgencyId: actionItems.leadAgencyId, status: actionItems.status, progress: actionItems.progress, version: actionItems.version })
    .from(actionItems)
    .where(eq(actionItems.id, actionId))
    .get();
}

export function actionSnapshot(db: DbOrTx, id: number) {
  const item = db
    .select({ id: actionItems.id, status: actionItems.status, progress: actionItems.progress, version: actionItems.version, updatedAt: actionItems.updatedAt, title: actionItems.title, dueDate: actionItems.dueDate })
    .from(actionItems)
    .where(eq(actionItems.id, id))
    .get();
  if (!item) return undefined;
  const last = db
    .select({ at: actionUpdates.at, status: actionUpdates.status, progress: actionUpdates.progress, note: actionUpdates.note, byName: sql<string | null>`coalesce(${users.name}, ${actionUpdates.byName})` })
    .from(actionUpdates)
    .leftJoin(users, eq(users.id, actionUpdates.byUserId))
    .where(eq(actionUpdates.actionId, id))
    .orderBy(desc(actionUpdates.at), desc(actionUpdates.id))
    .limit(1)
    .get();
  return { ...item, lastUpdate: last ?? null };
}

export type ActionSnapshot = NonNullable<ReturnType<typeof actionSnapshot>>;

export type WriteResult<T = object> =
  | ({ ok: true; version: number } & T)
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: ActionSnapshot };

/**
 * Appends a status update (with its evidence files) and moves the item's status/progress, only
 * if the item still has `expectedVersion`; the audit row goes in the same transaction. A stale
 * version writes nothing and returns the newer state. Selesai is recorded as 100 %; from a
 * writer who may not verify the item (a liaison) it is recorded as menunggu verifikasi and its
 * secretariat is notified; from one who may, it is approved at once (a completion waiting on the
 * item with it). The caller discards the staged files unless the result is ok.
 */
export function recordStatusUpdate(
  db: Db,
  actionId: number,
  expectedVersion: number,
  input: StatusUpdateInput,
  evidence: StagedFile[],
  actorId: number,
  now = Date.now(),
): WriteResult<{ updateId: number }> {
  const { status: reported, progress, note } = normalizeStatusUpdate(input);
  return db.transaction((tx) => {
    const item = itemForWrite(tx, actionId);
    if (!item) return { ok: false as const, reason: "not_found" as const };
    const actor = tx.select({ role: users.role, regionCode: users.regionCode, agencyId: users.agencyId }).from(users).where(eq(users.id, actorId)).get();
    const verifies = actor !== undefined && can(actor, "verify-actions", item);
    // A new selesai counts once verified: a liaison's waits for the secretariat, a secretariat's own is approved with it.
    const completes = reported === "done" && item.status !== "done";
    const status: ActionStatus = completes && !verifies ? "awaiting_verification" : reported;
    const version = setActionState(tx, actionId, { status, progress }, { expectedVersion, bump: true }, now);
    if (version === null) return { ok: false as const, reason: "conflict" as const, current: actionSnapshot(tx, actionId)! };
    const { updateId, fileIds } = appendStatusUpdate(tx, actionId, { at: now, status, progress, note, byUserId: actorId, byName: null }, evidence, actor?.role ?? null);
    if (status === "awaiting_verification") notifyVerificationRequested(tx, item, updateId);
    else if (completes) {
      // a completion waiting is the one approved (and its liaisons are told); else the selesai approves itself
      const waiting = item.status === "awaiting_verification" ? latestCompletion(tx, actionId) : undefined;
      const verificationId = insertVerification(tx, { updateId: waiting?.id ?? updateId, result: "approved", at: now, byUserId: actorId, byName: null, note: null, resultUpdateId: updateId });
      if (waiting) notifyVerificationResult(tx, item, verificationId, "approved", note);
    }
    const { id: _id, title: _title, regionCode: _region, leadAgencyId: _lead, ...before } = item;
    recordAudit(tx, {
      userId: actorId,
      action: "status_update",
      entity: "action_item",
      entityId: actionId,
      before,
      after: { status, progress, version, note, updateId, fileIds },
    });
    return { ok: true as const, version, updateId };
  });
}

/** The completion an item awaiting verification waits on: its latest update reported selesai. */
export function latestCompletion(tx: DbOrTx, actionId: number): { id: number; at: number } | undefined {
  return tx
    .select({ id: actionUpdates.id, at: actionUpdates.at })
    .from(actionUpdates)
    .where(and(eq(actionUpdates.actionId, actionId), eq(actionUpdates.status, "awaiting_verification")))
    .orderBy(desc(actionUpdates.at), desc(actionUpdates.id))
    .limit(1)
    .get();
}

// ---------------------------------------------------------------------------------------------
// Creating and editing items
// ---------------------------------------------------------------------------------------------

export interface ActionInput {
  title: string;
  description: string | null;
  subsatgasSlug: string;
  leadAgencyId: number;
  supportingAgencyIds: number[];
  regionCode: string | null;
  dueDate: string;
}

/** Problems with what an input refers to (Subsatgas, agencies, region within scope), per field. */
export function actionReferenceErrors(db: DbOrTx, input: ActionInput, scope: ScopeCode): Record<string, string> {
  const regionName = (code: string) => db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).get()?.name;
  const errors: Record<string, string> = {};
  if (!db.select({ slug: subsatgas.slug }).from(subsatgas).where(and(eq(subsatgas.slug, input.subsatgasSlug), eq(subsatgas.active, true))).get()) {
    errors.subsatgas = "Pilih Subsatgas.";
  }
  const agencyIds = [input.leadAgencyId, ...input.supportingAgencyIds];
  const known = new Set(
    db.select({ id: agencies.id }).from(agencies).where(and(inArray(agencies.id, agencyIds), eq(agencies.active, true))).all().map((a) => a.id),
  );
  if (!known.has(input.leadAgencyId)) errors.leadAgency = "Pilih instansi pelaksana utama.";
  if (input.supportingAgencyIds.some((id) => !known.has(id))) errors.supporting = "Ada instansi pendukung yang tidak dikenal.";
  if (input.regionCode !== null) {
    if (!db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode)).get()) errors.region = "Wilayah tidak dikenal.";
  }
  for (const problem of errors.region ? [] : scopeProblems("region", input.regionCode, { scope, regionName })) errors.region = problemSentence(problem, { region: "Wilayah" });
  if (!isCalendarDate(input.dueDate)) errors.dueDate = "Tenggat harus tanggal yang valid.";
  return errors;
}

/**
 * The agencies of an item made or edited in the app, as written: an agency picked from the list is
 * written as its name at the time; one the item already had keeps the name it was written with.
 */
function writtenAgencies(tx: DbOrTx, input: ActionInput, before?: { leadAgencyId: number; leadAgencyName: string | null; supporting: readonly SupportingAgency[] }) {
  const ids = [...new Set(input.supportingAgencyIds)].filter((id) => id !== input.leadAgencyId);
  const current = new Map(
    tx
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(inArray(agencies.id, [input.leadAgencyId, ...ids]))
      .all()
      .map((a) => [a.id, a.name]),
  );
  const kept = new Map(before?.supporting.map((s) => [s.id, s.name]));
  const leadAgencyName = before?.leadAgencyId === input.leadAgencyId && before.leadAgencyName ? before.leadAgencyName : current.get(input.leadAgencyId)!;
  return { leadAgencyName, supporting: ids.map((id) => ({ id, name: kept.get(id) ?? current.get(id)! })) };
}

function itemRow(input: ActionInput, outcomeId: number | null, leadAgencyName: string): ActionItemRow {
  const { supportingAgencyIds: _supporting, ...own } = input;
  return { ...own, leadAgencyName, outcomeId };
}

function itemRecord(tx: DbOrTx, id: number) {
  const item = tx.select().from(actionItems).where(eq(actionItems.id, id)).get();
  if (!item) return undefined;
  const supporting = tx
    .select({ id: actionSupportingAgencies.agencyId, name: sql<string>`coalesce(${actionSupportingAgencies.agencyName}, (SELECT name FROM ${agencies} WHERE ${agencies.id} = ${actionSupportingAgencies.agencyId}))` })
    .from(actionSupportingAgencies)
    .where(eq(actionSupportingAgencies.actionId, id))
    .orderBy(asc(actionSupportingAgencies.agencyId))
    .all();
  return { ...item, supportingAgencyIds: supporting.map((s) => s.id), supporting };
}

/** Creates items (several at once from one outcome, or standalone with outcomeId null) in one transaction. */
export function createActionItems(db: Db, inputs: ActionInput[], outcomeId: number | null, actorId: number, now = Date.now()): number[] {
  return db.transaction((tx) =>
    inputs.map((input) => {
      const written = writtenAgencies(tx, input);
      const row = { ...itemRow(input, outcomeId, written.leadAgencyName), ref: null, status: "not_started" as const, progress: 0 };
      const id = insertActionItem(tx, row, written.supporting, actorId, now);
      recordAudit(tx, { userId: actorId, action: "create", entity: "action_item", entityId: id, after: itemRecord(tx, id) });
      return id;
    }),
  );
}

/** Edits an item's plan (not its status) if it still has `expectedVersion`. */
export function updateActionItem(db: Db, id: number, expectedVersion: number, input: ActionInput, actorId: number, now = Date.now()): WriteResult {
  return db.transaction((tx) => {
    const before = itemRecord(tx, id);
    if (!before) return { ok: false as const, reason: "not_found" as const };
    const written = writtenAgencies(tx, input, before);
    const version = rewriteActionItem(tx, id, itemRow(input, before.outcomeId, written.leadAgencyName), written.supporting, expectedVersion, now);
    if (version === null) return { ok: false as const, reason: "conflict" as const, current: actionSnapshot(tx, id)! };
    recordAudit(tx, { userId: actorId, action: "update", entity: "action_item", entityId: id, before, after: itemRecord(tx, id) });
    return { ok: true as const, version };
  });
}

// ---------------------------------------------------------------------------------------------
// Outcomes, and carry-over of open items to the next rakor
// ---------------------------------------------------------------------------------------------

/** A rakor outcome with its rakor, for making items from it. */
export function getOutcomeForActions(db: Db, outcomeId: number) {
  return db
    .select({
      id: outcomes.id,
      text: outcomes.text,
      position: outcomes.position,
      rakorId: rakor.id,
      rakorTitle: rakor.title,
      rakorRegionCode: rakor.regionCode,
      rakorStartsAt: rakor.startsAt,
      rakorTimeZone: rakor.timeZone,
    })
    .from(outcomes)
    .innerJoin(rakor, eq(rakor.id, outcomes.rakorId))
    .where(eq(outcomes.id, outcomeId))
    .get();
}

/** The open items of one task force (exactly `regionCode`, not the regions below it), for a review. */
export function listOpenActionsOfTaskForce(db: DbOrTx, regionCode: string | null, now = Date.now()) {
  return baseList(db, now)
    .where(and(regionCode === null ? isNull(actionItems.regionCode) : eq(actionItems.regionCode, regionCode), openCondition(), ne(subsatgas.active, false)))
    .orderBy(asc(subsatgas.position), desc(overdueCondition(now)), asc(actionItems.dueDate), asc(actionItems.id))
    .all();
}

/** The agenda title of the review of one Subsatgas's open items (also how a repeat is recognised). */
export function reviewAgendaTitle(subsatgasName: string): string {
  return `Tinjauan tindak lanjut rencana aksi: Subsatgas ${subsatgasName}`;
}

export interface ReviewGroup {
  slug: string;
  name: string;
  title: string;
  notes: string;
  items: ActionListRow[];
  overdue: number;
  /** An agenda item with this title is already on the rakor: confirming skips it. */
  onAgenda: boolean;
}

/**
 * Carry-over: the open items (belum selesai, not cancelled) of the rakor's task force grouped per
 * Subsatgas, overdue first, each group one proposed agenda item with the list in its notes.
 */
export function reviewAgendaPlan(db: DbOrTx, rakorId: number, now = Date.now()): ReviewGroup[] {
  const head = db.select({ regionCode: rakor.regionCode }).from(rakor).where(eq(rakor.id, rakorId)).get();
  if (!head) return [];
  const existing = new Set(db.select({ title: agendaItems.title }).from(agendaItems).where(eq(agendaItems.rakorId, rakorId)).all().map((a) => a.title));
  const groups = new Map<string, ReviewGroup>();
  for (const item of listOpenActionsOfTaskForce(db, head.regionCode, now)) {
    let group = groups.get(item.subsatgasSlug);
    if (!group) {
      const title = reviewAgendaTitle(item.subsatgasName);
      group = { slug: item.subsatgasSlug, name: item.subsatgasName, title, notes: "", items: [], overdue: 0, onAgenda: existing.has(title) };
      groups.set(item.subsatgasSlug, group);
    }
    group.items.push(item);
    if (item.overdue) group.overdue++;
  }
  for (const g of groups.values()) {
    const lines = g.items.map(
      (a, i) =>
        `${i + 1}. ${a.title} (${a.leadAgencyName}; tenggat ${formatCalendarDate(a.dueDate)}; ${ACTION_STATUS_LABELS[a.status]} ${a.progress}%${a.overdue ? "; TERLAMBAT" : ""})`,
    );
    g.notes = [`${g.items.length} rencana aksi belum selesai, ${g.overdue} di antaranya terlambat:`, ...lines].join("\n");
  }
  return [...groups.values()];
}

export { isClosed };
