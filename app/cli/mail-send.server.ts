// npm run mail:send: delivers the messages of the outbox that are due now, then exits (for cron,
// or to send at once). Safe beside the running server: each message is claimed by one sender.
import { openDatabase } from "../../db/client";
import { readMailSettings, sendDueMail } from "../mail/mailer.server";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE = "Pemakaian: npm run mail:send (membaca SMTP_URL, MAIL_FROM dan DATABASE_PATH)";

if (isMain(import.meta.url)) {
  parseCliArgs({}, USAGE);
  const read = readMailSettings();
  if (!read.ok) fail(read.problem);
  if (!read.settings.smtpUrl) fail("SMTP_URL belum diatur: tidak ada surel yang dapat dikirim. Surel tetap di kotak keluar (/admin/surel).");
  const db = openDatabase();
  try {
    const run = await sendDueMail(db, { settings: read.settings });
    for (const line of run.problems) console.log(line);
    console.log(`${run.sent} terkirim, ${run.retrying} dicoba lagi nanti, ${run.failed} gagal.`);
  } catch (error) {
    fail((error as Error).message);
  } finally {
    db.$client.close();
  }
}
