// npm run reminders -- [--today YYYY-MM-DD]: queues now the reminder e-mails of the day (each
// liaison's digest when something needs them; each leader's weekly summary on Mondays), prints
// what it queued, and with SMTP_URL set delivers the outbox. Without --today each recipient's day
// is today in their zone. Idempotent: a second run the same day queues nothing new. The server
// does the same every morning at 07.00 in each recipient's zone (reminders/schedule.server.ts).
import { openDatabase } from "../../db/client";
import { readMailSettings, sendDueMail } from "../mail/mailer.server";
import { describeReminderRun, runReminders } from "../reminders/reminders.server";
import { isCalendarDate } from "../utils/period";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE = "Pemakaian: npm run reminders -- [--today YYYY-MM-DD] (membaca DATABASE_PATH, APP_URL, dan SMTP_URL bila surel dikirim langsung)";

if (isMain(import.meta.url)) {
  const { values } = parseCliArgs({ today: { type: "string" } }, USAGE);
  if (values.today !== undefined && !isCalendarDate(values.today)) fail(`--today harus tanggal YYYY-MM-DD, misalnya 2025-09-08; tertulis "${values.today}".\n${USAGE}`);
  const read = readMailSettings();
  if (!read.ok) fail(read.problem);
  const db = openDatabase();
  try {
    const run = runReminders(db, { today: values.today });
    for (const line of describeReminderRun(run)) console.log(line);
    if (read.settings.smtpUrl) {
      const sent = await sendDueMail(db, { settings: read.settings });
      for (const line of sent.problems) console.log(line);
      console.log(`${sent.sent} terkirim, ${sent.retrying} dicoba lagi nanti, ${sent.failed} gagal.`);
    } else {
      console.log("SMTP_URL belum diatur: surel menunggu di kotak keluar (/admin/surel).");
    }
  } catch (error) {
    fail((error as Error).message);
  } finally {
    db.$client.close();
  }
}
