// How the report writes its period: "1 Januari - 30 Juni 2025", or "1 Juli 2024 - 30 Juni 2025"
// across years. Pure (no server code): the pages use it too.
import { formatCalendarDate } from "../utils/format";

export function periodLabel(period: { start: string; end: string }): string {
  const start = formatCalendarDate(period.start);
  const end = formatCalendarDate(period.end);
  if (period.start.slice(0, 4) === period.end.slice(0, 4)) return `${start.replace(/ \d{4}$/, "")} - ${end}`;
  return `${start} - ${end}`;
}
