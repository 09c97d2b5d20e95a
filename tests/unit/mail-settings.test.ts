// The mail settings read from the environment (SMTP_URL, MAIL_FROM, MAIL_*) and the retry schedule.
import { describe, expect, it } from "vitest";
import { readMailSettings, retryDelayMs } from "../../app/mail/mailer.server";

const FROM = "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>";

describe("mail settings", () => {
  it("without SMTP_URL nothing is sent, and MAIL_FROM is not needed", () => {
    expect(readMailSettings({})).toEqual({ ok: true, settings: { smtpUrl: null, from: null, maxAttempts: 10, retryBaseMs: 60_000, pollMs: 10_000 } });
  });

  it("reads smtp:// and smtps:// with a From address and the retry settings", () => {
    const read = readMailSettings({ SMTP_URL: "smtps://sekretariat:s%40ndi@mail.example.go.id:465", MAIL_FROM: FROM, MAIL_MAX_ATTEMPTS: "4", MAIL_RETRY_SECONDS: "30", MAIL_POLL_SECONDS: "5" });
    expect(read).toEqual({ ok: true, settings: { smtpUrl: "smtps://sekretariat:s%40ndi@mail.example.go.id:465", from: FROM, maxAttempts: 4, retryBaseMs: 30_000, pollMs: 5_000 } });
    expect(readMailSettings({ SMTP_URL: "smtp://mail.example.go.id:587", MAIL_FROM: "sekretariat@example.go.id" }).ok).toBe(true);
  });

  it("says in Indonesian what is wrong", () => {
    const problem = (env: Record<string, string>) => {
      const read = readMailSettings(env);
      return read.ok ? null : read.problem;
    };
    expect(problem({ SMTP_URL: "http://mail.example.go.id", MAIL_FROM: FROM })).toContain("SMTP_URL harus berbentuk smtp://");
    expect(problem({ SMTP_URL: "mail.example.go.id:587", MAIL_FROM: FROM })).toContain("SMTP_URL harus berbentuk smtp://");
    expect(problem({ SMTP_URL: "smtp://mail.example.go.id:587" })).toContain("MAIL_FROM wajib diatur bila SMTP_URL diatur");
    expect(problem({ SMTP_URL: "smtp://mail.example.go.id:587", MAIL_FROM: "Sekretariat" })).toContain('MAIL_FROM harus satu alamat email, misalnya "Sekretariat Gugus Tugas PP-TPPO <sekretariat@example.go.id>"; tertulis "Sekretariat"');
    expect(problem({ SMTP_URL: "smtp://mail.example.go.id:587", MAIL_FROM: "a@example.go.id, b@example.go.id" })).toContain("MAIL_FROM harus satu alamat email");
    expect(problem({ MAIL_MAX_ATTEMPTS: "0" })).toBe('Pengaturan surel tidak sah: MAIL_MAX_ATTEMPTS harus bilangan bulat positif; tertulis "0".');
    expect(problem({ MAIL_RETRY_SECONDS: "1,5" })).toContain("MAIL_RETRY_SECONDS harus bilangan bulat positif");
  });
});

describe("retry schedule", () => {
  it("waits the base after the first failure, doubling after each one, at most two hours", () => {
    const minute = 60_000;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => retryDelayMs(n, minute) / minute)).toEqual([1, 2, 4, 8, 16, 32, 64, 120, 120, 120]);
  });
});
