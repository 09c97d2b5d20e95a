// One write path: the rules the forms apply (app/action-plan/rules.ts, app/rakor/rules.ts,
// app/task-forces/rules.ts) refuse a bundle that breaks them, whole, naming the record's path, and
// nothing is written. Every status rule, rakor rule, task-force rule and case-statistic rule has its
// case here; links must be http(s). Imported writes leave audit rows, a re-import writes nothing,
// and the write verbs themselves refuse a broken rule.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { actionItems, actionUpdates, agencies, auditLog, caseStatistics, rakor, taskForces, users } from "../../db/schema";
import { formatError, importBundles, type ImportOptions } from "../../app/bundle/import.server";
import type { Bundle, BundleAction, BundleActionUpdate, BundleCaseStatistic, BundleRakor, BundleTaskForce } from "../../app/bundle/types";
import { appendStatusUpdate, recordStatusUpdate } from "../../app/action-plan/action.server";
import { addMaterial, createRakor, type RakorInput } from "../../app/rakor/rakor.server";
import { RuleViolation } from "../../app/utils/rules";
import { formatCalendarDate, todayIn } from "../../app/utils/period";
import { saveStatistic, writeStatistic } from "../../app/task-forces/case-statistic.server";
import { writeTaskForce } from "../../app/task-forces/task-force.server";
import { freshDb, snapshot } from "../support/bundle";

let db: Db;
let close: () => void;
let secretariatId: number;
let liaisonId: number;
beforeAll(() => {
  ({ db, close } = freshDb());
  const user = (email: string, role: "sekretariat" | "penghubung", agencyId: number | null) =>
    db.insert(users).values({ email, name: email, passwordHash: "-", role, agencyId }).returning({ id: users.id }).get().id;
  const polri = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.shortName, "Polri")).get()!.id;
  secretariatId = user("sekretariat@uji.sigap.id", "sekretariat", null);
  liaisonId = user("polri@uji.sigap.id", "penghubung", polri);
});
afterAll(() => close());

const NATIONAL: ImportOptions = { scope: null, actorId: null };
const importObject = (bundle: Bundle, options: ImportOptions = NATIONAL) =>
  importBundles(db, [{ label: "uji.json", source: { kind: "object", value: bundle } }], options);
const errorsOf = (result: ReturnType<typeof importBundles>) => result.files.flatMap((f) => f.errors.map(formatError));
const bundleOf = (rakorList: BundleRakor[]): Bundle => ({ format: "sigap-tppo-bundle", version: 1, rakor: rakorList });

let refs = 0;
const newRakor = (over: Partial<BundleRakor> = {}): BundleRakor => ({
  ref: `aturan-rakor-${++refs}`,
  title: "Rakor GT Kabupaten Indramayu",
  level: "kabupaten_kota",
  regionCode: "32.12",
  organizer: "Disduk-P3A Kabupaten Indramayu",
  mode: "in_person",
  startsAt: "2025-09-01T09:00:00+07:00",
  endsAt: "2025-09-01T12:00:00+07:00",
  timeZone: "Asia/Jakarta",
  venue: "Aula Disduk-P3A",
  ...over,
});
const newAction = (over: Partial<BundleAction> = {}): BundleAction => ({
  ref: `aturan-aksi-${++refs}`,
  title: "Sosialisasi pencegahan TPPO di desa kantong PMI",
  subsatgas: "pencegahan",
  agency: "Polres Indramayu",
  dueDate: "2025-12-31",
  ...over,
});
/** A rakor with one outcome carrying one action with this history. */
const withHistory = (updates: BundleActionUpdate[], over: Partial<BundleAction> = {}) =>
  bundleOf([newRakor({ outcomes: [{ text: "Sosialisasi di desa kantong PMI.", actions: [newAction({ updates, ...over })] }] })]);
const at = (day: number) => `2025-09-${String(day).padStart(2, "0")}T10:00:00+07:00`;
const ACTION = "rakor[0].outcomes[0].actions[0]";

/** The import is refused with exactly these errors, and every table (and the upload folder) is as before. */
function expectRefused(bundle: Bundle, expected: string[], options: ImportOptions = NATIONAL) {
  const before = snapshot(db);
  const result = importObject(bundle, options);
  expect(result.ok).toBe(false);
  expect(result.written).toBe(false);
  expect(errorsOf(result)).toEqual(expected);
  expect(snapshot(db)).toEqual(before);
}

function expectImported(bundle: Bundle, options: ImportOptions = NATIONAL) {
  const result = importObject(bundle, options);
  expect(errorsOf(result)).toEqual([]);
  expect(result.written).toBe(true);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Status updates
// ---------------------------------------------------------------------------------------------

describe("a status update in a bundle follows the rules of the status form", () => {
  it("Terhambat needs a note saying what blocks it", () => {
    const history = [
      { at: at(2), status: "in_progress", progress: 10, note: "Materi sosialisasi disiapkan." },
      { at: at(9), status: "in_progress", progress: 30, note: "Dua desa selesai." },
      { at: at(16), status: "blocked", progress: 30 },
    ] as BundleActionUpdate[];
    expectRefused(withHistory(history), [`${ACTION}.updates[2].note: wajib diisi untuk status terhambat`]);
    history[2].note = "   ";
    expectRefused(withHistory(history), [`${ACTION}.updates[2].note: wajib diisi untuk status terhambat`]);
    history[2].note = "Anggaran perjalanan belum turun.";
    expectImported(withHistory(history));
  });

  it("Selesai needs a note (a bundle carries no evidence)", () => {
    expectRefused(withHistory([{ at: at(2), status: "done", progress: 100 }]), [`${ACTION}.updates[0].note: wajib diisi untuk status selesai bila tidak ada bukti dukung`]);
    expectImported(withHistory([{ at: at(2), status: "done", progress: 100, note: "Sosialisasi di 12 desa selesai." }]));
  });

  it("progress is 0 while Belum dimulai, 100 when Selesai, and 0 to 100", () => {
    expectRefused(withHistory([{ at: at(2), status: "not_started", progress: 10, note: "Dijadwalkan." }]), [
      `${ACTION}.updates[0].progress: harus 0% bila status belum dimulai`,
    ]);
    expectRefused(withHistory([{ at: at(2), status: "done", progress: 90, note: "Hampir semua desa." }]), [`${ACTION}.updates[0].progress: harus 100% bila status selesai`]);
    expectRefused(withHistory([{ at: at(2), status: "in_progress", progress: 120, note: "Lebih dari target." }]), [`${ACTION}.updates[0].progress: tidak boleh lebih dari 100`]);
    // A progress left out takes the one before it (100 for Selesai), as stored: it must fit its status too.
    expectRefused(
      withHistory([
        { at: at(2), status: "in_progress", progress: 40, note: "Berjalan." },
        { at: at(3), status: "not_started", note: "Ditunda, mulai lagi dari awal." },
      ]),
      [`${ACTION}.updates[1].progress: harus 0% bila status belum dimulai`],
    );
    const done = expectImported(withHistory([{ at: at(2), status: "in_progress", progress: 40, note: "Berjalan." }, { at: at(9), status: "done", note: "Selesai." }]));
    expect(done.files[0].summary.actions.created).toBe(1);
  });

  it("an item carried without history has a progress that fits its status", () => {
    const bundle = (status: BundleAction["status"], progress: number) => bundleOf([newRakor({ outcomes: [{ text: "Hasil", actions: [newAction({ status, progress })] }] })]);
    expectRefused(bundle("not_started", 20), [`${ACTION}.progress: harus 0% bila status belum dimulai`]);
    expectRefused(bundle("done", 50), [`${ACTION}.progress: harus 100% bila status selesai`]);
    expectImported(bundle("in_progress", 50));
  });

  it("the history is in time order", () => {
    expectRefused(
      withHistory([
        { at: at(9), status: "in_progress", progress: 30, note: "Dua desa." },
        { at: at(2), status: "in_progress", progress: 10, note: "Materi disiapkan." },
      ], { progress: 10 }),
      [`${ACTION}.updates[1].at: tidak boleh sebelum pembaruan sebelumnya (updates[0]); riwayat status harus urut dari yang terlama`],
    );
  });

  it("only secretariats cancel: a liaison's import is refused; a secretariat's and the command line's are not", () => {
    const cancelled = () => withHistory([{ at: at(2), status: "cancelled", progress: 0, note: "Digabung dengan kegiatan kecamatan." }]);
    expectRefused(cancelled(), [`${ACTION}.updates[0].status: dibatalkan hanya dapat dipilih oleh sekretariat`], { scope: null, actorId: liaisonId });
    expectImported(cancelled(), { scope: null, actorId: secretariatId });
    expectImported(cancelled(), NATIONAL);
  });

  it("an update added to a stored item is checked the same way; the stored history stays as it was", () => {
    const bundle = withHistory([{ at: at(2), status: "in_progress", progress: 10, note: "Mulai." }]);
    expectImported(bundle);
    const ref = bundle.rakor![0].outcomes![0].actions![0].ref;
    bundle.rakor![0].outcomes![0].actions![0].updates!.push({ at: at(20), status: "blocked", progress: 10 });
    expectRefused(bundle, [`${ACTION}.updates[1].note: wajib diisi untuk status terhambat`]);
    const item = db.select().from(actionItems).where(eq(actionItems.ref, ref)).get()!;
    expect([item.status, item.progress]).toEqual(["in_progress", 10]);
  });

  it("every broken rule of a bundle is listed at once", () => {
    expectRefused(
      withHistory([
        { at: at(2), status: "blocked", progress: 0 },
        { at: at(3), status: "done", progress: 100 },
      ]),
      [`${ACTION}.updates[0].note: wajib diisi untuk status terhambat`, `${ACTION}.updates[1].note: wajib diisi untuk status selesai bila tidak ada bukti dukung`],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Rakor
// ---------------------------------------------------------------------------------------------

describe("a rakor in a bundle follows the rules of the rakor form", () => {
  it("luring and hybrid need a venue", () => {
    expectRefused(bundleOf([newRakor({ venue: undefined })]), ["rakor[0].venue: wajib diisi untuk rakor luring atau hybrid"]);
    expectRefused(bundleOf([newRakor({ mode: "hybrid", venue: "  ", online: { platform: "Zoom Meeting" } })]), ["rakor[0].venue: wajib diisi untuk rakor luring atau hybrid"]);
  });

  it("daring and hybrid name their platform", () => {
    expectRefused(bundleOf([newRakor({ mode: "virtual", venue: undefined })]), ["rakor[0].online: wajib diisi untuk rakor daring atau hybrid"]);
    expectRefused(bundleOf([newRakor({ mode: "hybrid", online: { platform: " " } })]), ["rakor[0].online.platform: wajib diisi untuk rakor daring atau hybrid"]);
    expectImported(bundleOf([newRakor({ mode: "virtual", venue: undefined, online: { platform: "YouTube" } })]));
  });

  it("a scheduled daring or hybrid rakor has its meeting link; one already held may not know it", () => {
    expectRefused(bundleOf([newRakor({ status: "scheduled", mode: "virtual", venue: undefined, online: { platform: "Zoom Meeting" } })]), [
      "rakor[0].online.url: wajib diisi untuk rakor daring atau hybrid yang dijadwalkan (dikirim bersama undangan)",
    ]);
    expectImported(bundleOf([newRakor({ status: "scheduled", mode: "virtual", venue: undefined, online: { platform: "Zoom Meeting", url: "https://zoom.us/j/81234567890" } })]));
    expectImported(bundleOf([newRakor({ status: "held", mode: "hybrid", online: { platform: "Zoom Meeting" } })]));
  });

  it("the end is not before the start", () => {
    expectRefused(bundleOf([newRakor({ endsAt: "2025-09-01T08:00:00+07:00" })]), ["rakor[0].endsAt: tidak boleh sebelum waktu mulai (Senin, 1 September 2025, pukul 09.00 WIB)"]);
    // A start without its hour is named by its day only.
    expectRefused(bundleOf([newRakor({ startsAt: "2025-09-02", endsAt: "2025-09-01" })]), ["rakor[0].endsAt: tidak boleh sebelum waktu mulai (Selasa, 2 September 2025)"]);
  });

  it("the region agrees with the level", () => {
    expectRefused(bundleOf([newRakor({ level: "provinsi" })]), ["rakor[0].regionCode: harus provinsi untuk rakor tingkat provinsi; Kabupaten Indramayu (32.12) adalah kabupaten/kota"]);
    expectRefused(bundleOf([newRakor({ level: "nasional" })]), ["rakor[0].regionCode: tidak boleh diisi untuk rakor tingkat nasional"]);
    expectRefused(bundleOf([newRakor({ regionCode: undefined })]), ["rakor[0].regionCode: wajib diisi untuk rakor tingkat kabupaten/kota"]);
  });

  it("a rakor lies within the importer's scope", () => {
    const regional = { scope: "32.12", actorId: secretariatId };
    expectRefused(bundleOf([newRakor({ regionCode: "64.71", organizer: "Polresta Balikpapan" })]), ["rakor[0].regionCode: Kota Balikpapan (64.71) di luar cakupan Anda (Kabupaten Indramayu)"], regional);
    expectRefused(bundleOf([newRakor({ level: "nasional", regionCode: undefined })]), ["rakor[0].level: nasional di luar cakupan Anda (Kabupaten Indramayu)"], regional);
    expectImported(bundleOf([newRakor()]), regional);
  });
});

describe("links in a bundle are full http(s) addresses", () => {
  it("javascript:, data: and other schemes are refused in meeting links and materials", () => {
    const link = "harus alamat lengkap yang diawali http:// atau https://";
    expectRefused(bundleOf([newRakor({ mode: "hybrid", online: { platform: "Zoom Meeting", url: "javascript:alert(document.cookie)" } })]), [`rakor[0].online.url: ${link}`]);
    expectRefused(
      bundleOf([
        newRakor({
          materials: [
            { title: "Paparan", url: "javascript:alert(1)" },
            { title: "Notulen", url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" },
            { title: "Arsip", url: "ftp://arsip.contoh.go.id/notulen.pdf" },
            { title: "Perpres 19/2023", url: "https://peraturan.go.id/perpres-19-2023" },
          ],
        }),
      ]),
      [`rakor[0].materials[0].url: ${link}`, `rakor[0].materials[1].url: ${link}`, `rakor[0].materials[2].url: ${link}`],
    );
  });
});

describe("a task force in a bundle follows the rules of the task-force form", () => {
  const tf = (over: Partial<BundleTaskForce> = {}): Bundle => ({
    format: "sigap-tppo-bundle",
    version: 1,
    taskForces: [{ regionCode: "32.12", legalBasis: { kind: "perkada", number: "12/2024", date: "2024-03-01" }, subsatgasFormed: ["pencegahan"], secretariat: "Disduk-P3A Kabupaten Indramayu", ...over } as BundleTaskForce],
  });
  const basis = { kind: "sk_kepala_daerah" as const, number: "12/2024", date: "2024-03-01" };

  it("a legal basis has its number", () => {
    expectRefused(tf({ legalBasis: { ...basis, number: "  " } }), ["taskForces[0].legalBasis.number: wajib diisi bila dasar hukum dicatat"]);
  });

  it("a legal basis is not dated after today in the region's zone", () => {
    expectRefused(tf({ legalBasis: { ...basis, date: "2999-01-01" } }), [
      `taskForces[0].legalBasis.date: tidak boleh setelah hari ini (${formatCalendarDate(todayIn("Asia/Jakarta"))})`,
    ]);
  });

  it("every Subsatgas named is known (the bundle format lists them)", () => {
    expectRefused(tf({ legalBasis: basis, subsatgasFormed: ["pencegahan", "bukan-subsatgas"] }), [
      'taskForces[0].subsatgasFormed[1]: nilai "bukan-subsatgas" tidak dikenal; pilihan: pencegahan, rehabilitasi-medis, rehabilitasi-sosial, norma-hukum, penegakan-hukum, kerja-sama',
    ]);
  });

  it("a task force lies within the importer's scope", () => {
    expectRefused(tf({ legalBasis: basis, regionCode: "16" }), ["taskForces[0].regionCode: Sumatera Selatan (16) di luar cakupan Anda (Kabupaten Indramayu)"], { scope: "32.12", actorId: null });
  });
});

describe("a case statistic in a bundle follows the rules of the statistics form and the CSV upload", () => {
  let periods = 0;
  /** An entry of its own period, so the cases do not overlap one another. */
  const stat = (over: Partial<BundleCaseStatistic> = {}): BundleCaseStatistic => {
    const year = 2000 + ++periods;
    return { periodStart: `${year}-01-01`, periodEnd: `${year}-06-30`, regionCode: "32.12", agency: "Polres Indramayu", casesReported: 4, victimsTotal: 10, ...over };
  };
  const stats = (...list: BundleCaseStatistic[]): Bundle => ({ format: "sigap-tppo-bundle", version: 1, caseStatistics: list });

  it("the period does not end before it starts", () => {
    expectRefused(stats(stat({ periodStart: "2024-06-30", periodEnd: "2024-01-01" })), ["caseStatistics[0].periodEnd: tidak boleh sebelum awal periode"]);
  });

  it("each breakdown of the victims is at most their total", () => {
    expectRefused(stats(stat({ victimsWomen: 11, victimsChildren: 12, victimsRehabilitated: 10, victimsRepatriated: 13 })), [
      "caseStatistics[0].victimsWomen: (11) tidak boleh melebihi jumlah korban (10)",
      "caseStatistics[0].victimsChildren: (12) tidak boleh melebihi jumlah korban (10)",
      "caseStatistics[0].victimsRepatriated: (13) tidak boleh melebihi jumlah korban (10)",
    ]);
    // A figure left out counts as 0: a breakdown without a total is above it.
    expectRefused(stats(stat({ victimsTotal: undefined, victimsChildren: 1 })), ["caseStatistics[0].victimsChildren: (1) tidak boleh melebihi jumlah korban (0)"]);
  });

  it("figures are whole numbers from 0 up to 10.000.000", () => {
    expectRefused(stats(stat({ suspects: -1, casesReported: 1.5, casesProsecuted: 10_000_001 })), [
      "caseStatistics[0].casesReported: harus berupa bilangan bulat",
      "caseStatistics[0].suspects: tidak boleh kurang dari 0",
    ]);
    expectRefused(stats(stat({ casesProsecuted: 10_000_001 })), ["caseStatistics[0].casesProsecuted: terlalu besar (paling banyak 10.000.000)"]);
  });

  it("no two entries of one agency and region overlap in time, in the bundle or with a stored one", () => {
    const stored = stat();
    expectImported(stats(stored));
    const id = db.select({ id: caseStatistics.id }).from(caseStatistics).where(eq(caseStatistics.periodStart, stored.periodStart)).get()!.id;
    expectRefused(stats({ ...stored, periodStart: stored.periodStart.replace("-01-01", "-03-01"), periodEnd: stored.periodEnd.replace("-06-30", "-12-31") }), [
      expect.stringMatching(new RegExp(`^caseStatistics\\[0\\]\\.periodStart: periode ini tumpang tindih dengan entri #${id} \\(Polres Indramayu, Kabupaten Indramayu, `)) as unknown as string,
    ]);
    const next = stat();
    expectRefused(stats(next, { ...next, periodStart: next.periodEnd }), [
      "caseStatistics[1]: periodenya tumpang tindih dengan caseStatistics[0] (instansi dan wilayah yang sama); satu angka per instansi, wilayah dan waktu",
    ]);
  });

  it("an entry lies within the importer's scope", () => {
    expectRefused(stats(stat({ regionCode: undefined })), ["caseStatistics[0]: nasional di luar cakupan Anda (Kabupaten Indramayu)"], { scope: "32.12", actorId: null });
  });
});

// ---------------------------------------------------------------------------------------------
// Writes: audit rows, nothing on a re-import, and the write verbs' own refusal
// ---------------------------------------------------------------------------------------------

const n = (table: typeof auditLog | typeof actionUpdates | typeof rakor) => db.select({ n: count() }).from(table).get()!.n;

describe("imported writes", () => {
  it("leave audit rows by the importer, like app writes; the same bundle again writes nothing", () => {
    const bundle = withHistory([{ at: at(2), status: "in_progress", progress: 20, note: "Dua desa." }]);
    const auditBefore = n(auditLog);
    expectImported(bundle, { scope: null, actorId: secretariatId });
    const rows = db.select().from(auditLog).all().slice(auditBefore);
    expect(rows.map((r) => `${r.action}:${r.entity}`).sort()).toEqual(["import.create:action_item", "import.create:rakor", "import:bundle"]);
    expect(rows.every((r) => r.userId === secretariatId)).toBe(true);
    const item = db.select().from(actionItems).where(eq(actionItems.ref, bundle.rakor![0].outcomes![0].actions![0].ref)).get()!;
    expect(rows.find((r) => r.entity === "action_item")!.entityId).toBe(String(item.id));

    const before = snapshot(db);
    expect(importObject(bundle).files[0].summary.actions.unchanged).toBe(1);
    expect(snapshot(db)).toEqual(before);

    // A new update: its item's audit row shows the history before and after.
    bundle.rakor![0].outcomes![0].actions![0].updates!.push({ at: at(30), status: "blocked", progress: 20, note: "Menunggu anggaran desa." });
    const auditMid = n(auditLog);
    expectImported(bundle, { scope: null, actorId: secretariatId });
    const update = db.select().from(auditLog).all().slice(auditMid).find((r) => r.entity === "action_item")!;
    expect(update.action).toBe("import.update");
    expect((update.before as BundleAction).updates).toHaveLength(1);
    expect((update.after as BundleAction).updates!.map((u) => u.status)).toEqual(["in_progress", "blocked"]);
    const stored = db.select().from(actionItems).where(eq(actionItems.id, item.id)).get()!;
    expect([stored.status, stored.progress, stored.version]).toEqual(["blocked", 20, item.version + 1]);
    const again = snapshot(db);
    importObject(bundle);
    expect(snapshot(db)).toEqual(again);
  });
});

describe("imported task forces and case statistics", () => {
  it("are written by the app's verbs, with the app's audit rows; the same bundle again writes nothing", () => {
    const bundle: Bundle = {
      format: "sigap-tppo-bundle",
      version: 1,
      taskForces: [{ regionCode: "32.09", legalBasis: { kind: "perda", number: "3/2023", date: "2023-05-02" }, subsatgasFormed: ["pencegahan"], secretariat: "Polri" }],
      caseStatistics: [{ periodStart: "2025-01-01", periodEnd: "2025-06-30", regionCode: "32.09", agency: "Polri", casesReported: 3, victimsTotal: 2, victimsWomen: 1 }],
    };
    const auditBefore = n(auditLog);
    expectImported(bundle, { scope: null, actorId: secretariatId });
    const rows = db.select().from(auditLog).all().slice(auditBefore);
    expect(rows.map((r) => `${r.action}:${r.entity}`).sort()).toEqual(["import.create:case_statistic", "import.create:task_force", "import:bundle"]);
    expect(rows.every((r) => r.userId === secretariatId)).toBe(true);
    const tfRow = db.select().from(taskForces).where(eq(taskForces.scopeKey, "32.09")).get()!;
    const statRow = db.select().from(caseStatistics).where(eq(caseStatistics.regionCode, "32.09")).get()!;
    expect(rows.find((r) => r.entity === "task_force")).toMatchObject({ entityId: String(tfRow.id), before: null, after: { legalBasisNumber: "3/2023", formed: true, subsatgas: ["pencegahan"] } });
    expect(rows.find((r) => r.entity === "case_statistic")).toMatchObject({ entityId: String(statRow.id), before: null, after: { id: statRow.id, casesReported: 3, createdBy: secretariatId } });

    const unchanged = snapshot(db);
    const again = importObject(bundle);
    expect([again.files[0].summary.taskForces.unchanged, again.files[0].summary.caseStatistics.unchanged]).toEqual([1, 1]);
    expect(snapshot(db)).toEqual(unchanged);

    // A contact person recorded in the app stays: a bundle does not carry one.
    db.update(taskForces).set({ contactName: "Ibu Rina" }).where(eq(taskForces.id, tfRow.id)).run();
    bundle.taskForces![0].legalBasis!.title = "Perda Gugus Tugas";
    bundle.caseStatistics![0].casesReported = 4;
    const auditMid = n(auditLog);
    expectImported(bundle, { scope: null, actorId: secretariatId });
    const updates = db.select().from(auditLog).all().slice(auditMid);
    expect(updates.map((r) => `${r.action}:${r.entity}`).sort()).toEqual(["import.update:case_statistic", "import.update:task_force", "import:bundle"]);
    expect(updates.find((r) => r.entity === "case_statistic")).toMatchObject({ before: { casesReported: 3 }, after: { id: statRow.id, casesReported: 4, createdBy: secretariatId } });
    expect(updates.find((r) => r.entity === "task_force")).toMatchObject({ before: { legalBasisTitle: null }, after: { legalBasisTitle: "Perda Gugus Tugas", contactName: "Ibu Rina" } });
  });
});

describe("the write verbs refuse what the rules refuse, whoever calls them", () => {
  it("a case statistic: a breakdown above the total; a task force with Subsatgas but not formed, or half a legal basis", () => {
    const before = snapshot(db);
    const polri = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.shortName, "Polri")).get()!.id;
    const figures = { casesReported: 1, casesProsecuted: 0, suspects: 0, victimsTotal: 1, victimsWomen: 2, victimsChildren: 0, victimsRehabilitated: 0, victimsRepatriated: 0 };
    expect(() => db.transaction((tx) => writeStatistic(tx, null, { periodStart: "2030-01-01", periodEnd: "2030-06-30", regionCode: null, agencyId: polri, ...figures }, null))).toThrow(
      /victimsWomen: \(2\) tidak boleh melebihi jumlah korban \(1\)/,
    );
    const row = { formed: false, legalBasis: null, legalBasisFileId: null, secretariatAgencyId: null, contactName: null, contactPhone: null, contactEmail: null, subsatgas: ["pencegahan"] };
    expect(() => db.transaction((tx) => writeTaskForce(tx, "32.08", () => row, null))).toThrow(/formed: Centang "Sudah terbentuk"/);
    const halfBasis = { ...row, formed: true, legalBasis: { kind: "perda" as const, number: " ", date: "2024-01-01", title: null } };
    expect(() => db.transaction((tx) => writeTaskForce(tx, "32.08", () => halfBasis, null))).toThrow(RuleViolation);
    expect(snapshot(db)).toEqual(before);
    // The form's verb goes through the same one: its entry is written with its audit row.
    const saved = saveStatistic(db, null, { periodStart: "2030-01-01", periodEnd: "2030-06-30", regionCode: null, agency: "Polri", ...figures, victimsWomen: 1 }, { id: secretariatId, scope: null });
    expect(saved.ok).toBe(true);
    expect(snapshot(db)).toEqual({ ...before, case_statistics: before.case_statistics + 1, audit_log: before.audit_log + 1 });
  });


  it("a status update: Terhambat without a note, Dibatalkan by a liaison", () => {
    const item = db.select().from(actionItems).get()!;
    const history = n(actionUpdates);
    expect(() => recordStatusUpdate(db, item.id, item.version, { status: "blocked", progress: 20, note: null }, [], liaisonId)).toThrow(RuleViolation);
    expect(() => recordStatusUpdate(db, item.id, item.version, { status: "cancelled", progress: 20, note: "Tidak relevan." }, [], liaisonId)).toThrow(RuleViolation);
    expect(() =>
      db.transaction((tx) => appendStatusUpdate(tx, item.id, { at: Date.now(), status: "done", progress: 100, note: null, byUserId: null, byName: null }, [], null)),
    ).toThrow(/note: wajib diisi untuk status selesai/);
    expect(n(actionUpdates)).toBe(history);
    expect(db.select().from(actionItems).where(eq(actionItems.id, item.id)).get()).toEqual(item);
    expect(recordStatusUpdate(db, item.id, item.version, { status: "cancelled", progress: 20, note: "Digabung." }, [], secretariatId)).toMatchObject({ ok: true });
  });

  it("a rakor: luring without a venue; a material with a javascript: link", () => {
    const rakorBefore = n(rakor);
    const input: RakorInput = {
      title: "Rakor tanpa tempat",
      level: "nasional",
      regionCode: null,
      organizer: "Polri",
      chair: { name: null, rank: null, position: null, agency: null },
      mode: "in_person",
      status: "scheduled",
      startsAt: Date.parse("2025-10-01T02:00:00Z"),
      endsAt: null,
      timeZone: "Asia/Jakarta",
      venue: null,
      onlinePlatform: null,
      onlineUrl: null,
      notes: null,
    };
    expect(() => createRakor(db, input, secretariatId)).toThrow(/venue: wajib diisi untuk rakor luring atau hybrid/);
    expect(n(rakor)).toBe(rakorBefore);
    const id = createRakor(db, { ...input, venue: "Mabes Polri" }, secretariatId);
    expect(() => addMaterial(db, id, { title: "Tautan", kind: "other", url: "javascript:alert(1)" }, null, secretariatId)).toThrow(RuleViolation);
  });
});
