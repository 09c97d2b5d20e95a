// The bundle's validation without a database: schema errors as `path: reason` in Indonesian, and
// the domain rules the schema cannot express.
import { describe, expect, it } from "vitest";
import type { TimeZone } from "../../db/schema";
import type { BundleAction, BundleCaseStatistic, BundleRakor, BundleTaskForce } from "../../app/bundle/types";
import {
  checkActionRules,
  checkCaseStatisticRules,
  checkRakorRules,
  checkTaskForceRules,
  formatError,
  joinPath,
  schemaErrorsOfHeader,
  schemaErrorsOfRecord,
  type RuleContext,
} from "../../app/bundle/validate.server";
import { formatInstant, formatRakorInstant } from "../../app/bundle/canonical.server";
import { ACTION_STATUS_LABELS } from "../../app/utils/labels";
import { loadJson, SEED_PATH } from "../support/bundle";

const ctx = (scope: string | null = null): RuleContext => ({
  regions: new Map<string, TimeZone>([
    ["32", "Asia/Jakarta"],
    ["32.12", "Asia/Jakarta"],
    ["74", "Asia/Makassar"],
    ["74.01", "Asia/Makassar"],
  ]),
  regionName: (code) => ({ "32": "Jawa Barat", "32.12": "Kabupaten Indramayu", "74": "Sulawesi Tenggara", "74.01": "Kabupaten Buton" })[code],
  subsatgas: new Set(["pencegahan", "penegakan-hukum", "kerja-sama"]),
  scope,
  role: null,
});

const rakor = (over: Partial<BundleRakor> = {}): BundleRakor => ({
  ref: "r1",
  title: "Rakor",
  level: "nasional",
  organizer: "Polri",
  mode: "in_person",
  startsAt: "2025-06-04T10:00:00+08:00",
  timeZone: "Asia/Makassar",
  venue: "Aula",
  ...over,
});

const action = (over: Partial<BundleAction> = {}): BundleAction => ({
  ref: "a1",
  title: "Aksi",
  subsatgas: "pencegahan",
  agency: "Polri",
  dueDate: "2025-12-31",
  ...over,
});

const messages = (errors: { path: string; message: string }[]) => errors.map(formatError);

describe("JSON Schema errors", () => {
  it("accepts the seed example record by record", () => {
    const seed = loadJson(SEED_PATH);
    seed.rakor!.forEach((r, i) => expect(schemaErrorsOfRecord("rakor", i, r)).toEqual([]));
    seed.taskForces!.forEach((t, i) => expect(schemaErrorsOfRecord("taskForces", i, t)).toEqual([]));
  });

  it("names the path of a missing, unknown or mistyped field in Indonesian", () => {
    const bad = { ...rakor(), title: undefined, foo: 1, mode: "zoom", startsAt: "4 Juni 2025", regionCode: "7401", attendees: [{ name: "" }] };
    const errors = messages(schemaErrorsOfRecord("rakor", 2, JSON.parse(JSON.stringify(bad))));
    expect(errors).toContain("rakor[2].title: wajib diisi");
    expect(errors).toContain("rakor[2].foo: properti tidak dikenal dalam format bundel");
    expect(errors).toContain('rakor[2].mode: nilai "zoom" tidak dikenal; pilihan: in_person, virtual, hybrid');
    // The two branches of startsAt's anyOf collapse into one message.
    expect(errors.filter((e) => e.startsWith("rakor[2].startsAt:"))).toEqual([
      "rakor[2].startsAt: harus tanggal-waktu ISO 8601 dengan zona waktu (2025-06-04T10:15:00+08:00) atau tanggal saja (2025-06-04)",
    ]);
    expect(errors).toContain("rakor[2].regionCode: bukan kode wilayah Kemendagri yang valid (contoh: 74 untuk provinsi, 74.01 untuk kabupaten/kota)");
    expect(errors).toContain("rakor[2].attendees[0].name: tidak boleh kosong");
  });

  it("gives nested action paths", () => {
    const r = rakor({ outcomes: [{ text: "Hasil", actions: [action({ dueDate: "2025-02-30", progress: 101 })] }] });
    const errors = messages(schemaErrorsOfRecord("rakor", 0, r));
    expect(errors).toEqual([
      "rakor[0].outcomes[0].actions[0].dueDate: harus tanggal yang valid dengan bentuk YYYY-MM-DD",
      "rakor[0].outcomes[0].actions[0].progress: tidak boleh lebih dari 100",
    ]);
  });

  it("checks the top level: format, version and unknown keys", () => {
    const errors = messages(schemaErrorsOfHeader({ format: "lain", version: 2, rakor: [], extra: true }));
    expect(errors).toContain('format: harus bernilai "sigap-tppo-bundle"');
    expect(errors).toContain("version: harus bernilai 1");
    expect(errors).toContain("extra: properti tidak dikenal dalam format bundel");
    expect(messages(schemaErrorsOfHeader({ rakor: [] }))).toEqual(["format: wajib diisi", "version: wajib diisi"]);
  });

  it("joins paths like a JSON path", () => {
    expect(joinPath("", "rakor", 0, "outcomes", "1", "actions")).toBe("rakor[0].outcomes[1].actions");
  });
});

describe("domain rules of a rakor", () => {
  it("venue for in-person and hybrid, online for virtual and hybrid", () => {
    expect(messages(checkRakorRules(rakor({ mode: "hybrid", venue: undefined }), "rakor[0]", ctx()).errors)).toEqual([
      "rakor[0].venue: wajib diisi untuk rakor luring atau hybrid",
      "rakor[0].online: wajib diisi untuk rakor daring atau hybrid",
    ]);
    expect(checkRakorRules(rakor({ mode: "virtual", venue: undefined, online: { platform: "Zoom" } }), "rakor[0]", ctx()).errors).toEqual([]);
  });

  it("level and region agree, and the region exists", () => {
    const check = (over: Partial<BundleRakor>) => messages(checkRakorRules(rakor(over), "rakor[0]", ctx()).errors);
    expect(check({ level: "provinsi" })).toEqual(["rakor[0].regionCode: wajib diisi untuk rakor tingkat provinsi"]);
    expect(check({ level: "provinsi", regionCode: "74.01" })).toEqual([
      "rakor[0].regionCode: harus provinsi untuk rakor tingkat provinsi; Kabupaten Buton (74.01) adalah kabupaten/kota",
    ]);
    expect(check({ level: "kabupaten_kota", regionCode: "74" })).toEqual([
      "rakor[0].regionCode: harus kabupaten/kota untuk rakor tingkat kabupaten/kota; Sulawesi Tenggara (74) adalah provinsi",
    ]);
    expect(check({ level: "nasional", regionCode: "74" })).toEqual(["rakor[0].regionCode: tidak boleh diisi untuk rakor tingkat nasional"]);
    expect(check({ level: "kabupaten_kota", regionCode: "99.99" })).toEqual(["rakor[0].regionCode: wilayah 99.99 tidak ditemukan dalam daftar wilayah Kemendagri"]);
    expect(check({ level: "kabupaten_kota", regionCode: "74.01" })).toEqual([]);
  });

  it("the end is not before the start, a bare end date meaning the end of that day", () => {
    expect(messages(checkRakorRules(rakor({ endsAt: "2025-06-04T09:59:00+08:00" }), "rakor[0]", ctx()).errors)).toEqual([
      "rakor[0].endsAt: tidak boleh sebelum waktu mulai (Rabu, 4 Juni 2025, pukul 10.00 WITA)",
    ]);
    expect(checkRakorRules(rakor({ startsAt: "2025-10-14", endsAt: "2025-10-14" }), "rakor[0]", ctx()).errors).toEqual([]);
  });

  it("an attendee's site names a site of the rakor; site names are unique", () => {
    const r = rakor({
      sites: [{ name: "Polres Kolaka" }, { name: "Polres Kolaka" }],
      attendees: [{ name: "A", site: "Polres Kolaka" }, { name: "B", site: "Polresta Balikpapan" }],
    });
    expect(messages(checkRakorRules(r, "rakor[1]", ctx()).errors)).toEqual([
      "rakor[1].sites[1].name: nama lokasi ganda: sama dengan rakor[1].sites[0]",
      'rakor[1].attendees[1].site: "Polresta Balikpapan" bukan nama salah satu lokasi (sites) rakor ini',
    ]);
  });

  it("refuses a record outside the importer's scope", () => {
    expect(messages(checkRakorRules(rakor(), "rakor[0]", ctx("32.12")).errors)).toEqual([
      "rakor[0].level: nasional di luar cakupan Anda (Kabupaten Indramayu)",
    ]);
    expect(messages(checkRakorRules(rakor({ level: "kabupaten_kota", regionCode: "74.01" }), "rakor[0]", ctx("32")).errors)).toEqual([
      "rakor[0].regionCode: Kabupaten Buton (74.01) di luar cakupan Anda (Jawa Barat)",
    ]);
    expect(checkRakorRules(rakor({ level: "kabupaten_kota", regionCode: "32.12" }), "rakor[0]", ctx("32")).errors).toEqual([]);
  });

  it("materials carrying a file pass the upload checks", () => {
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64");
    const exe = Buffer.from("MZ\x90\x00 not a document").toString("base64");
    const r = rakor({
      materials: [
        { title: "ok", fileName: "a.pdf", mediaType: "application/pdf", contentBase64: pdf },
        { title: "exe", fileName: "a.pdf", contentBase64: exe },
        { title: "name", fileName: "a.docx", contentBase64: pdf },
        { title: "type", fileName: "a.pdf", mediaType: "image/png", contentBase64: pdf },
        { title: "b64", fileName: "a.pdf", contentBase64: "bukan base64!" },
        { title: "noname", contentBase64: pdf },
        { title: "nofile", fileName: "a.pdf" },
      ],
    });
    const { errors, files } = checkRakorRules(r, "rakor[0]", ctx());
    expect(messages(errors)).toEqual([
      "rakor[0].materials[1].contentBase64: Jenis berkas tidak diterima. Unggah PDF, DOCX, PPTX, XLSX, PNG atau JPG.",
      'rakor[0].materials[2].contentBase64: Isi berkas adalah PDF, tidak sesuai dengan nama berakhiran ".docx".',
      "rakor[0].materials[3].mediaType: tidak sesuai dengan isi berkas (application/pdf)",
      "rakor[0].materials[4].contentBase64: bukan base64 yang valid",
      "rakor[0].materials[5].fileName: wajib diisi bila contentBase64 diisi (nama berkas ikut menentukan jenisnya)",
      "rakor[0].materials[6].fileName: hanya dapat disimpan bersama isi berkasnya (contentBase64); untuk berkas di tempat lain cukup isi url",
    ]);
    expect(files.map((f) => f.index)).toEqual([0]);
  });
});

describe("domain rules of actions, task forces and case statistics", () => {
  it("status updates are in time order and not repeated", () => {
    const a = action({
      updates: [
        { at: "2025-07-01T09:00:00+07:00", status: "in_progress" },
        { at: "2025-06-01T09:00:00+07:00", status: "in_progress" },
        { at: "2025-07-01T10:00:00+08:00", status: "in_progress" },
      ],
    });
    expect(messages(checkActionRules(a, "p", ctx(), null))).toEqual([
      "p.updates[1].at: tidak boleh sebelum pembaruan sebelumnya (updates[0]); riwayat status harus urut dari yang terlama",
      "p.updates[2]: sama dengan updates[0] (waktu dan status yang sama)",
    ]);
  });

  it("the action's status and progress are its last update's", () => {
    const a = action({ status: "done", progress: 90, updates: [{ at: "2025-07-01T09:00:00+07:00", status: "in_progress", progress: 60 }] });
    expect(messages(checkActionRules(a, "p", ctx(), null))).toEqual([
      `p.status: harus sama dengan status pembaruan terakhir (in_progress: ${ACTION_STATUS_LABELS.in_progress})`,
      "p.progress: harus sama dengan progres pembaruan terakhir (60)",
    ]);
  });

  it("an action takes its rakor's region for the scope check, and names a known Subsatgas", () => {
    expect(checkActionRules(action(), "p", ctx("32.12"), "32.12")).toEqual([]);
    expect(messages(checkActionRules(action({ regionCode: "74.01", subsatgas: "rehabilitasi-medis" }), "p", ctx("32.12"), "32.12"))).toEqual([
      "p.regionCode: Kabupaten Buton (74.01) di luar cakupan Anda (Kabupaten Indramayu)",
      'p.subsatgas: Subsatgas "rehabilitasi-medis" tidak dikenal',
    ]);
  });

  it("task forces: region exists and is in scope", () => {
    const t: BundleTaskForce = { regionCode: "99", subsatgasFormed: ["pencegahan", "lain"] };
    expect(messages(checkTaskForceRules(t, "taskForces[0]", ctx("32")))).toEqual([
      "taskForces[0].regionCode: wilayah 99 tidak ditemukan dalam daftar wilayah Kemendagri",
      "taskForces[0].regionCode: 99 di luar cakupan Anda (Jawa Barat)",
      'taskForces[0].subsatgasFormed: Subsatgas "lain" tidak dikenal',
    ]);
  });

  it("case statistics: the period's end is not before its start; breakdowns within the total", () => {
    const s: BundleCaseStatistic = { periodStart: "2025-06-30", periodEnd: "2025-01-01", agency: "Polri", victimsTotal: 5, victimsWomen: 6, victimsChildren: 5 };
    expect(messages(checkCaseStatisticRules(s, "caseStatistics[0]", ctx()))).toEqual([
      "caseStatistics[0].periodEnd: tidak boleh sebelum awal periode",
      "caseStatistics[0].victimsWomen: (6) tidak boleh melebihi jumlah korban (5)",
    ]);
  });
});

describe("instants in the exporter's form", () => {
  it("writes the offset of the record's zone; bare dates round-trip", () => {
    const t = Date.parse("2025-06-04T02:00:00Z");
    expect(formatInstant(t, "Asia/Makassar")).toBe("2025-06-04T10:00:00+08:00");
    expect(formatInstant(t + 500, "Asia/Jayapura")).toBe("2025-06-04T11:00:00.500+09:00");
    expect(formatRakorInstant(Date.parse("2023-05-22T17:00:00Z"), "Asia/Jakarta", "start")).toBe("2023-05-23");
    expect(formatRakorInstant(Date.parse("2025-10-17T14:59:59.999Z"), "Asia/Jayapura", "end")).toBe("2025-10-17");
    expect(formatRakorInstant(Date.parse("2025-10-17T14:59:00Z"), "Asia/Jayapura", "end")).toBe("2025-10-17T23:59:00+09:00");
  });
});
