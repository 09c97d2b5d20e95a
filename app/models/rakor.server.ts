// Rakor (rapat koordinasi): read verbs, scoped in the where clause.
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, agendaItems, attendees, materials, outcomes, rakor, rakorSites, regions } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../utils/scope";

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
  organizerName: agencies.name,
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
    .select({ rakor, organizerName: agencies.name, regionName: regions.name })
    .from(rakor)
    .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
    .leftJoin(regions, eq(regions.code, rakor.regionCode))
    .where(eq(rakor.id, id))
    .get();
  if (!head) return undefined;
  const sites = db
    .select({ site: rakorSites, agencyName: agencies.name, regionName: regions.name })
    .from(rakorSites)
    .leftJoin(agencies, eq(agencies.id, rakorSites.agencyId))
    .leftJoin(regions, eq(regions.code, rakorSites.regionCode))
    .where(eq(rakorSites.rakorId, id))
    .orderBy(asc(rakorSites.position))
    .all();
  const people = db
    .select({ attendee: attendees, agencyName: agencies.name })
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
    regionName: head.regionName,
    sites: sites.map((s) => ({ ...s.site, agencyName: s.agencyName, regionName: s.regionName })),
    attendees: people.map((p) => ({ ...p.attendee, agencyName: p.agencyName })),
    agenda,
    materials: mats,
    outcomes: outs,
  };
}
