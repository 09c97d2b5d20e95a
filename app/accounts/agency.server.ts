// Agencies (instansi) and their aliases. Agencies named by string anywhere (forms, CSV, bundles)
// are matched ignoring case, spacing and known aliases, else created.
import { and, asc, eq, like, or, sql } from "drizzle-orm";
import type { Db, DbOrTx as Tx } from "../../db/client";
import { agencies, agencyAliases } from "../../db/schema";
import { agencyKey } from "./agency-key";
import { agencyMatcher } from "./agency-match";
import { recordAudit } from "./audit.server";

/** The agency known by `name` (its name, or one of its aliases), if any. */
export function findAgencyByName(db: Tx, name: string) {
  const key = agencyKey(name);
  if (!key) return undefined;
  const direct = db.select().from(agencies).where(eq(agencies.nameKey, key)).get();
  if (direct) return direct;
  return db
    .select({ agency: agencies })
    .from(agencyAliases)
    .innerJoin(agencies, eq(agencies.id, agencyAliases.agencyId))
    .where(eq(agencyAliases.aliasKey, key))
    .get()?.agency;
}

/**
 * What a user decided about names that matched no agency exactly: agencyKey(name as written) → the
 * agency it stands for. A name not in the map is matched as usual (and created when unknown).
 */
export type AgencyChoices = ReadonlyMap<string, number>;

/**
 * The canonical agency for a name as written: the user's choice for it, else the agency known by
 * that name or alias, else a new agency. The name as written is stored by the caller next to it.
 */
export function linkAgency(tx: Tx, name: string, choices: AgencyChoices | undefined, actorId: number | null, regionCode: string | null = null): number {
  return choices?.get(agencyKey(name)) ?? resolveAgencyId(tx, name, actorId, regionCode);
}

/**
 * The canonical agency of a name written about a person (a chair's agency): the user's choice, or
 * the agency known by that name or alias; never a new agency (null when unknown).
 */
export function linkKnownAgency(tx: Tx, name: string | null | undefined, choices?: AgencyChoices): number | null {
  if (!name?.trim()) return null;
  return choices?.get(agencyKey(name)) ?? findAgencyByName(tx, name)?.id ?? null;
}

/** The matcher of app/accounts/agency-match.ts over every agency with its short name and aliases. */
export function loadAgencyMatcher(db: Tx) {
  const aliases = new Map<number, string[]>();
  for (const a of db.select({ agencyId: agencyAliases.agencyId, alias: agencyAliases.alias }).from(agencyAliases).all()) {
    const list = aliases.get(a.agencyId);
    if (list) list.push(a.alias);
    else aliases.set(a.agencyId, [a.alias]);
  }
  const known = db.select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName }).from(agencies).all();
  return agencyMatcher(known.map((a) => ({ ...a, aliases: aliases.get(a.id) ?? [] })));
}

/** The id of the agency known by `name`, creating it when no agency or alias matches. */
export function resolveAgencyId(tx: Tx, name: string, actorId: number | null, regionCode: string | null = null): number {
  const existing = findAgencyByName(tx, name);
  if (existing) return existing.id;
  const created = tx
    .insert(agencies)
    .values({ name: name.trim().replace(/\s+/g, " "), nameKey: agencyKey(name), regionCode })
    .returning()
    .get();
  recordAudit(tx, { userId: actorId, action: "create", entity: "agency", entityId: created.id, after: created });
  return created.id;
}

export function listAgencies(db: Db, filter: { q?: string; activeOnly?: boolean } = {}) {
  const conditions = [];
  if (filter.activeOnly) conditions.push(eq(agencies.active, true));
  if (filter.q) {
    const pattern = `%${filter.q.trim()}%`;
    conditions.push(or(like(agencies.name, pattern), like(agencies.shortName, pattern)));
  }
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      shortName: agencies.shortName,
      regionCode: agencies.regionCode,
      nationalMember: agencies.nationalMember,
      active: agencies.active,
      aliases: sql<string | null>`(SELECT group_concat(alias, ', ') FROM ${agencyAliases} WHERE ${agencyAliases.agencyId} = ${agencies.id})`,
    })
    .from(agencies)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(sql`${agencies.nationalMember} DESC`, asc(agencies.name))
    .all();
}

/** Options for agency pickers: active agencies by name. */
export function listAgencyOptions(db: Db) {
  return db
    .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
    .from(agencies)
    .where(eq(agencies.active, true))
    .orderBy(asc(agencies.name))
    .all();
}

export function getAgency(db: Tx, id: number) {
  const agency = db.select().from(agencies).where(eq(agencies.id, id)).get();
  if (!agency) return undefined;
  const aliases = db.select({ alias: agencyAliases.alias }).from(agencyAliases).where(eq(agencyAliases.agencyId, id)).all();
  return { ...agency, aliases: aliases.map((a) => a.alias) };
}

export interface AgencyInput {
  name: string;
  shortName: string | null;
  regionCode: string | null;
  nationalMember: boolean;
  active: boolean;
  aliases: string[];
}

export class AgencyNameTakenError extends Error {
  constructor(public field: "name" | "aliases", public taken: string) {
    super(taken);
  }
}

/** Creates (id = null) or updates an agency with its aliases, in one transaction. */
export function saveAgency(db: Db, id: number | null, input: AgencyInput, actorId: number) {
  return db.transaction((tx) => {
    const nameKey = agencyKey(input.name);
    const clash = findAgencyByName(tx, input.name);
    if (clash && clash.id !== id) throw new AgencyNameTakenError("name", input.name);
    for (const alias of input.aliases) {
      const owner = findAgencyByName(tx, alias);
      if (owner && owner.id !== id) throw new AgencyNameTakenError("aliases", alias);
    }
    const before = id ? getAgency(tx, id) : undefined;
    const values = { name: input.name, shortName: input.shortName, nameKey, regionCode: input.regionCode, nationalMember: input.nationalMember, active: input.active };
    const saved = id
      ? tx.update(agencies).set(values).where(eq(agencies.id, id)).returning().get()
      : tx.insert(agencies).values(values).returning().get();
    tx.delete(agencyAliases).where(eq(agencyAliases.agencyId, saved.id)).run();
    const uniqueAliases = [...new Map(input.aliases.map((a) => [agencyKey(a), a.trim()])).entries()].filter(([k]) => k && k !== nameKey);
    for (const [aliasKey, alias] of uniqueAliases) tx.insert(agencyAliases).values({ agencyId: saved.id, alias, aliasKey }).run();
    recordAudit(tx, {
      userId: actorId,
      action: id ? "update" : "create",
      entity: "agency",
      entityId: saved.id,
      before: before ?? null,
      after: { ...saved, aliases: uniqueAliases.map(([, a]) => a) },
    });
    return saved;
  });
}
