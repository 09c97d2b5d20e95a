// The sender: delivers the outbox (outbox.server.ts) to the SMTP server named by SMTP_URL, through
// nodemailer. Each message is claimed by one sender before it is sent (claimNextMail), so several
// processes (the server, `npm run mail:send` from cron) never send one message twice. A failure
// about the message itself (the recipient or the content refused for good) fails that message
// only; any other failure (server down, 4xx, login refused) queues it again with exponential
// backoff, until MAIL_MAX_ATTEMPTS attempts have failed. Without SMTP_URL nothing is sent: the
// outbox is what admins read at /admin/surel.
import addressparser from "nodemailer/lib/addressparser";
import { createTransport } from "nodemailer";
import type { Db } from "../../db/client";
import { logEvent } from "../utils/log.server";
import { claimNextMail, isMailAddress, markMailNotSent, markMailSent } from "./outbox.server";

export interface MailSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465; null = do not send. */
  smtpUrl: string | null;
  /** The From header, e.g. "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>". */
  from: string | null;
  /** Attempts before a message that keeps failing is marked failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; it doubles after each one, up to RETRY_MAX_MS. */
  retryBaseMs: number;
  /** How often the server looks for due messages. */
  pollMs: number;
}

/** The longest wait between two attempts. */
const RETRY_MAX_MS = 2 * 60 * 60 * 1000;
/** A claimed message whose sender did not report back within this is due again (the sender died). */
export const SEND_LEASE_MS = 10 * 60 * 1000;
/** Well within SEND_LEASE_MS: a silent server does not hold a message. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, dnsTimeout: 30_000 };

const DEFAULTS = { MAIL_MAX_ATTEMPTS: 10, MAIL_RETRY_SECONDS: 60, MAIL_POLL_SECONDS: 10 };

/** The mail settings of `env`, or what is wrong with them (in Indonesian). */
export function readMailSettings(env: Record<string, string | undefined> = process.env): { ok: true; settings: MailSettings } | { ok: false; problem: string } {
  const problems: string[] = [];
  const whole = (name: keyof typeof DEFAULTS) => {
    const raw = env[name]?.trim();
    if (!raw) return DEFAULTS[name];
    if (/^[1-9]\d*$/.test(raw)) return Number(raw);
    problems.push(`${name} harus bilangan bulat positif; tertulis "${raw}".`);
    return DEFAULTS[name];
  };
  const smtpUrl = env.SMTP_URL?.trim() || null;
  const from = env.MAIL_FROM?.trim() || null;
  if (smtpUrl) {
    let protocol = "";
    try {
      protocol = new URL(smtpUrl).protocol;
    } catch {
      // reported below
    }
    if (protocol !== "smtp:" && protocol !== "smtps:") {
      problems.push("SMTP_URL harus berbentuk smtp://pengguna:sandi@host:587 atau smtps://pengguna:sandi@host:465 (karakter khusus dalam sandi ditulis dengan %, misalnya %40 untuk @).");
    }
    const parsed = from ? addressparser(from, { flatten: true }) : [];
    if (!from) problems.push('MAIL_FROM wajib diatur bila SMTP_URL diatur, misalnya MAIL_FROM="Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>".');
    else if (parsed.length !== 1 || !isMailAddress(parsed[0].address)) problems.push(`MAIL_FROM harus satu alamat email, misalnya "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>"; tertulis "${from}".`);
  }
  const settings: MailSettings = {
    smtpUrl,
    from,
    maxAttempts: whole("MAIL_MAX_ATTEMPTS"),
    retryBaseMs: whole("MAIL_RETRY_SECONDS") * 1000,
    pollMs: whole("MAIL_POLL_SECONDS") * 1000,
  };
  return problems.length ? { ok: false, problem: `Pengaturan surel tidak sah: ${problems.join(" ")}` } : { ok: true, settings };
}

/** The mail settings of the environment; throws when they are not valid (the server refuses to start then). */
export function mailSettings(): MailSettings {
  const read = readMailSettings();
  if (!read.ok) throw new Error(read.problem);
  return read.settings;
}

/** Whether this process sends mail (SMTP_URL set); otherwise messages wait in the outbox. */
export function mailDeliveryConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/** The wait before the next attempt after `attempts` failed ones: base, 2×base, 4×base, ... up to 2 hours. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

/** What nodemailer reports about a failed send. */
interface SendError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  message?: string;
}

/** The failure concerns this message (its recipient or content), not the server or the connection. */
function aboutMessage(e: SendError): boolean {
  return (e.code === "EENVELOPE" || e.code === "EMESSAGE") && e.command !== "MAIL FROM";
}

/** Retrying this message would be refused again: a 5xx for its recipient or content, or an unusable address. */
function permanentForMessage(e: SendError): boolean {
  return aboutMessage(e) && (e.responseCode ? e.permanent === true : true);
}

/** The failure in Indonesian, with the server's own words (or the system's) in brackets. */
export function describeSendError(e: SendError): string {
  let text = "Pengiriman gagal.";
  if (e.code === "EAUTH" || e.code === "ENOAUTH") text = "Server SMTP menolak login; periksa pengguna dan sandi di SMTP_URL.";
  else if (e.code === "EENVELOPE" && e.command === "MAIL FROM") text = "Server SMTP menolak alamat pengirim (MAIL_FROM).";
  else if (e.code === "EENVELOPE") text = "Server SMTP menolak alamat penerima.";
  else if (e.code === "EMESSAGE") text = "Server SMTP menolak pesan ini.";
  else if (e.code === "ETIMEDOUT") text = "Server SMTP tidak menjawab dalam batas waktu.";
  else if (e.code === "ETLS") text = "Sambungan TLS ke server SMTP gagal.";
  else if (e.code === "ECONNECTION" || e.code === "ESOCKET" || e.code === "EDNS") text = "Server SMTP tidak dapat dihubungi.";
  else if (e.responseCode && e.responseCode >= 400 && e.responseCode < 500) text = "Server SMTP sedang menolak sementara.";
  const detail = (e.response || e.message || String(e)).trim().slice(0, 500);
  return `${text} (${detail})`;
}

export interface SendRun {
  sent: number;
  /** Not sent now, queued again for later. */
  retrying: number;
  failed: number;
  /** One line per message not sent: "#12 ke nama@instansi.go.id: ...". */
  problems: string[];
}

/**
 * Delivers the messages due at `now` one by one, each claimed first, and returns what happened.
 * Stops early when `signal` aborts or when a failure concerns the server rather than one message
 * (the others would fail the same way; they wait for the next run). Without SMTP_URL it sends
 * nothing.
 */
export async function sendDueMail(db: Db, options: { settings?: MailSettings; now?: number; signal?: AbortSignal } = {}): Promise<SendRun> {
  const settings = options.settings ?? mailSettings();
  const run: SendRun = { sent: 0, retrying: 0, failed: 0, problems: [] };
  if (!settings.smtpUrl) return run;
  const clock = () => options.now ?? Date.now();
  const transport = createTransport({ url: settings.smtpUrl, pool: true, maxConnections: 1, ...SMTP_TIMEOUTS }, { from: settings.from ?? undefined });
  try {
    while (!options.signal?.aborted) {
      const mail = claimNextMail(db, clock(), SEND_LEASE_MS);
      if (!mail) break;
      try {
        const info = await transport.sendMail({
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
          html: mail.bodyHtml ?? undefined,
          attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
          // Everything is in the row: nothing is read from files or URLs.
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        markMailSent(db, mail.id, info.messageId ?? null, clock());
        run.sent++;
        logEvent("mail_sent", { id: mail.id, kind: mail.kind, attempts: mail.attempts });
      } catch (error) {
        const e = error as SendError;
        const message = describeSendError(e);
        const final = permanentForMessage(e) || mail.attempts >= settings.maxAttempts;
        markMailNotSent(db, mail.id, message, final ? null : clock() + retryDelayMs(mail.attempts, settings.retryBaseMs));
        if (final) run.failed++;
        else run.retrying++;
        run.problems.push(`#${mail.id} ke ${mail.toAddress}: ${final ? "gagal" : "dicoba lagi nanti"}: ${message}`);
        logEvent(final ? "mail_failed" : "mail_retry", { id: mail.id, kind: mail.kind, attempts: mail.attempts, code: e.code ?? null, responseCode: e.responseCode ?? null });
        if (!aboutMessage(e)) break;
      }
    }
  } finally {
    transport.close();
  }
  return run;
}

let sender: { stop: () => Promise<void> } | undefined;

/**
 * The server's delivery loop: sends what is due now, then again every MAIL_POLL_SECONDS. Runs in
 * one process of the server (the cluster primary, or the only process); claiming keeps it safe
 * beside `npm run mail:send`. Does nothing without SMTP_URL.
 */
export function startMailSender(db: Db, settings: MailSettings = mailSettings()) {
  if (!settings.smtpUrl || sender) return;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = sendDueMail(db, { settings, signal: controller.signal })
      .then(
        () => undefined,
        (error) => logEvent("mail_sender_error", { error: (error as Error).message }),
      )
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, settings.pollMs).unref();
      });
  };
  tick();
  sender = {
    stop: async () => {
      controller.abort();
      clearTimeout(timer);
      await running;
    },
  };
}

/** Stops the delivery loop; resolves once the message being sent (if any) is settled. */
export async function stopMailSender() {
  const current = sender;
  sender = undefined;
  await current?.stop();
}
