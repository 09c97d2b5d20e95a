// The words of the carry-over review (/rakor/:id/tinjauan) shared by the page and by
// carry-over.server.ts, which writes the same words into the agenda notes.
import { ACTION_STATUS_LABELS } from "../utils/labels";

export const CHANGE_KINDS = ["completed", "blocked", "newlyOverdue", "stillOverdue", "awaiting"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  completed: "Selesai sejak rakor sebelumnya",
  blocked: "Baru terhambat",
  newlyOverdue: "Baru terlambat",
  stillOverdue: "Masih terlambat",
  awaiting: ACTION_STATUS_LABELS.awaiting_verification,
};

export interface ChangedItem {
  id: number;
  title: string;
  leadAgencyName: string;
  dueDate: string;
  /** What changed, in words: "Selesai", "Terhambat", "Terlambat 12 hari", "Menunggu verifikasi". */
  change: string;
  /** When it changed (null for an overdue item: it has been so since the day after its due date). */
  at: number | null;
}

/** The sentence said when the task force has no previous rakor. */
export const NO_PREVIOUS_RAKOR = "Belum ada rakor sebelumnya dari Gugus Tugas ini: hanya rencana aksi yang belum selesai yang ditampilkan.";
