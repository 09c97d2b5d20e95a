// Attendees of a rakor: each at one of its sites, or with no site (siteId null) at the main venue
// or online on their own (see groupByPlace). Writes run
// in one transaction with their audit rows; a batch (pasted list, row editor, CSV import) is
// written whole or not at all.
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { agencies, attendees, rakor, rakorSites, type Attendance, type AttendeeRole } from "../../db/schema";
import { findAgencyByName, linkAgency, type AgencyChoices } from "../accounts/agency.server";
import { personKey, type ImportedPerson, type LineError } from "./attendee-import.server";
import { recordAudit } from "../accounts/audit.server";
import { formatNumber } from "../utils/format";
import { nextPosition } from "./rakor.server";

export interface AttendeeInput {
  name: string;
  rank: string | null;
  jobTitle: string | null;
  agency: string | null;
  siteId: number | null;
  role: AttendeeRole;
  attendance: Attendance;
  email?: string | null;
  durationMinutes?: number | null;
}

export function listAttendees(db: Db, rakorId: number) {
  return db
    .select({ attendee: attendees, canonicalName: agencies.name, siteName: rakorSites.name })
    .from(attendees)
    .leftJoin(agencies, eq(agencies.id, attendees.agencyId))
    .leftJoin(rakorSites, eq(rakorSites.id, attendees.siteId))
    .where(eq(attendees.rakorId, rakorId))
    .orderBy(sql`coalesce(${rakorSites.position}, 0)`, asc(attendees.position), asc(attendees.id))
    .all()
    .map((r) => ({ ...r.attendee, agencyName: r.attendee.agencyName ?? r.canonicalName, agencyCanonicalName: r.canonicalName, siteName: r.siteName }));
}

export type AttendeeRow = ReturnType<typeof listAttendees>[number];

export class UnknownSiteError extends Error {
  constructor(public siteId: number) {
    super(`site ${siteId} is not a site of this rakor`);
  }
}

function siteIdsOf(tx: Tx, rakorId: number): Set<number> {
  return new Set(tx.select({ id: rakorSites.id }).from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).all().map((s) => s.id));
}

/** An attendee's row: the agency as written, linked to its canonical agency (the user's choice, a match, or a new one). */
function attendeeValues(tx: Tx, input: AttendeeInput, actorId: number, sites: Set<number>, choices?: AgencyChoices) {
  if (input.siteId !== null && !sites.has(input.siteId)) throw new UnknownSiteError(input.siteId);
  return {
    siteId: input.siteId,
    name: input.name,
    rank: input.rank,
    jobTitle: input.jobTitle,
    agencyId: input.agency ? linkAgency(tx, input.agency, choices, actorId) : null,
    agencyName: input.agency,
    role: input.role,
    attendance: input.attendance,
    email: input.email ?? null,
    durationMinutes: input.durationMinutes ?? null,
  };
}

function touch(tx: Tx, rakorId: number) {
  tx.update(rakor).set({ updatedAt: Date.now() }).where(eq(rakor.id, rakorId)).run();
}

/** Adds people at the end of the list, all or none; `choices` link agency names the user answered for. */
export function addAttendees(db: Db, rakorId: number, inputs: AttendeeInput[], actorId: number, choices?: AgencyChoices): number {
  return db.transaction((tx) => {
    const sites = siteIdsOf(tx, rakorId);
    let position = nextPosition(tx, attendees, rakorId);
    for (const input of inputs) {
      const row = tx
        .insert(attendees)
        .values({ rakorId, position: position++, ...attendeeValues(tx, input, actorId, sites, choices) })
        .returning()
        .get();
      recordAudit(tx, { userId: actorId, action: "create", entity: "attendee", entityId: row.id, after: row });
    }
    touch(tx, rakorId);
    return inputs.length;
  });
}

export interface AttendeeRowChange {
  /** Null for a new row. */
  id: number | null;
  remove: boolean;
  input: AttendeeInput;
}

export class UnknownAttendeeError extends Error {
  constructor(public attendeeId: number) {
    super(`attendee ${attendeeId} is not an attendee of this rakor`);
  }
}

/** The row editor's save: updates, removals and new rows of one rakor in one transaction. */
export function saveAttendeeRows(db: Db, rakorId: number, rows: AttendeeRowChange[], actorId: number, choices?: AgencyChoices) {
  return db.transaction((tx) => {
    const sites = siteIdsOf(tx, rakorId);
    let position = nextPosition(tx, attendees, rakorId);
    const counts = { added: 0, updated: 0, removed: 0 };
    for (const row of rows) {
      if (row.id !== null) {
        const where = and(eq(attendees.id, row.id), eq(attendees.rakorId, rakorId));
        const before = tx.select().from(attendees).where(where).get();
        if (!before) throw new UnknownAttendeeError(row.id);
        if (row.remove) {
          tx.delete(attendees).where(where).run();
          recordAudit(tx, { userId: actorId, action: "delete", entity: "attendee", entityId: row.id, before });
          counts.removed++;
          continue;
        }
        const values = attendeeValues(tx, row.input, actorId, sites, choices);
        // Zoom minutes are not on the row editor: keep what an import recorded (and the address,
        // when a form that has no address field saves the row).
        const { email, durationMinutes: _minutes, ...rest } = values;
        const editable = row.input.email === undefined ? rest : { ...rest, email };
        const changed = (Object.keys(editable) as (keyof typeof editable)[]).some((k) => editable[k] !== before[k]);
        if (!changed) continue;
        const after = tx.update(attendees).set(editable).where(where).returning().get();
        recordAudit(tx, { userId: actorId, action: "update", entity: "attendee", entityId: row.id, before, after });
        counts.updated++;
      } else if (!row.remove) {
        const after = tx
          .insert(attendees)
          .values({ rakorId, position: position++, ...attendeeValues(tx, row.input, actorId, sites, choices) })
          .returning()
          .get();
        recordAudit(tx, { userId: actorId, action: "create", entity: "attendee", entityId: after.id, after });
        counts.added++;
      }
    }
    if (counts.added + counts.updated + counts.removed > 0) touch(tx, rakorId);
    return counts;
  });
}

export function deleteAttendee(db: Db, rakorId: number, attendeeId: number, actorId: number): boolean {
  return db.transaction((tx) => {
    const where = and(eq(attendees.id, attendeeId), eq(attendees.rakorId, rakorId));
    const before = tx.select().from(attendees).where(where).get();
    if (!before) return false;
    tx.delete(attendees).where(where).run();
    touch(tx, rakorId);
    recordAudit(tx, { userId: actorId, action: "delete", entity: "attendee", entityId: attendeeId, before });
    return true;
  });
}

/** Resolves the site names an import wrote ("Lokasi") against the rakor's sites; unknown names are line errors. */
export function resolveImportSites(db: Db, rakorId: number, people: ImportedPerson[]): { siteIds: (number | null)[]; errors: LineError[] } {
  const sites = db.select({ id: rakorSites.id, name: rakorSites.name }).from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).all();
  const byKey = new Map(sites.map((s) => [personKey(s.name), s.id]));
  const errors: LineError[] = [];
  const siteIds = people.map((p) => {
    if (!p.site) return null;
    const key = personKey(p.site);
    if (["tempatutama", "lokasiutama", "utama"].includes(key)) return null;
    const id = byKey.get(key);
    if (id === undefined) errors.push({ line: p.line, message: `Lokasi "${p.site}" tidak ada di rakor ini; tambahkan dulu di halaman Lokasi atau kosongkan.` });
    return id ?? null;
  });
  return { siteIds, errors };
}

export interface ImportDefaults {
  siteId: number | null;
  role: AttendeeRole;
  attendance: Attendance;
}

/**
 * Writes imported people. A person already on the list (same email, else the same whole name as
 * written) is updated where the import says something new: attendance and Zoom minutes are
 * replaced, so importing the same report twice writes nothing and counts them `unchanged`;
 * everyone else is added. Agency names keep what was written, linked by `choices` (the user's
 * answers for near-duplicates) or by name. All in one transaction.
 */
export function importAttendees(db: Db, rakorId: number, people: ImportedPerson[], siteIds: (number | null)[], defaults: ImportDefaults, actorId: number, choices?: AgencyChoices) {
  return db.transaction((tx) => {
    const sites = siteIdsOf(tx, rakorId);
    const existing = tx.select().from(attendees).where(eq(attendees.rakorId, rakorId)).all();
    const byEmail = new Map(existing.filter((a) => a.email).map((a) => [a.email!.toLowerCase(), a]));
    const byName = new Map(existing.map((a) => [personKey(a.name), a]));
    let position = nextPosition(tx, attendees, rakorId);
    const counts = { added: 0, updated: 0, unchanged: 0 };
    // A Zoom name that starts with (or holds) an agency already known links to it, as written; none is created.
    const knownAgency = (p: ImportedPerson) => p.agencyHints?.find((h) => findAgencyByName(tx, h)) ?? null;
    people.forEach((p, i) => {
      const siteId = p.site ? siteIds[i] : defaults.siteId;
      const input: AttendeeInput = {
        name: p.name,
        rank: p.rank,
        jobTitle: p.jobTitle,
        agency: p.agency ?? knownAgency(p),
        siteId,
        role: p.role ?? defaults.role,
        attendance: p.attendance ?? defaults.attendance,
        email: p.email,
        durationMinutes: p.durationMinutes,
      };
      const match = (p.email ? byEmail.get(p.email) : undefined) ?? byName.get(personKey(p.name));
      if (match) {
        const set: Partial<typeof attendees.$inferInsert> = { attendance: input.attendance };
        if (p.durationMinutes !== null) set.durationMinutes = p.durationMinutes;
        if (p.email) set.email = p.email;
        if (p.rank) set.rank = p.rank;
        if (p.jobTitle) set.jobTitle = p.jobTitle;
        const agency = p.agency ?? (match.agencyId === null ? input.agency : null);
        if (agency) {
          set.agencyId = linkAgency(tx, agency, choices, actorId);
          set.agencyName = agency;
        }
        if (p.role) set.role = p.role;
        if (p.site) set.siteId = siteId;
        if (set.siteId != null && !sites.has(set.siteId)) throw new UnknownSiteError(set.siteId);
        if ((Object.keys(set) as (keyof typeof set)[]).every((k) => set[k] === match[k as keyof typeof match])) {
          counts.unchanged++;
          return;
        }
        const after = tx.update(attendees).set(set).where(eq(attendees.id, match.id)).returning().get();
        recordAudit(tx, { userId: actorId, action: "import.update", entity: "attendee", entityId: match.id, before: match, after });
        byName.set(personKey(after.name), after);
        if (after.email) byEmail.set(after.email, after);
        counts.updated++;
      } else {
        const after = tx
          .insert(attendees)
          .values({ rakorId, position: position++, ...attendeeValues(tx, input, actorId, sites, choices) })
          .returning()
          .get();
        recordAudit(tx, { userId: actorId, action: "import.create", entity: "attendee", entityId: after.id, after });
        byName.set(personKey(after.name), after);
        if (after.email) byEmail.set(after.email, after);
        counts.added++;
      }
    });
    if (counts.added + counts.updated > 0) touch(tx, rakorId);
    return counts;
  });
}

/** Attendance by agency and channel (hadir luring / hadir daring / tidak hadir), largest first. */
export function attendanceByAgency(db: Db, rakorId: number) {
  const counted = (a: Attendance) => sql<number>`coalesce(sum(${attendees.attendance} = ${a}), 0)`.mapWith(Number);
  return db
    .select({
      agencyName: agencies.name,
      inPerson: counted("in_person"),
      online: counted("online"),
      absent: counted("absent"),
      total: count(attendees.id),
    })
    .from(attendees)
    .leftJoin(agencies, eq(agencies.id, attendees.agencyId))
    .where(eq(attendees.rakorId, rakorId))
    .groupBy(attendees.agencyId)
    .orderBy(sql`${agencies.name} IS NULL`, sql`count(${attendees.id}) DESC`, asc(agencies.name))
    .all();
}

export type AgencyAttendance = ReturnType<typeof attendanceByAgency>[number];

/** Where an attendee took part: the main venue, one of the rakor's sites, or online from no site. */
export interface PlaceGroup<T> {
  kind: "venue" | "site" | "online";
  siteId: number | null;
  /** The site's name; null for the venue and online. */
  siteName: string | null;
  people: T[];
  /** People there who attended (in person or online). */
  present: number;
}

/**
 * Attendees grouped by where they took part: the main venue first, then each site in order (also
 * when nobody is recorded there), then those online from no site. An attendee at a site counts
 * there, in person or online; one with no site counts online when online, else at the venue.
 */
export function groupByPlace<T extends { siteId: number | null; attendance: Attendance }>(people: T[], sites: { id: number; name: string }[]): PlaceGroup<T>[] {
  const group = (kind: PlaceGroup<T>["kind"], siteId: number | null, siteName: string | null, members: T[]): PlaceGroup<T> => ({
    kind,
    siteId,
    siteName,
    people: members,
    present: members.filter((a) => a.attendance !== "absent").length,
  });
  const noSite = people.filter((a) => a.siteId === null);
  return [
    group("venue", null, null, noSite.filter((a) => a.attendance !== "online")),
    ...sites.map((s) => group("site", s.id, s.name, people.filter((a) => a.siteId === s.id))),
    group("online", null, null, noSite.filter((a) => a.attendance === "online")),
  ];
}

/** "Hadir di tempat: 12; Kolaka: 5; Balikpapan: 3; Daring: 4": every site, the venue and online when someone is there. */
export function presenceLine(groups: PlaceGroup<unknown>[]): string {
  return groups
    .filter((g) => g.kind === "site" || g.present > 0)
    .map((g) => `${g.kind === "venue" ? "Hadir di tempat" : g.kind === "online" ? "Daring" : g.siteName}: ${formatNumber(g.present)}`)
    .join("; ");
}
