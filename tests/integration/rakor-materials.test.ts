// Materials: uploads judged by their content, refused cleanly (nothing written, nothing left on
// disk), links, and downloads only for users whose scope includes the rakor.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files, materials, rakor } from "../../db/schema";
import { createRakor, submit, uploadForm } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));
const PNG = new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]));

const uploadsDir = () => path.join(app.dir, "uploads");
const storedFiles = () => (existsSync(uploadsDir()) ? readdirSync(uploadsDir()) : []);
const counts = () => ({
  materials: app.db.select({ n: count() }).from(materials).get()!.n,
  files: app.db.select({ n: count() }).from(files).get()!.n,
  stored: storedFiles().length,
});

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await createRakor(secretariat);
});
afterAll(() => app?.close());

const upload = (name: string, bytes: Uint8Array<ArrayBuffer>, title = "Paparan Astamaops", kind = "presentation") =>
  submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title, kind }, { name, bytes }));

describe("uploading a material", () => {
  it("stores a PDF under a generated name and serves it back as an attachment with its original name", async () => {
    const before = counts();
    const res = await upload("Paparan Astamaops 4 Juni.pdf", PDF);
    expect(res.status).toBe(302);
    expect(counts()).toEqual({ materials: before.materials + 1, files: before.files + 1, stored: before.stored + 1 });
    const material = app.db.select().from(materials).where(eq(materials.rakorId, rakorId)).get()!;
    const file = app.db.select().from(files).where(eq(files.id, material.fileId!)).get()!;
    expect(file.originalName).toBe("Paparan Astamaops 4 Juni.pdf");
    expect(file.storageKey).not.toContain("Paparan");
    expect(file.mediaType).toBe("application/pdf");

    const download = await secretariat.get(`/rakor/${rakorId}/bahan/${material.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("X-Content-Type-Options")).toContain("nosniff");
    expect(download.headers.get("Content-Disposition")).toBe(`attachment; filename="Paparan Astamaops 4 Juni.pdf"; filename*=UTF-8''Paparan%20Astamaops%204%20Juni.pdf`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
  });

  it("accepts a real DOCX and names it by its content", async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Peraturan Ketua Harian")] }] })));
    const res = await upload("perkahar.docx", docx, "Peraturan Ketua Harian Gugus Tugas", "regulation");
    expect(res.status).toBe(302);
    const file = app.db.select().from(files).where(eq(files.originalName, "perkahar.docx")).get()!;
    expect(file.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("refuses a .pdf whose bytes are a PNG, writing nothing", async () => {
    const before = counts();
    const res = await upload("paparan.pdf", PNG);
    expect(res.status).toBe(400);
    expect(res.text).toContain('Isi berkas adalah PNG, tidak sesuai dengan nama berakhiran ".pdf".');
    expect(counts()).toEqual(before);
  });

  it("refuses a file over 25 MB, writing nothing", async () => {
    const before = counts();
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    big.set(PDF);
    const res = await upload("besar.pdf", big);
    expect(res.status).toBe(400);
    expect(res.text).toContain("Ukuran berkas melebihi batas 25 MB.");
    expect(counts()).toEqual(before);
  });

  it("refuses a path-like file name, writing nothing", async () => {
    const before = counts();
    for (const name of ["../../etc/paparan.pdf", "..\\..\\paparan.pdf", "/etc/passwd.pdf"]) {
      const res = await upload(name, PDF);
      expect(res.status, name).toBe(400);
      expect(res.text).toContain("Nama berkas tidak valid");
    }
    expect(counts()).toEqual(before);
    expect(existsSync(path.join(app.dir, "etc"))).toBe(false);
  });

  it("refuses an executable disguised as a PDF and an upload without a file", async () => {
    const before = counts();
    const exe = await upload("paparan.pdf", new Uint8Array(Buffer.from("MZ\x90\x00 this program cannot be run in DOS mode")));
    expect(exe.status).toBe(400);
    expect(exe.text).toContain("Jenis berkas tidak diterima");
    const none = await submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title: "Tanpa berkas", kind: "other" }, { name: "", bytes: new Uint8Array(0) }));
    expect(none.status).toBe(400);
    expect(none.text).toContain("Pilih berkas yang akan diunggah.");
    expect(counts()).toEqual(before);
  });
});

describe("links, order and removal", () => {
  it("records a link and refuses one that is not a web address", async () => {
    const bad = await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "link", title: "Perpres 19/2023", kind: "regulation", url: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Tautan harus alamat lengkap yang diawali http:// atau https://.");
    const ok = await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "link", title: "Peraturan Presiden Nomor 19 Tahun 2023 tentang RAN-PPTPPO", kind: "regulation", url: "https://peraturan.bpk.go.id/Details/240000/perpres-no-19-tahun-2023" });
    expect(ok.status).toBe(302);
    const page = await secretariat.text(`/rakor/${rakorId}`);
    expect(page.text).toContain("Peraturan Presiden Nomor 19 Tahun 2023 tentang RAN-PPTPPO Regulasi");
  });

  it("moves a material up and deletes one with its stored bytes", async () => {
    const list = () => app.db.select().from(materials).where(eq(materials.rakorId, rakorId)).orderBy(materials.position).all();
    const [first, second] = list();
    expect((await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "move", id: String(second.id), direction: "up" })).status).toBe(302);
    expect(list().slice(0, 2).map((m) => m.id)).toEqual([second.id, first.id]);
    const before = counts();
    const res = await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "delete", id: String(first.id) });
    expect(res.status).toBe(302);
    expect(counts()).toEqual({ materials: before.materials - 1, files: before.files - 1, stored: before.stored - 1 });
    expect(list().map((m) => m.position)).toEqual(list().map((_, i) => i + 1));
  });
});

describe("who may download", () => {
  it("serves the national rakor's file to a liaison but not to the Indramayu secretariat", async () => {
    const material = app.db.select().from(materials).where(eq(materials.rakorId, rakorId)).all().find((m) => m.fileId)!;
    const liaison = await app.loginAs("kemenpppa@demo.sigap.id");
    expect((await liaison.get(`/rakor/${rakorId}/bahan/${material.id}`)).status).toBe(200);
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const denied = await indramayu.get(`/rakor/${rakorId}/bahan/${material.id}`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get("Content-Disposition")).toBeNull();
  });

  it("does not serve a material through another rakor's address", async () => {
    const material = app.db.select().from(materials).where(eq(materials.rakorId, rakorId)).all().find((m) => m.fileId)!;
    const other = app.db.select().from(rakor).where(eq(rakor.ref, "kemendagri-webinar-2023-05-23")).get()!;
    expect((await secretariat.get(`/rakor/${other.id}/bahan/${material.id}`)).status).toBe(404);
  });

  it("refuses uploads from a leader", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const before = counts();
    const res = await leader.post(`/rakor/${rakorId}/bahan`, uploadForm({ title: "x", kind: "other" }, { name: "x.pdf", bytes: PDF }));
    expect(res.status).toBe(403);
    expect(counts()).toEqual(before);
  });
});
