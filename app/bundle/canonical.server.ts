// The canonical form of a bundle record: exactly what the exporter writes for a stored record.
// Two uses: the export itself, and deciding whether an incoming record is unchanged. For the
// latter the incoming record is put into the same form (defaults applied, instants written in the
// record's own zone, agency names replaced by the name of the agency they resolve to) and the two
// are compared: equal means the import would write nothing, not even an audit row.
import { isDeepStrictEqual } from "node:util";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  actionItems,
  actionSupportingAgencies,
  actionUpdates,
  actionVerifications,
  agencies,
  agendaItems,
  attendees,
  caseStatistics,
  files,
  materials,
  outcomes,
  rakor,
  rakorMinutes,
  rakorSeries,
  rakorSites,
  regions,
  subsatgas,
  taskForceSubsatgas,
  taskForces,
  users,
  type ActionStatus,
  type TimeZone,
  type VerificationResult,
} from "../../db/schema";
import { isEndOfDay, isStartOfDay, parseBundleInstant } from "../utils/period";
import type {
  BundleAction,
  BundleActionUpdate,
  BundleAttendee,
  BundleCaseStatistic,
  BundleMinutes,
  BundlePerson,
  BundleRakor,
  BundleTaskForce,
} from "./types";
import { bundleSeriesRule } from "./series-rule";
import type { CheckedMaterialFile } from "./validate.server";
import { uploadDir } from "../utils/upload.server";
import { NATIONAL_TIME_ZONE } from "../action-plan/overdue.server";
import { APPROVED_NOTE, verificationResultNote } from "../action-plan/rules";

// ---------------------------------------------------------------------------------------------
// Instants
// ---------------------------------------------------------------------------------------------

/** An instant as ISO 8601 with the offset of `zone`: '2025-06-04T10:00:00+08:00'. */
export function formatInstant(epochMs: number, zone: TimeZone): string {
  const pattern = epochMs % 1000 === 0 ? "yyyy-MM-dd'T'HH:mm:ssXXX" : "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
  return format(new TZDate(epochMs, zone), pattern);
}

/**
 * A rakor's start: a bare date when it is midnight in its zone (how an import of '2023-05-23', an
 * hour not known, is stored), else a date-time. Its end: a bare date when it is the last
 * millisecond of a day (how a bare end date is stored).
 */
export function formatRakorInstant(epochMs: number, zone: TimeZone, edge: "start" | "end"): string {
  const local = formatInstant(epochMs, zone);
  const bare = edge === "start" ? isStartOfDay(epochMs, zone) : isEndOfDay(epochMs, zone);
  return bare ? local.slice(0, 10) : local;
}

/** The zone an action's history is written in: its region's, WIB for national items. */
export const actionZone = (regionZone: TimeZone | null | undefined): TimeZone => regionZone ?? NATIONAL_TIME_ZONE;

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** Materials: with the file itself (export) or its SHA-256 (comparison, no file read needed). */
export type ContentMode = "base64" | "sha256";

export type CanonicalMaterial = NonNullable<BundleRakor["materials"]>[number] & { sha256?: string };

/** Drops keys whose value is undefined or an empty array, so absent and empty compare equal. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

const opt = <T,>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

function personFrom(name: string | null, rank: string | null, position: string | null, agency: string | null): BundlePerson | undefined {
  return name === null ? undefined : compact({ name, rank: opt(rank), position: opt(position), agency: opt(agency) });
}

export const sameRecord = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

// ---------------------------------------------------------------------------------------------
// Status history and verification
// ---------------------------------------------------------------------------------------------

type State = { status: ActionStatus; progress: number };
/** The state before any update: what a completion returned at once restores. */
const NOTHING_YET: State = { status: "not_started", progress: 0 };

/** A stored history row's identity: its instant and status. */
export const historyKey = (u: { at: number; status: ActionStatus }) => `${u.at}|${u.status}`;

/** The state each update of a bundle history leaves the item in: its own, or for a returned completion the one before it. */
export function effectiveStates(updates: { status: ActionStatus; progress: number; result?: VerificationResult }[]): State[] {
  let before = NOTHING_YET;
  return updates.map((u) => (before = u.result === "returned" ? before : { status: u.status, progress: u.progress }));
}

// ---------------------------------------------------------------------------------------------
// Stored records in bundle form
// ---------------------------------------------------------------------------------------------

/** Reads stored records in their bundle form, with statements prepared once per reader. */
export class CanonicalReader {
  private q;

  constructor(db: DbOrTx) {
    const id = sql.placeholder("id");
    this.q = {
      rakor: db
        .select({
          r: rakor,
          organizer: sql<string>`coalesce(${rakor.organizerAgencyName}, ${agencies.name})`,
          series: { ref: rakorSeries.ref, kind: rakorSeries.kind, rule: rakorSeries.rule, timeZone: rakorSeries.timeZone, title: rakorSeries.title },
        })
        .from(rakor)
        .innerJoin(agencies, eq(agencies.id, rakor.organizerAgencyId))
        .leftJoin(rakorSeries, eq(rakorSeries.id, rakor.seriesId))
        .where(eq(rakor.id, id))
        .prepare(),
      minutes: db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, id)).orderBy(desc(rakorMinutes.version)).limit(1).prepare(),
      sites: db
        .select({ s: rakorSites, agency: sql<string | null>`coalesce(${rakorSites.agencyName}, ${agencies.name})` })
        .from(rakorSites)
        .leftJoin(agencies, eq(agencies.id, rakorSites.agencyId))
        .where(eq(rakorSites.rakorId, id))
        .orderBy(asc(rakorSites.position), asc(rakorSites.id))
        .prepare(),
      attendees: db
        .select({ a: attendees, agency: sql<string | null>`coalesce(${attendees.agencyName}, ${agencies.name})`, site: rakorSites.name })
        .from(attendees)
        .leftJoin(agencies, eq(agencies.id, attendees.agencyId))
        .leftJoin(rakorSites, eq(rakorSites.id, attendees.siteId))
        .where(eq(attendees.rakorId, id))
        .orderBy(asc(attendees.position), asc(attendees.id))
        .prepare(),
      agenda: db.select().from(agendaItems).where(eq(agendaItems.rakorId, id)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).prepare(),
      materials: db
        .select({ m: materials, f: files })
        .from(materials)
        .leftJoin(files, eq(files.id, materials.fileId))
        .where(eq(materials.rakorId, id))
        .orderBy(asc(materials.position), asc(materials.id))
        .prepare(),
      outcomes: db.select().from(outcomes).where(eq(outcomes.rakorId, id)).orderBy(asc(outcomes.position), asc(outcomes.id)).prepare(),
      action: db
        .select({
          a: actionItems,
          agency: sql<string>`coalesce(${actionItems.leadAgencyName}, ${agencies.name})`,
          zone: regions.timeZone,
          rakorRef: rakor.ref,
          outcomePosition: outcomes.position,
        })
        .from(actionItems)
        .innerJoin(agencies, eq(agencies.id, actionItems.leadAgencyId))
        .leftJoin(regions, eq(regions.code, actionItems.regionCode))
        .leftJoin(outcomes, eq(outcomes.id, actionItems.outcomeId))
        .leftJoin(rakor, eq(rakor.id, outcomes.rakorId))
        .where(eq(actionItems.id, id))
        .prepare(),
      supporting: db
        .select({ name: sql<string>`coalesce(${actionSupportingAgencies.agencyName}, ${agencies.name})` })
        .from(actionSupportingAgencies)
        .innerJoin(agencies, eq(agencies.id, actionSupportingAgencies.agencyId))
        .where(eq(actionSupportingAgencies.actionId, id))
        .orderBy(sql`${actionSupportingAgencies}.rowid`)
        .prepare(),
      updates: db
        .select({ u: actionUpdates, userName: users.name })
        .from(actionUpdates)
        .leftJoin(users, eq(users.id, actionUpdates.byUserId))
        .where(eq(actionUpdates.actionId, id))
        .orderBy(asc(actionUpdates.at), asc(actionUpdates.id))
        .prepare(),
      verifications: db
        .select({ v: actionVerifications, verifierName: users.name })
        .from(actionVerifications)
        .innerJoin(actionUpdates, eq(actionUpdates.id, actionVerifications.updateId))
        .leftJoin(users, eq(users.id, actionVerifications.byUserId))
        .where(eq(actionUpdates.actionId, id))
        .prepare(),
      taskForce: db
        .select({ t: taskForces, secretariat: sql<string | null>`coalesce(${taskForces.secretariatAgencyName}, ${agencies.name})` })
        .from(taskForces)
        .leftJoin(agencies, eq(agencies.id, taskForces.secretariatAgencyId))
        .where(eq(taskForces.id, id))
        .prepare(),
      taskForceSubsatgas: db
        .select({ slug: taskForceSubsatgas.subsatgasSlug })
        .from(taskForceSubsatgas)
        .innerJoin(subsatgas, eq(subsatgas.slug, taskForceSubsatgas.subsatgasSlug))
        .where(eq(taskForceSubsatgas.taskForceId, id))
        .orderBy(asc(subsatgas.position))
        .prepare(),
      caseStatistic: db
        .select({ s: caseStatistics, agency: sql<string>`coalesce(${caseStatistics.agencyName}, ${agencies.name})` })
        .from(caseStatistics)
        .innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId))
        .where(eq(caseStatistics.id, id))
        .prepare(),
    };
  }

  /**
   * A stored rakor in bundle form. `actions`: the ids of the action items to nest under each
   * outcome (export), or false to leave them out (comparison: actions are records of their own).
   */
  rakor(id: number, options: { content: ContentMode; actions: false | ((outcomeId: number) => number[]) }): BundleRakor {
    const { r, organizer, series } = this.q.rakor.get({ id })!;
    const minutes = this.q.minutes.get({ id });
    const zone = r.timeZone;
    const sites = this.q.sites.all({ id }).map(({ s, agency }) =>
      compact({
        name: s.name,
        agency: opt(agency),
        regionCode: opt(s.regionCode),
        chair: personFrom(s.chairName, s.chairRank, s.chairPosition, s.chairAgency),
      }),
    );
    const people = this.q.attendees.all({ id }).map(
      ({ a, agency, site }): BundleAttendee =>
        compact({
          name: a.name,
          rank: opt(a.rank),
          position: opt(a.jobTitle),
          agency: opt(agency),
          role: a.role,
          attendance: a.attendance,
          site: opt(site),
          email: opt(a.email),
          onlineMinutes: a.durationMinutes ?? undefined,
        }),
    );
    const agenda = this.q.agenda.all({ id }).map((item) =>
      compact({
        title: item.title,
        presenter: personFrom(item.presenterName, item.presenterRank, item.presenterPosition, item.presenterAgency),
        startsAt: item.startsAt === null ? undefined : formatInstant(item.startsAt, zone),
        notes: opt(item.notes),
      }),
    );
    const mats = this.q.materials.all({ id }).map(({ m, f }): CanonicalMaterial => {
      const content =
        f === null
          ? {}
          : options.content === "sha256"
            ? { sha256: f.sha256 }
            : { contentBase64: readFileSync(path.join(uploadDir(), path.basename(f.storageKey))).toString("base64") };
      return compact({ title: m.title, kind: m.kind, fileName: f?.originalName, mediaType: f?.mediaType, ...content, url: opt(m.url) });
    });
    const outs = this.q.outcomes.all({ id }).map((o) => {
      const actions = options.actions ? options.actions(o.id).map((actionId) => this.action(actionId).record) : undefined;
      return compact({ text: o.text, actions });
    });
    return compact({
      ref: r.ref!,
      title: r.title,
      level: r.level,
      regionCode: opt(r.regionCode),
      organizer,
      status: r.status,
      mode: r.mode,
      startsAt: formatRakorInstant(r.startsAt, zone, "start"),
      endsAt: r.endsAt === null ? undefined : formatRakorInstant(r.endsAt, zone, "end"),
      timeZone: zone,
      venue: opt(r.venue),
      online: r.onlinePlatform === null ? undefined : compact({ platform: r.onlinePlatform, url: opt(r.onlineUrl) }),
      chair: personFrom(r.chairName, r.chairRank, r.chairPosition, r.chairAgency),
      sites,
      attendees: people,
      agenda,
      materials: mats,
      outcomes: outs,
      series: series === null ? undefined : compact({ ref: series.ref ?? "", rule: bundleSeriesRule(series.kind, series.rule, series.timeZone), title: series.title }),
      minutes:
        minutes === undefined
          ? undefined
          : compact({
              status: minutes.status,
              approvedAt: minutes.approvedAt === null ? undefined : formatInstant(minutes.approvedAt, zone),
              approvedBy: opt(minutes.approvedByName),
              verificationCode: opt(minutes.verificationCode),
            }),
    });
  }

  /**
   * A stored action in bundle form, with where it hangs (rakor ref and outcome position), and its
   * stored history rows by `at|status` (whether each has a verification). A verified completion is
   * one update with status done and its `verification`: the update the verification appended
   * (selesai, or the status restored) is folded into it. A completion still waiting is left out
   * (the format has no status for it). The action's status and progress are those its last update
   * leaves (a returned completion: the ones before it), else its own.
   */
  action(id: number): { record: BundleAction; link: string | null; stored: Map<string, { id: number; verified: boolean }> } {
    const row = this.q.action.get({ id })!;
    const a = row.a;
    const zone = actionZone(row.zone);
    const history = this.q.updates.all({ id });
    const checks = new Map(this.q.verifications.all({ id }).map((c) => [c.v.updateId, c]));
    const appended = new Set([...checks.values()].map(({ v }) => v.resultUpdateId).filter((rid) => rid !== null && !checks.has(rid)));
    const noteOf = new Map(history.map(({ u }) => [u.id, u.note]));
    const updates: BundleActionUpdate[] = [];
    for (const { u, userName } of history) {
      const check = checks.get(u.id);
      if (appended.has(u.id) || (u.status === "awaiting_verification" && !check)) continue;
      const v = check?.v;
      // The reason is the verification's; an approval without one kept the text of the update it appended.
      const resultNote = v && v.resultUpdateId !== null && v.resultUpdateId !== u.id ? noteOf.get(v.resultUpdateId) : null;
      const verificationNote = v ? (v.note ?? (resultNote && resultNote !== APPROVED_NOTE ? resultNote : null)) : null;
      updates.push(
        compact({
          at: formatInstant(u.at, zone),
          status: u.status === "awaiting_verification" ? "done" : u.status,
          progress: u.progress,
          note: opt(u.note),
          by: opt(u.byName ?? userName),
          verification: v ? compact({ result: v.result, at: formatInstant(v.at, zone), by: opt(v.byName ?? check.verifierName), note: opt(verificationNote) }) : undefined,
        }),
      );
    }
    const states = effectiveStates(updates.map((u) => ({ status: u.status, progress: u.progress!, result: u.verification?.result })));
    const latest = states.at(-1) ?? (a.status === "awaiting_verification" ? NOTHING_YET : a);
    const record: BundleAction = compact({
      ref: a.ref!,
      title: a.title,
      description: opt(a.description),
      subsatgas: a.subsatgasSlug,
      agency: row.agency,
      supportingAgencies: this.q.supporting.all({ id }).map((s) => s.name),
      regionCode: opt(a.regionCode),
      dueDate: a.dueDate,
      status: latest.status,
      progress: latest.progress,
      updates,
    });
    return {
      record,
      link: row.rakorRef !== null && row.outcomePosition !== null ? `${row.rakorRef}#${row.outcomePosition}` : null,
      stored: new Map(history.map(({ u }) => [historyKey(u), { id: u.id, verified: checks.has(u.id) }])),
    };
  }

  taskForce(id: number): BundleTaskForce {
    const { t, secretariat } = this.q.taskForce.get({ id })!;
    return compact({
      regionCode: t.regionCode!,
      legalBasis:
        t.legalBasisKind === null
          ? undefined
          : compact({ kind: t.legalBasisKind, number: t.legalBasisNumber ?? "", date: t.legalBasisDate ?? "", title: opt(t.legalBasisTitle) }),
      subsatgasFormed: this.q.taskForceSubsatgas.all({ id }).map((s) => s.slug),
      secretariat: opt(secretariat),
    });
  }

  caseStatistic(id: number): BundleCaseStatistic {
    const { s, agency } = this.q.caseStatistic.get({ id })!;
    return compact({
      periodStart: s.periodStart,
      periodEnd: s.periodEnd,
      regionCode: opt(s.regionCode),
      agency,
      casesReported: s.casesReported,
      casesProsecuted: s.casesProsecuted,
      suspects: s.suspects,
      victimsTotal: s.victimsTotal,
      victimsWomen: s.victimsWomen,
      victimsChildren: s.victimsChildren,
      victimsRehabilitated: s.victimsRehabilitated,
      victimsRepatriated: s.victimsRepatriated,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Incoming records in the same form
// ---------------------------------------------------------------------------------------------

/** The name of the agency an agency string resolves to (the matched agency's, or the cleaned string). */
export type AgencyNamer = (name: string) => string;

function normalizePerson(p: BundlePerson | undefined): BundlePerson | undefined {
  return p === undefined ? undefined : compact({ name: p.name, rank: p.rank, position: p.position, agency: p.agency });
}

/**
 * An incoming rakor as the exporter would write it after import, without its actions. `series`:
 * its series as it will be stored (the rule in bundle form, the title resolved).
 */
export function normalizeRakor(r: BundleRakor, checkedFiles: CheckedMaterialFile[], series?: BundleRakor["series"]): BundleRakor {
  const zone = r.timeZone;
  const fileOf = new Map(checkedFiles.map((f) => [f.index, f]));
  return compact({
    ref: r.ref,
    title: r.title,
    level: r.level,
    regionCode: r.regionCode,
    organizer: r.organizer,
    status: r.status ?? "held",
    mode: r.mode,
    startsAt: formatRakorInstant(parseBundleInstant(r.startsAt, zone, "start"), zone, "start"),
    endsAt: r.endsAt === undefined ? undefined : formatRakorInstant(parseBundleInstant(r.endsAt, zone, "end"), zone, "end"),
    timeZone: zone,
    venue: r.venue,
    online: r.online === undefined ? undefined : compact({ platform: r.online.platform, url: r.online.url }),
    chair: normalizePerson(r.chair),
    sites: (r.sites ?? []).map((s) =>
      compact({ name: s.name, agency: s.agency, regionCode: s.regionCode, chair: normalizePerson(s.chair) }),
    ),
    attendees: (r.attendees ?? []).map((a) =>
      compact({
        name: a.name,
        rank: a.rank,
        position: a.position,
        agency: a.agency,
        role: a.role ?? "participant",
        attendance: a.attendance ?? "in_person",
        site: a.site,
        email: a.email,
        onlineMinutes: a.onlineMinutes,
      }),
    ),
    agenda: (r.agenda ?? []).map((item) =>
      compact({
        title: item.title,
        presenter: normalizePerson(item.presenter),
        startsAt: item.startsAt === undefined ? undefined : formatInstant(Date.parse(item.startsAt), zone),
        notes: item.notes,
      }),
    ),
    materials: (r.materials ?? []).map((m, i): CanonicalMaterial => {
      const file = fileOf.get(i);
      return compact({
        title: m.title,
        kind: m.kind ?? "other",
        fileName: file?.check.name,
        mediaType: file?.check.mediaType,
        sha256: file?.sha256,
        url: m.url,
      });
    }),
    outcomes: (r.outcomes ?? []).map((o) => ({ text: o.text })),
    series,
    minutes: r.minutes === undefined ? undefined : normalizeMinutes(r.minutes, zone),
  });
}

export function normalizeMinutes(m: BundleMinutes, zone: TimeZone): BundleMinutes {
  return compact({
    status: m.status,
    approvedAt: m.approvedAt === undefined ? undefined : formatInstant(Date.parse(m.approvedAt), zone),
    approvedBy: m.approvedBy,
    verificationCode: m.verificationCode,
  });
}

export interface DerivedUpdate {
  at: number;
  status: ActionStatus;
  progress: number;
  note?: string;
  by?: string;
  verification?: { result: VerificationResult; at: number; by?: string; note?: string };
}

export interface DerivedHistory {
  updates: DerivedUpdate[];
  /** The state each update leaves the item in (a returned completion: the one before it). */
  states: State[];
  status: ActionStatus;
  progress: number;
}

/**
 * An incoming action's history with every default applied. Progress of each update: its own,
 * else (for the last one, unless it is a returned completion) the action's, else 100 for done,
 * else the one before. The action's status and progress: those its last update leaves, else its own.
 */
export function deriveHistory(a: BundleAction): DerivedHistory {
  const list = a.updates ?? [];
  let previous = 0;
  const updates = list.map((u, i): DerivedUpdate => {
    const ownsActionState = i === list.length - 1 && a.progress !== undefined && u.verification?.result !== "returned";
    const progress = u.progress ?? (ownsActionState ? a.progress! : u.status === "done" ? 100 : previous);
    previous = progress;
    const v = u.verification;
    return { at: Date.parse(u.at), status: u.status, progress, note: u.note, by: u.by, verification: v && { result: v.result, at: Date.parse(v.at), by: v.by, note: v.note } };
  });
  const states = effectiveStates(updates.map((u) => ({ ...u, result: u.status === "done" ? u.verification?.result : undefined })));
  const last = states.at(-1);
  return { updates, states, status: last?.status ?? a.status ?? "not_started", progress: last?.progress ?? a.progress ?? 0 };
}

/** A history row as stored (action_updates). */
export interface HistoryRow {
  at: number;
  status: ActionStatus;
  progress: number;
  note: string | null;
  by: string | null;
}

/**
 * The stored rows of each incoming update. A done update without verification is one selesai row
 * (a source that does not verify: it counts as done). With one, the completion is stored as the app
 * stores a liaison's (menunggu verifikasi) with the verification and the update it appended
 * (selesai; or, returned, the state before the completion with the reason), as verifyCompletion
 * writes them; an approval at the completion's own instant is a secretariat's own selesai, its own
 * result.
 */
export function historyGroups(h: DerivedHistory): { completion: HistoryRow; result: HistoryRow | null; check: { result: VerificationResult; at: number; by: string | null; note: string | null } | null }[] {
  return h.updates.map((u, i) => {
    const row: HistoryRow = { at: u.at, status: u.status, progress: u.progress, note: u.note ?? null, by: u.by ?? null };
    const v = u.status === "done" ? u.verification : undefined;
    if (!v) return { completion: row, result: null, check: null };
    const check = { result: v.result, at: v.at, by: v.by ?? null, note: v.note ?? null };
    if (v.result === "approved" && v.at === u.at) return { completion: row, result: null, check };
    const result: HistoryRow =
      v.result === "approved"
        ? { at: v.at, status: "done", progress: 100, note: verificationResultNote(true, v.note ?? null), by: check.by }
        : { at: v.at, ...(h.states[i - 1] ?? NOTHING_YET), note: verificationResultNote(false, v.note ?? null), by: check.by };
    return { completion: { ...row, status: "awaiting_verification" }, result, check };
  });
}

/** An incoming action as the exporter would write it after a first import. */
export function normalizeAction(a: BundleAction, regionCode: string | null, zone: TimeZone): BundleAction {
  const { updates, status, progress } = deriveHistory(a);
  return compact({
    ref: a.ref,
    title: a.title,
    description: a.description,
    subsatgas: a.subsatgas,
    agency: a.agency,
    supportingAgencies: a.supportingAgencies ?? [],
    regionCode: regionCode ?? undefined,
    dueDate: a.dueDate,
    status,
    progress,
    updates: updates.map((u) =>
      compact({
        at: formatInstant(u.at, zone),
        status: u.status,
        progress: u.progress,
        note: u.note,
        by: u.by,
        verification: u.verification && compact({ result: u.verification.result, at: formatInstant(u.verification.at, zone), by: u.verification.by, note: u.verification.note }),
      }),
    ),
  });
}

export function normalizeTaskForce(t: BundleTaskForce, subsatgasOrder: Map<string, number>): BundleTaskForce {
  return compact({
    regionCode: t.regionCode,
    legalBasis: t.legalBasis === undefined ? undefined : compact({ ...t.legalBasis }),
    subsatgasFormed: [...(t.subsatgasFormed ?? [])].sort((x, y) => (subsatgasOrder.get(x) ?? 0) - (subsatgasOrder.get(y) ?? 0)),
    secretariat: t.secretariat,
  });
}

export function normalizeCaseStatistic(s: BundleCaseStatistic): BundleCaseStatistic {
  return compact({
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    regionCode: s.regionCode,
    agency: s.agency,
    casesReported: s.casesReported ?? 0,
    casesProsecuted: s.casesProsecuted ?? 0,
    suspects: s.suspects ?? 0,
    victimsTotal: s.victimsTotal ?? 0,
    victimsWomen: s.victimsWomen ?? 0,
    victimsChildren: s.victimsChildren ?? 0,
    victimsRehabilitated: s.victimsRehabilitated ?? 0,
    victimsRepatriated: s.victimsRepatriated ?? 0,
  });
}
