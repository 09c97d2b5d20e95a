// Exporting a bundle: the records of a scope (a region and everything below it; national = all)
// and optionally a period (rakor by their start, in their own zone; case statistics by the start
// of their period), in the canonical form of bundle-canonical. Records are produced one at a time
// and written out as text chunks, so a large export never builds the whole document in memory
// (the CLI streams the chunks to a file; the app joins them for a download of one scope).
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { and, asc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { actionItems, caseStatistics, outcomes, rakor, rakorSeries, regions, taskForces, TIME_ZONES, type TimeZone } from "../../db/schema";
import { scopeCondition, type ScopeCode } from "../accounts/scope";
import { parseBundleInstant } from "../utils/period";
import { recordAudit } from "../accounts/audit.server";
import { CanonicalReader, type ContentMode } from "./canonical.server";
import type { Bundle } from "./types";

export interface ExportFilter {
  /** null = national (everything). */
  region: ScopeCode;
  /** 'YYYY-MM-DD', inclusive. */
  from?: string;
  to?: string;
  /** Materials with their file (default) or, for comparisons, only its SHA-256. */
  content?: ContentMode;
}

export interface ExportCounts {
  rakor: number;
  actions: number;
  taskForces: number;
  caseStatistics: number;
}

/** Rakor whose start lies in [from, to], each judged in its own time zone. */
function rakorPeriodCondition(from?: string, to?: string): SQL | undefined {
  const bound = (date: string, edge: "start" | "end") =>
    sql`CASE ${rakor.timeZone} ${sql.join(
      TIME_ZONES.map((zone: TimeZone) => sql`WHEN ${zone} THEN ${parseBundleInstant(date, zone, edge)}`),
      sql` `,
    )} END`;
  return and(from ? sql`${rakor.startsAt} >= ${bound(from, "start")}` : undefined, to ? sql`${rakor.startsAt} <= ${bound(to, "end")}` : undefined);
}

function rakorSelection(filter: ExportFilter): SQL | undefined {
  return and(scopeCondition(rakor.regionCode, filter.region), rakorPeriodCondition(filter.from, filter.to));
}

/**
 * Rakor, their series and action items entered in the app have no ref until they are first
 * exported: they get a random one here (stored, so the next export and a re-import name the same
 * record).
 */
export function assignMissingRefs(db: Db, filter: ExportFilter, actorId: number | null): { rakor: number; series: number; actions: number } {
  return db.transaction((tx) => {
    const selected = tx.select({ id: rakor.id }).from(rakor).where(rakorSelection(filter));
    const rakorCount = tx
      .update(rakor)
      .set({ ref: sql`'rakor-' || lower(hex(randomblob(8)))` })
      .where(and(isNull(rakor.ref), rakorSelection(filter)))
      .run().changes;
    const actionCount = tx
      .update(actionItems)
      .set({ ref: sql`'aksi-' || lower(hex(randomblob(8)))` })
      .where(
        and(
          isNull(actionItems.ref),
          scopeCondition(actionItems.regionCode, filter.region),
          sql`${actionItems.outcomeId} IN (SELECT ${outcomes.id} FROM ${outcomes} WHERE ${outcomes.rakorId} IN ${selected})`,
        ),
      )
      .run().changes;
    const seriesCount = tx
      .update(rakorSeries)
      .set({ ref: sql`'seri-' || lower(hex(randomblob(8)))` })
      .where(and(isNull(rakorSeries.ref), sql`${rakorSeries.id} IN (SELECT ${rakor.seriesId} FROM ${rakor} WHERE ${rakor.id} IN ${selected})`))
      .run().changes;
    if (rakorCount + seriesCount + actionCount > 0) {
      recordAudit(tx, { userId: actorId, action: "export.assign_refs", entity: "bundle", after: { rakor: rakorCount, series: seriesCount, actions: actionCount, filter } });
    }
    return { rakor: rakorCount, series: seriesCount, actions: actionCount };
  });
}

/** The bundle as JSON text chunks. Run inside one (read) transaction for a consistent snapshot. */
export function* exportChunks(db: DbOrTx, filter: ExportFilter, source: string, counts: ExportCounts): Generator<string> {
  const reader = new CanonicalReader(db);
  const content = filter.content ?? "base64";
  const actionsOfOutcome = db
    .select({ id: actionItems.id })
    .from(actionItems)
    .where(and(eq(actionItems.outcomeId, sql.placeholder("outcomeId")), scopeCondition(actionItems.regionCode, filter.region), isNotNull(actionItems.ref)))
    .orderBy(asc(actionItems.id))
    .prepare();

  const head = { format: "sigap-tppo-bundle", version: 1, exportedAt: new Date().toISOString(), source };
  yield `{\n${Object.entries(head)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join("\n")}\n`;

  const section = function* (name: string, items: Iterable<unknown>, last = false): Generator<string> {
    yield `  ${JSON.stringify(name)}: [`;
    let first = true;
    for (const item of items) {
      yield `${first ? "" : ","}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, "\n    ")}`;
      first = false;
    }
    yield `${first ? "" : "\n  "}]${last ? "" : ","}\n`;
  };

  const rakorIds = db
    .select({ id: rakor.id })
    .from(rakor)
    .where(and(rakorSelection(filter), isNotNull(rakor.ref)))
    .orderBy(asc(rakor.startsAt), asc(rakor.id))
    .all();
  yield* section(
    "rakor",
    (function* () {
      for (const { id } of rakorIds) {
        const record = reader.rakor(id, {
          content,
          actions: (outcomeId) => {
            const ids = actionsOfOutcome.all({ outcomeId }).map((a) => a.id);
            counts.actions += ids.length;
            return ids;
          },
        });
        counts.rakor++;
        yield record;
      }
    })(),
  );

  const taskForceIds = db
    .select({ id: taskForces.id })
    .from(taskForces)
    .where(and(eq(taskForces.formed, true), isNotNull(taskForces.regionCode), scopeCondition(taskForces.regionCode, filter.region)))
    .orderBy(asc(taskForces.regionCode))
    .all();
  yield* section(
    "taskForces",
    (function* () {
      for (const { id } of taskForceIds) {
        counts.taskForces++;
        yield reader.taskForce(id);
      }
    })(),
  );

  const statisticIds = db
    .select({ id: caseStatistics.id })
    .from(caseStatistics)
    .where(
      and(
        scopeCondition(caseStatistics.regionCode, filter.region),
        filter.from ? gte(caseStatistics.periodStart, filter.from) : undefined,
        filter.to ? lte(caseStatistics.periodStart, filter.to) : undefined,
      ),
    )
    .orderBy(asc(caseStatistics.periodStart), asc(caseStatistics.regionCode), asc(caseStatistics.agencyId), asc(caseStatistics.id))
    .all();
  yield* section(
    "caseStatistics",
    (function* () {
      for (const { id } of statisticIds) {
        counts.caseStatistics++;
        yield reader.caseStatistic(id);
      }
    })(),
    true,
  );
  yield "}\n";
}

export const emptyExportCounts = (): ExportCounts => ({ rakor: 0, actions: 0, taskForces: 0, caseStatistics: 0 });

/** Who made the bundle, for its `source`: 'SIGAP TPPO, cakupan 32.12 Kabupaten Indramayu, 2025-01-01 s.d. 2025-12-31'. */
export function exportSource(db: DbOrTx, filter: ExportFilter): string {
  const region = filter.region === null ? null : db.select({ name: regions.name }).from(regions).where(eq(regions.code, filter.region)).get();
  const scope = filter.region === null ? "cakupan nasional" : `cakupan ${filter.region} ${region?.name ?? ""}`.trim();
  const period = filter.from || filter.to ? `, periode ${filter.from ?? "awal"} s.d. ${filter.to ?? "sekarang"}` : "";
  return `SIGAP TPPO, ${scope}${period}`;
}

/** The whole export as text (for a download of one scope). */
export function exportBundleText(db: Db, filter: ExportFilter, actorId: number | null): { text: string; counts: ExportCounts } {
  assignMissingRefs(db, filter, actorId);
  const counts = emptyExportCounts();
  const text = db.transaction((tx) => [...exportChunks(tx, filter, exportSource(tx, filter), counts)].join(""), { behavior: "deferred" });
  return { text, counts };
}

export function exportBundle(db: Db, filter: ExportFilter, actorId: number | null = null): Bundle {
  return JSON.parse(exportBundleText(db, filter, actorId).text) as Bundle;
}

/** Streams the export to `out` (written to a temporary name, then renamed). */
export function writeExportFile(db: Db, filter: ExportFilter, out: string, actorId: number | null): ExportCounts {
  assignMissingRefs(db, filter, actorId);
  const counts = emptyExportCounts();
  const partial = `${out}.partial`;
  const fd = openSync(partial, "w");
  try {
    db.transaction(
      (tx) => {
        for (const chunk of exportChunks(tx, filter, exportSource(tx, filter), counts)) writeSync(fd, chunk);
      },
      { behavior: "deferred" },
    );
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, out);
  return counts;
}
