// Action items (rencana aksi): read verbs. Every query carries the user's scope (and, for
// liaisons, the agency) in its where clause.
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";
import { actionItems, actionSupportingAgencies, actionUpdates, agencies, outcomes, rakor, regions, subsatgas } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../utils/scope";
import { overdueCondition } from "./overdue.server";

const leadAgency = alias(agencies, "lead_agency");

/** Lead or supporting agency. */
export function involvesAgency(agencyId: number): SQL {
  return or(
    eq(actionItems.leadAgencyId, agencyId),
    sql`EXISTS (SELECT 1 FROM ${actionSupportingAgencies} WHERE ${actionSupportingAgencies.actionId} = ${actionItems.id} AND ${actionSupportingAgencies.agencyId} = ${agencyId})`,
  )!;
}

function listColumns(now: number) {
  return {
    id: actionItems.id,
    title: actionItems.title,
    subsatgasSlug: actionItems.subsatgasSlug,
    subsatgasName: subsatgas.name,
    leadAgencyId: actionItems.leadAgencyId,
    leadAgencyName: leadAgency.name,
    regionCode: actionItems.regionCode,
    regionName: regions.name,
    dueDate: actionItems.dueDate,
    status: actionItems.status,
    progress: actionItems.progress,
    overdue: sql<number>`${overdueCondition(now)}`.mapWith(Boolean),
    rakorId: outcomes.rakorId,
  };
}

function baseList(db: Db, now: number) {
  return db
    .select(listColumns(now))
    .from(actionItems)
    .innerJoin(subsatgas, eq(subsatgas.slug, actionItems.subsatgasSlug))
    .innerJoin(leadAgency, eq(leadAgency.id, actionItems.leadAgencyId))
    .leftJoin(regions, eq(regions.code, actionItems.regionCode))
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId));
}

export type ActionListRow = ReturnType<ReturnType<typeof baseList>["all"]>[number];

/** "Tugas instansi saya": the agency's items (lead or supporting) within scope, overdue first. */
export function listActionsForAgency(db: Db, agencyId: number, scope: ScopeCode, now = Date.now()) {
  return baseList(db, now)
    .where(and(involvesAgency(agencyId), scopeCondition(actionItems.regionCode, scope)))
    .orderBy(desc(overdueCondition(now)), sql`${actionItems.status} IN ('done', 'cancelled')`, asc(actionItems.dueDate), asc(actionItems.id))
    .all();
}

/** The action items made from the outcomes of one rakor. */
export function listActionsForRakor(db: Db, rakorId: number, now = Date.now()) {
  return baseList(db, now).where(eq(outcomes.rakorId, rakorId)).orderBy(asc(outcomes.position), asc(actionItems.id)).all();
}

export function listActionsInScope(db: Db, scope: ScopeCode, page: { limit: number; offset: number }, now = Date.now()) {
  return baseList(db, now)
    .where(scopeCondition(actionItems.regionCode, scope))
    .orderBy(asc(subsatgas.position), asc(actionItems.dueDate), asc(actionItems.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export function getAction(db: Db, id: number, now = Date.now()) {
  const row = baseList(db, now).where(eq(actionItems.id, id)).get();
  if (!row) return undefined;
  const supporting = db
    .select({ id: agencies.id, name: agencies.name })
    .from(actionSupportingAgencies)
    .innerJoin(agencies, eq(agencies.id, actionSupportingAgencies.agencyId))
    .where(eq(actionSupportingAgencies.actionId, id))
    .all();
  const history = db.select().from(actionUpdates).where(eq(actionUpdates.actionId, id)).orderBy(asc(actionUpdates.at), asc(actionUpdates.id)).all();
  const detail = db
    .select({ description: actionItems.description, outcomeText: outcomes.text, rakorTitle: rakor.title, version: actionItems.version })
    .from(actionItems)
    .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
    .leftJoin(rakor, eq(rakor.id, outcomes.rakorId))
    .where(eq(actionItems.id, id))
    .get()!;
  return { ...row, ...detail, supporting, history };
}
