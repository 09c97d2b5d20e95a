// Completion % of the action plan: selesai as a share of the items not cancelled (dibatalkan
// items are no longer expected to finish), one decimal; null when nothing is left to measure.
// Pure, so tables in the browser and the numbers of dashboard.server.ts agree.

/** The status counts of a group of items, as every table of the action plan shows them. */
export interface StatusCounts {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  notStarted: number;
  cancelled: number;
  /** Reported selesai by a liaison, not yet approved by the secretariat: not counted as selesai. */
  awaitingVerification: number;
  overdue: number;
  /** Selesai as a share of items not cancelled, 0-100 with one decimal; null when there are none. */
  completion: number | null;
}

export type CountsRow = Omit<StatusCounts, "completion">;

export function completionPercent(done: number, total: number, cancelled: number): number | null {
  const base = total - cancelled;
  return base > 0 ? Math.round((done / base) * 1000) / 10 : null;
}

export function completionPercentOf(c: { done: number; total: number; cancelled: number }): number | null {
  return completionPercent(c.done, c.total, c.cancelled);
}
