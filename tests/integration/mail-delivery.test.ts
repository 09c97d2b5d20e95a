// Mail goes through the outbox to a real SMTP server (started here, on a random port): a queued
// message is delivered once with its attachments intact, even with two senders at once (two
// connections, two processes, the server's own loop); a server that is down or answers 421 loses
// nothing; a recipient that cannot be delivered to fails alone; a dedupe key queues once.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { ensureBuildResolvable, freePort, startServerProcess } from "../../db/bench/server-process";
import { claimNextMail, queueMail, type MailMessage } from "../../app/mail/outbox.server";
import { SEND_LEASE_MS, sendDueMail, type MailSettings } from "../../app/mail/mailer.server";
import { startTestSmtp, testSmtpUrl, type TestSmtp } from "../support/smtp";

const run = promisify(execFile);
const FROM = "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>";
const MINUTE = 60_000;

let dir: string;
let file: string;
let db: Db;
const servers: TestSmtp[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-mail-"));
  file = path.join(dir, "mail.db");
  db = openDatabase(file);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  // Each test starts from an empty outbox.
  db.$client.exec("DELETE FROM mail_attachments; DELETE FROM mail_outbox;");
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function smtp(options: Parameters<typeof startTestSmtp>[0] = {}) {
  const server = await startTestSmtp(options);
  servers.push(server);
  return server;
}

function settings(smtpUrl: string, more: Partial<MailSettings> = {}): MailSettings {
  return { smtpUrl, from: FROM, maxAttempts: 5, retryBaseMs: MINUTE, pollMs: 1000, ...more };
}

function message(n: number | string, more: Partial<MailMessage> = {}): MailMessage {
  return {
    to: `peserta${n}@example.go.id`,
    subject: `Undangan Rakor Gugus Tugas ${n}`,
    text: `Yth. Peserta ${n},\nDengan hormat, kami mengundang Bapak/Ibu.`,
    kind: "undangan",
    ...more,
  };
}

function queue(m: MailMessage, now?: number) {
  return db.transaction((tx) => queueMail(tx, m, now));
}

interface Row {
  id: number;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  sent_at: number | null;
  message_id: string | null;
}
const row = (id: number) => db.$client.prepare("SELECT * FROM mail_outbox WHERE id = ?").get(id) as Row;

/** A port nothing listens on (a server that is down). */
const closedPort = () => freePort();

describe("delivery", () => {
  it("delivers a queued message once, from MAIL_FROM, with its attachments byte for byte", async () => {
    const server = await smtp();
    const letter = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256));
    const ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    const queued = queue(
      message(1, {
        html: "<p>Yth. Peserta 1</p>",
        attachments: [
          { filename: "Surat Undangan Rakor Juni.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content: letter },
          { filename: "undangan.ics", contentType: "text/calendar; method=REQUEST", content: Buffer.from(ics) },
        ],
      }),
    );
    expect(queued).toMatchObject({ created: true, status: "queued", lastError: null });

    const result = await sendDueMail(db, { settings: settings(server.url) });
    expect(result).toEqual({ sent: 1, retrying: 0, failed: 0, problems: [] });
    expect(server.received).toHaveLength(1);
    const got = server.received[0];
    expect(got.to).toEqual(["peserta1@example.go.id"]);
    expect(got.from).toBe("sekretariat@example.go.id");
    expect(got.parsed.from?.value).toEqual([{ name: "Sekretariat Gugus Tugas PP-TPPO", address: "sekretariat@example.go.id" }]);
    expect(got.parsed.subject).toBe("Undangan Rakor Gugus Tugas 1");
    expect(got.parsed.text?.trim()).toBe("Yth. Peserta 1,\nDengan hormat, kami mengundang Bapak/Ibu.");
    expect(got.parsed.html).toContain("<p>Yth. Peserta 1</p>");
    expect(got.parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["Surat Undangan Rakor Juni.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["undangan.ics", "text/calendar"],
    ]);
    expect(Buffer.compare(got.parsed.attachments[0].content, letter)).toBe(0);
    expect(got.parsed.attachments[1].content.toString()).toBe(ics);

    const sent = row(queued.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, last_error: null, message_id: got.parsed.messageId });
    expect(sent.sent_at).toBeGreaterThan(0);

    // Nothing is due any more: a second run sends nothing.
    expect(await sendDueMail(db, { settings: settings(server.url) })).toMatchObject({ sent: 0 });
    expect(server.received).toHaveLength(1);
  });

  it("two senders on two connections at once send each message once", async () => {
    const server = await smtp();
    const ids = Array.from({ length: 12 }, (_, i) => queue(message(i)).id);
    const other = openDatabase(file);
    try {
      const [a, b] = await Promise.all([sendDueMail(db, { settings: settings(server.url) }), sendDueMail(other, { settings: settings(server.url) })]);
      // Both claimed messages (each claims before its first network wait), and together they sent each one.
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      expect(a.sent + b.sent).toBe(12);
    } finally {
      other.$client.close();
    }
    const subjects = server.received.map((m) => m.parsed.subject);
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
    for (const id of ids) expect(row(id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("npm run mail:send in two processes at once sends each message once", async () => {
    const server = await smtp();
    for (let i = 0; i < 30; i++) queue(message(i));
    const env = { ...process.env, DATABASE_PATH: file, SMTP_URL: server.url, MAIL_FROM: FROM, SIGAP_QUIET_LOG: "1" };
    const entry = path.join(ensureBuildResolvable(), "mail-send.js");
    const outputs = await Promise.all([run(process.execPath, [entry], { env }), run(process.execPath, [entry], { env })]);
    const sent = outputs.map(({ stdout }) => Number(/(\d+) terkirim, 0 dicoba lagi nanti, 0 gagal\./.exec(stdout)?.[1]));
    expect(sent[0] + sent[1]).toBe(30);
    expect(server.received).toHaveLength(30);
    expect(new Set(server.received.map((m) => m.parsed.subject)).size).toBe(30);
    expect((db.$client.prepare("SELECT count(*) AS n FROM mail_outbox WHERE status = 'sent' AND attempts = 1").get() as { n: number }).n).toBe(30);
  });

  it("the server's own loop sends what is queued, once, with several processes serving", async () => {
    const server = await smtp();
    const app = await startServerProcess({ DATABASE_PATH: file, SMTP_URL: server.url, MAIL_FROM: FROM, MAIL_POLL_SECONDS: "1", WEB_CONCURRENCY: "2" });
    try {
      const ids = [queue(message("a")).id, queue(message("b")).id];
      await server.waitFor(2);
      // One more poll: nothing is sent twice.
      await new Promise((r) => setTimeout(r, 1500));
      expect(server.received.map((m) => m.parsed.subject).sort()).toEqual(["Undangan Rakor Gugus Tugas a", "Undangan Rakor Gugus Tugas b"]);
      for (const id of ids) expect(row(id).status).toBe("sent");
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });
});

describe("retries", () => {
  it("a server that is down keeps the message queued with its attempt and next time; it goes once the server is back", async () => {
    const port = await closedPort();
    const down = settings(testSmtpUrl(port));
    const t0 = Date.parse("2026-06-01T01:00:00Z");
    const { id } = queue(message(1), t0);

    const first = await sendDueMail(db, { settings: down, now: t0 });
    expect(first).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    expect(first.problems[0]).toContain("peserta1@example.go.id: dicoba lagi nanti");
    expect(row(id)).toMatchObject({ status: "queued", attempts: 1, next_attempt_at: t0 + MINUTE });
    expect(row(id).last_error).toMatch(/^Server SMTP tidak dapat dihubungi\. \(.*ECONNREFUSED/);

    // Not due before its next attempt.
    expect(await sendDueMail(db, { settings: down, now: t0 + MINUTE - 1 })).toMatchObject({ sent: 0, retrying: 0 });
    // Still down: the wait doubles.
    expect(await sendDueMail(db, { settings: down, now: t0 + MINUTE })).toMatchObject({ retrying: 1 });
    expect(row(id)).toMatchObject({ status: "queued", attempts: 2, next_attempt_at: t0 + 3 * MINUTE });

    const server = await smtp({ port });
    expect(await sendDueMail(db, { settings: down, now: t0 + 3 * MINUTE })).toMatchObject({ sent: 1 });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 3, last_error: null });
    expect(server.received).toHaveLength(1);
  });

  it("a server answering 421 keeps the message queued; it goes when the server accepts again", async () => {
    const server = await smtp();
    server.busy = true;
    const t0 = Date.parse("2026-06-01T01:00:00Z");
    const { id } = queue(message(1), t0);
    expect(await sendDueMail(db, { settings: settings(server.url), now: t0 })).toMatchObject({ sent: 0, retrying: 1 });
    expect(row(id)).toMatchObject({ status: "queued", attempts: 1, next_attempt_at: t0 + MINUTE });
    expect(row(id).last_error).toContain("421");
    expect(server.received).toHaveLength(0);

    server.busy = false;
    expect(await sendDueMail(db, { settings: settings(server.url), now: t0 + MINUTE })).toMatchObject({ sent: 1 });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(server.received).toHaveLength(1);
  });

  it("after MAIL_MAX_ATTEMPTS failed attempts the message is failed with its last error", async () => {
    const down = settings(testSmtpUrl(await closedPort()), { maxAttempts: 3 });
    const t0 = Date.parse("2026-06-01T01:00:00Z");
    const { id } = queue(message(1), t0);
    let now = t0;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await sendDueMail(db, { settings: down, now });
      expect(result, `attempt ${attempt}`).toMatchObject(attempt < 3 ? { retrying: 1 } : { failed: 1 });
      now = row(id).next_attempt_at;
    }
    expect(row(id)).toMatchObject({ status: "failed", attempts: 3 });
    expect(row(id).last_error).toContain("Server SMTP tidak dapat dihubungi");
    // Failed stays failed: nothing is tried again until an admin queues it again.
    expect(await sendDueMail(db, { settings: down, now: now + 24 * 60 * MINUTE })).toMatchObject({ retrying: 0, failed: 0 });
  });

  it("a message left 'sending' by a sender that died is sent once its claim lapses", async () => {
    const server = await smtp();
    const t0 = Date.parse("2026-06-01T01:00:00Z");
    const { id } = queue(message(1), t0);
    expect(claimNextMail(db, t0, SEND_LEASE_MS)?.id).toBe(id);
    expect(row(id).status).toBe("sending");
    expect(await sendDueMail(db, { settings: settings(server.url), now: t0 + SEND_LEASE_MS - 1 })).toMatchObject({ sent: 0 });
    expect(await sendDueMail(db, { settings: settings(server.url), now: t0 + SEND_LEASE_MS })).toMatchObject({ sent: 1 });
    expect(row(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(server.received).toHaveLength(1);
  });

  it("a message past its expiry fails instead of going late", async () => {
    const server = await smtp();
    const t0 = Date.parse("2026-06-01T01:00:00Z");
    const late = queue(message("kemarin", { expiresAt: t0 - 1 }), t0 - MINUTE);
    const timely = queue(message("hari-ini", { expiresAt: t0 + MINUTE }), t0 - MINUTE);
    expect(await sendDueMail(db, { settings: settings(server.url), now: t0 })).toMatchObject({ sent: 1 });
    expect(row(late.id)).toMatchObject({ status: "failed", attempts: 0, last_error: "Kedaluwarsa: tidak terkirim sebelum batas waktunya." });
    expect(row(timely.id).status).toBe("sent");
    expect(server.received.map((m) => m.parsed.subject)).toEqual(["Undangan Rakor Gugus Tugas hari-ini"]);
  });
});

describe("recipients and idempotence", () => {
  it("an invalid address fails that message only; the others are sent", async () => {
    const server = await smtp({ refuseRecipient: (a) => (a === "tidak-ada@example.go.id" ? 550 : null) });
    const first = queue(message(1));
    const malformed = queue(message(2, { to: "bukan alamat email" }));
    const refused = queue(message(3, { to: "tidak-ada@example.go.id" }));
    const last = queue(message(4));
    // Not an address at all: failed at once, so a caller can report it.
    expect(malformed).toMatchObject({ created: true, status: "failed", lastError: 'Alamat email penerima tidak valid: "bukan alamat email".' });

    const result = await sendDueMail(db, { settings: settings(server.url) });
    expect(result).toMatchObject({ sent: 2, retrying: 0, failed: 1 });
    expect(result.problems).toEqual([expect.stringMatching(/^#\d+ ke tidak-ada@example\.go\.id: gagal: Server SMTP menolak alamat penerima\. \(550 /)]);
    expect(row(refused.id)).toMatchObject({ status: "failed", attempts: 1 });
    expect(row(malformed.id)).toMatchObject({ status: "failed", attempts: 0 });
    expect(row(first.id).status).toBe("sent");
    expect(row(last.id).status).toBe("sent");
    expect(server.received.flatMap((m) => m.to).sort()).toEqual(["peserta1@example.go.id", "peserta4@example.go.id"]);
  });

  it("the same dedupe key queued twice is stored once, attachments included", () => {
    const m = message(1, { dedupeKey: "undangan:rakor-7:peserta1@example.go.id:0", attachments: [{ filename: "undangan.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR") }] });
    const first = queue(m);
    const again = queue({ ...m, subject: "Perihal lain" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false, status: "queued", lastError: null });
    // Also twice within one transaction.
    db.transaction((tx) => {
      expect(queueMail(tx, m).created).toBe(false);
    });
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM mail_outbox")).toBe(1);
    expect(count("SELECT count(*) AS n FROM mail_attachments")).toBe(1);
    expect(row(first.id)).toMatchObject({ status: "queued" });
    // Another key is another message.
    expect(queue({ ...m, dedupeKey: "undangan:rakor-7:peserta1@example.go.id:1" }).created).toBe(true);
  });

  it("a message is queued in the caller's transaction: rolled back with it", () => {
    expect(() =>
      db.transaction((tx) => {
        queueMail(tx, message(1, { attachments: [{ filename: "a.txt", contentType: "text/plain", content: Buffer.from("a") }] }));
        throw new Error("the event failed");
      }),
    ).toThrow("the event failed");
    expect((db.$client.prepare("SELECT count(*) AS n FROM mail_outbox").get() as { n: number }).n).toBe(0);
    expect((db.$client.prepare("SELECT count(*) AS n FROM mail_attachments").get() as { n: number }).n).toBe(0);
  });
});

describe("configuration of the commands", () => {
  const entry = () => path.join(ensureBuildResolvable(), "mail-send.js");

  it("npm run mail:send without SMTP_URL says so, sends nothing and leaves the outbox as it is", async () => {
    const { id } = queue(message(1));
    const env = { ...process.env, DATABASE_PATH: file, SMTP_URL: "", MAIL_FROM: "" };
    await expect(run(process.execPath, [entry()], { env })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("SMTP_URL belum diatur") });
    expect(row(id)).toMatchObject({ status: "queued", attempts: 0 });
  });

  it("SMTP_URL without MAIL_FROM is refused by the command and by the server", async () => {
    const env = { DATABASE_PATH: file, SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "" };
    await expect(run(process.execPath, [entry()], { env: { ...process.env, ...env } })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("MAIL_FROM wajib diatur") });
    await expect(startServerProcess({ ...env, WEB_CONCURRENCY: "1" })).rejects.toThrow("MAIL_FROM wajib diatur");
  });
});
