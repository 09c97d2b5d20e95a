// Without SMTP_URL (the demo) nothing is sent: messages wait in the outbox, which admins read at
// /admin/surel (list, detail with the text and the attachments to download), within their scope;
// other roles get 403. A failed message is queued again with "Kirim ulang", which is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { createUser } from "../../app/accounts/user.server";
import { queueMail, type MailMessage } from "../../app/mail/outbox.server";
import { htmlToText, startTestApp, type TestApp } from "../support/server";

let app: TestApp;
const letter = Buffer.from("PK\u0003\u0004 surat undangan (isi uji)");

beforeAll(async () => {
  delete process.env.SMTP_URL;
  app = await startTestApp();
  const adminId = (app.db.$client.prepare("SELECT id FROM users WHERE email = 'admin@demo.sigap.id'").get() as { id: number }).id;
  await createUser(app.db, { email: "admin-jabar@uji.sigap.id", name: "Admin Jawa Barat", password: DEMO_PASSWORD, role: "admin", agencyId: null, regionCode: "32" }, adminId);
});
afterAll(() => app.close());

function queue(m: Partial<MailMessage> & { subject: string }) {
  return app.db.transaction((tx) => queueMail(tx, { to: "penghubung@polri.go.id", text: "Yth. Bapak/Ibu,\nDengan hormat.", kind: "undangan", ...m }));
}

const status = (id: number) => (app.db.$client.prepare("SELECT status, attempts FROM mail_outbox WHERE id = ?").get(id) as { status: string; attempts: number });

describe("the outbox at /admin/surel", () => {
  it("without SMTP_URL keeps each message queued and shows it to an admin, newest first", async () => {
    const older = queue({ subject: "Undangan Rakornas Juni 2025", to: "kabareskrim@polri.go.id" });
    const newer = queue({
      subject: "Undangan Rakor GT Indramayu Agustus 2025",
      to: "dinsos@indramayukab.go.id",
      regionCode: "32.12",
      attachments: [{ filename: "Surat Undangan Rakor.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content: letter }],
    });
    expect(status(older.id)).toEqual({ status: "queued", attempts: 0 });

    const admin = await app.loginAs("admin@demo.sigap.id");
    const page = await admin.get("/admin/surel");
    expect(page.status).toBe(200);
    const text = htmlToText(await page.text());
    expect(text).toContain("Pengiriman surel belum diatur (SMTP_URL kosong)");
    expect(text).toContain("2 surel");
    expect(text.indexOf("Undangan Rakor GT Indramayu Agustus 2025")).toBeLessThan(text.indexOf("Undangan Rakornas Juni 2025"));
    expect(text).toMatch(/Menunggu dinsos@indramayukab\.go\.id Undangan Rakor GT Indramayu Agustus 2025 Undangan rakor 0/);

    const detail = htmlToText(await (await admin.get(`/admin/surel/${newer.id}`)).text());
    expect(detail).toContain("Kepada dinsos@indramayukab.go.id");
    expect(detail).toContain("Yth. Bapak/Ibu, Dengan hormat.");
    expect(detail).toContain("Surat Undangan Rakor.docx");
    expect(detail).not.toContain("Kirim ulang");

    const attachmentId = (app.db.$client.prepare("SELECT id FROM mail_attachments WHERE mail_id = ?").get(newer.id) as { id: number }).id;
    const download = await admin.get(`/admin/surel/${newer.id}/lampiran/${attachmentId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(download.headers.get("Content-Disposition")).toContain("filename*=UTF-8''Surat%20Undangan%20Rakor.docx");
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), letter)).toBe(0);
    // An attachment is reached only through its own message.
    expect((await admin.get(`/admin/surel/${older.id}/lampiran/${attachmentId}`)).status).toBe(404);

    // Filtered by status.
    expect(htmlToText(await (await admin.get("/admin/surel?status=sent")).text())).toContain("Belum ada surel dengan status ini.");
  });

  it("is 403 for every other role", async () => {
    const id = queue({ subject: "Undangan untuk uji akses" }).id;
    for (const email of ["sekretariat@demo.sigap.id", "pimpinan@demo.sigap.id", "polri@demo.sigap.id"]) {
      const client = await app.loginAs(email);
      expect((await client.get("/admin/surel")).status, email).toBe(403);
      expect((await client.get(`/admin/surel/${id}`)).status, email).toBe(403);
      expect((await client.post(`/admin/surel/${id}`, { intent: "kirim-ulang" })).status, email).toBe(403);
    }
  });

  it("a regional admin reads the messages of its scope only", async () => {
    const national = queue({ subject: "Undangan nasional rahasia cakupan" });
    const regional = queue({ subject: "Undangan Rakor Kabupaten Indramayu", regionCode: "32.12" });
    const jabar = await app.loginAs("admin-jabar@uji.sigap.id");
    const text = htmlToText(await (await jabar.get("/admin/surel")).text());
    expect(text).toContain("Undangan Rakor Kabupaten Indramayu");
    expect(text).not.toContain("Undangan nasional rahasia cakupan");
    expect((await jabar.get(`/admin/surel/${regional.id}`)).status).toBe(200);
    expect((await jabar.get(`/admin/surel/${national.id}`)).status).toBe(404);
    expect((await jabar.post(`/admin/surel/${national.id}`, { intent: "kirim-ulang" })).status).toBe(404);
  });

  it("shows a failed message's error and queues it again with Kirim ulang, audited", async () => {
    const failed = queue({ subject: "Undangan ke alamat salah", to: "bukan-alamat" });
    expect(failed.status).toBe("failed");
    const admin = await app.loginAs("admin@demo.sigap.id");
    const list = htmlToText(await (await admin.get("/admin/surel?status=failed")).text());
    expect(list).toContain('Gagal bukan-alamat Undangan ke alamat salah Undangan rakor 0 Alamat email penerima tidak valid: "bukan-alamat".');
    const detail = htmlToText(await (await admin.get(`/admin/surel/${failed.id}`)).text());
    expect(detail).toContain("Kirim ulang");

    const res = await admin.post(`/admin/surel/${failed.id}`, { intent: "kirim-ulang" });
    expect(res.status).toBe(302);
    expect(status(failed.id)).toEqual({ status: "queued", attempts: 0 });
    const audit = app.db.$client.prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'mail'").all();
    expect(audit).toEqual([{ action: "resend", entity: "mail", entity_id: String(failed.id) }]);

    // Only a failed message is queued again; nothing is written otherwise.
    const again = await admin.post(`/admin/surel/${failed.id}`, { intent: "kirim-ulang" });
    expect(again.status).toBe(409);
    expect(htmlToText(await again.text())).toContain("Hanya surel yang gagal yang dapat dikirim ulang.");
    expect((await admin.post(`/admin/surel/${failed.id}`, {})).status).toBe(400);
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'mail'").get()).toEqual({ n: 1 });
  });
});
