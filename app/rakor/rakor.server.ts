// Rakor (rapat koordinasi): read verbs scoped in the where clause, and the write verbs for a
// rakor and its ordered parts (sites, agenda, materials, outcomes). Every write runs in one
// transaction together with its audit row. Attendees live in attendee.server.ts.
import { rmSync } from "node:fs";
import path from "node:path";
import { and, asc, count, desc, eq, gte, isNull, lt, ne, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import {
  actionItems,
  agencies,
  agendaItems,
  attendees,
  files,
  materials,
  outcomes,
  rakor,
  rakorSites,
  regions,
  type MaterialKind,
  type RakorLevel,
  type RakorMode,
  type RakorStatus,
  type TimeZone,
} from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { linkAgency, linkKnownAgency, type AgencyChoices } from "../accounts/agency.server";
import { recordAudit } from "../accounts/audit.server";
import { recordFile, uploadDir, type StagedFile } from "../utils/upload.server";
import { assertNoProblems } from "../utils/rules";
import { addDays, calendarDateIn, zonedToEpoch } from "../utils/period";
import { prepared } from "../utils/prepared.server";
import { materialProblems, rakorProblems } from "./rules";

/** The organizer as written, the canonical name where an older row has none. */
const organizerAsWritten = sql<string>`coalesce(${rakor.organizerAgencyName}, ${agencies.name})`;

const listColumns = {
  id: rakor.id,
  title: rakor.title,
  level: rakor.level,
  regionCode: rakor.regionCode,
  regionName: regions.name,
  mode: rakor.mode,
  status: rakor.status,
  startsAt: rakor.startsAt,
  timeZone: rakor.timeZone,
  venue: rakor.venue,
  organizerName: organizerAsWritten,
};

export function listRakorInScope(db: Db, scope: ScopeCode, page: { limit: number; offset: number }, extra?: SQL) {
  const where = and(scopeCondition(rakor.regionCode, scope), extra);
  const rows = db
    .select(listColumns)
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(where)
    .orderBy(desc(rakor.startsAt), desc(rakor.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  const total = db.select({ n: count() }).from(rakor).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** A rakor with everything recorded about it; the caller checks its region against the user's scope. */
export function getRakorDetail(db: Db, id: number) {
  const head = db
    .select({ rakor, organizerName: organizerAsWritten, organizerCanonicalName: agencies.name, regionName: regions.name })
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(eq(rakor.id, id))
    .get();
  if (!head) return undefined;
  const sites = db
    .select({ site: rakorSites, canonicalName: agencies.name, regionName: regions.name })
    .from(rakorSites)
    .leftJoin(agencies, eq(agencies.id, rakorSites.agencyId))
    .leftJoin(regions, eq(regions.code, rakorSites.regionCode))
    .where(eq(rakorSites.rakorId, id))
    .orderBy(asc(rakorSites.position))
    .all();
  const people = db
    .select({ attendee: attendees, canonicalName: agencies.name })
    .from(attendees)
    .leftJoin(agencies, eq(agencies.id, attendees.agencyId))
    .where(eq(attendees.rakorId, id))
    .orderBy(asc(attendees.position))
    .all();
  const agenda = db.select().from(agendaItems).where(eq(agendaItems.rakorId, id)).orderBy(asc(agendaItems.position)).all();
  const mats = db.select().from(materials).where(eq(materials.rakorId, id)).orderBy(asc(materials.position)).all();
  const outs = db.select().from(outcomes).where(eq(outcomes.rakorId, id)).orderBy(asc(outcomes.position)).all();
  return {
    ...head.rakor,
    organizerName: head.organizerName,
    organizerCanonicalName: head.organizerCanonicalName,
    regionName: head.regionName,
    sites: sites.map((s) => ({ ...s.site, agencyName: s.site.agencyName ?? s.canonicalName, agencyCanonicalName: s.canonicalName, regionName: s.regionName })),
    attendees: people.map((p) => ({ ...p.attendee, agencyName: p.attendee.agencyName ?? p.canonicalName, agencyCanonicalName: p.canonicalName })),
    agenda,
    materials: mats,
    outcomes: outs,
  };
}

/** The rakor's own row with organizer and region names: enough to guard a request and draw the page head. */
export function getRakorHead(db: Db, id: number) {
  const row = db
    .select({ rakor, organizerName: organizerAsWritten, organizerCanonicalName: agencies.name, regionName: regions.name })
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(eq(rakor.id, id))
    .get();
  return row ? { ...row.rakor, organizerName: row.organizerName, organizerCanonicalName: row.organizerCanonicalName, regionName: row.regionName } : undefined;
}

export type RakorHead = NonNullable<ReturnType<typeof getRakorHead>>;
export type RakorDetail = NonNullable<ReturnType<typeof getRakorDetail>>;

// ---------------------------------------------------------------------------------------------
// List filters and the calendar
// ---------------------------------------------------------------------------------------------

export interface RakorFilters {
  year: number | null;
  level: RakorLevel | null;
  /** "nasional" for national rakor, a region code (a province includes its regencies), or null. */
  region: string | null;
  mode: RakorMode | null;
  status: RakorStatus | null;
  q: string | null;
}

/** Seconds from UTC to the wall clock of the rakor's own zone (no daylight saving in Indonesia). */
const zoneOffsetSeconds = sql`(CASE ${rakor.timeZone} WHEN 'Asia/Jakarta' THEN 25200 WHEN 'Asia/Makassar' THEN 28800 ELSE 32400 END)`;
/** The year of the rakor's start as seen in its own zone. */
const localYear = sql<string>`strftime('%Y', ${rakor.startsAt} / 1000 + ${zoneOffsetSeconds}, 'unixepoch')`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function containsText(column: SQLWrapper, pattern: string): SQL {
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** The where-clause of the list's filters (the scope is added by listRakorInScope). */
export function rakorFilterCondition(f: RakorFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (f.year) conditions.push(localYearCondition(f.year));
  if (f.level) conditions.push(eq(rakor.level, f.level));
  if (f.region === "nasional") conditions.push(isNull(rakor.regionCode));
  else if (f.region) conditions.push(scopeCondition(rakor.regionCode, f.region));
  if (f.mode) conditions.push(eq(rakor.mode, f.mode));
  if (f.status) conditions.push(eq(rakor.status, f.status));
  if (f.q) {
    const p = likePattern(f.q.trim());
    conditions.push(
      or(
        containsText(rakor.title, p),
        containsText(sql`coalesce(${rakor.venue}, '')`, p),
        containsText(sql`coalesce(${rakor.chairName}, '')`, p),
        containsText(sql`coalesce(${rakor.notes}, '')`, p),
        sql`${rakor.organizerAgencyId} IN (SELECT ${agencies.id} FROM ${agencies} WHERE ${containsText(agencies.name, p)} OR ${containsText(sql`coalesce(${agencies.shortName}, '')`, p)})`,
      ),
    );
  }
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? and(...present) : undefined;
}

const HOUR_MS = 3_600_000;

/**
 * The instants a rakor starting in `year` (in its own zone, UTC+7 to UTC+9) can have: a range the
 * starts_at indexes can seek, checked exactly with localYear.
 */
function localYearCondition(year: number): SQL {
  return and(
    gte(rakor.startsAt, Date.UTC(year, 0, 1) - 9 * HOUR_MS),
    lt(rakor.startsAt, Date.UTC(year + 1, 0, 1) - 7 * HOUR_MS),
    sql`${localYear} = ${String(year)}`,
  )!;
}

/**
 * The years (in each rakor's own zone) that have rakor in scope, newest first. The first and last
 * rakor bound the candidates, and each year is one index probe, so the list does not read every
 * rakor (33,000 at national scale).
 */
export function listRakorYears(db: Db, scope: ScopeCode): number[] {
  const scoped = scopeCondition(rakor.regionCode, scope);
  const first = db.select({ at: rakor.startsAt }).from(rakor).where(scoped).orderBy(asc(rakor.startsAt)).limit(1).get();
  const last = db.select({ at: rakor.startsAt }).from(rakor).where(scoped).orderBy(desc(rakor.startsAt)).limit(1).get();
  if (!first || !last) return [];
  const years: number[] = [];
  for (let year = new Date(last.at + 9 * HOUR_MS).getUTCFullYear(); year >= new Date(first.at + 7 * HOUR_MS).getUTCFullYear(); year--) {
    if (db.select({ id: rakor.id }).from(rakor).where(and(scoped, localYearCondition(year))).limit(1).get()) years.push(year);
  }
  return years;
}

/** Rakor in scope whose time span touches [from, to): for the month calendar. */
export function listRakorBetween(db: Db, scope: ScopeCode, from: number, to: number) {
  return db
    .select({ ...listColumns, endsAt: rakor.endsAt })
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(and(scopeCondition(rakor.regionCode, scope), lt(rakor.startsAt, to), gte(sql`coalesce(${rakor.endsAt}, ${rakor.startsAt})`, from)))
    .orderBy(asc(rakor.startsAt), asc(rakor.id))
    .all();
}

// ---------------------------------------------------------------------------------------------
// Writing a rakor
// ---------------------------------------------------------------------------------------------

export interface PersonInput {
  name: string | null;
  rank: string | null;
  position: string | null;
  agency: string | null;
}

export interface RakorInput {
  title: string;
  level: RakorLevel;
  regionCode: string | null;
  organizer: string;
  chair: PersonInput;
  mode: RakorMode;
  status: RakorStatus;
  startsAt: number;
  endsAt: number | null;
  timeZone: TimeZone;
  venue: string | null;
  onlinePlatform: string | null;
  onlineUrl: string | null;
  notes: string | null;
  /** The user's answers for agency names that matched no agency exactly (organizer, chair's agency). */
  agencyChoices?: AgencyChoices;
}

/** A rakor's own row as the app and the importer write it: the organizer as written, linked to its agency. */
export interface RakorRow extends Omit<RakorInput, "organizer" | "notes" | "agencyChoices"> {
  organizerAgencyId: number;
  organizerAgencyName: string;
  /** The canonical agency of chair.agency (as written), if any. */
  chairAgencyId: number | null;
  /** Set once, when the row is made (bundles carry it; the app leaves it to the first export). */
  ref?: string | null;
  /** Undefined leaves the stored notes as they are (a bundle carries none). */
  notes?: string | null;
}

/**
 * Writes a rakor's own row, new (`id` null) or over the stored one, inside the caller's
 * transaction, after checking the rules of app/rakor/rules.ts (the scope is the caller's guard):
 * the app's verbs below and the bundle importer both write through it. Throws RuleViolation when
 * a rule is broken: callers check first, where they can say which field is wrong.
 */
export function saveRakorRow(tx: Tx, id: number | null, row: RakorRow, actorId: number | null, now = Date.now()): typeof rakor.$inferSelect | undefined {
  assertNoProblems(rakorProblems(row, { scope: null }));
  const { chair, ref, notes, ...own } = row;
  const values = { ...own, chairName: chair.name, chairRank: chair.rank, chairPosition: chair.position, chairAgency: chair.agency };
  if (id === null) return prepared(tx, "insertRakor", () => insertRakorStatement(tx)).get({ ...values, ref: ref ?? null, notes: notes ?? null, createdBy: actorId });
  return prepared(tx, "updateRakor", () => updateRakorStatement(tx)).get({ ...values, id, keepNotes: notes === undefined ? 1 : 0, notes: notes ?? null, now });
}

const p = sql.placeholder;
const ROW_COLUMNS = ["title", "level", "regionCode", "organizerAgencyId", "organizerAgencyName", "chairName", "chairRank", "chairPosition", "chairAgency", "chairAgencyId", "mode", "status", "startsAt", "endsAt", "timeZone", "venue", "onlinePlatform", "onlineUrl"] as const;

function insertRakorStatement(tx: Tx) {
  const values = Object.fromEntries([...ROW_COLUMNS, "ref", "notes", "createdBy"].map((c) => [c, p(c)])) as unknown as typeof rakor.$inferInsert;
  return tx.insert(rakor).values(values).returning().prepare();
}

function updateRakorStatement(tx: Tx) {
  const set = Object.fromEntries(ROW_COLUMNS.map((c) => [c, sql`${p(c)}`]));
  return tx
    .update(rakor)
    .set({ ...set, notes: sql`CASE WHEN ${p("keepNotes")} THEN ${rakor.notes} ELSE ${p("notes")} END`, updatedAt: sql`${p("now")}` })
    .where(eq(rakor.id, p("id")))
    .returning()
    .prepare();
}

function rakorRow(tx: Tx, input: RakorInput, actorId: number): RakorRow {
  const { organizer, agencyChoices, ...own } = input;
  return {
    ...own,
    organizerAgencyId: linkAgency(tx, organizer, agencyChoices, actorId, input.regionCode),
    organizerAgencyName: organizer,
    chairAgencyId: linkKnownAgency(tx, input.chair.agency, agencyChoices),
  };
}

/**
 * Another rakor of the same scope (region), on the same day in the rakor's zone, with the same
 * title (ignoring case and spacing), other than `exceptId`: most likely the same meeting.
 */
export function findSameDayRakor(db: Db, input: Pick<RakorInput, "title" | "regionCode" | "startsAt" | "timeZone">, exceptId: number | null) {
  const day = calendarDateIn(input.startsAt, input.timeZone);
  const from = zonedToEpoch(day, "00:00", input.timeZone);
  const to = zonedToEpoch(addDays(day, 1), "00:00", input.timeZone);
  const normalized = input.title.trim().toLowerCase();
  return db
    .select({ id: rakor.id, title: rakor.title, startsAt: rakor.startsAt, timeZone: rakor.timeZone })
    .from(rakor)
    .where(
      and(
        input.regionCode === null ? isNull(rakor.regionCode) : eq(rakor.regionCode, input.regionCode),
        gte(rakor.startsAt, from),
        lt(rakor.startsAt, to),
        sql`lower(trim(${rakor.title})) = ${normalized}`,
        exceptId === null ? undefined : ne(rakor.id, exceptId),
      ),
    )
    .limit(1)
    .get();
}

export function createRakor(db: Db, input: RakorInput, actorId: number): number {
  return db.transaction((tx) => insertRakorIn(tx, input, actorId).id);
}

/** A new rakor and its audit row, inside the caller's transaction (a series writes all its occurrences in one). */
export function insertRakorIn(tx: Tx, input: RakorInput, actorId: number) {
  const row = saveRakorRow(tx, null, rakorRow(tx, input, actorId), actorId)!;
  recordAudit(tx, { userId: actorId, action: "create", entity: "rakor", entityId: row.id, after: row });
  return row;
}

export function updateRakor(db: Db, id: number, input: RakorInput, actorId: number) {
  return db.transaction((tx) => updateRakorIn(tx, id, input, actorId));
}

/** Changes a rakor's own row with its audit row, inside the caller's transaction; undefined when there is none. */
export function updateRakorIn(tx: Tx, id: number, input: RakorInput, actorId: number) {
  const before = tx.select().from(rakor).where(eq(rakor.id, id)).get();
  if (!before) return undefined;
  const row = saveRakorRow(tx, id, rakorRow(tx, input, actorId), actorId);
  recordAudit(tx, { userId: actorId, action: "update", entity: "rakor", entityId: id, before, after: row });
  return row;
}

/** Marks the rakor as changed (for the invitation's SEQUENCE); called inside the part writers' transactions. */
function touch(tx: Tx, rakorId: number) {
  tx.update(rakor).set({ updatedAt: Date.now() }).where(eq(rakor.id, rakorId)).run();
}

// ---------------------------------------------------------------------------------------------
// Ordered parts: one way to number, append, reorder and close gaps
// ---------------------------------------------------------------------------------------------

type OrderedTable = typeof rakorSites | typeof agendaItems | typeof materials | typeof outcomes | typeof attendees;

function orderedIds(tx: Tx, table: OrderedTable, rakorId: number): number[] {
  return tx
    .all<{ id: number }>(sql`SELECT id FROM ${table} WHERE rakor_id = ${rakorId} ORDER BY position, id`)
    .map((r) => r.id);
}

export function nextPosition(tx: Tx, table: OrderedTable, rakorId: number): number {
  const row = tx.get<{ n: number | null }>(sql`SELECT max(position) AS n FROM ${table} WHERE rakor_id = ${rakorId}`);
  return (row?.n ?? 0) + 1;
}

function renumber(tx: Tx, table: OrderedTable, ids: number[]) {
  ids.forEach((id, i) => tx.run(sql`UPDATE ${table} SET position = ${i + 1} WHERE id = ${id}`));
}

/** Moves one row up or down among its rakor's rows; false when it is not this rakor's. */
function moveRow(tx: Tx, table: OrderedTable, rakorId: number, id: number, direction: "up" | "down"): boolean {
  const ids = orderedIds(tx, table, rakorId);
  const i = ids.indexOf(id);
  if (i < 0) return false;
  const j = direction === "up" ? i - 1 : i + 1;
  if (j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j], ids[i]];
  renumber(tx, table, ids);
  return true;
}

function closeGaps(tx: Tx, table: OrderedTable, rakorId: number) {
  renumber(tx, table, orderedIds(tx, table, rakorId));
}

// ---------------------------------------------------------------------------------------------
// Sites
// ---------------------------------------------------------------------------------------------

export interface SiteInput {
  name: string;
  agency: string | null;
  regionCode: string | null;
  chair: PersonInput;
  /** The user's answers for agency names that matched no agency exactly. */
  agencyChoices?: AgencyChoices;
}

function siteValues(tx: Tx, input: SiteInput, actorId: number) {
  return {
    name: input.name,
    agencyId: input.agency ? linkAgency(tx, input.agency, input.agencyChoices, actorId, input.regionCode) : null,
    agencyName: input.agency,
    regionCode: input.regionCode,
    chairName: input.chair.name,
    chairRank: input.chair.rank,
    chairPosition: input.chair.position,
    chairAgency: input.chair.agency,
    chairAgencyId: linkKnownAgency(tx, input.chair.agency, input.agencyChoices),
  };
}

export function listSites(db: Db, rakorId: number) {
  return db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).orderBy(asc(rakorSites.position)).all();
}

export function addSite(db: Db, rakorId: number, input: SiteInput, actorId: number) {
  return db.transaction((tx) => {
    const row = tx
      .insert(rakorSites)
      .values({ rakorId, position: nextPosition(tx, rakorSites, rakorId), ...siteValues(tx, input, actorId) })
      .returning()
      .get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "create", entity: "rakor_site", entityId: row.id, after: row });
    return row;
  });
}

export function updateSite(db: Db, rakorId: number, siteId: number, input: SiteInput, actorId: number) {
  return db.transaction((tx) => {
    const where = and(eq(rakorSites.id, siteId), eq(rakorSites.rakorId, rakorId));
    const before = tx.select().from(rakorSites).where(where).get();
    if (!before) return undefined;
    const row = tx.update(rakorSites).set(siteValues(tx, input, actorId)).where(where).returning().get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "update", entity: "rakor_site", entityId: siteId, before, after: row });
    return row;
  });
}

export type DeleteResult = { ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "in_use"; count: number };

/** Removes a site; refused while attendees are recorded there (they would go with it). */
export function deleteSite(db: Db, rakorId: number, siteId: number, actorId: number): DeleteResult {
  return db.transaction((tx) => {
    const where = and(eq(rakorSites.id, siteId), eq(rakorSites.rakorId, rakorId));
    const before = tx.select().from(rakorSites).where(where).get();
    if (!before) return { ok: false, reason: "not_found" } as const;
    const people = tx.select({ n: count() }).from(attendees).where(eq(attendees.siteId, siteId)).get()?.n ?? 0;
    if (people > 0) return { ok: false, reason: "in_use", count: people } as const;
    tx.delete(rakorSites).where(where).run();
    closeGaps(tx, rakorSites, rakorId);
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "delete", entity: "rakor_site", entityId: siteId, before });
    return { ok: true } as const;
  });
}

export function moveSite(db: Db, rakorId: number, siteId: number, direction: "up" | "down", actorId: number): boolean {
  return db.transaction((tx) => {
    if (!moveRow(tx, rakorSites, rakorId, siteId, direction)) return false;
    recordAudit(tx, { userId: actorId, action: `move_${direction}`, entity: "rakor_site", entityId: siteId });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Agenda
// ---------------------------------------------------------------------------------------------

export interface AgendaInput {
  title: string;
  presenter: PersonInput;
  startsAt: number | null;
  notes: string | null;
}

function agendaValues(input: AgendaInput) {
  return {
    title: input.title,
    presenterName: input.presenter.name,
    presenterRank: input.presenter.rank,
    presenterPosition: input.presenter.position,
    presenterAgency: input.presenter.agency,
    startsAt: input.startsAt,
    notes: input.notes,
  };
}

export function addAgendaItem(db: Db, rakorId: number, input: AgendaInput, actorId: number) {
  return db.transaction((tx) => {
    const row = tx
      .insert(agendaItems)
      .values({ rakorId, position: nextPosition(tx, agendaItems, rakorId), ...agendaValues(input) })
      .returning()
      .get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "create", entity: "agenda_item", entityId: row.id, after: row });
    return row;
  });
}

export function updateAgendaItem(db: Db, rakorId: number, itemId: number, input: AgendaInput, actorId: number) {
  return db.transaction((tx) => {
    const where = and(eq(agendaItems.id, itemId), eq(agendaItems.rakorId, rakorId));
    const before = tx.select().from(agendaItems).where(where).get();
    if (!before) return undefined;
    const row = tx.update(agendaItems).set(agendaValues(input)).where(where).returning().get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "update", entity: "agenda_item", entityId: itemId, before, after: row });
    return row;
  });
}

export function deleteAgendaItem(db: Db, rakorId: number, itemId: number, actorId: number): boolean {
  return db.transaction((tx) => {
    const where = and(eq(agendaItems.id, itemId), eq(agendaItems.rakorId, rakorId));
    const before = tx.select().from(agendaItems).where(where).get();
    if (!before) return false;
    tx.delete(agendaItems).where(where).run();
    closeGaps(tx, agendaItems, rakorId);
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "delete", entity: "agenda_item", entityId: itemId, before });
    return true;
  });
}

export function moveAgendaItem(db: Db, rakorId: number, itemId: number, direction: "up" | "down", actorId: number): boolean {
  return db.transaction((tx) => {
    if (!moveRow(tx, agendaItems, rakorId, itemId, direction)) return false;
    recordAudit(tx, { userId: actorId, action: `move_${direction}`, entity: "agenda_item", entityId: itemId });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Materials
// ---------------------------------------------------------------------------------------------

export interface MaterialInput {
  title: string;
  kind: MaterialKind;
  url: string | null;
}

export function listMaterials(db: Db, rakorId: number) {
  return db
    .select({ material: materials, file: { originalName: files.originalName, size: files.size, mediaType: files.mediaType } })
    .from(materials)
    .leftJoin(files, eq(files.id, materials.fileId))
    .where(eq(materials.rakorId, rakorId))
    .orderBy(asc(materials.position))
    .all()
    .map((r) => ({ ...r.material, file: r.material.fileId ? r.file : null }));
}

/**
 * Records a material: a link, or an uploaded file already staged by stageFile. The file row,
 * the material and the audit row commit together; on any failure the staged bytes are removed.
 */
export function addMaterial(db: Db, rakorId: number, input: MaterialInput, staged: StagedFile | null, actorId: number) {
  try {
    assertNoProblems(materialProblems(input));
    return db.transaction((tx) => {
      const file = staged ? recordFile(tx, staged) : null;
      const row = tx
        .insert(materials)
        .values({ rakorId, position: nextPosition(tx, materials, rakorId), title: input.title, kind: input.kind, url: input.url, fileId: file?.id ?? null })
        .returning()
        .get();
      touch(tx, rakorId);
      recordAudit(tx, { userId: actorId, action: "create", entity: "material", entityId: row.id, after: { ...row, file } });
      return row;
    });
  } catch (error) {
    staged?.discard();
    throw error;
  }
}

export function updateMaterial(db: Db, rakorId: number, materialId: number, input: Omit<MaterialInput, "url"> & { url?: string | null }, actorId: number) {
  assertNoProblems(materialProblems(input));
  return db.transaction((tx) => {
    const where = and(eq(materials.id, materialId), eq(materials.rakorId, rakorId));
    const before = tx.select().from(materials).where(where).get();
    if (!before) return undefined;
    const set = { title: input.title, kind: input.kind, ...(before.fileId ? {} : { url: input.url ?? null }) };
    const row = tx.update(materials).set(set).where(where).returning().get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "update", entity: "material", entityId: materialId, before, after: row });
    return row;
  });
}

/** Removes a material and its stored file record; returns the storage key whose bytes the caller may delete, or false. */
export function deleteMaterial(db: Db, rakorId: number, materialId: number, actorId: number): { storageKey: string | null } | false {
  return db.transaction((tx) => {
    const where = and(eq(materials.id, materialId), eq(materials.rakorId, rakorId));
    const before = tx.select().from(materials).where(where).get();
    if (!before) return false;
    tx.delete(materials).where(where).run();
    let storageKey: string | null = null;
    if (before.fileId) {
      const file = tx.delete(files).where(eq(files.id, before.fileId)).returning().get();
      storageKey = file?.storageKey ?? null;
    }
    closeGaps(tx, materials, rakorId);
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "delete", entity: "material", entityId: materialId, before });
    return { storageKey };
  });
}

/** Removes the bytes of a deleted material's file; call after the deleting transaction committed. */
export function removeStoredBytes(storageKey: string) {
  rmSync(path.join(uploadDir(), path.basename(storageKey)), { force: true });
}

export function moveMaterial(db: Db, rakorId: number, materialId: number, direction: "up" | "down", actorId: number): boolean {
  return db.transaction((tx) => {
    if (!moveRow(tx, materials, rakorId, materialId, direction)) return false;
    recordAudit(tx, { userId: actorId, action: `move_${direction}`, entity: "material", entityId: materialId });
    return true;
  });
}

/** A material of this rakor with its stored file, for the download route. */
export function getMaterialFile(db: Db, rakorId: number, materialId: number) {
  return db
    .select({ material: materials, file: files })
    .from(materials)
    .innerJoin(files, eq(files.id, materials.fileId))
    .where(and(eq(materials.id, materialId), eq(materials.rakorId, rakorId)))
    .get();
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

/** Appends outcomes in the order given, all in one transaction. */
export function addOutcomes(db: Db, rakorId: number, texts: string[], actorId: number) {
  return db.transaction((tx) => {
    let position = nextPosition(tx, outcomes, rakorId);
    const rows = texts.map((text) => {
      const row = tx.insert(outcomes).values({ rakorId, position: position++, text }).returning().get();
      recordAudit(tx, { userId: actorId, action: "create", entity: "outcome", entityId: row.id, after: row });
      return row;
    });
    touch(tx, rakorId);
    return rows;
  });
}

export function updateOutcome(db: Db, rakorId: number, outcomeId: number, text: string, actorId: number) {
  return db.transaction((tx) => {
    const where = and(eq(outcomes.id, outcomeId), eq(outcomes.rakorId, rakorId));
    const before = tx.select().from(outcomes).where(where).get();
    if (!before) return undefined;
    const row = tx.update(outcomes).set({ text }).where(where).returning().get();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "update", entity: "outcome", entityId: outcomeId, before, after: row });
    return row;
  });
}

/** Removes an outcome; refused while action items are made from it (they would lose their origin). */
export function deleteOutcome(db: Db, rakorId: number, outcomeId: number, actorId: number): DeleteResult {
  return db.transaction((tx) => {
    const where = and(eq(outcomes.id, outcomeId), eq(outcomes.rakorId, rakorId));
    const before = tx.select().from(outcomes).where(where).get();
    if (!before) return { ok: false, reason: "not_found" } as const;
    const linked = tx.select({ n: count() }).from(actionItems).where(eq(actionItems.outcomeId, outcomeId)).get()?.n ?? 0;
    if (linked > 0) return { ok: false, reason: "in_use", count: linked } as const;
    tx.delete(outcomes).where(where).run();
    closeGaps(tx, outcomes, rakorId);
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "delete", entity: "outcome", entityId: outcomeId, before });
    return { ok: true } as const;
  });
}

export function moveOutcome(db: Db, rakorId: number, outcomeId: number, direction: "up" | "down", actorId: number): boolean {
  return db.transaction((tx) => {
    if (!moveRow(tx, outcomes, rakorId, outcomeId, direction)) return false;
    recordAudit(tx, { userId: actorId, action: `move_${direction}`, entity: "outcome", entityId: outcomeId });
    return true;
  });
}

/** Which outcome each action item of the rakor was made from (the items themselves come from action.server.ts). */
export function listOutcomeActionLinks(db: Db, rakorId: number): Map<number, number> {
  const rows = db
    .select({ actionId: actionItems.id, outcomeId: actionItems.outcomeId })
    .from(actionItems)
    .innerJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
    .where(eq(outcomes.rakorId, rakorId))
    .all();
  return new Map(rows.map((r) => [r.actionId, r.outcomeId!]));
}

