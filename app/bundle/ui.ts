// What the bundle pages show: labels and the message an import leaves.
// Shared by server and browser code (no .server suffix), so it holds no database access.
import { formatNumber } from "../utils/format";

export type RecordKind = "rakor" | "actions" | "taskForces" | "caseStatistics";
export type RecordStatus = "created" | "updated" | "unchanged" | "refused";

export const RECORD_KINDS: RecordKind[] = ["rakor", "actions", "taskForces", "caseStatistics"];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  rakor: "Rakor",
  actions: "Rencana aksi",
  taskForces: "Gugus tugas daerah",
  caseStatistics: "Statistik kasus",
};

export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = {
  created: "Baru",
  updated: "Diperbarui",
  unchanged: "Tidak berubah",
  refused: "Ditolak",
};

/** Badge classes of app.css reused for the four outcomes. */
export const RECORD_STATUS_BADGES: Record<RecordStatus, string> = {
  created: "badge badge-done",
  updated: "badge badge-in_progress",
  unchanged: "badge badge-not_started",
  refused: "badge badge-blocked",
};

type Counts = { created: number; updated: number; unchanged: number };

/** What an import did, for the flash message: 'Impor "x.json" selesai: 1 data baru, … . Rakor: 1 baru, …; …'. */
export function importResultMessage(fileName: string, summary: Record<RecordKind, Counts>): string {
  const counts = (c: Counts) => `${formatNumber(c.created)} baru, ${formatNumber(c.updated)} diperbarui, ${formatNumber(c.unchanged)} tidak berubah`;
  const total = RECORD_KINDS.reduce((t, k) => ({ created: t.created + summary[k].created, updated: t.updated + summary[k].updated, unchanged: t.unchanged + summary[k].unchanged }), {
    created: 0,
    updated: 0,
    unchanged: 0,
  });
  const perKind = RECORD_KINDS.map((k) => `${RECORD_KIND_LABELS[k]}: ${counts(summary[k])}`).join("; ");
  return `Impor "${fileName}" selesai: ${counts(total).replace(" baru", " data baru")}. ${perKind}.`;
}
