// Status updates of action items over HTTP: who may post (403 for another agency's liaison,
// nothing written, logged), the rules (Selesai, Terhambat), evidence files, append-only history,
// optimistic concurrency (the second writer gets a conflict with the newer state) and atomicity
// (a status change and its audit row commit together or not at all).
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatusUpdate } from "../../app/action-plan/action.server";
import { stageFile, checkUpload } from "../../app/utils/upload.server";
import { actionId, actionRow, captureLog, count, fingerprint, formVersion, PDF_BYTES, PNG_BYTES, statusForm } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let polri: TestClient;
let kemenpppa: TestClient;
let sekretariat: TestClient;
let pimpinan: TestClient;
let polriItem: number; // led by Polri, no supporting agency, overdue
let sharedItem: number; // led by Polri, supported by KemenPPPA

beforeAll(async () => {
  app = await startTestApp();
  polri = await app.loginAs("polri@demo.sigap.id");
  kemenpppa = await app.loginAs("kemenpppa@demo.sigap.id");
  sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
  pimpinan = await app.loginAs("pimpinan@demo.sigap.id");
  polriItem = actionId(app, "rakornas-2025-06-04-a1");
  sharedItem = actionId(app, "rakornas-2025-06-04-a2");
});
afterAll(() => app.close());

const userId = (email: string) => count(app, "SELECT id FROM users WHERE email = ?", email);

describe("a liaison and another agency's item", () => {
  it("may read it but gets no update form", async () => {
    const page = await kemenpppa.text(`/aksi/${polriItem}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Perkuat Satgas TPPO di seluruh Polda dan Polres");
    expect(page.text).not.toContain("Perbarui status");
  });

  it("gets 403 on a status update, nothing is written (not even the uploaded file), and the attempt is logged", async () => {
    const version = actionRow(app, polriItem).version;
    const before = fingerprint(app);
    const { result: res, events } = await captureLog(() =>
      kemenpppa.post(`/aksi/${polriItem}`, statusForm({ status: "done", progress: 100, note: "Diselesaikan oleh instansi lain", version }, [{ name: "bukti.pdf", bytes: PDF_BYTES }])),
    );
    expect(res.status).toBe(403);
    expect(htmlToText(await res.text())).toContain("Anda tidak berwenang");
    expect(fingerprint(app)).toEqual(before);
    const denial = events.find((e) => e.event === "access_denied" && e.path === `/aksi/${polriItem}`);
    expect(denial).toMatchObject({ userId: userId("kemenpppa@demo.sigap.id"), role: "penghubung", method: "POST" });
    expect(String(denial!.reason)).toContain(`action ${polriItem}`);
  });

  it("a leader reads but may not update (403, nothing written)", async () => {
    const before = fingerprint(app);
    const res = await pimpinan.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 90, note: "x", version: actionRow(app, polriItem).version }));
    expect(res.status).toBe(403);
    expect(fingerprint(app)).toEqual(before);
  });

  it("a supporting agency's liaison may update the item it supports", async () => {
    const version = await formVersion(kemenpppa, sharedItem);
    const res = await kemenpppa.post(`/aksi/${sharedItem}`, statusForm({ status: "in_progress", progress: 10, note: "Modul pelatihan berperspektif korban disiapkan.", version, returnTo: "/aksi/saya" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/aksi/saya");
    expect(actionRow(app, sharedItem)).toMatchObject({ status: "in_progress", progress: 10, version: version + 1 });
    const page = await kemenpppa.text(res.headers.get("Location")!);
    expect(page.text).toMatch(/Pembaruan “\s*Pelatihan penyidik dengan pendekatan berbasis korban\s*” tersimpan\./);
  });
});

describe("a status update", () => {
  it("appends to the history with its evidence, moves the item's status, and writes its audit row", async () => {
    const before = actionRow(app, polriItem);
    const updatesBefore = count(app, "SELECT count(*) FROM action_updates WHERE action_id = ?", polriItem);
    const version = await formVersion(polri, polriItem);
    const res = await polri.post(
      `/aksi/${polriItem}`,
      statusForm({ status: "in_progress", progress: 75, note: "Satgas terbentuk di 30 Polda; 4 Polda menyusul.", version }, [{ name: "Laporan Satgas Polda.pdf", bytes: PDF_BYTES, type: "application/pdf" }]),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/aksi/${polriItem}`);
    const after = actionRow(app, polriItem);
    expect(after).toMatchObject({ status: "in_progress", progress: 75, version: before.version + 1 });
    expect(count(app, "SELECT count(*) FROM action_updates WHERE action_id = ?", polriItem)).toBe(updatesBefore + 1);
    const update = app.db.$client.prepare("SELECT id, status, progress, note, by_user_id AS byUserId, at FROM action_updates WHERE action_id = ? ORDER BY id DESC LIMIT 1").get(polriItem) as Record<string, unknown>;
    expect(update).toMatchObject({ status: "in_progress", progress: 75, note: "Satgas terbentuk di 30 Polda; 4 Polda menyusul.", byUserId: userId("polri@demo.sigap.id") });
    expect(update.at).toBe(after.updatedAt);
    const file = app.db.$client
      .prepare("SELECT f.id, f.original_name AS name, f.media_type AS type, f.storage_key AS key FROM action_update_files uf JOIN files f ON f.id = uf.file_id WHERE uf.update_id = ?")
      .get(update.id) as { id: number; name: string; type: string; key: string };
    expect(file).toMatchObject({ name: "Laporan Satgas Polda.pdf", type: "application/pdf" });
    expect(readdirSync(process.env.UPLOAD_DIR!)).toContain(file.key);
    const audit = app.db.$client.prepare("SELECT user_id AS userId, action, entity, entity_id AS entityId, before, after FROM audit_log ORDER BY id DESC LIMIT 1").get() as Record<string, string>;
    expect(audit).toMatchObject({ userId: userId("polri@demo.sigap.id"), action: "status_update", entity: "action_item", entityId: String(polriItem) });
    expect(JSON.parse(audit.before)).toEqual({ status: before.status, progress: before.progress, version: before.version });
    expect(JSON.parse(audit.after)).toMatchObject({ status: "in_progress", progress: 75, version: before.version + 1, updateId: update.id, fileIds: [file.id] });

    // The page shows it, and the evidence downloads (to any reader of the item, e.g. the leader).
    const page = await polri.text(res.headers.get("Location")!);
    expect(page.text).toContain("Pembaruan “Perkuat Satgas TPPO di seluruh Polda dan Polres” tersimpan.");
    expect(page.text).toContain("Satgas terbentuk di 30 Polda; 4 Polda menyusul.");
    expect(page.text).toContain("Laporan Satgas Polda.pdf");
    const download = await pimpinan.get(`/aksi/${polriItem}/bukti/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("Content-Disposition")).toContain("attachment");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
    // ... but not through another item's URL, nor by a user outside the item's scope
    expect((await pimpinan.get(`/aksi/${sharedItem}/bukti/${file.id}`)).status).toBe(404);
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    expect((await indramayu.get(`/aksi/${polriItem}/bukti/${file.id}`)).status).toBe(403);
  });

  it("Selesai without a note or evidence is refused with the reason next to the field; nothing is written", async () => {
    const version = await formVersion(polri, polriItem);
    const before = fingerprint(app);
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "done", progress: 100, version }));
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Catatan wajib diisi untuk status selesai bila tidak ada bukti dukung.");
    expect(fingerprint(app)).toEqual(before);
  });

  it("Terhambat without a note is refused, even with evidence; nothing is written", async () => {
    const version = await formVersion(polri, polriItem);
    const before = fingerprint(app);
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "blocked", progress: 75, version }, [{ name: "foto.png", bytes: PNG_BYTES }]));
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Catatan wajib diisi untuk status terhambat.");
    expect(fingerprint(app)).toEqual(before);
  });

  it("a file that is not what its name says is refused; nothing is written", async () => {
    const version = await formVersion(polri, polriItem);
    const before = fingerprint(app);
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 80, note: "x", version }, [{ name: "bukti.pdf", bytes: PNG_BYTES }]));
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Isi berkas adalah PNG, tidak sesuai dengan nama berakhiran");
    expect(fingerprint(app)).toEqual(before);
  });

  it("a liaison cannot cancel an item", async () => {
    const version = await formVersion(polri, polriItem);
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "cancelled", progress: 75, note: "Tidak relevan lagi.", version }));
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Status dibatalkan hanya dapat dipilih oleh sekretariat.");
    expect(actionRow(app, polriItem).status).toBe("in_progress");
  });

  it("Selesai with evidence only is accepted and recorded as 100 %, waiting for verification", async () => {
    const item = actionId(app, "rakornas-2025-06-04-a6");
    const version = await formVersion(polri, item);
    const res = await polri.post(`/aksi/${item}`, statusForm({ status: "done", progress: 90, version }, [{ name: "nota-kesepahaman.pdf", bytes: PDF_BYTES }]));
    expect(res.status).toBe(302);
    expect(actionRow(app, item)).toMatchObject({ status: "awaiting_verification", progress: 100 });
  });
});

describe("history is append-only", () => {
  it("the database refuses to edit or delete status updates, their files and the audit log", () => {
    const c = app.db.$client;
    expect(() => c.prepare("UPDATE action_updates SET note = 'diubah' WHERE action_id = ?").run(polriItem)).toThrow(/append-only/);
    expect(() => c.prepare("DELETE FROM action_updates WHERE action_id = ?").run(polriItem)).toThrow(/append-only/);
    expect(() => c.prepare("DELETE FROM action_update_files").run()).toThrow(/append-only/);
    expect(() => c.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => c.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });

  it("a correction is a new update: the old one stays as it was", async () => {
    const history = () => app.db.$client.prepare("SELECT id, status, progress, note FROM action_updates WHERE action_id = ? ORDER BY id").all(polriItem);
    const before = history();
    const version = await formVersion(polri, polriItem);
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 70, note: "Koreksi: 70%, bukan 75%.", version }));
    expect(res.status).toBe(302);
    const after = history();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(actionRow(app, polriItem).progress).toBe(70);
  });
});

describe("two people update the same item at the same time", () => {
  it("the second gets a clear conflict showing the newer state, writes nothing, and can resubmit: no update lost", async () => {
    const v = await formVersion(polri, polriItem);
    expect(await formVersion(sekretariat, polriItem)).toBe(v); // both read the same version
    const first = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "blocked", progress: 70, note: "Menunggu anggaran Polda Papua.", version: v }));
    expect(first.status).toBe(302);
    const before = fingerprint(app);
    const second = await sekretariat.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 85, note: "Update dari sekretariat.", version: v }));
    expect(second.status).toBe(409);
    expect(fingerprint(app)).toEqual(before);
    const text = htmlToText(await second.text());
    expect(text).toContain("Perubahan Anda belum disimpan.");
    expect(text).toMatch(/Keadaan terbaru: status Terhambat\s*, progres 70\s*%/);
    expect(text).toMatch(/pembaruan oleh Penghubung Polri\s*,/);
    expect(text).toMatch(/catatan: “\s*Menunggu anggaran Polda Papua.\s*”/);
    // The form offers the writer's values again, now with the newer version.
    const html = await (await sekretariat.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 85, note: "Update dari sekretariat.", version: v }))).text();
    expect(html).toContain(`name="version" value="${v + 1}"`);
    expect(html).toContain("Update dari sekretariat.");
    const retry = await sekretariat.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 85, note: "Update dari sekretariat.", version: v + 1 }));
    expect(retry.status).toBe(302);
    const notes = (app.db.$client.prepare("SELECT note FROM action_updates WHERE action_id = ? ORDER BY id DESC LIMIT 2").all(polriItem) as { note: string }[]).map((r) => r.note);
    expect(notes).toEqual(["Update dari sekretariat.", "Menunggu anggaran Polda Papua."]);
    expect(actionRow(app, polriItem)).toMatchObject({ status: "in_progress", progress: 85, version: v + 2 });
  });

  it("of two posts in flight with the same version exactly one wins and one gets 409", async () => {
    const v = await formVersion(polri, polriItem);
    const updates = count(app, "SELECT count(*) FROM action_updates WHERE action_id = ?", polriItem);
    const [a, b] = await Promise.all([
      polri.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 86, note: "A", version: v })),
      sekretariat.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 87, note: "B", version: v })),
    ]);
    expect([a.status, b.status].sort()).toEqual([302, 409]);
    expect(count(app, "SELECT count(*) FROM action_updates WHERE action_id = ?", polriItem)).toBe(updates + 1);
    expect(actionRow(app, polriItem).version).toBe(v + 1);
  });

  it("the model refuses a stale version inside its transaction too", () => {
    const { version, progress } = actionRow(app, polriItem);
    const result = recordStatusUpdate(app.db, polriItem, version - 1, { status: "in_progress", progress: 99, note: "basi" }, [], userId("polri@demo.sigap.id"));
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: { version, progress } });
    expect(actionRow(app, polriItem)).toMatchObject({ version, progress });
  });
});

describe("a status change and its audit row commit together or not at all", () => {
  it("when the audit row cannot be written, the status, the history and the evidence are all rolled back", async () => {
    const c = app.db.$client;
    const version = await formVersion(polri, polriItem);
    const before = fingerprint(app);
    c.exec("CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END;");
    try {
      const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 95, note: "Tidak boleh tersimpan.", version }, [{ name: "bukti.pdf", bytes: PDF_BYTES }]));
      expect(res.status).toBe(500);
      expect(htmlToText(await res.text())).toContain("Terjadi kesalahan");
    } finally {
      c.exec("DROP TRIGGER test_audit_fails");
    }
    expect(fingerprint(app)).toEqual(before); // item, history, file rows, audit log and upload folder unchanged
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "in_progress", progress: 95, note: "Sekarang tersimpan.", version }));
    expect(res.status).toBe(302);
    expect(actionRow(app, polriItem).progress).toBe(95);
  });

  it("when the history row cannot be written, no audit row and no status change remain", () => {
    const c = app.db.$client;
    const before = fingerprint(app);
    const { version } = actionRow(app, polriItem);
    const bytes = PDF_BYTES;
    const check = checkUpload("bukti.pdf", bytes);
    if (!check.ok) throw new Error(check.error);
    const staged = stageFile(check, bytes, null);
    c.exec("CREATE TRIGGER test_updates_fail BEFORE INSERT ON action_update_files BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    try {
      expect(() => recordStatusUpdate(app.db, polriItem, version, { status: "done", progress: 100, note: "x" }, [staged], userId("polri@demo.sigap.id"))).toThrow(/disk full/);
    } finally {
      c.exec("DROP TRIGGER test_updates_fail");
      staged.discard();
    }
    expect(fingerprint(app)).toEqual(before);
  });
});
