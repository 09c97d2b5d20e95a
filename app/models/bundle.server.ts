// Writing a bundle into the database: one transaction, idempotent by ref. A rakor whose ref
// exists is updated in place (its sites, attendees, agenda and materials replaced, its outcomes
// kept by position); an action whose ref exists is updated and its status history extended,
// never duplicated. Validation of the bundle (schema and domain rules) happens before this.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import {
  actionItems,
  actionSupportingAgencies,
  actionUpdates,
  agendaItems,
  attendees,
  caseStatistics,
  materials,
  outcomes,
  rakor,
  rakorSites,
  taskForceSubsatgas,
  taskForces,
  type TimeZone,
} from "../../db/schema";
import { parseBundleInstant } from "../utils/time";
import { resolveAgencyId } from "./agency.server";
import { recordAudit } from "./audit.server";
import type { Bundle, BundleAction, BundlePerson, BundleRakor } from "./bundle.types";

export interface ImportCounts {
  created: number;
  updated: number;
}

export interface ImportSummary {
  rakor: ImportCounts;
  actions: ImportCounts;
  taskForces: ImportCounts;
  caseStatistics: ImportCounts;
}

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0 });

function person(prefix: "chair" | "presenter", p: BundlePerson | undefined) {
  return {
    [`${prefix}Name`]: p?.name ?? null,
    [`${prefix}Rank`]: p?.rank ?? null,
    [`${prefix}Position`]: p?.position ?? null,
    [`${prefix}Agency`]: p?.agency ?? null,
  };
}

export function writeBundle(db: Db, bundle: Bundle, actorId: number | null): ImportSummary {
  const summary: ImportSummary = {
    rakor: emptyCounts(),
    actions: emptyCounts(),
    taskForces: emptyCounts(),
    caseStatistics: emptyCounts(),
  };
  db.transaction((tx) => {
    for (const r of bundle.rakor ?? []) writeRakor(tx, r, actorId, summary);
    for (const t of bundle.taskForces ?? []) {
      const existing = tx.select({ id: taskForces.id }).from(taskForces).where(eq(taskForces.scopeKey, t.regionCode)).get();
      const values = {
        regionCode: t.regionCode,
        scopeKey: t.regionCode,
        formed: true,
        legalBasisKind: t.legalBasis?.kind ?? null,
        legalBasisNumber: t.legalBasis?.number ?? null,
        legalBasisDate: t.legalBasis?.date ?? null,
        legalBasisTitle: t.legalBasis?.title ?? null,
        secretariatAgencyId: t.secretariat ? resolveAgencyId(tx, t.secretariat, actorId, t.regionCode) : null,
        updatedAt: Date.now(),
      };
      const id = existing
        ? tx.update(taskForces).set(values).where(eq(taskForces.id, existing.id)).returning().get().id
        : tx.insert(taskForces).values(values).returning().get().id;
      tx.delete(taskForceSubsatgas).where(eq(taskForceSubsatgas.taskForceId, id)).run();
      for (const slug of t.subsatgasFormed ?? []) tx.insert(taskForceSubsatgas).values({ taskForceId: id, subsatgasSlug: slug }).run();
      summary.taskForces[existing ? "updated" : "created"]++;
      recordAudit(tx, { userId: actorId, action: existing ? "import.update" : "import.create", entity: "task_force", entityId: id, after: t });
    }
    for (const s of bundle.caseStatistics ?? []) {
      const agencyId = resolveAgencyId(tx, s.agency, actorId, s.regionCode ?? null);
      const key = and(
        eq(caseStatistics.agencyId, agencyId),
        eq(caseStatistics.periodStart, s.periodStart),
        eq(caseStatistics.periodEnd, s.periodEnd),
        s.regionCode ? eq(caseStatistics.regionCode, s.regionCode) : undefined,
      );
      const existing = tx.select({ id: caseStatistics.id }).from(caseStatistics).where(key).get();
      const values = {
        periodStart: s.periodStart,
        periodEnd: s.periodEnd,
        regionCode: s.regionCode ?? null,
        agencyId,
        casesReported: s.casesReported ?? 0,
        casesProsecuted: s.casesProsecuted ?? 0,
        suspects: s.suspects ?? 0,
        victimsTotal: s.victimsTotal ?? 0,
        victimsWomen: s.victimsWomen ?? 0,
        victimsChildren: s.victimsChildren ?? 0,
        victimsRehabilitated: s.victimsRehabilitated ?? 0,
        victimsRepatriated: s.victimsRepatriated ?? 0,
        createdBy: actorId,
      };
      const id = existing
        ? tx.update(caseStatistics).set(values).where(eq(caseStatistics.id, existing.id)).returning().get().id
        : tx.insert(caseStatistics).values(values).returning().get().id;
      summary.caseStatistics[existing ? "updated" : "created"]++;
      recordAudit(tx, { userId: actorId, action: existing ? "import.update" : "import.create", entity: "case_statistic", entityId: id, after: s });
    }
  });
  return summary;
}

function writeRakor(tx: Tx, r: BundleRakor, actorId: number | null, summary: ImportSummary) {
  const zone: TimeZone = r.timeZone;
  const values = {
    ref: r.ref,
    title: r.title,
    level: r.level,
    regionCode: r.regionCode ?? null,
    organizerAgencyId: resolveAgencyId(tx, r.organizer, actorId, r.regionCode ?? null),
    ...person("chair", r.chair),
    mode: r.mode,
    status: r.status ?? "held",
    startsAt: parseBundleInstant(r.startsAt, zone, "start"),
    endsAt: r.endsAt ? parseBundleInstant(r.endsAt, zone, "end") : null,
    timeZone: zone,
    venue: r.venue ?? null,
    onlinePlatform: r.online?.platform ?? null,
    onlineUrl: r.online?.url ?? null,
    updatedAt: Date.now(),
  };
  const existing = tx.select({ id: rakor.id }).from(rakor).where(eq(rakor.ref, r.ref)).get();
  const rakorId = existing
    ? tx.update(rakor).set(values).where(eq(rakor.id, existing.id)).returning().get().id
    : tx.insert(rakor).values({ ...values, createdBy: actorId }).returning().get().id;
  summary.rakor[existing ? "updated" : "created"]++;
  recordAudit(tx, { userId: actorId, action: existing ? "import.update" : "import.create", entity: "rakor", entityId: rakorId, after: { ref: r.ref, title: r.title } });

  // Sites, attendees, agenda and materials carry no identity of their own: replaced whole.
  tx.delete(attendees).where(eq(attendees.rakorId, rakorId)).run();
  tx.delete(rakorSites).where(eq(rakorSites.rakorId, rakorId)).run();
  tx.delete(agendaItems).where(eq(agendaItems.rakorId, rakorId)).run();
  tx.delete(materials).where(eq(materials.rakorId, rakorId)).run();

  const siteIds = new Map<string, number>();
  (r.sites ?? []).forEach((s, i) => {
    const site = tx
      .insert(rakorSites)
      .values({
        rakorId,
        position: i + 1,
        name: s.name,
        agencyId: s.agency ? resolveAgencyId(tx, s.agency, actorId, s.regionCode ?? null) : null,
        regionCode: s.regionCode ?? null,
        ...person("chair", s.chair),
      })
      .returning()
      .get();
    siteIds.set(s.name, site.id);
  });
  (r.attendees ?? []).forEach((a, i) => {
    tx.insert(attendees)
      .values({
        rakorId,
        siteId: a.site ? (siteIds.get(a.site) ?? null) : null,
        position: i + 1,
        name: a.name,
        rank: a.rank ?? null,
        jobTitle: a.position ?? null,
        agencyId: a.agency ? resolveAgencyId(tx, a.agency, actorId) : null,
        role: a.role ?? "participant",
        attendance: a.attendance ?? "in_person",
      })
      .run();
  });
  (r.agenda ?? []).forEach((item, i) => {
    tx.insert(agendaItems)
      .values({
        rakorId,
        position: i + 1,
        title: item.title,
        ...person("presenter", item.presenter),
        startsAt: item.startsAt ? parseBundleInstant(item.startsAt, zone) : null,
        notes: item.notes ?? null,
      })
      .run();
  });
  (r.materials ?? []).forEach((m, i) => {
    tx.insert(materials)
      .values({ rakorId, position: i + 1, title: m.title, kind: m.kind ?? "other", url: m.url ?? null })
      .run();
  });

  // Outcomes are kept by position so the action items linked to them keep their link.
  const existingOutcomes = tx.select().from(outcomes).where(eq(outcomes.rakorId, rakorId)).orderBy(outcomes.position).all();
  (r.outcomes ?? []).forEach((o, i) => {
    const current = existingOutcomes[i];
    const outcomeId = current
      ? tx.update(outcomes).set({ text: o.text }).where(eq(outcomes.id, current.id)).returning().get().id
      : tx.insert(outcomes).values({ rakorId, position: i + 1, text: o.text }).returning().get().id;
    for (const action of o.actions ?? []) writeAction(tx, action, outcomeId, actorId, summary);
  });
  for (const stale of existingOutcomes.slice((r.outcomes ?? []).length)) {
    tx.delete(outcomes).where(eq(outcomes.id, stale.id)).run();
  }
}

function writeAction(tx: Tx, a: BundleAction, outcomeId: number | null, actorId: number | null, summary: ImportSummary) {
  const updates = a.updates ?? [];
  const last = updates.at(-1);
  const values = {
    ref: a.ref,
    outcomeId,
    title: a.title,
    description: a.description ?? null,
    subsatgasSlug: a.subsatgas,
    leadAgencyId: resolveAgencyId(tx, a.agency, actorId, a.regionCode ?? null),
    regionCode: a.regionCode ?? null,
    dueDate: a.dueDate,
    status: last?.status ?? a.status ?? "not_started",
    progress: last?.progress ?? a.progress ?? 0,
    updatedAt: Date.now(),
  };
  const existing = tx.select({ id: actionItems.id, version: actionItems.version }).from(actionItems).where(eq(actionItems.ref, a.ref)).get();
  const actionId = existing
    ? tx.update(actionItems).set({ ...values, version: existing.version + 1 }).where(eq(actionItems.id, existing.id)).returning().get().id
    : tx.insert(actionItems).values({ ...values, createdBy: actorId }).returning().get().id;
  summary.actions[existing ? "updated" : "created"]++;

  tx.delete(actionSupportingAgencies).where(eq(actionSupportingAgencies.actionId, actionId)).run();
  for (const name of new Set(a.supportingAgencies ?? [])) {
    tx.insert(actionSupportingAgencies)
      .values({ actionId, agencyId: resolveAgencyId(tx, name, actorId) })
      .onConflictDoNothing()
      .run();
  }

  // History is append-only: only updates not already recorded are added.
  const known = new Set(
    tx
      .select({ at: actionUpdates.at, status: actionUpdates.status })
      .from(actionUpdates)
      .where(eq(actionUpdates.actionId, actionId))
      .all()
      .map((u) => `${u.at}|${u.status}`),
  );
  let lastProgress = 0;
  for (const u of updates) {
    const at = Date.parse(u.at);
    const progress = u.progress ?? (u.status === "done" ? 100 : lastProgress);
    lastProgress = progress;
    if (known.has(`${at}|${u.status}`)) continue;
    tx.insert(actionUpdates)
      .values({ actionId, at, status: u.status, progress, note: u.note ?? null, byName: u.by ?? null, byUserId: null })
      .run();
  }
  recordAudit(tx, { userId: actorId, action: existing ? "import.update" : "import.create", entity: "action_item", entityId: actionId, after: { ref: a.ref, status: values.status, progress: values.progress } });
}
