// Merging two agencies that are one: every link to the merged agency moves to the one it is
// merged into, in one transaction; the names as written on the records stay as they are. The
// merged agency's name (and short name) becomes an alias of the target, so the next "Polda Sumsel"
// typed or imported lands on it, and the merged row is deleted. The figures kept per lead agency
// follow by their triggers (migration 0005).
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { actionItems, actionSupportingAgencies, agencies, agencyAliases, attendees, caseStatistics, rakor, rakorSites, taskForces, users } from "../../db/schema";
import { agencyKey } from "./agency-key";
import { recordAudit } from "./audit.server";

export type MergeResult = { ok: true; moved: Record<string, number> } | { ok: false; message: string };

/** Merges agency `sourceId` into `targetId`. */
export function mergeAgencies(db: Db, sourceId: number, targetId: number, actorId: number): MergeResult {
  if (sourceId === targetId) return { ok: false, message: "Instansi tidak dapat digabungkan dengan dirinya sendiri; pilih instansi lain." };
  return db.transaction((tx) => {
    const source = tx.select().from(agencies).where(eq(agencies.id, sourceId)).get();
    const target = tx.select().from(agencies).where(eq(agencies.id, targetId)).get();
    if (!source || !target) return { ok: false as const, message: "Instansi tujuan tidak ditemukan; pilih dari daftar." };
    const clash = overlappingStatistic(tx, sourceId, targetId);
    if (clash) {
      return {
        ok: false as const,
        message: `Tidak dapat digabungkan: kedua instansi punya angka kasus untuk wilayah dan periode yang bertumpuk (${clash.periodStart} s.d. ${clash.periodEnd}). Hapus atau gabungkan angka itu dulu di Statistik.`,
      };
    }
    const moved: Record<string, number> = {};
    const move = (label: string, statement: { run: () => { changes: number } }) => {
      moved[label] = (moved[label] ?? 0) + statement.run().changes;
    };
    move("peserta", tx.update(attendees).set({ agencyId: targetId }).where(eq(attendees.agencyId, sourceId)));
    move("rakor", tx.update(rakor).set({ organizerAgencyId: targetId, organizerAgencyName: sql`coalesce(${rakor.organizerAgencyName}, ${source.name})` }).where(eq(rakor.organizerAgencyId, sourceId)));
    move("rakor", tx.update(rakor).set({ chairAgencyId: targetId }).where(eq(rakor.chairAgencyId, sourceId)));
    move("lokasi", tx.update(rakorSites).set({ agencyId: targetId, agencyName: sql`coalesce(${rakorSites.agencyName}, ${source.name})` }).where(eq(rakorSites.agencyId, sourceId)));
    move("lokasi", tx.update(rakorSites).set({ chairAgencyId: targetId }).where(eq(rakorSites.chairAgencyId, sourceId)));
    move("rencana aksi", tx.update(actionItems).set({ leadAgencyId: targetId, leadAgencyName: sql`coalesce(${actionItems.leadAgencyName}, ${source.name})` }).where(eq(actionItems.leadAgencyId, sourceId)));
    // One supporting row per item and canonical agency: where the item names both, the target's row stays.
    tx.run(sql`DELETE FROM ${actionSupportingAgencies} WHERE agency_id = ${sourceId}
      AND action_id IN (SELECT action_id FROM ${actionSupportingAgencies} WHERE agency_id = ${targetId})`);
    move(
      "rencana aksi (pendukung)",
      tx
        .update(actionSupportingAgencies)
        .set({ agencyId: targetId, agencyName: sql`coalesce(${actionSupportingAgencies.agencyName}, ${source.name})` })
        .where(eq(actionSupportingAgencies.agencyId, sourceId)),
    );
    // An item led by the target no longer lists it as supporting too.
    tx.run(sql`DELETE FROM ${actionSupportingAgencies} WHERE agency_id = ${targetId}
      AND action_id IN (SELECT id FROM ${actionItems} WHERE lead_agency_id = ${targetId})`);
    move("pengguna", tx.update(users).set({ agencyId: targetId }).where(eq(users.agencyId, sourceId)));
    move("statistik kasus", tx.update(caseStatistics).set({ agencyId: targetId }).where(eq(caseStatistics.agencyId, sourceId)));
    move("gugus tugas", tx.update(taskForces).set({ secretariatAgencyId: targetId }).where(eq(taskForces.secretariatAgencyId, sourceId)));
    move("nama lain", tx.update(agencyAliases).set({ agencyId: targetId }).where(eq(agencyAliases.agencyId, sourceId)));
    tx.delete(agencies).where(eq(agencies.id, sourceId)).run();
    const newAliases = [source.name, source.shortName].filter((n): n is string => !!n?.trim());
    for (const alias of newAliases) {
      const key = agencyKey(alias);
      if (key === target.nameKey || tx.select({ id: agencyAliases.id }).from(agencyAliases).where(eq(agencyAliases.aliasKey, key)).get()) continue;
      tx.insert(agencyAliases).values({ agencyId: targetId, alias: alias.trim(), aliasKey: key }).run();
    }
    recordAudit(tx, { userId: actorId, action: "merge", entity: "agency", entityId: targetId, before: source, after: { mergedInto: target.id, name: target.name, moved } });
    return { ok: true as const, moved };
  });
}

/** A case statistic of the source whose period overlaps one of the target in the same region. */
function overlappingStatistic(tx: Tx, sourceId: number, targetId: number) {
  const other = sql.raw("other");
  return tx
    .select({ periodStart: caseStatistics.periodStart, periodEnd: caseStatistics.periodEnd })
    .from(caseStatistics)
    .where(
      and(
        eq(caseStatistics.agencyId, sourceId),
        sql`EXISTS (SELECT 1 FROM ${caseStatistics} ${other} WHERE ${other}.agency_id = ${targetId}
          AND ${other}.region_code IS ${caseStatistics.regionCode}
          AND ${other}.period_start <= ${caseStatistics.periodEnd} AND ${other}.period_end >= ${caseStatistics.periodStart})`,
      ),
    )
    .get();
}
