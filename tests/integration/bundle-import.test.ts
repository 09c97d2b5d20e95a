// Importing bundles against a freshly migrated database: every refusal leaves every table as it
// was; a re-import writes nothing (not even audit rows); a changed record is updated in place
// with its history extended; agencies are matched by name and alias; materials are stored like
// uploads; a large bundle goes in whole or not at all.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { actionItems, actionUpdates, agencies, attendees, auditLog, caseStatistics, files, materials, rakor } from "../../db/schema";
import { writeGeneratedBundle } from "../../db/bench/bundle-generator";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { formatError, importBundles, previewBundle, summaryLine, type ImportOptions } from "../../app/bundle/import.server";
import type { Bundle, BundleRakor } from "../../app/bundle/types";
import { clone, freshDb, loadJson, SEED_PATH, snapshot } from "../support/bundle";

let db: Db;
let dir: string;
let close: () => void;
beforeAll(() => {
  ({ db, dir, close } = freshDb());
});
afterAll(() => close());

const NATIONAL: ImportOptions = { scope: null, actorId: null };
const seed = () => loadJson<Bundle>(SEED_PATH);
const importObject = (bundle: unknown, options: ImportOptions = NATIONAL) =>
  importBundles(db, [{ label: "uji.json", source: { kind: "object", value: bundle } }], options);
const importText = (text: string, options: ImportOptions = NATIONAL) =>
  importBundles(db, [{ label: "uji.json", source: { kind: "bytes", bytes: Buffer.from(text) } }], options);
const errorsOf = (result: ReturnType<typeof importBundles>) => result.files.flatMap((f) => f.errors.map(formatError));
const n = (table: Parameters<Db["select"]>[0] extends never ? never : any, where?: any) => db.select({ n: count() }).from(table).where(where).get()!.n;
const actionByRef = (ref: string) => db.select().from(actionItems).where(eq(actionItems.ref, ref)).get()!;
const pdfBase64 = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n").toString("base64");

describe("first import and re-import of the seed example", () => {
  it("creates every record in one go", () => {
    const result = importBundles(db, [{ label: "seed-2025.json", source: { kind: "file", path: SEED_PATH } }], NATIONAL);
    expect(result.ok).toBe(true);
    expect(result.written).toBe(true);
    expect(summaryLine(result.files[0])).toBe(
      "seed-2025.json: 18 dibuat, 0 diperbarui, 0 tidak berubah (dibuat/diperbarui/tidak berubah: rakor 3/0/0, rencana aksi 12/0/0, gugus tugas daerah 3/0/0, statistik kasus 0/0/0)",
    );
    expect(n(rakor)).toBe(3);
    expect(n(actionItems)).toBe(12);
    expect(n(actionUpdates)).toBe(3);
    expect(n(attendees)).toBe(22);
    // "Polri" and "KemenPPPA" are aliases of reference agencies; no second Polri was made.
    expect(n(agencies, eq(agencies.name, "Polri"))).toBe(0);
    const a1 = actionByRef("rakornas-2025-06-04-a1");
    expect([a1.status, a1.progress, a1.leadAgencyId]).toEqual(["in_progress", 60, findAgencyByName(db, "Kepolisian Negara Republik Indonesia")!.id]);
  });

  it("the same bundle again changes nothing, not even the audit log", () => {
    const before = snapshot(db);
    const result = importBundles(db, [{ label: "seed-2025.json", source: { kind: "file", path: SEED_PATH } }], NATIONAL);
    expect(result.ok).toBe(true);
    expect(summaryLine(result.files[0])).toBe(
      "seed-2025.json: 0 dibuat, 0 diperbarui, 18 tidak berubah (dibuat/diperbarui/tidak berubah: rakor 0/0/3, rencana aksi 0/0/12, gugus tugas daerah 0/0/3, statistik kasus 0/0/0)",
    );
    expect(snapshot(db)).toEqual(before);
  });
});

describe("a changed record is updated in place, its history extended, never duplicated", () => {
  it("updates the rakor and the action, appends the new status update, bumps the version", () => {
    const bundle = seed();
    const r = bundle.rakor![0];
    r.title = "Rapat Koordinasi Nasional (judul diperbaiki)";
    r.attendees = r.attendees!.slice(0, 5);
    const a1 = r.outcomes![0].actions![0];
    a1.updates!.push({ at: "2025-09-01T09:00:00+07:00", status: "done", progress: 100, note: "Satgas terbentuk di semua Polda.", by: "Penghubung Polri" });
    a1.status = "done";
    a1.progress = 100;
    const rakorId = db.select().from(rakor).where(eq(rakor.ref, r.ref)).get()!.id;
    const auditBefore = n(auditLog);
    const versionBefore = actionByRef(a1.ref).version;

    const result = importObject(bundle);
    expect(result.ok).toBe(true);
    expect(result.files[0].summary.rakor).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    expect(result.files[0].summary.actions).toEqual({ created: 0, updated: 1, unchanged: 11, refused: 0 });
    const stored = db.select().from(rakor).where(eq(rakor.ref, r.ref)).get()!;
    expect([stored.id, stored.title]).toEqual([rakorId, r.title]);
    expect(n(rakor)).toBe(3);
    expect(n(attendees, eq(attendees.rakorId, rakorId))).toBe(5);
    const action = actionByRef(a1.ref);
    expect([action.status, action.progress, action.version]).toEqual(["done", 100, versionBefore + 1]);
    const history = db.select().from(actionUpdates).where(eq(actionUpdates.actionId, action.id)).orderBy(actionUpdates.at).all();
    expect(history.map((h) => [h.status, h.progress, h.byName])).toEqual([
      ["in_progress", 30, null],
      ["in_progress", 60, null],
      ["done", 100, "Penghubung Polri"],
    ]);
    // One audit row per changed record plus one for the import.
    const audit = db.select().from(auditLog).all().slice(auditBefore);
    expect(audit.map((a) => `${a.action}:${a.entity}`).sort()).toEqual(["import.update:action_item", "import.update:rakor", "import:bundle"]);

    // ... and importing the changed bundle again is a no-op.
    const before = snapshot(db);
    expect(importObject(bundle).files[0].summary.rakor).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(snapshot(db)).toEqual(before);
  });

  it("a status change without history is recorded as a new history entry", () => {
    const bundle = seed();
    const a2 = bundle.rakor![0].outcomes![1].actions![0];
    a2.status = "in_progress";
    a2.progress = 15;
    const result = importObject(bundle);
    expect(result.files[0].summary.actions.updated).toBeGreaterThanOrEqual(1);
    const action = actionByRef(a2.ref);
    expect([action.status, action.progress]).toEqual(["in_progress", 15]);
    const history = db.select().from(actionUpdates).where(eq(actionUpdates.actionId, action.id)).all();
    expect(history.map((h) => [h.status, h.progress, h.note])).toEqual([["in_progress", 15, "Diperbarui melalui impor bundel."]]);
    const before = snapshot(db);
    importObject(bundle);
    expect(snapshot(db)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Every refusal: listed with its path, nothing written
// ---------------------------------------------------------------------------------------------

type Case = [name: string, bundle: () => unknown, expected: string[], options?: ImportOptions];

const newRakor = (over: Partial<BundleRakor> = {}): BundleRakor => ({
  ref: "uji-baru-1",
  title: "Rakor uji",
  level: "kabupaten_kota",
  regionCode: "32.12",
  organizer: "Disduk-P3A Kabupaten Indramayu",
  mode: "in_person",
  startsAt: "2025-09-01T09:00:00+07:00",
  timeZone: "Asia/Jakarta",
  venue: "Aula",
  ...over,
});
const bundleOf = (over: Partial<Bundle>): Bundle => ({ format: "sigap-tppo-bundle", version: 1, ...over });

const CASES: Case[] = [
  ["schema: missing and unknown fields", () => bundleOf({ rakor: [{ ...newRakor(), title: undefined, lokasi: "x" } as unknown as BundleRakor] }), [
    "rakor[0].title: wajib diisi",
    "rakor[0].lokasi: properti tidak dikenal dalam format bundel",
  ]],
  ["schema: wrong format and version", () => ({ format: "lain", version: 2, rakor: [newRakor()] }), ['format: harus bernilai "sigap-tppo-bundle"', "version: harus bernilai 1"]],
  ["the region code exists", () => bundleOf({ rakor: [newRakor({ regionCode: "32.99" })] }), [
    "rakor[0].regionCode: wilayah 32.99 tidak ditemukan dalam daftar wilayah Kemendagri",
  ]],
  ["level and region agree", () => bundleOf({ rakor: [newRakor({ level: "provinsi" })] }), [
    "rakor[0].regionCode: harus provinsi untuk rakor tingkat provinsi; Kabupaten Indramayu (32.12) adalah kabupaten/kota",
  ]],
  ["an attendee's site names a site of that rakor", () => bundleOf({ rakor: [newRakor({ sites: [{ name: "Kecamatan Jatibarang" }], attendees: [{ name: "Camat", site: "Kecamatan Losarang" }] })] }), [
    'rakor[0].attendees[0].site: "Kecamatan Losarang" bukan nama salah satu lokasi (sites) rakor ini',
  ]],
  ["the end is not before the start", () => bundleOf({ rakor: [newRakor({ endsAt: "2025-08-31" })] }), [
    "rakor[0].endsAt: tidak boleh sebelum waktu mulai (Senin, 1 September 2025, pukul 09.00 WIB)",
  ]],
  ["venue for luring/hybrid, online for daring/hybrid", () => bundleOf({ rakor: [newRakor({ mode: "hybrid", venue: undefined })] }), [
    "rakor[0].venue: wajib diisi untuk rakor luring atau hybrid",
    "rakor[0].online: wajib diisi untuk rakor daring atau hybrid",
  ]],
  ["status updates in time order", () => {
    const b = seed();
    b.rakor![0].outcomes![0].actions![0].updates!.reverse();
    return b;
  }, [
    "rakor[0].outcomes[0].actions[0].updates[1].at: tidak boleh sebelum pembaruan sebelumnya (updates[0]); riwayat status harus urut dari yang terlama",
    "rakor[0].outcomes[0].actions[0].progress: harus sama dengan progres pembaruan terakhir (30)",
  ]],
  ["rakor refs unique within the bundle", () => bundleOf({ rakor: [newRakor(), newRakor({ title: "Kembar" })] }), [
    'rakor[1].ref: ref "uji-baru-1" sudah dipakai oleh rakor[0] dalam bundel ini; ref harus unik',
  ]],
  ["action refs unique within the bundle", () => {
    const b = seed();
    b.rakor![2].outcomes![0].actions![0].ref = "rakornas-2025-06-04-a1";
    return b;
  }, ['rakor[2].outcomes[0].actions[0].ref: ref "rakornas-2025-06-04-a1" sudah dipakai oleh rakor[0].outcomes[0].actions[0] dalam bundel ini; ref harus unik']],
  ["a record outside the importer's scope", () => seed(), [
    "rakor[0].level: nasional di luar cakupan Anda (Kabupaten Indramayu)",
    "rakor[1].level: nasional di luar cakupan Anda (Kabupaten Indramayu)",
    "taskForces[1].regionCode: Kota Balikpapan (64.71) di luar cakupan Anda (Kabupaten Indramayu)",
    "taskForces[2].regionCode: Sumatera Selatan (16) di luar cakupan Anda (Kabupaten Indramayu)",
  ], { scope: "32.12", actorId: null }],
  ["a ref already used by a record outside the importer's scope", () => bundleOf({ rakor: [newRakor({ ref: "polri-rakornas-2025-06-04" })] }), [
    'rakor[0].ref: ref "polri-rakornas-2025-06-04" sudah dipakai oleh rakor di luar cakupan Anda',
  ], { scope: "32.12", actorId: null }],
  ["materials pass the upload checks", () => bundleOf({ rakor: [newRakor({ materials: [{ title: "Bahan", fileName: "bahan.docx", contentBase64: pdfBase64 }] })] }), [
    'rakor[0].materials[0].contentBase64: Isi berkas adalah PDF, tidak sesuai dengan nama berakhiran ".docx".',
  ]],
  ["case statistics: breakdown within the total, periods not overlapping", () => bundleOf({
    caseStatistics: [
      { periodStart: "2025-01-01", periodEnd: "2025-06-30", regionCode: "32.12", agency: "Polres Indramayu", victimsTotal: 3, victimsChildren: 4 },
      { periodStart: "2025-01-01", periodEnd: "2025-03-31", regionCode: "32.12", agency: "Polres Indramayu", victimsTotal: 1 },
      { periodStart: "2025-03-01", periodEnd: "2025-06-30", regionCode: "32.12", agency: "Polres  indramayu", victimsTotal: 1 },
    ],
  }), [
    "caseStatistics[0].victimsChildren: (4) tidak boleh melebihi jumlah korban (3)",
    "caseStatistics[2]: periodenya tumpang tindih dengan caseStatistics[1] (instansi dan wilayah yang sama); satu angka per instansi, wilayah dan waktu",
  ]],
  ["one task force per region", () => bundleOf({ taskForces: [{ regionCode: "32.12" }, { regionCode: "32.12", secretariat: "Lain" }] }), [
    "taskForces[1].regionCode: gugus tugas wilayah 32.12 sudah ada di taskForces[0]; satu wilayah satu gugus tugas",
  ]],
];

describe("every error class is refused whole, listed with its path, and writes nothing", () => {
  for (const [name, make, expected, options] of CASES) {
    it(name, () => {
      const before = snapshot(db);
      const result = importObject(make(), options);
      expect(result.ok).toBe(false);
      expect(result.written).toBe(false);
      expect(errorsOf(result)).toEqual(expected);
      expect(snapshot(db)).toEqual(before);
    });
  }

  it("malformed JSON", () => {
    const before = snapshot(db);
    const result = importText('{"format": "sigap-tppo-bundle", "version": 1, "rakor": [ {"ref": "x",} ]}');
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^\(berkas\): Berkas bukan JSON yang valid di baris 1, kolom 70: nilai tidak dapat dibaca \(.+\)\.$/)]);
    expect(snapshot(db)).toEqual(before);
  });

  it("one invalid record among valid new ones: nothing is written, every error is named", () => {
    const before = snapshot(db);
    const bundle = bundleOf({
      rakor: [
        newRakor({ ref: "uji-valid-1" }),
        newRakor({ ref: "uji-valid-2", outcomes: [{ text: "Hasil", actions: [{ ref: "uji-aksi-1", title: "A", subsatgas: "pencegahan", agency: "Polri", dueDate: "2025-12-31" }] }] }),
        newRakor({ ref: "uji-salah", level: "nasional", mode: "virtual", venue: undefined, endsAt: "2025-01-01" }),
      ],
      caseStatistics: [{ periodStart: "2025-01-01", periodEnd: "2025-06-30", agency: "Polri", victimsTotal: 1, victimsWomen: 2 }],
    });
    const result = importObject(bundle);
    expect(errorsOf(result)).toEqual([
      "rakor[2].regionCode: tidak boleh diisi untuk rakor tingkat nasional",
      "rakor[2].online: wajib diisi untuk rakor daring atau hybrid",
      "rakor[2].endsAt: tidak boleh sebelum waktu mulai (Senin, 1 September 2025, pukul 09.00 WIB)",
      "caseStatistics[0].victimsWomen: (2) tidak boleh melebihi jumlah korban (1)",
    ]);
    expect(snapshot(db)).toEqual(before);
    // The preview says the same, record by record.
    const preview = previewBundle(db, "uji.json", { kind: "object", value: bundle }, NATIONAL);
    expect(preview.records.map((r) => `${r.path}:${r.status}`)).toEqual([
      "rakor[0]:created",
      "rakor[1]:created",
      "rakor[1].outcomes[0].actions[0]:created",
      "rakor[2]:refused",
      "caseStatistics[0]:refused",
    ]);
    expect(snapshot(db)).toEqual(before);
  });

  it("several files: one invalid file and the valid one is not written either", () => {
    const before = snapshot(db);
    const result = importBundles(
      db,
      [
        { label: "baik.json", source: { kind: "object", value: bundleOf({ rakor: [newRakor({ ref: "uji-file-baik" })] }) } },
        { label: "buruk.json", source: { kind: "object", value: bundleOf({ rakor: [newRakor({ ref: "uji-file-buruk", regionCode: "00.00" })] }) } },
      ],
      NATIONAL,
    );
    expect(result.ok).toBe(false);
    expect(result.files.map((f) => f.errors.length)).toEqual([0, 1]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe("agencies named by string", () => {
  it("match ignoring case, spacing and known aliases, else are created once", () => {
    const agenciesBefore = n(agencies);
    const bundle = bundleOf({
      rakor: [
        newRakor({
          ref: "uji-instansi",
          organizer: "  kemen   PPPA ",
          attendees: [
            { name: "A", agency: "BP2MI" },
            { name: "B", agency: "kepolisian negara republik indonesia" },
            { name: "C", agency: "Dinas Baru  Uji Instansi" },
            { name: "D", agency: "dinas baru uji instansi" },
          ],
        }),
      ],
    });
    const preview = previewBundle(db, "uji.json", { kind: "object", value: bundle }, NATIONAL);
    expect(preview.newAgencies).toEqual(["Dinas Baru Uji Instansi"]);
    expect(importObject(bundle).ok).toBe(true);
    expect(n(agencies)).toBe(agenciesBefore + 1);
    const stored = db.select().from(rakor).where(eq(rakor.ref, "uji-instansi")).get()!;
    expect(stored.organizerAgencyId).toBe(findAgencyByName(db, "KemenPPPA")!.id);
    const people = db.select().from(attendees).where(eq(attendees.rakorId, stored.id)).orderBy(attendees.position).all();
    expect(people.map((p) => p.agencyId)).toEqual([
      findAgencyByName(db, "KemenP2MI")!.id,
      findAgencyByName(db, "Polri")!.id,
      findAgencyByName(db, "Dinas Baru Uji Instansi")!.id,
      findAgencyByName(db, "Dinas Baru Uji Instansi")!.id,
    ]);
  });
});

describe("materials carrying contentBase64", () => {
  it("are stored like uploads, and not stored twice", () => {
    const bundle = bundleOf({ rakor: [newRakor({ ref: "uji-bahan", materials: [{ title: "Notulen", kind: "minutes", fileName: "notulen.pdf", contentBase64: pdfBase64 }] })] });
    expect(importObject(bundle).ok).toBe(true);
    const stored = db.select().from(rakor).where(eq(rakor.ref, "uji-bahan")).get()!;
    const material = db.select().from(materials).where(eq(materials.rakorId, stored.id)).get()!;
    const file = db.select().from(files).where(eq(files.id, material.fileId!)).get()!;
    expect([file.originalName, file.mediaType]).toEqual(["notulen.pdf", "application/pdf"]);
    const onDisk = readFileSync(path.join(dir, "uploads", file.storageKey));
    expect(createHash("sha256").update(onDisk).digest("hex")).toBe(file.sha256);
    expect(onDisk.toString("base64")).toBe(pdfBase64);

    const filesBefore = n(files);
    const before = snapshot(db);
    expect(importObject(bundle).files[0].summary.rakor.unchanged).toBe(1);
    expect(snapshot(db)).toEqual(before);
    // A changed title updates the rakor and keeps the same stored file.
    bundle.rakor![0].materials![0].title = "Notulen rapat";
    expect(importObject(bundle).files[0].summary.rakor.updated).toBe(1);
    expect(n(files)).toBe(filesBefore);
  });
});

describe("a regional importer", () => {
  it("updates records of its own scope", () => {
    const bundle = seed();
    const indramayu = bundle.rakor![2];
    indramayu.venue = "Pendopo Kabupaten Indramayu";
    const result = importObject(bundleOf({ rakor: [indramayu], taskForces: [bundle.taskForces![0]] }), { scope: "32.12", actorId: null });
    expect(result.ok).toBe(true);
    expect(result.files[0].summary.rakor.updated).toBe(1);
    expect(db.select().from(rakor).where(eq(rakor.ref, indramayu.ref)).get()!.venue).toBe("Pendopo Kabupaten Indramayu");
  });

  it("a stored case statistic of the same agency and region overlapping in time is refused; the same period is replaced", () => {
    const stat = { periodStart: "2025-01-01", periodEnd: "2025-06-30", regionCode: "32.12", agency: "Polres Indramayu", casesReported: 4, victimsTotal: 2 };
    expect(importObject(bundleOf({ caseStatistics: [stat] }), { scope: "32.12", actorId: null }).ok).toBe(true);
    const replaced = importObject(bundleOf({ caseStatistics: [{ ...stat, casesReported: 5 }] }), { scope: "32.12", actorId: null });
    expect(replaced.files[0].summary.caseStatistics.updated).toBe(1);
    expect(n(caseStatistics, and(eq(caseStatistics.regionCode, "32.12"), eq(caseStatistics.casesReported, 5)))).toBe(1);
    const before = snapshot(db);
    const overlapping = importObject(bundleOf({ caseStatistics: [{ ...stat, periodStart: "2025-06-01", periodEnd: "2025-12-31" }] }), { scope: "32.12", actorId: null });
    expect(errorsOf(overlapping)).toEqual([expect.stringMatching(/^caseStatistics\[0\]\.periodStart: periode ini tumpang tindih dengan entri #\d+ \(Polres Indramayu, Kabupaten Indramayu/)]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe("a large bundle", () => {
  it("500 rakor with 3,000 action items stream in one transaction; one bad record at the end and nothing is written", () => {
    const file = path.join(dir, "besar.json");
    expect(writeGeneratedBundle(file, { rakor: 500, refPrefix: "besar" })).toEqual({ rakor: 500, actions: 3000 });
    const bad = path.join(dir, "besar-rusak.json");
    writeGeneratedBundle(bad, { rakor: 500, refPrefix: "besar" }, (r, i) => {
      if (i === 499) r.outcomes![2].actions![1].dueDate = "2025-13-01";
      return r;
    });

    const before = snapshot(db);
    const refused = importBundles(db, [{ label: "besar-rusak.json", source: { kind: "file", path: bad } }], NATIONAL);
    expect(errorsOf(refused)).toEqual(["rakor[499].outcomes[2].actions[1].dueDate: harus tanggal yang valid dengan bentuk YYYY-MM-DD"]);
    expect(refused.files[0].summary.rakor.created).toBe(500);
    expect(snapshot(db)).toEqual(before);

    const result = importBundles(db, [{ label: "besar.json", source: { kind: "file", path: file } }], NATIONAL);
    expect(result.ok).toBe(true);
    expect(result.files[0].summary.rakor.created).toBe(500);
    expect(result.files[0].summary.actions.created).toBe(3000);
    expect(n(rakor)).toBe(before.rakor + 500);
    expect(n(actionItems)).toBe(before.action_items + 3000);

    const again = snapshot(db);
    const reimport = importBundles(db, [{ label: "besar.json", source: { kind: "file", path: file } }], NATIONAL);
    expect(reimport.files[0].summary.actions.unchanged).toBe(3000);
    expect(snapshot(db)).toEqual(again);
  });
});
