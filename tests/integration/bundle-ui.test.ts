// The bundle pages over HTTP: a secretariat (or admin) uploads a bundle, sees what would be
// created, updated, unchanged or refused (every error with its path), and confirms; the
// confirmation re-validates the copy kept on the server. Downloads of an export of one's scope.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, rakor } from "../../db/schema";
import schema from "../../app/bundle/bundle.schema.json";
import type { Bundle } from "../../app/bundle/types";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { loadJson, SEED_PATH, snapshot } from "../support/bundle";

let app: TestApp;
let secretariat: TestClient;
let stagingDir: string;
beforeAll(async () => {
  app = await startTestApp();
  stagingDir = path.join(app.dir, "staging");
  process.env.BUNDLE_STAGING_DIR = stagingDir;
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
});
afterAll(() => app.close());

const seed = () => loadJson<Bundle>(SEED_PATH);
function upload(client: TestClient, bundle: unknown, name = "bundel.json") {
  const form = new FormData();
  form.append("bundel", new Blob([typeof bundle === "string" ? bundle : JSON.stringify(bundle)], { type: "application/json" }), name);
  return client.post("/pertukaran-data", form);
}
/** Uploads and follows the redirect to the preview; returns its URL. */
async function uploadForPreview(client: TestClient, bundle: unknown, name?: string) {
  const res = await upload(client, bundle, name);
  expect(res.status).toBe(302);
  const location = res.headers.get("Location")!;
  expect(location).toMatch(/^\/pertukaran-data\/pratinjau\/[0-9a-f]{32}$/);
  return location;
}

/** The seed with the national rakor renamed and one new Indramayu rakor. */
function changedSeed(): Bundle {
  const b = seed();
  b.rakor![0].title = "Rapat Koordinasi Nasional GT PP-TPPO (diperbarui)";
  b.rakor!.push({
    ref: "indramayu-rakor-2025-10-01",
    title: "Rakor Lanjutan Gugus Tugas Kabupaten Indramayu",
    level: "kabupaten_kota",
    regionCode: "32.12",
    organizer: "Kecamatan Uji Pratinjau",
    mode: "in_person",
    startsAt: "2025-10-01T09:00:00+07:00",
    timeZone: "Asia/Jakarta",
    venue: "Pendopo Indramayu",
  });
  return b;
}

describe("who may use the bundle pages", () => {
  it("liaisons and leaders get 403, on the page, the upload and the export", async () => {
    for (const email of ["polri@demo.sigap.id", "pimpinan@demo.sigap.id"]) {
      const client = await app.loginAs(email);
      expect((await client.get("/pertukaran-data")).status).toBe(403);
      expect((await upload(client, seed())).status).toBe(403);
      expect((await client.get("/pertukaran-data/ekspor.json")).status).toBe(403);
    }
  });

  it("secretariats and admins see the page, linked from their navigation", async () => {
    for (const client of [secretariat, await app.loginAs("admin@demo.sigap.id")]) {
      const page = await client.text("/pertukaran-data");
      expect(page.status).toBe(200);
      expect(page.text).toContain("Impor bundel");
      expect(page.text).toContain("Ekspor bundel");
      expect(page.text).toContain("Pertukaran Data");
    }
  });
});

describe("upload, preview, confirm", () => {
  it("the preview shows what would be created, updated and unchanged, and writes nothing", async () => {
    const before = snapshot(app.db);
    const preview = await uploadForPreview(secretariat, changedSeed(), "perubahan.json");
    const page = await secretariat.text(preview);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Pratinjau impor: perubahan.json");
    expect(page.text).toContain("Bundel valid untuk cakupan nasional");
    // Summary row: Rakor: 1 new, 1 updated, 2 unchanged, 0 refused.
    expect(page.text).toContain("Rakor 1 1 2 0");
    expect(page.text).toContain("Rencana aksi 0 0 12 0");
    expect(page.text).toContain("Instansi baru");
    expect(page.text).toContain("Kecamatan Uji Pratinjau");
    expect(page.text).toContain("indramayu-rakor-2025-10-01 Rakor Lanjutan Gugus Tugas Kabupaten Indramayu rakor[3] Baru");
    expect(page.text).toContain("polri-rakornas-2025-06-04 Rapat Koordinasi Nasional GT PP-TPPO (diperbarui) rakor[0] Diperbarui");
    expect(page.text).toContain("Impor sekarang");
    expect(snapshot(app.db)).toEqual(before);
  });

  it("the uploaded bundle belongs to the uploader: anyone else gets 404", async () => {
    const preview = await uploadForPreview(secretariat, changedSeed());
    for (const email of ["admin@demo.sigap.id", "indramayu@demo.sigap.id"]) {
      const other = await app.loginAs(email);
      expect((await other.get(preview)).status).toBe(404);
      expect((await other.post(preview, { intent: "impor" })).status).toBe(404);
    }
    expect((await secretariat.get("/pertukaran-data/pratinjau/bukan-token")).status).toBe(404);
  });

  it("confirming imports, reports the counts, and the preview is gone", async () => {
    const preview = await uploadForPreview(secretariat, changedSeed(), "perubahan.json");
    const res = await secretariat.post(preview, { intent: "impor" });
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    expect(location).toBe("/pertukaran-data");
    expect(app.db.select().from(rakor).where(eq(rakor.ref, "indramayu-rakor-2025-10-01")).get()?.title).toBe("Rakor Lanjutan Gugus Tugas Kabupaten Indramayu");
    expect(app.db.select().from(rakor).where(eq(rakor.ref, "polri-rakornas-2025-06-04")).get()?.title).toBe("Rapat Koordinasi Nasional GT PP-TPPO (diperbarui)");
    const audit = app.db.select().from(auditLog).where(eq(auditLog.entity, "bundle")).all().at(-1)!;
    expect(audit.userId).not.toBeNull();
    const page = await secretariat.text(location);
    expect(page.text).toContain('Impor "perubahan.json" selesai: 1 data baru, 1 diperbarui, 17 tidak berubah.');
    expect(page.text).toContain("Rakor: 1 baru, 1 diperbarui, 2 tidak berubah");
    expect((await secretariat.get(preview)).status).toBe(404);

    // The same file again: everything unchanged, nothing written.
    const before = snapshot(app.db);
    const again = await uploadForPreview(secretariat, changedSeed());
    expect((await secretariat.text(again)).text).toContain("Rakor 0 0 4 0");
    expect((await secretariat.post(again, { intent: "impor" })).status).toBe(302);
    expect(snapshot(app.db)).toEqual(before);
  });

  it("an invalid bundle: every error with its path, no import button, and a forced confirm is refused", async () => {
    const bad = seed();
    bad.rakor![2].venue = undefined;
    bad.rakor![2].outcomes![0].actions![0].dueDate = "31-12-2025";
    const before = snapshot(app.db);
    const preview = await uploadForPreview(secretariat, bad);
    const page = await secretariat.text(preview);
    expect(page.text).toContain("Bundel ditolak: 2 kesalahan. Tidak ada data yang akan disimpan.");
    expect(page.text).toContain("rakor[2].outcomes[0].actions[0].dueDate : harus tanggal yang valid dengan bentuk YYYY-MM-DD");
    expect(page.text).toContain("rakor[2].venue : wajib diisi untuk rakor luring atau hybrid");
    // (The national rakor was renamed by the import above: this bundle would rename it back.)
    expect(page.text).toContain("Rakor 0 1 1 1");
    expect(page.text).toContain("Rencana aksi 0 0 9 3");
    expect(page.text).not.toContain("Impor sekarang");
    const res = await secretariat.post(preview, { intent: "impor" });
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("rakor[2].venue : wajib diisi untuk rakor luring atau hybrid");
    expect(snapshot(app.db)).toEqual(before);
  });

  it("confirming validates the server's copy again, not what the preview showed", async () => {
    const preview = await uploadForPreview(secretariat, changedSeed());
    expect((await secretariat.text(preview)).text).toContain("Impor sekarang");
    // Between preview and confirmation the kept copy changes (or the database does): re-validated.
    const token = preview.split("/").at(-1)!;
    expect(readdirSync(stagingDir)).toContain(`${token}.json`);
    const broken = changedSeed();
    broken.rakor![3].level = "nasional";
    writeFileSync(path.join(stagingDir, `${token}.json`), JSON.stringify(broken));
    const before = snapshot(app.db);
    const res = await secretariat.post(preview, { intent: "impor" });
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("rakor[3].regionCode : tidak boleh diisi untuk rakor tingkat nasional");
    expect(snapshot(app.db)).toEqual(before);
  });

  it("a regional secretariat imports within its scope only", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const before = snapshot(app.db);
    const national = await uploadForPreview(indramayu, seed());
    const page = await indramayu.text(national);
    expect(page.text).toContain("rakor[0].level : nasional di luar cakupan Anda (Kabupaten Indramayu)");
    expect((await indramayu.post(national, { intent: "impor" })).status).toBe(400);
    expect(snapshot(app.db)).toEqual(before);

    const own = seed();
    own.rakor = [own.rakor![2]];
    own.rakor[0].venue = "Pendopo Indramayu (pindah)";
    own.taskForces = [own.taskForces![0]];
    const preview = await uploadForPreview(indramayu, own);
    expect((await indramayu.text(preview)).text).toContain("Rakor 0 1 0 0");
    expect((await indramayu.post(preview, { intent: "impor" })).status).toBe(302);
    expect(app.db.select().from(rakor).where(eq(rakor.ref, "indramayu-rakor-gt-2025-08-12")).get()?.venue).toBe("Pendopo Indramayu (pindah)");
  });

  it("refuses a missing file, a non-JSON name, and a file that is not JSON", async () => {
    const none = await secretariat.post("/pertukaran-data", new FormData());
    expect(none.status).toBe(400);
    const noneHtml = await none.text();
    expect(htmlToText(noneHtml)).toContain("Pilih berkas bundel (.json) yang akan diimpor.");
    // The error summary announces the refusal and links to the file field.
    expect(noneHtml).toMatch(/class="alert alert-error error-summary" role="alert"[\s\S]*?<a href="#f-bundel">Pilih berkas bundel/);
    expect(noneHtml).toMatch(/<input id="f-bundel"[^>]*aria-invalid="true"[^>]*aria-describedby="f-bundel-error"/);
    const csv = await upload(secretariat, "a;b", "data.csv");
    expect(csv.status).toBe(400);
    expect(htmlToText(await csv.text())).toContain("Berkas bundel harus berformat JSON (nama berakhiran .json).");
    const garbage = await uploadForPreview(secretariat, "bukan json sama sekali");
    expect((await secretariat.text(garbage)).text).toContain("(berkas) : Bundel harus berupa satu objek JSON ({ ... }).");
  });
});

describe("export download", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);

  it("a JSON attachment of the user's scope that validates against the schema", async () => {
    const res = await secretariat.get("/pertukaran-data/ekspor.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="sigap-bundel-nasional.json"');
    const bundle = (await res.json()) as Bundle;
    expect(ajv.validate(schema, bundle), JSON.stringify(ajv.errors)).toBe(true);
    expect(bundle.rakor!.map((r) => r.ref)).toContain("polri-rakornas-2025-06-04");
  });

  it("a regional secretariat gets its own scope; another region is 403; bad input is 400", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const res = await indramayu.get("/pertukaran-data/ekspor.json?dari=2025-01-01&sampai=2025-12-31");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="sigap-bundel-32.12-2025-01-01-sd-2025-12-31.json"');
    const bundle = (await res.json()) as Bundle;
    expect(bundle.rakor!.map((r) => r.ref).sort()).toEqual(["indramayu-rakor-2025-10-01", "indramayu-rakor-gt-2025-08-12"]);
    expect(bundle.taskForces!.map((t) => t.regionCode)).toEqual(["32.12"]);
    expect((await indramayu.get("/pertukaran-data/ekspor.json?wilayah=32")).status).toBe(403);
    expect((await indramayu.get("/pertukaran-data/ekspor.json?wilayah=99")).status).toBe(400);
    expect((await indramayu.get("/pertukaran-data/ekspor.json?dari=2025-02-30")).status).toBe(400);
  });
});
