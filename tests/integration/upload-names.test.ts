// Every upload form accepts every file name a browser sends ("a=b.pdf", 'laporan "final".pdf',
// which browsers send as %22, and any Unicode name), keeps it as written, and still refuses a
// name with a path in it; an Office file whose zip lies about its size is refused while inflating.
import { deflateRawSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files, materials } from "../../db/schema";
import { actionId, formVersion, PDF_BYTES, statusForm } from "../support/aksi";
import { loadJson, SEED_PATH } from "../support/bundle";
import { makePdf } from "../support/gt-fixtures";
import { createRakor, submit, uploadForm } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;

/** Names as people give them: an equals sign, double quotes, a semicolon, Unicode. */
const NAMES = ["a=b", 'laporan "final"', "Notulen; rapat – Polres Kolaka ✓ (revisi=2)", "报告 تقرير"];

const storedName = (name: string) => app.db.select().from(files).where(eq(files.originalName, name)).get();

beforeAll(async () => {
  app = await startTestApp();
  process.env.BUNDLE_STAGING_DIR = `${app.dir}/staging`;
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await createRakor(secretariat);
});
afterAll(() => app?.close());

describe("file names a browser sends", () => {
  it("keeps a material's name exactly and offers it back in the download", async () => {
    for (const base of NAMES) {
      const name = `${base}.pdf`;
      const res = await submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title: `Bahan ${base}`, kind: "presentation" }, { name, bytes: new Uint8Array(PDF_BYTES) }));
      expect(res.status, name).toBe(302);
      const file = storedName(name);
      expect(file, name).toBeTruthy();
      const material = app.db.select().from(materials).where(eq(materials.fileId, file!.id)).get()!;
      const download = await secretariat.get(`/rakor/${rakorId}/bahan/${material.id}`);
      expect(download.status).toBe(200);
      expect(download.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    }
  });

  it("reads the name exactly as a browser writes it in the request", async () => {
    // Chrome and Firefox escape a double quote in a file name as %22 and leave "=" and ";" as they are.
    const boundary = "----WebKitFormBoundaryUji0123456789";
    const part = (headers: string, body: string | Buffer) => Buffer.concat([Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), Buffer.from(body), Buffer.from("\r\n")]);
    const body = Buffer.concat([
      part('Content-Disposition: form-data; name="intent"', "upload"),
      part('Content-Disposition: form-data; name="title"', "Paparan mentah"),
      part('Content-Disposition: form-data; name="kind"', "presentation"),
      part('Content-Disposition: form-data; name="file"; filename="paparan %22akhir%22; versi=3.pdf"\r\nContent-Type: application/pdf', PDF_BYTES),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const res = await secretariat.request(`/rakor/${rakorId}/bahan`, { method: "POST", body, headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(302);
    expect(storedName('paparan "akhir"; versi=3.pdf')).toBeTruthy();
  });

  it("still refuses a path-like name, with a message rather than an error page", async () => {
    const res = await submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title: "Jalur", kind: "other" }, { name: "../a=b.pdf", bytes: new Uint8Array(PDF_BYTES) }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Nama berkas tidak valid");
    expect(storedName("../a=b.pdf")).toBeUndefined();
  });

  it("accepts such names for evidence of progress", async () => {
    const polri = await app.loginAs("polri@demo.sigap.id");
    const item = actionId(app, "rakornas-2025-06-04-a1");
    const name = 'bukti "final" a=b.pdf';
    const res = await polri.post(`/aksi/${item}`, statusForm({ status: "in_progress", progress: 70, note: "Bukti dengan nama bertanda kutip", version: await formVersion(polri, item) }, [{ name, bytes: PDF_BYTES }]));
    expect(res.status).toBe(302);
    expect(storedName(name)).toBeTruthy();
  });

  it("accepts such names for a task force's signed legal basis", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const name = 'SK "Bupati" no=12; 2024.pdf';
    const form = new FormData();
    form.append("intent", "simpan");
    for (const [k, v] of Object.entries({
      formed: "on",
      legalBasisKind: "sk_kepala_daerah",
      legalBasisNumber: "100.3.3.2/Kep.123-DP3A/2024",
      legalBasisDate: "2024-03-18",
      legalBasisTitle: "Pembentukan Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu",
    }))
      form.append(k, v);
    for (const slug of ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"]) form.append("subsatgas", slug);
    form.append("dokumen", new File([new Uint8Array(makePdf("SK Bupati"))], name, { type: "application/pdf" }));
    const res = await indramayu.post("/gugus-tugas/32.12/ubah", form);
    expect(res.status).toBe(302);
    expect(storedName(name)).toBeTruthy();
  });

  it("accepts such names for CSV uploads and the bundle upload", async () => {
    const attendees = await submit(
      secretariat,
      `/rakor/${rakorId}/peserta/impor`,
      uploadForm({ site: "", role: "participant", attendance: "in_person" }, { name: 'daftar "hadir" a=b.csv', bytes: "Nama,Instansi\nBudi Santoso,Polri\n" }),
    );
    expect(attendees.status).toBe(302);
    const header =
      "periode_mulai;periode_selesai;kode_wilayah;nama_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan";
    const statistics = new FormData();
    statistics.append("berkas", new File([`${header}\n2022-01-01;2022-06-30;32.12;Indramayu;Polri;3;2;4;5;3;1;2;1\n`], 'statistik "final" a=b.csv', { type: "text/csv" }));
    expect((await secretariat.post("/statistik/unggah", statistics)).status).toBe(302);
    const bundle = new FormData();
    bundle.append("bundel", new File([JSON.stringify(loadJson(SEED_PATH))], 'bundel "2025" a=b.json', { type: "application/json" }));
    const res = await secretariat.post("/pertukaran-data", bundle);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/pertukaran-data\/pratinjau\//);
  });
});

describe("an Office file whose zip lies about its size", () => {
  it("is refused once the bytes really inflated pass the limit, whatever the headers declare", async () => {
    // A real DOCX package with word/document.xml of 210 MB of spaces, its headers saying 1 KB.
    const docx = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": new Uint8Array(0) });
    const bomb = lyingZip(docx, "word/document.xml", 210 * 1024 * 1024, 1024);
    const res = await submit(secretariat, `/rakor/${rakorId}/bahan`, uploadForm({ title: "Bom zip", kind: "other" }, { name: "bom.docx", bytes: bomb }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Isi berkas Office terlalu besar setelah dibuka (lebih dari 200 MB).");
    expect(storedName("bom.docx")).toBeUndefined();
  });
});

/**
 * `zip` with the entry `name` replaced by `realSize` bytes of spaces, deflated, whose local and
 * central headers both declare `declaredSize` (and a matching compressed size).
 */
function lyingZip(zip: Uint8Array, name: string, realSize: number, declaredSize: number): Uint8Array<ArrayBuffer> {
  const entries: { name: string; method: number; data: Buffer; size: number }[] = [];
  const view = Buffer.from(zip);
  for (let at = 0; view.readUInt32LE(at) === 0x04034b50; ) {
    const method = view.readUInt16LE(at + 8);
    const compressed = view.readUInt32LE(at + 18);
    const size = view.readUInt32LE(at + 22);
    const nameLength = view.readUInt16LE(at + 26);
    const extra = view.readUInt16LE(at + 28);
    const entryName = view.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const data = view.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + compressed);
    entries.push(entryName === name ? { name, method: 8, data: deflateRawSync(Buffer.alloc(realSize, 0x20), { level: 9 }), size: declaredSize } : { name: entryName, method, data, size });
    at += 30 + nameLength + extra + compressed;
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const n = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, e.data);
    centrals.push(central, n);
    offset += 30 + n.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
