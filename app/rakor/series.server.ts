// Rakor series: scheduling every occurrence of a recurring rakor at once, editing one occurrence
// alone or "this and the following" (RFC 5545's split: the old series ends before the occurrence,
// a new one continues from it), and what the rakor page, the list and the series .ics show.
// Occurrences are ordinary rakor rows written through rakor.server.ts; a series edit never moves
// an occurrence that was held, already has attendees or outcomes, or has approved minutes.
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { attendees, outcomes, rakor, rakorSeries, type SeriesKind, type TimeZone } from "../../db/schema";
import type { SessionUser } from "../accounts/auth.server";
import { recordAudit } from "../accounts/audit.server";
import { postedValues, type FieldErrors } from "../utils/forms";
import { formatDateTime, formatDayDate, isCalendarDate } from "../utils/period";
import { RuleViolation, problemSentence } from "../utils/rules";
import { formatNumber } from "../utils/format";
import { CONFIRM_DUPLICATE, RAKOR_FIELD_LABELS, submitRakorForm, validateRakorForm } from "./rakor-form.server";
import { findSameDayRakor, getRakorDetail, insertRakorIn, updateRakorIn, type RakorHead, type RakorInput } from "./rakor.server";
import { rakorWhen } from "./rakor-format";
import { continuedRule, describePattern, expandSeries, planSeries, PREVIEW_INTENT, readRepeatFields, ruleEndingBefore, SERIES_NOUNS, type SeriesPlan } from "./series-rule";
import type { CalendarSeries, InvitationRakor } from "../documents/ics.server";
import { latestMinutes } from "./minutes.server";

/** The dates a series will have, as the form previews them. */
export interface SeriesPreview {
  dates: string[];
  notes: string[];
}

export type NewRakorResult =
  | { ok: true; id: number; message: string }
  | { ok: false; errors: FieldErrors; values: Record<string, string>; preview?: SeriesPreview };

function previewOf(plan: SeriesPlan, input: Pick<RakorInput, "startsAt" | "endsAt" | "timeZone">): SeriesPreview {
  const duration = input.endsAt === null ? null : input.endsAt - input.startsAt;
  return { dates: plan.starts.map((s) => rakorWhen(s, duration === null ? null : s + duration, input.timeZone)), notes: plan.notes };
}

/**
 * The "jadwalkan rakor" form: one rakor, or with "Ulangi" a series whose occurrences are all
 * written in one transaction. The rakor's fields and the repeat fields are reported together;
 * with the preview intent nothing is written and the dates come back. Occurrences that fall on
 * the day of a rakor with the same title and scope are named and confirmed first, as for one rakor.
 */
export function submitNewRakor(db: Db, formData: FormData, user: SessionUser): NewRakorResult {
  const values = postedValues(formData);
  const typedStart = values.startsAt?.slice(0, 10) ?? "";
  const repeat = readRepeatFields(values, isCalendarDate(typedStart) ? typedStart : null);
  const previewing = values.intent === PREVIEW_INTENT;
  if (repeat.ok && repeat.input === null && !previewing) {
    const single = submitRakorForm(db, formData, user, null);
    return single.ok ? { ok: true, id: single.id, message: "Rakor tersimpan. Lanjutkan dengan lokasi, peserta, agenda, bahan dan hasil rapat." } : single;
  }
  const result = validateRakorForm(db, formData, user);
  const errors: FieldErrors = { ...(result.ok ? {} : result.errors), ...(repeat.ok ? {} : repeat.errors) };
  if (!result.ok || !repeat.ok) return { ok: false, errors, values };
  const input = result.input;
  if (repeat.input === null) return { ok: false, errors: {}, values, preview: { dates: [rakorWhen(input.startsAt, input.endsAt, input.timeZone)], notes: ["Tidak berulang: hanya satu rakor."] } };
  const planned = planSeries(repeat.input, input.startsAt, input.timeZone);
  if (!planned.ok) return { ok: false, errors: planned.errors, values };
  const preview = previewOf(planned.plan, input);
  if (previewing) return { ok: false, errors: {}, values, preview };
  if (values[CONFIRM_DUPLICATE] !== "1") {
    const twins = planned.plan.starts.map((startsAt) => findSameDayRakor(db, { ...input, startsAt }, null)).filter((t) => t !== undefined);
    if (twins.length) {
      const named = twins.slice(0, 3).map((t) => `“${t.title}” pada ${formatDayDate(t.startsAt, t.timeZone)} (/rakor/${t.id})`);
      const more = twins.length > 3 ? ` dan ${twins.length - 3} lainnya` : "";
      const message = `Rakor ${named.join(", ")}${more} sudah tercatat pada hari pertemuan seri ini. Bila ini rakor yang lain, centang “Tetap simpan” lalu simpan lagi.`;
      return { ok: false, errors: { [CONFIRM_DUPLICATE]: message }, values, preview };
    }
  }
  const ids = createSeries(db, input, planned.plan, user.id);
  const message = [`Seri rakor tersimpan: ${formatNumber(ids.length)} rakor, ${describePattern(planned.plan.kind, planned.plan.rule)}.`, ...planned.plan.notes].join(" ");
  return { ok: true, id: ids[0], message };
}

/** Writes the series and every occurrence (same details, each start from the plan, the same duration) in one transaction; the ids in order. */
export function createSeries(db: Db, input: RakorInput, plan: SeriesPlan, actorId: number): number[] {
  const duration = input.endsAt === null ? null : input.endsAt - input.startsAt;
  return db.transaction((tx) => {
    const series = tx
      .insert(rakorSeries)
      .values({ title: input.title, kind: plan.kind, rule: plan.rule, timeZone: input.timeZone, startsAt: plan.starts[0], createdBy: actorId })
      .returning()
      .get();
    recordAudit(tx, { userId: actorId, action: "create", entity: "rakor_series", entityId: series.id, after: series });
    return plan.starts.map((startsAt) => {
      const row = insertRakorIn(tx, { ...input, startsAt, endsAt: duration === null ? null : startsAt + duration }, actorId);
      tx.update(rakor).set({ seriesId: series.id, seriesStartsAt: startsAt }).where(eq(rakor.id, row.id)).run();
      return row.id;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The chain of a series and its occurrences
// ---------------------------------------------------------------------------------------------

/** The ids of a series and of every series it continues or is continued by ("this and the following"), oldest first. */
export function seriesChain(db: Db | Tx, seriesId: number): number[] {
  return db
    .all<{ id: number }>(
      sql`WITH RECURSIVE up(id, prev) AS (
            SELECT id, previous_series_id FROM rakor_series WHERE id = ${seriesId}
            UNION SELECT s.id, s.previous_series_id FROM rakor_series s JOIN up ON s.id = up.prev),
          down(id, depth) AS (
            SELECT id, 0 FROM up WHERE prev IS NULL
            UNION SELECT s.id, down.depth + 1 FROM rakor_series s JOIN down ON s.previous_series_id = down.id)
          SELECT id FROM down ORDER BY depth, id`,
    )
    .map((r) => r.id);
}

/** The occurrences of a chain of series in the order the rules gave them. */
function chainOccurrences(db: Db | Tx, seriesIds: number[]) {
  return db
    .select({ id: rakor.id, seriesId: rakor.seriesId, seriesStartsAt: rakor.seriesStartsAt, startsAt: rakor.startsAt, endsAt: rakor.endsAt, timeZone: rakor.timeZone, status: rakor.status })
    .from(rakor)
    .where(inArray(rakor.seriesId, seriesIds))
    .orderBy(asc(rakor.seriesStartsAt), asc(rakor.id))
    .all();
}

// ---------------------------------------------------------------------------------------------
// Editing an occurrence
// ---------------------------------------------------------------------------------------------

/** The edit form's choice for an occurrence: this rakor only, or this and the following ones. */
export const EDIT_SCOPE_FIELD = "lingkup";
export type EditScope = "ini" | "berikutnya";

/**
 * Why an occurrence cannot start at `startsAt` (moved alone, or as the first of the following):
 * it must stay after the previous occurrence and, when alone, before the next one. Cancelled
 * occurrences keep no place. Null when it can.
 */
function orderProblem(db: Db | Tx, current: Pick<RakorHead, "id" | "seriesId">, startsAt: number, scope: EditScope): string | null {
  const all = chainOccurrences(db, seriesChain(db, current.seriesId!));
  const i = all.findIndex((o) => o.id === current.id);
  const previous = all.slice(0, i).filter((o) => o.status !== "cancelled").at(-1);
  const next = all.slice(i + 1).find((o) => o.status !== "cancelled");
  const when = formatDateTime(startsAt, all[i].timeZone);
  if (previous && startsAt <= previous.startsAt) {
    return `Rakor ini tidak dapat dipindah ke ${when}: pertemuan sebelumnya dalam seri (ke-${all.indexOf(previous) + 1}) berlangsung ${formatDateTime(previous.startsAt, previous.timeZone)}. Pilih waktu setelahnya.`;
  }
  if (scope === "ini" && next && startsAt >= next.startsAt) {
    return `Rakor ini tidak dapat dipindah ke ${when}: pertemuan berikutnya dalam seri (ke-${all.indexOf(next) + 1}) berlangsung ${formatDateTime(next.startsAt, next.timeZone)}. Pilih waktu sebelumnya, atau ubah “Rakor ini dan berikutnya”.`;
  }
  return null;
}

export type OccurrenceEditResult = { ok: true; id: number; message: string } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The edit form of an occurrence of a series, posted with its scope (`lingkup`). */
export function submitOccurrenceForm(db: Db, formData: FormData, user: SessionUser, current: RakorHead): OccurrenceEditResult {
  const scope: EditScope = formData.get(EDIT_SCOPE_FIELD) === "berikutnya" ? "berikutnya" : "ini";
  const result = validateRakorForm(db, formData, user, current.id);
  if (!result.ok) return result;
  const refused = orderProblem(db, current, result.input.startsAt, scope);
  if (refused) return { ok: false, errors: { startsAt: refused }, values: postedValues(formData) };
  if (scope === "ini") {
    const saved = submitRakorForm(db, formData, user, current.id);
    return saved.ok ? { ok: true, id: saved.id, message: "Perubahan data rakor tersimpan (hanya rakor ini)." } : saved;
  }
  try {
    const { changed, skipped } = changeFollowing(db, current.id, result.input, user.id);
    const skippedText = skipped.length
      ? ` Tidak dipindah karena sudah terlaksana, sudah ada peserta/hasil, atau notulennya sudah disetujui: ${skipped.map((s) => `${formatDayDate(s.startsAt, s.timeZone)} (/rakor/${s.id})`).join("; ")}.`
      : "";
    return { ok: true, id: current.id, message: `Perubahan tersimpan untuk rakor ini dan ${formatNumber(changed - 1)} rakor berikutnya dalam seri.${skippedText}` };
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    const errors = Object.fromEntries(error.problems.map((p) => [p.field, `${problemSentence(p, RAKOR_FIELD_LABELS)} (pada salah satu rakor berikutnya)`]));
    return { ok: false, errors, values: postedValues(formData) };
  }
}

/**
 * Whether an occurrence took place, has people or outcomes recorded, or has approved minutes (which
 * lock what they print of it): a series edit leaves it where it is.
 */
function isHeld(tx: Tx, o: { id: number; status: string }): boolean {
  if (o.status === "held" || latestMinutes(tx, o.id)?.status === "approved") return true;
  const recorded = tx.get<{ n: number }>(
    sql`SELECT (EXISTS (SELECT 1 FROM ${attendees} WHERE rakor_id = ${o.id}) OR EXISTS (SELECT 1 FROM ${outcomes} WHERE rakor_id = ${o.id})) AS n`,
  );
  return !!recorded?.n;
}

/**
 * "Rakor ini dan berikutnya": the old series ends before this occurrence (UNTIL, or its earlier
 * dates), a new series continues from the new start with the same kind and as many occurrences,
 * and this and every following occurrence takes the new details and its new date, except those
 * held (they stay, now exceptions of the new series). The first occurrence changes the series in
 * place. One transaction.
 */
export function changeFollowing(db: Db, rakorId: number, input: RakorInput, actorId: number) {
  return db.transaction((tx) => {
    const current = tx.select().from(rakor).where(eq(rakor.id, rakorId)).get()!;
    const old = tx.select().from(rakorSeries).where(eq(rakorSeries.id, current.seriesId!)).get()!;
    const all = tx.select().from(rakor).where(eq(rakor.seriesId, old.id)).orderBy(asc(rakor.seriesStartsAt), asc(rakor.id)).all();
    const following = all.slice(all.findIndex((o) => o.id === rakorId));
    const zone = input.timeZone;
    const shift = input.startsAt - current.seriesStartsAt!;
    const shifted = following.map((o) => o.seriesStartsAt! + shift);
    const rule = continuedRule(old.kind, old.rule, input.startsAt, zone, following.length, shifted);
    const starts = old.kind === "dates" ? shifted : expandSeries({ kind: old.kind, rule, timeZone: zone, startsAt: input.startsAt });
    const now = Date.now();
    let target = old;
    if (following.length === all.length) {
      target = tx.update(rakorSeries).set({ title: input.title, rule, timeZone: zone, startsAt: starts[0], updatedAt: now }).where(eq(rakorSeries.id, old.id)).returning().get();
    } else {
      const ended = tx.update(rakorSeries).set({ rule: ruleEndingBefore(old, current.seriesStartsAt!), updatedAt: now }).where(eq(rakorSeries.id, old.id)).returning().get();
      recordAudit(tx, { userId: actorId, action: "end", entity: "rakor_series", entityId: old.id, before: old, after: ended });
      target = tx
        .insert(rakorSeries)
        .values({ title: input.title, kind: old.kind, rule, timeZone: zone, startsAt: starts[0], previousSeriesId: old.id, createdBy: actorId })
        .returning()
        .get();
    }
    recordAudit(tx, { userId: actorId, action: following.length === all.length ? "update" : "create", entity: "rakor_series", entityId: target.id, after: target });
    const duration = input.endsAt === null ? null : input.endsAt - input.startsAt;
    const skipped: { id: number; startsAt: number; timeZone: TimeZone }[] = [];
    following.forEach((o, i) => {
      const startsAt = starts[i];
      if (o.id !== rakorId && isHeld(tx, o)) skipped.push({ id: o.id, startsAt: o.startsAt, timeZone: o.timeZone });
      else {
        const status = o.id === rakorId || input.status === "cancelled" ? input.status : o.status;
        updateRakorIn(tx, o.id, { ...input, status, notes: o.id === rakorId ? input.notes : o.notes, startsAt, endsAt: duration === null ? null : startsAt + duration }, actorId);
      }
      tx.update(rakor).set({ seriesId: target.id, seriesStartsAt: startsAt }).where(eq(rakor.id, o.id)).run();
    });
    return { changed: following.length - skipped.length, skipped, seriesId: target.id };
  });
}

// ---------------------------------------------------------------------------------------------
// What the pages show
// ---------------------------------------------------------------------------------------------

export interface SeriesPanelView {
  /** "Rakor bulanan · pertemuan ke-3 dari 12". */
  label: string;
  /** "setiap tanggal 25". */
  pattern: string;
  previous: { id: number; when: string } | null;
  next: { id: number; when: string } | null;
  icsHref: string;
}

/** The series an occurrence belongs to, for the rakor page; null for a one-off rakor. */
export function loadSeriesPanel(db: Db, r: { id: number; seriesId: number | null }): SeriesPanelView | null {
  if (r.seriesId === null) return null;
  const series = db.select().from(rakorSeries).where(eq(rakorSeries.id, r.seriesId)).get();
  if (!series) return null;
  const all = chainOccurrences(db, seriesChain(db, series.id));
  const i = all.findIndex((o) => o.id === r.id);
  const link = (o: (typeof all)[number] | undefined) => (o ? { id: o.id, when: rakorWhen(o.startsAt, o.endsAt, o.timeZone) } : null);
  return {
    label: `${SERIES_NOUNS[series.kind]} · pertemuan ke-${i + 1} dari ${all.length}`,
    pattern: describePattern(series.kind, series.rule),
    previous: link(all[i - 1]),
    next: link(all[i + 1]),
    icsHref: `/rakor/${r.id}/seri.ics`,
  };
}

/** "Rakor bulanan · 3/12" for each listed rakor that belongs to a series. */
export function seriesLabels(db: Db, rakorIds: number[]): Record<number, string> {
  if (!rakorIds.length) return {};
  const rows = db.select({ id: rakor.id, seriesId: rakor.seriesId, kind: rakorSeries.kind }).from(rakor).innerJoin(rakorSeries, eq(rakorSeries.id, rakor.seriesId)).where(inArray(rakor.id, rakorIds)).all();
  const labels: Record<number, string> = {};
  const chains = new Map<number, number[]>();
  for (const row of rows) {
    if (labels[row.id]) continue;
    const chain = seriesChain(db, row.seriesId!);
    const all = chains.get(chain[0]) ?? chainOccurrences(db, chain).map((o) => o.id);
    chains.set(chain[0], all);
    labels[row.id] = `${SERIES_NOUNS[row.kind]} · ${all.indexOf(row.id) + 1}/${all.length}`;
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// The series calendar
// ---------------------------------------------------------------------------------------------

/** What makes an occurrence differ from the series' recurring event in a calendar. */
function calendarKey(r: InvitationRakor): string {
  return JSON.stringify([r.title, r.mode, r.venue, r.onlinePlatform, r.onlineUrl, r.chairName, r.chairRank, r.chairPosition, r.chairAgency, r.timeZone, r.endsAt === null ? null : r.endsAt - r.startsAt]);
}

/**
 * Every series of the chain an occurrence belongs to, ready for buildSeriesCalendar: its rule,
 * the details most occurrences share, the cancelled occurrences (EXDATE) and those moved or
 * edited alone (RECURRENCE-ID).
 */
export function loadSeriesCalendar(db: Db, seriesId: number): CalendarSeries[] {
  const chain = seriesChain(db, seriesId);
  const seriesRows = db.select().from(rakorSeries).where(inArray(rakorSeries.id, chain)).all();
  return chain.map((id) => {
    const series = seriesRows.find((s) => s.id === id)!;
    const occurrences = db
      .select({ id: rakor.id })
      .from(rakor)
      .where(eq(rakor.seriesId, id))
      .orderBy(asc(rakor.seriesStartsAt))
      .all()
      .map((o) => getRakorDetail(db, o.id)!);
    const live = occurrences.filter((o) => o.status !== "cancelled");
    const counts = new Map<string, number>();
    for (const o of live) counts.set(calendarKey(o), (counts.get(calendarKey(o)) ?? 0) + 1);
    const masterKey = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const master = live.find((o) => calendarKey(o) === masterKey) ?? occurrences[0];
    return {
      id: series.id,
      kind: series.kind as SeriesKind,
      rule: series.rule,
      timeZone: series.timeZone,
      startsAt: series.startsAt,
      pattern: describePattern(series.kind, series.rule),
      updatedAt: series.updatedAt ?? series.createdAt,
      master,
      exdates: occurrences.filter((o) => o.status === "cancelled").map((o) => o.seriesStartsAt!),
      overrides: live.filter((o) => o.startsAt !== o.seriesStartsAt || calendarKey(o) !== masterKey).map((o) => ({ recurrenceId: o.seriesStartsAt!, rakor: o })),
    };
  });
}
