// The server's morning reminders: every REMINDER_POLL_MS the cluster primary (or the only
// process) runs the reminders for the recipients whose local time is past 07.00 today and who
// have not had today's mail. The outbox's dedupe keys keep it idempotent across restarts and
// beside `npm run reminders`; the keys this process has already looked at are skipped, so a
// recipient is looked at once a day.
import type { Db } from "../../db/client";
import { logEvent } from "../utils/log.server";
import { todayIn } from "../utils/period";
import { runReminders } from "./reminders.server";

export const REMINDER_POLL_MS = 5 * 60 * 1000;

let timer: NodeJS.Timeout | undefined;

export function startReminderTimer(db: Db, pollMs = REMINDER_POLL_MS) {
  if (timer) return;
  const seen = new Set<string>();
  let seenDay = "";
  const tick = () => {
    // forgotten once a day (WIB): the set stays small, and a key looked at again is deduplicated anyway
    const day = todayIn("Asia/Jakarta");
    if (day !== seenDay) {
      seen.clear();
      seenDay = day;
    }
    try {
      const run = runReminders(db, { scheduled: true, seen });
      if (run.queued.length) logEvent("reminders_queued", { count: run.queued.length });
    } catch (error) {
      logEvent("reminders_error", { error: (error as Error).message });
    }
  };
  tick();
  timer = setInterval(tick, pollMs).unref();
}

export function stopReminderTimer() {
  clearInterval(timer);
  timer = undefined;
}
