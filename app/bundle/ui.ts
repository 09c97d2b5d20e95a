// What the bundle pages show: labels and the import result carried in the URL after a redirect.
// Shared by server and browser code (no .server suffix), so it holds no database access.
import type { Role } from "../../db/schema";

export type RecordKind = "rakor" | "actions" | "taskForces" | "caseStatistics";
export type RecordStatus = "created" | "updated" | "unchanged" | "refused";

/** Who imports and exports bundles (each within their own scope). */
export const BUNDLE_ROLES: readonly Role[] = ["sekretariat", "admin"];

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

/** `3-0-0.12-0-0.3-0-0.0-0-0`: created-updated-unchanged per kind, in RECORD_KINDS order. */
export function resultParam(summary: Record<RecordKind, Counts>): string {
  return RECORD_KINDS.map((k) => `${summary[k].created}-${summary[k].updated}-${summary[k].unchanged}`).join(".");
}

export function parseResultParam(value: string | null) {
  if (!value || !/^\d{1,9}-\d{1,9}-\d{1,9}(\.\d{1,9}-\d{1,9}-\d{1,9}){3}$/.test(value)) return null;
  const rows = value.split(".").map((part, i) => {
    const [created, updated, unchanged] = part.split("-").map(Number);
    return { kind: RECORD_KINDS[i], created, updated, unchanged };
  });
  const total = rows.reduce((t, r) => ({ created: t.created + r.created, updated: t.updated + r.updated, unchanged: t.unchanged + r.unchanged }), {
    created: 0,
    updated: 0,
    unchanged: 0,
  });
  return { rows, total };
}
