// The rakor lifecycle and the follow-up loop in the bundle: a rakor's series (RRULE, or RDATE for
// a list of dates), its minutes' approval state (approved minutes lock the rakor here too), the
// verification of completions (one done update with its `verification`), and agency names as
// written for task forces and case statistics. Export → import into a fresh database → export gives
// the same records; bad input is refused at its path and writes nothing.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { actionItems, actionUpdates, actionVerifications, agencies, caseStatistics, outcomes, rakor, rakorMinutes, rakorSeries, taskForces, users } from "../../db/schema";
import { formatError, importBundles, type ImportOptions } from "../../app/bundle/import.server";
import { exportBundle } from "../../app/bundle/export.server";
import { recordStatusUpdate } from "../../app/action-plan/action.server";
import { verifyCompletion } from "../../app/action-plan/verification.server";
import { findVerifiedMinutes } from "../../app/rakor/minutes.server";
import type { Bundle, BundleAction, BundleActionUpdate, BundleRakor } from "../../app/bundle/types";
import { EVERY_FIELD_PATH, freshDb, loadJson, recordsOf, snapshot } from "../support/bundle";

const NATIONAL: ImportOptions = { scope: null, actorId: null };
const importInto = (db: Db, bundle: unknown) => importBundles(db, [{ label: "uji.json", source: { kind: "object", value: bundle } }], NATIONAL);
const errorsOf = (result: ReturnType<typeof importBundles>) => result.files.flatMap((f) => f.errors.map(formatError));

let db: Db;
let close: () => void;
const closers: (() => void)[] = [];
beforeAll(() => {
  ({ db, close } = freshDb());
});
afterAll(() => {
  for (const c of closers) c();
  close();
});

/** A second, freshly migrated database (sharing the first one's upload folder). */
function anotherDb(): Db {
  const uploads = process.env.UPLOAD_DIR;
  const other = freshDb();
  process.env.UPLOAD_DIR = uploads;
  closers.push(other.close);
  return other.db;
}

/** Export of `from` imported into a fresh database and exported again: the records of both exports. */
function roundTrip(from: Db) {
  const first = exportBundle(from, { region: null });
  const other = anotherDb();
  const result = importInto(other, first);
  expect(errorsOf(result)).toEqual([]);
  return { first: recordsOf(first), second: recordsOf(exportBundle(other, { region: null })), other };
}

/** The refusal leaves every table as it was. */
function expectRefused(target: Db, bundle: Bundle, expected: string[]) {
  const before = snapshot(target);
  const result = importInto(target, bundle);
  expect(result.written).toBe(false);
  expect(errorsOf(result)).toEqual(expected);
  expect(snapshot(target)).toEqual(before);
}

let refs = 0;
const newRakor = (over: Partial<BundleRakor> = {}): BundleRakor => ({
  ref: `siklus-rakor-${++refs}`,
  title: "Rakor GT Provinsi Kepulauan Riau",
  level: "provinsi",
  regionCode: "21",
  organizer: "DP3AP2KB Provinsi Kepulauan Riau",
  mode: "in_person",
  startsAt: "2026-01-25T09:00:00+07:00",
  endsAt: "2026-01-25T12:00:00+07:00",
  timeZone: "Asia/Jakarta",
  venue: "Aula Kantor Gubernur, Tanjungpinang",
  ...over,
});
const bundleOf = (rakorList: BundleRakor[], over: Partial<Bundle> = {}): Bundle => ({ format: "sigap-tppo-bundle", version: 1, rakor: rakorList, ...over });
const newAction = (updates: BundleActionUpdate[], over: Partial<BundleAction> = {}): BundleAction => ({
  ref: `siklus-aksi-${++refs}`,
  title: "Pendataan PMI nonprosedural di pelabuhan",
  subsatgas: "pencegahan",
  agency: "Kemensos",
  dueDate: "2026-06-30",
  updates,
  ...over,
});

describe("series", () => {
  it("the every-field bundle (a monthly series by weekday, a list of dates) round-trips through a fresh database; occurrences are linked", () => {
    expect(errorsOf(importInto(db, loadJson(EVERY_FIELD_PATH)))).toEqual([]);
    const { first, second, other } = roundTrip(db);
    expect(second).toEqual(first);
    const sultra = first.rakor.find((r) => r.ref === "uji-semua-field-sultra-2025-06-04")!;
    expect(sultra.series).toEqual({ ref: "uji-semua-field-seri-sultra", rule: "FREQ=MONTHLY;BYDAY=1WE;COUNT=6", title: "Rakor Bulanan GT PP-TPPO Sultra" });
    const stored = other.select().from(rakorSeries).orderBy(rakorSeries.ref).all();
    expect(stored.map((s) => [s.ref, s.kind, s.rule, s.timeZone])).toEqual([
      ["uji-semua-field-seri-jayapura", "dates", "20251014T000000,20251114T000000", "Asia/Jayapura"],
      ["uji-semua-field-seri-sultra", "monthly_weekday", "FREQ=MONTHLY;BYDAY=1WE;COUNT=6", "Asia/Makassar"],
    ]);
    const occurrence = other.select().from(rakor).where(eq(rakor.ref, "uji-semua-field-sultra-2025-06-04")).get()!;
    expect(occurrence.seriesId).toBe(stored[1].id);
    expect(occurrence.seriesStartsAt).toBe(Date.parse("2025-06-04T10:15:00+08:00"));
    expect(stored[1].startsAt).toBe(occurrence.seriesStartsAt);
  });

  it("derives the kind from the rule; occurrences of one ref share one series, starting at the earliest", () => {
    const bundle = bundleOf([
      newRakor({ startsAt: "2026-02-25T09:00:00+07:00", endsAt: undefined, series: { ref: "siklus-seri-bulanan", rule: "FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12", title: "Rakor bulanan Kepri" } }),
      newRakor({ startsAt: "2026-01-25T09:00:00+07:00", endsAt: undefined, series: { ref: "siklus-seri-bulanan", rule: "FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12" } }),
      newRakor({ startsAt: "2026-01-08T09:00:00+07:00", endsAt: undefined, series: { ref: "siklus-seri-mingguan", rule: "FREQ=WEEKLY;BYDAY=TH;UNTIL=20260331T165959Z" } }),
    ]);
    expect(errorsOf(importInto(db, bundle))).toEqual([]);
    const rows = db.select().from(rakorSeries).where(sql`${rakorSeries.ref} LIKE 'siklus-seri-%'`).orderBy(rakorSeries.ref).all();
    expect(rows.map((s) => [s.ref, s.kind, s.title, s.startsAt])).toEqual([
      ["siklus-seri-bulanan", "monthly_day", "Rakor bulanan Kepri", Date.parse("2026-01-25T09:00:00+07:00")],
      ["siklus-seri-mingguan", "weekly", "Rakor GT Provinsi Kepulauan Riau", Date.parse("2026-01-08T09:00:00+07:00")],
    ]);
    expect(db.select().from(rakor).where(eq(rakor.seriesId, rows[0].id)).all().length).toBe(2);
    // The same bundle again: nothing changes.
    const before = snapshot(db);
    expect(importInto(db, bundle).files[0].summary.rakor.unchanged).toBe(3);
    expect(snapshot(db)).toEqual(before);
  });

  it("a series made in the app gets a ref at its first export; a list of dates is written as RDATE with its zone", () => {
    const ref = newRakor().ref;
    expect(errorsOf(importInto(db, bundleOf([newRakor({ ref, startsAt: "2026-03-05T09:00:00+08:00", endsAt: undefined, timeZone: "Asia/Makassar" })])))).toEqual([]);
    const series = db
      .insert(rakorSeries)
      .values({ title: "Rakor berseri", kind: "dates", rule: "20260305T090000,20260402T090000", timeZone: "Asia/Makassar", startsAt: Date.parse("2026-03-05T09:00:00+08:00") })
      .returning()
      .get();
    db.update(rakor).set({ seriesId: series.id, seriesStartsAt: series.startsAt }).where(eq(rakor.ref, ref)).run();
    const exported = exportBundle(db, { region: null }).rakor!.find((r) => r.ref === ref)!;
    expect(exported.series).toEqual({ ref: expect.stringMatching(/^seri-[0-9a-f]{16}$/), rule: "RDATE;TZID=Asia/Makassar:20260305T090000,20260402T090000", title: "Rakor berseri" });
    expect(db.select().from(rakorSeries).where(eq(rakorSeries.id, series.id)).get()!.ref).toBe(exported.series!.ref);
  });

  it("an unreadable rule is refused at its path, and so is one ref with two rules; nothing is written", () => {
    expectRefused(db, bundleOf([newRakor({ series: { ref: "siklus-seri-rusak", rule: "FREQ=DAILY;COUNT=3" } })]), [
      "rakor[0].series.rule: aturan seri “FREQ=DAILY;COUNT=3” tidak dapat dibaca: FREQ harus MONTHLY atau WEEKLY; yang didukung: FREQ=MONTHLY;BYMONTHDAY=25, FREQ=MONTHLY;BYDAY=2TH (atau -1FR), FREQ=WEEKLY;BYDAY=TH, masing-masing dengan COUNT=n atau UNTIL=YYYYMMDDTHHMMSSZ, atau RDATE;TZID=Asia/Jakarta:20260115T090000,...",
    ]);
    const errors = errorsOf(importInto(db, bundleOf([newRakor({ series: { ref: "siklus-seri-rusak", rule: "FREQ=MONTHLY;COUNT=3" } }), newRakor({ series: { ref: "siklus-seri-rusak", rule: "RDATE:2026-01-25" } })])));
    expect(errors).toEqual([
      expect.stringMatching(/^rakor\[0\]\.series\.rule: .*seri bulanan memerlukan BYMONTHDAY, atau BYDAY dengan minggu ke-n/),
      expect.stringMatching(/^rakor\[1\]\.series\.rule: .*tanggal “2026-01-25” bukan waktu lokal berbentuk YYYYMMDDTHHMMSS/),
    ]);
    expectRefused(db, bundleOf([newRakor({ series: { ref: "siklus-seri-dua", rule: "FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12" } }), newRakor({ series: { ref: "siklus-seri-dua", rule: "FREQ=MONTHLY;BYMONTHDAY=26;COUNT=12" } })]), [
      "rakor[1].series.rule: seri “siklus-seri-dua” tertulis dengan aturan lain di rakor[0] (FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12); satu seri satu aturan",
    ]);
  });
});

describe("minutes", () => {
  const approved = { status: "approved" as const, approvedAt: "2026-01-26T10:00:00+07:00", approvedBy: "Dr. Ketua Kepri", verificationCode: "ABCD-EF12-3456" };
  const locked = newRakor({ outcomes: [{ text: "Bentuk pos pengaduan di pelabuhan." }], attendees: [{ name: "Ketua Kepri", role: "chair" }], minutes: approved });

  it("approved minutes come back exactly and lock the rakor here: the database refuses its outcomes", () => {
    expect(errorsOf(importInto(db, bundleOf([locked])))).toEqual([]);
    const id = db.select({ id: rakor.id }).from(rakor).where(eq(rakor.ref, locked.ref)).get()!.id;
    const row = db.select().from(rakorMinutes).where(eq(rakorMinutes.rakorId, id)).get()!;
    expect([row.version, row.status, row.approvedByName, row.verificationCode, row.approvedAt, row.documentSha256]).toEqual([1, "approved", "Dr. Ketua Kepri", "ABCD-EF12-3456", Date.parse(approved.approvedAt), null]);
    // What the approved document says of its rakor: the rakor as imported.
    const imported = db.select().from(rakor).where(eq(rakor.id, id)).get()!;
    expect([row.documentTitle, row.rakorStartsAt, row.rakorTimeZone]).toEqual([imported.title, imported.startsAt, imported.timeZone]);
    expect(exportBundle(db, { region: "21" }).rakor!.find((r) => r.ref === locked.ref)!.minutes).toEqual(approved);
    expect(() => db.insert(outcomes).values({ rakorId: id, position: 9, text: "Lewat jalan lain" }).run()).toThrow("minutes_locked");
    // The public page finds the code; there is no document here to compare a file with.
    expect(findVerifiedMinutes(db, "ABCD-EF12-3456")).toMatchObject({ approvedByName: "Dr. Ketua Kepri", sha256: null });
  });

  it("the same rakor again is unchanged; with other outcomes it is refused at its path, nothing written", () => {
    const before = snapshot(db);
    expect(importInto(db, bundleOf([locked])).files[0].summary.rakor.unchanged).toBe(1);
    expect(importInto(db, bundleOf([{ ...locked, minutes: undefined }])).files[0].summary.rakor.unchanged).toBe(1);
    expect(snapshot(db)).toEqual(before);
    expectRefused(db, bundleOf([{ ...locked, outcomes: [{ text: "Hasil yang diubah sesudah disetujui." }] }]), [
      "rakor[0]: notulen rakor ini sudah disetujui di aplikasi ini pada Senin, 26 Januari 2026, pukul 10.00 WIB, sehingga hasil, peserta dan agendanya terkunci; bundel ini mengubah outcomes. Buka kembali notulen di halaman rakor (dengan alasannya) lalu impor lagi, atau impor bundel yang sama dengan data di sini",
    ]);
  });

  it("a draft becomes approved by a later bundle; its rakor's children are written before the lock", () => {
    const draft = newRakor({ minutes: { status: "draft" } });
    expect(errorsOf(importInto(db, bundleOf([draft])))).toEqual([]);
    const later = { ...draft, outcomes: [{ text: "Disepakati pada rapat." }], minutes: { ...approved, verificationCode: "ABCD-EF12-7777" } };
    const result = importInto(db, bundleOf([later]));
    expect(errorsOf(result)).toEqual([]);
    expect(result.files[0].summary.rakor.updated).toBe(1);
    const exported = exportBundle(db, { region: "21" }).rakor!.find((r) => r.ref === draft.ref)!;
    expect([exported.outcomes, exported.minutes]).toEqual([[{ text: "Disepakati pada rapat." }], later.minutes]);
  });

  it("a verification code stays unique, within the bundle and with the minutes stored here", () => {
    expectRefused(db, bundleOf([newRakor({ minutes: approved })]), [
      "rakor[0].minutes.verificationCode: kode verifikasi ABCD-EF12-3456 sudah dipakai oleh notulen “Rakor GT Provinsi Kepulauan Riau”; kode verifikasi harus unik",
    ]);
    const code = { ...approved, verificationCode: "ZZZZ-0000-1111" };
    expectRefused(db, bundleOf([newRakor({ minutes: code }), newRakor({ minutes: code })]), [
      "rakor[1].minutes.verificationCode: kode verifikasi ZZZZ-0000-1111 sudah dipakai oleh rakor[0] dalam bundel ini; kode verifikasi harus unik",
    ]);
  });

  it("approved minutes say when and by whom; others carry no approval", () => {
    expectRefused(db, bundleOf([newRakor({ minutes: { status: "approved" } }), newRakor({ minutes: { status: "circulated", approvedBy: "Ketua" } })]), [
      "rakor[0].minutes.approvedAt: wajib diisi untuk notulen yang disetujui (status approved)",
      "rakor[0].minutes.approvedBy: wajib diisi untuk notulen yang disetujui (status approved)",
      "rakor[1].minutes.approvedBy: hanya untuk notulen yang disetujui (status approved); status notulen ini circulated",
    ]);
  });
});

describe("verification of completions", () => {
  const done = (day: number, note: string, verification?: BundleActionUpdate["verification"]): BundleActionUpdate => ({
    at: `2026-02-${day}T09:00:00+07:00`,
    status: "done",
    note,
    by: "Penghubung Kemensos",
    ...(verification ? { verification } : {}),
  });
  const started: BundleActionUpdate = { at: "2026-02-02T09:00:00+07:00", status: "in_progress", progress: 40, note: "Mulai pendataan." };
  const by = "Sekretariat GT Kepri";
  const approvedItem = newAction([started, done(10, "Data terkumpul.", { result: "approved", at: "2026-02-12T09:00:00+07:00", by, note: "Bukti lengkap." })]);
  const returnedItem = newAction([started, done(11, "Sudah selesai.", { result: "returned", at: "2026-02-13T09:00:00+07:00", by, note: "Bukti dukung belum ada." })], { status: "in_progress", progress: 40 });
  const unverifiedItem = newAction([started, done(14, "Selesai (sumber tanpa verifikasi).")]);
  const withItems = newRakor({ outcomes: [{ text: "Pendataan PMI.", actions: [approvedItem, returnedItem, unverifiedItem] }] });

  const stateOf = (target: Db, ref: string) => target.select({ status: actionItems.status, progress: actionItems.progress }).from(actionItems).where(eq(actionItems.ref, ref)).get();
  const doneFigure = (target: Db) =>
    target.get<{ done: number; waiting: number }>(sql`SELECT sum(done) AS done, sum(awaiting_verification) AS waiting FROM figure_item_days WHERE scope_key = '21'`);

  it("an approved completion is done, a returned one is not, one without verification counts as done; the rows are those the app writes", () => {
    expect(errorsOf(importInto(db, bundleOf([withItems])))).toEqual([]);
    expect(stateOf(db, approvedItem.ref)).toEqual({ status: "done", progress: 100 });
    expect(stateOf(db, returnedItem.ref)).toEqual({ status: "in_progress", progress: 40 });
    expect(stateOf(db, unverifiedItem.ref)).toEqual({ status: "done", progress: 100 });
    expect(doneFigure(db)).toEqual({ done: 2, waiting: 0 });
    const returnedId = db.select({ id: actionItems.id }).from(actionItems).where(eq(actionItems.ref, returnedItem.ref)).get()!.id;
    const rows = db.select().from(actionUpdates).where(eq(actionUpdates.actionId, returnedId)).orderBy(actionUpdates.at).all();
    expect(rows.map((u) => [u.status, u.progress, u.note])).toEqual([
      ["in_progress", 40, "Mulai pendataan."],
      ["awaiting_verification", 100, "Sudah selesai."],
      ["in_progress", 40, "Penyelesaian dikembalikan: Bukti dukung belum ada."],
    ]);
    const check = db.select().from(actionVerifications).where(eq(actionVerifications.updateId, rows[1].id)).get()!;
    expect([check.result, check.byName, check.note, check.resultUpdateId, check.at]).toEqual(["returned", by, "Bukti dukung belum ada.", rows[2].id, Date.parse("2026-02-13T09:00:00+07:00")]);
  });

  it("export → import into a fresh database → export is identical, with the same figures", () => {
    const { first, second, other } = roundTrip(db);
    expect(second).toEqual(first);
    const exported = first.rakor.find((r) => r.ref === withItems.ref)!.outcomes![0].actions!;
    expect(exported.map((a) => [a.status, a.progress, a.updates!.length])).toEqual([
      ["done", 100, 2],
      ["in_progress", 40, 2],
      ["done", 100, 2],
    ]);
    expect(exported[0].updates![1]).toEqual({ ...approvedItem.updates![1], progress: 100 });
    expect(exported[1].updates![1]).toEqual({ ...returnedItem.updates![1], progress: 100 });
    expect(doneFigure(other)).toEqual(doneFigure(db));
  });

  it("in the app: a secretariat's own selesai, a liaison's verified one, and one still waiting (left out: the format has no status for it)", () => {
    const secretariat = db.insert(users).values({ email: "sekretariat@kepri.uji", name: "Sekretariat Kepri", passwordHash: "-", role: "sekretariat", regionCode: null }).returning().get();
    const kemensos = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, "Kementerian Sosial")).get()!.id;
    const liaison = db.insert(users).values({ email: "penghubung@kemensos.uji", name: "Penghubung Kemensos", passwordHash: "-", role: "penghubung", agencyId: kemensos }).returning().get();
    const items = [newAction([started]), newAction([started]), newAction([started])];
    expect(errorsOf(importInto(db, bundleOf([newRakor({ outcomes: [{ text: "Tiga butir.", actions: items }] })])))).toEqual([]);
    const [own, verified, waiting] = items.map((a) => db.select().from(actionItems).where(eq(actionItems.ref, a.ref)).get()!);
    const t = Date.parse("2026-03-02T09:00:00+07:00");
    expect(recordStatusUpdate(db, own.id, own.version, { status: "done", progress: 100, note: "Selesai oleh sekretariat." }, [], secretariat.id, t).ok).toBe(true);
    const reported = recordStatusUpdate(db, verified.id, verified.version, { status: "done", progress: 100, note: "Selesai." }, [], liaison.id, t);
    expect(reported.ok).toBe(true);
    expect(verifyCompletion(db, verified.id, reported.ok ? reported.version : 0, { result: "approved", note: null }, secretariat.id, t + 3_600_000).ok).toBe(true);
    expect(recordStatusUpdate(db, waiting.id, waiting.version, { status: "done", progress: 100, note: "Selesai." }, [], liaison.id, t).ok).toBe(true);
    expect(db.select().from(actionVerifications).where(and(eq(actionVerifications.updateId, actionVerifications.resultUpdateId))).all().length).toBe(1);

    const exported = exportBundle(db, { region: "21" }).rakor!.flatMap((r) => r.outcomes ?? []).flatMap((o) => o.actions ?? []);
    const [ownOut, verifiedOut, waitingOut] = items.map((a) => exported.find((x) => x.ref === a.ref)!);
    expect(ownOut.updates!.at(-1)).toEqual({ at: "2026-03-02T09:00:00+07:00", status: "done", progress: 100, note: "Selesai oleh sekretariat.", by: "Sekretariat Kepri", verification: { result: "approved", at: "2026-03-02T09:00:00+07:00", by: "Sekretariat Kepri" } });
    expect(verifiedOut.updates!.at(-1)).toEqual({ at: "2026-03-02T09:00:00+07:00", status: "done", progress: 100, note: "Selesai.", by: "Penghubung Kemensos", verification: { result: "approved", at: "2026-03-02T10:00:00+07:00", by: "Sekretariat Kepri" } });
    expect([waitingOut.status, waitingOut.progress, waitingOut.updates!.length]).toEqual(["in_progress", 40, 1]);
    // The waiting completion stays here when the export comes back; the others round-trip.
    const before = snapshot(db);
    expect(importInto(db, bundleOf(exportBundle(db, { region: "21" }).rakor!)).ok).toBe(true);
    expect(snapshot(db)).toEqual(before);
    expect(stateOf(db, waiting.ref!)).toEqual({ status: "awaiting_verification", progress: 100 });
    const { first, second, other } = roundTrip(db);
    expect(second).toEqual(first);
    const self = other
      .select({ id: actionVerifications.id })
      .from(actionVerifications)
      .innerJoin(actionUpdates, eq(actionUpdates.id, actionVerifications.updateId))
      .innerJoin(actionItems, eq(actionItems.id, actionUpdates.actionId))
      .where(and(eq(actionItems.ref, own.ref!), eq(actionVerifications.updateId, actionVerifications.resultUpdateId)))
      .all();
    expect(self.length).toBe(1);
  });

  it("a verification belongs to a done update, after it and before the next; a return says why", () => {
    const bad = newAction([
      { ...started, verification: { result: "approved", at: "2026-02-03T09:00:00+07:00" } },
      done(10, "Selesai.", { result: "returned", at: "2026-02-09T09:00:00+07:00" }),
      done(20, "Selesai lagi.", { result: "approved", at: "2026-02-27T09:00:00+07:00" }),
      { at: "2026-02-25T09:00:00+07:00", status: "in_progress", progress: 90, note: "Dilanjutkan." },
    ]);
    const path = "rakor[0].outcomes[0].actions[0]";
    expectRefused(db, bundleOf([newRakor({ outcomes: [{ text: "Aturan verifikasi.", actions: [bad] }] })]), [
      `${path}.updates[0].verification: hanya untuk pembaruan berstatus done (penyelesaian yang diverifikasi)`,
      `${path}.updates[1].verification.at: tidak boleh sebelum waktu pembaruan yang diverifikasi`,
      `${path}.updates[1].verification.note: wajib diisi: tuliskan alasan pengembalian`,
      `${path}.updates[2].verification.at: tidak boleh setelah pembaruan berikutnya (updates[3]); verifikasi memutuskan penyelesaian sebelum riwayat berlanjut`,
    ]);
  });
});

describe("names as written", () => {
  it("a task force's secretariat and a case statistic's agency come back exactly, linked to the canonical agency", () => {
    const bundle: Bundle = {
      format: "sigap-tppo-bundle",
      version: 1,
      taskForces: [{ regionCode: "21.71", legalBasis: { kind: "perkada", number: "12 Tahun 2024", date: "2024-03-01" }, secretariat: "Kemensos" }],
      caseStatistics: [{ periodStart: "2026-01-01", periodEnd: "2026-01-31", regionCode: "21", agency: "Mabes Polri", casesReported: 3 }],
    };
    expect(errorsOf(importInto(db, bundle))).toEqual([]);
    const out = exportBundle(db, { region: "21" });
    expect(out.taskForces!.find((t) => t.regionCode === "21.71")!.secretariat).toBe("Kemensos");
    expect(out.caseStatistics!.find((s) => s.periodStart === "2026-01-01")!.agency).toBe("Mabes Polri");
    const tf = db.select({ name: agencies.name }).from(taskForces).innerJoin(agencies, eq(agencies.id, taskForces.secretariatAgencyId)).where(eq(taskForces.regionCode, "21.71")).get();
    const stat = db.select({ name: agencies.name }).from(caseStatistics).innerJoin(agencies, eq(agencies.id, caseStatistics.agencyId)).where(eq(caseStatistics.periodStart, "2026-01-01")).get();
    expect([tf?.name, stat?.name]).toEqual(["Kementerian Sosial", "Kepolisian Negara Republik Indonesia"]);
    const before = snapshot(db);
    const again = importInto(db, bundle).files[0].summary;
    expect([again.taskForces.unchanged, again.caseStatistics.unchanged]).toEqual([1, 1]);
    expect(snapshot(db)).toEqual(before);
    const { first, second } = roundTrip(db);
    expect(second).toEqual(first);
  });
});
