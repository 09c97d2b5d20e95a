// The task-force registry: who may record which task force, the legal basis with its signed
// document, validation (nothing written on error) and the scope-checked document download.
import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { JABAR_SECRETARIAT, JATENG_SECRETARIAT, createProvinceSecretariats, makePdf, writeCounts } from "../support/gt-fixtures";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await createProvinceSecretariats(app.db);
});
afterAll(() => app.close());

const ALL_SUBSATGAS = ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"];

function taskForceForm(fields: Record<string, string | string[]>, document?: { name: string; bytes: Buffer; type?: string }): FormData {
  const fd = new FormData();
  fd.append("intent", "simpan");
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  if (document) fd.append("dokumen", new Blob([new Uint8Array(document.bytes)], { type: document.type ?? "application/pdf" }), document.name);
  return fd;
}

const validLegalBasis = {
  formed: "on",
  legalBasisKind: "sk_kepala_daerah",
  legalBasisNumber: "100.3.3.2/Kep.123-DP3A/2024",
  legalBasisDate: "2024-03-18",
  legalBasisTitle: "Pembentukan Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu",
};

function row(scopeKey: string) {
  return app.db.$client.prepare("SELECT * FROM task_forces WHERE scope_key = ?").get(scopeKey) as Record<string, unknown> | undefined;
}

function subsatgasOf(scopeKey: string): string[] {
  return (
    app.db.$client
      .prepare("SELECT subsatgas_slug AS s FROM task_force_subsatgas x JOIN task_forces t ON t.id = x.task_force_id WHERE t.scope_key = ? ORDER BY s")
      .all(scopeKey) as Array<{ s: string }>
  ).map((r) => r.s);
}

function uploadedFiles(): number {
  const dir = process.env.UPLOAD_DIR!;
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

async function expectNothingWritten(action: () => Promise<Response>, status: number) {
  const before = { ...writeCounts(app.db), uploads: uploadedFiles(), rows: JSON.stringify(app.db.$client.prepare("SELECT * FROM task_forces ORDER BY id").all()) };
  const res = await action();
  expect(res.status).toBe(status);
  const after = { ...writeCounts(app.db), uploads: uploadedFiles(), rows: JSON.stringify(app.db.$client.prepare("SELECT * FROM task_forces ORDER BY id").all()) };
  expect(after).toEqual(before);
  return res;
}

describe("a regency secretariat records its own task force", () => {
  let indramayu: TestClient;
  const pdf = makePdf("SK Bupati Indramayu tentang Gugus Tugas PP-TPPO");

  beforeAll(async () => {
    indramayu = await app.loginAs("indramayu@demo.sigap.id");
  });

  it("saves the legal basis, the signed document, the Subsatgas, secretariat and contact in one audited write", async () => {
    const auditBefore = writeCounts(app.db).audit;
    const res = await indramayu.post(
      "/gugus-tugas/32.12/ubah",
      taskForceForm(
        {
          ...validLegalBasis,
          subsatgas: ALL_SUBSATGAS,
          secretariat: "Disduk-P3A Kabupaten Indramayu",
          contactName: "Hj. Siti Aminah",
          contactPhone: "+62 234 272 123",
          contactEmail: "gtpptppo@indramayukab.go.id",
        },
        { name: "SK-Bupati-Indramayu.pdf", bytes: pdf },
      ),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/gugus-tugas/32.12");
    const tf = row("32.12")!;
    expect(tf).toMatchObject({
      formed: 1,
      legal_basis_kind: "sk_kepala_daerah",
      legal_basis_number: "100.3.3.2/Kep.123-DP3A/2024",
      legal_basis_date: "2024-03-18",
      contact_name: "Hj. Siti Aminah",
      contact_email: "gtpptppo@indramayukab.go.id",
    });
    expect(subsatgasOf("32.12")).toEqual([...ALL_SUBSATGAS].sort());
    const file = app.db.$client.prepare("SELECT * FROM files WHERE id = ?").get(tf.legal_basis_file_id) as Record<string, unknown>;
    expect(file).toMatchObject({ original_name: "SK-Bupati-Indramayu.pdf", media_type: "application/pdf", size: pdf.length });
    // The secretariat agency is matched by name, not duplicated.
    const agencies = app.db.$client.prepare("SELECT count(*) AS n FROM agencies WHERE name = 'Disduk-P3A Kabupaten Indramayu'").get() as { n: number };
    expect(agencies.n).toBe(1);
    const audit = app.db.$client.prepare("SELECT * FROM audit_log WHERE entity = 'task_force' ORDER BY id DESC LIMIT 1").get() as Record<string, string>;
    expect(writeCounts(app.db).audit).toBe(auditBefore + 1);
    expect(audit.action).toBe("update");
    expect(JSON.parse(audit.after).legalBasisNumber).toBe("100.3.3.2/Kep.123-DP3A/2024");
    expect(JSON.parse(audit.before).legalBasisNumber).toBeNull();
  });

  it("shows what was recorded, in Indonesian", async () => {
    // The save above left its message for the page it redirected to.
    const page = await indramayu.text("/gugus-tugas/32.12");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Data Gugus Tugas tersimpan.");
    expect(page.text).toContain("SK Kepala Daerah Nomor 100.3.3.2/Kep.123-DP3A/2024 tanggal 18 Maret 2024");
    expect(page.text).toContain("SK-Bupati-Indramayu.pdf");
    expect(page.text).toContain("Disduk-P3A Kabupaten Indramayu");
    expect(page.text).toContain("Subsatgas 6/6");
  });

  it("serves the signed document back, byte for byte, as an attachment", async () => {
    const res = await indramayu.get("/gugus-tugas/32.12/dokumen");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Content-Disposition")).toContain('attachment; filename="SK-Bupati-Indramayu.pdf"');
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("lets the province above and the national leader read it, but not a neighbouring province", async () => {
    const jabar = await app.loginAs(JABAR_SECRETARIAT);
    expect((await jabar.get("/gugus-tugas/32.12/dokumen")).status).toBe(200);
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    expect((await leader.get("/gugus-tugas/32.12/dokumen")).status).toBe(200);
    expect((await leader.get("/gugus-tugas/32.12")).status).toBe(200);
    const jateng = await app.loginAs(JATENG_SECRETARIAT);
    const denied = await jateng.get("/gugus-tugas/32.12/dokumen");
    expect(denied.status).toBe(403);
    expect((await jateng.get("/gugus-tugas/32.12")).status).toBe(403);
  });

  it("replaces the document with a new upload and keeps the old file for the audit trail", async () => {
    const before = row("32.12")!;
    const second = makePdf("SK Bupati Indramayu perubahan");
    const res = await indramayu.post("/gugus-tugas/32.12/ubah", taskForceForm({ ...validLegalBasis, subsatgas: ALL_SUBSATGAS }, { name: "SK-perubahan.pdf", bytes: second }));
    expect(res.status).toBe(302);
    const after = row("32.12")!;
    expect(after.legal_basis_file_id).not.toBe(before.legal_basis_file_id);
    expect(app.db.$client.prepare("SELECT id FROM files WHERE id = ?").get(before.legal_basis_file_id)).toBeTruthy();
    const download = await indramayu.get("/gugus-tugas/32.12/dokumen");
    expect(Buffer.from(await download.arrayBuffer()).equals(second)).toBe(true);
  });

  it("keeps the stored document when the form is saved without a new one, and removes it on request", async () => {
    const fileId = row("32.12")!.legal_basis_file_id;
    expect((await indramayu.post("/gugus-tugas/32.12/ubah", taskForceForm({ ...validLegalBasis, subsatgas: ALL_SUBSATGAS }))).status).toBe(302);
    expect(row("32.12")!.legal_basis_file_id).toBe(fileId);
    expect((await indramayu.post("/gugus-tugas/32.12/ubah", taskForceForm({ ...validLegalBasis, subsatgas: ALL_SUBSATGAS, removeDocument: "on" }))).status).toBe(302);
    expect(row("32.12")!.legal_basis_file_id).toBeNull();
    expect((await indramayu.get("/gugus-tugas/32.12/dokumen")).status).toBe(404);
  });
});

describe("validation: an Indonesian message next to the field, nothing written", () => {
  let indramayu: TestClient;
  beforeAll(async () => {
    indramayu = await app.loginAs("indramayu@demo.sigap.id");
  });

  const post = (fields: Record<string, string | string[]>, document?: { name: string; bytes: Buffer; type?: string }) =>
    expectNothingWritten(() => indramayu.post("/gugus-tugas/32.12/ubah", taskForceForm(fields, document)), 400);

  it("a legal basis needs its kind, number and date", async () => {
    const res = await post({ formed: "on", legalBasisNumber: "12/2024" });
    const text = htmlToText(await res.text());
    expect(text).toContain("Jenis dasar hukum wajib dipilih bila dasar hukum dicatat");
    expect(text).toContain("Tanggal penetapan wajib diisi bila dasar hukum dicatat.");
  });

  it("a legal basis cannot be dated in the future", async () => {
    const res = await post({ ...validLegalBasis, legalBasisDate: "2999-01-01" });
    expect(htmlToText(await res.text())).toContain("Tanggal penetapan tidak boleh setelah hari ini");
  });

  it("a task force with a legal basis or Subsatgas must be marked as formed", async () => {
    const res = await post({ ...validLegalBasis, formed: "", subsatgas: ["pencegahan"] });
    expect(htmlToText(await res.text())).toContain('Centang "Sudah terbentuk"');
  });

  it("an unknown Subsatgas is refused", async () => {
    const res = await post({ ...validLegalBasis, subsatgas: ["pencegahan", "bukan-subsatgas"] });
    expect(htmlToText(await res.text())).toContain('Subsatgas "bukan-subsatgas" tidak dikenal.');
  });

  it("a document is refused without a legal basis", async () => {
    const res = await post({ formed: "on" }, { name: "sk.pdf", bytes: makePdf("SK") });
    expect(htmlToText(await res.text())).toContain("Dokumen hanya dapat diunggah bersama dasar hukumnya");
  });

  it("a file whose content is not what its name says is refused, and no bytes are left behind", async () => {
    const res = await post(validLegalBasis, { name: "sk.pdf", bytes: Buffer.from("MZ this is a program, not a PDF"), type: "application/pdf" });
    expect(htmlToText(await res.text())).toContain("Jenis berkas tidak diterima");
  });

  it("a malformed contact email or phone is refused", async () => {
    const res = await post({ formed: "on", contactEmail: "bukan-email", contactPhone: "telepon saya" });
    const text = htmlToText(await res.text());
    expect(text).toContain("Alamat email tidak valid.");
    expect(text).toContain("Nomor telepon hanya boleh berisi angka");
  });

  it("a bare POST without the form's intent changes nothing", async () => {
    await expectNothingWritten(() => indramayu.post("/gugus-tugas/32.12/ubah", {}), 400);
  });
});

describe("scope: secretariats keep their own task force and those below it", () => {
  it("Indramayu cannot open or change the Jawa Barat province task force, nor another regency", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    for (const code of ["32", "32.13", "nasional", "33.01"]) {
      expect((await indramayu.get(`/gugus-tugas/${code}/ubah`)).status, `GET ${code}`).toBe(403);
      const res = await expectNothingWritten(() => indramayu.post(`/gugus-tugas/${code}/ubah`, taskForceForm(validLegalBasis, { name: "sk.pdf", bytes: makePdf("SK") })), 403);
      expect(htmlToText(await res.text())).toContain("Akses ditolak");
    }
    expect(row("32")).toBeUndefined();
    expect(row("32.13")).toBeUndefined();
  });

  it("a province secretariat edits its province and its regencies, not its neighbour's", async () => {
    const jabar = await app.loginAs(JABAR_SECRETARIAT);
    expect((await jabar.post("/gugus-tugas/32/ubah", taskForceForm({ ...validLegalBasis, legalBasisKind: "perkada", legalBasisNumber: "Pergub 5/2024" }))).status).toBe(302);
    expect(row("32")).toMatchObject({ formed: 1, legal_basis_kind: "perkada", region_code: "32" });
    expect((await jabar.post("/gugus-tugas/32.13/ubah", taskForceForm({ formed: "on", subsatgas: ["pencegahan"] }))).status).toBe(302);
    expect(row("32.13")).toMatchObject({ formed: 1 });
    await expectNothingWritten(() => jabar.post("/gugus-tugas/33/ubah", taskForceForm({ formed: "on" })), 403);
    await expectNothingWritten(() => jabar.post("/gugus-tugas/nasional/ubah", taskForceForm({ formed: "on" })), 403);
  });

  it("the national secretariat edits any task force, the national one included", async () => {
    const national = await app.loginAs("sekretariat@demo.sigap.id");
    const res = await national.post(
      "/gugus-tugas/nasional/ubah",
      taskForceForm({ formed: "on", legalBasisKind: "other", legalBasisNumber: "Perpres 49 Tahun 2023", legalBasisDate: "2023-08-11", subsatgas: ALL_SUBSATGAS }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/gugus-tugas/nasional");
    expect(row("nasional")).toMatchObject({ legal_basis_number: "Perpres 49 Tahun 2023", region_code: null });
    expect((await national.post("/gugus-tugas/91.03/ubah", taskForceForm({ formed: "on" }))).status).toBe(302);
  });

  it("a liaison and a leader read, but cannot edit", async () => {
    for (const email of ["polri@demo.sigap.id", "pimpinan@demo.sigap.id"]) {
      const client = await app.loginAs(email);
      expect((await client.get("/gugus-tugas/32.12")).status).toBe(200);
      expect((await client.get("/gugus-tugas/32.12/ubah")).status).toBe(403);
      await expectNothingWritten(() => client.post("/gugus-tugas/32.12/ubah", taskForceForm({ formed: "" })), 403);
      await expectNothingWritten(() => client.post("/gugus-tugas/nasional/ubah", taskForceForm({ formed: "" })), 403);
      const page = await client.text("/gugus-tugas/32.12");
      expect(page.text).not.toContain("Perbarui data");
    }
  });

  it("an unknown or malformed region is 404", async () => {
    const national = await app.loginAs("sekretariat@demo.sigap.id");
    expect((await national.get("/gugus-tugas/99.99")).status).toBe(404);
    expect((await national.get("/gugus-tugas/jawa-barat")).status).toBe(404);
    expect((await national.get("/gugus-tugas/99/ubah")).status).toBe(404);
  });
});
