// Completion % of the action plan: selesai as a share of the items not cancelled (dibatalkan
// items are no longer expected to finish), one decimal; null when nothing is left to measure.
// Pure, so tables in the browser and the numbers of dashboard.server.ts agree.

export interface CountsRow {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  overdue: number;
  cancelled: number;
}

export function completionPercent(done: number, total: number, cancelled: number): number | null {
  const base = total - cancelled;
  return base > 0 ? Math.round((done / base) * 1000) / 10 : null;
}

export function completionPercentOf(c: { done: number; total: number; cancelled: number }): number | null {
  return completionPercent(c.done, c.total, c.cancelled);
}
