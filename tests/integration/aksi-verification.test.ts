// Verification of completions: a liaison's selesai waits for the secretariat of the item's scope,
// which approves it (then it counts as selesai everywhere) or returns it with a reason (the item goes
// back to its previous status and the liaison reads why). Against the real app and database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureSnapshot, rebuildFigures } from "../../db/figures";
import { subsatgasSummary } from "../../app/action-plan/figures.server";
import { getReportScope, loadReportData } from "../../app/report/report.server";
import { actionRow, count, fingerprint, formVersion, PDF_BYTES, statusForm, verificationForm } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let polri: TestClient;
let secretariat: TestClient;
let polriAgency: number;
/** Polri-led national items that are open, in seed order. */
let items: number[];
/** The state of items[0] before its completion is reported. */
let stateBefore: { status: string; progress: number };
/** A Polri-led national item in progress whose state (imported) has no update in its history. */
let untracked: number;

beforeAll(async () => {
  app = await startTestApp();
  polri = await app.loginAs("polri@demo.sigap.id");
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  polriAgency = count(app, "SELECT agency_id FROM users WHERE email = 'polri@demo.sigap.id'");
  items = (app.db.$client
    .prepare("SELECT id FROM action_items WHERE lead_agency_id = ? AND region_code IS NULL AND status IN ('not_started', 'in_progress', 'blocked') ORDER BY id")
    .pluck()
    .all(polriAgency) as number[]);
  expect(items.length).toBeGreaterThanOrEqual(3);
  const { status, progress } = actionRow(app, items[0]);
  stateBefore = { status, progress };
  untracked = items.slice(3).find((id) => actionRow(app, id).status === "in_progress" && count(app, "SELECT count(*) FROM action_updates WHERE action_id = ?", id) === 0)!;
  expect(untracked).toBeDefined();
});
afterAll(() => app.close());

const waitingCount = () => subsatgasSummary(app.db, null).reduce((s, r) => s + r.awaitingVerification, 0);
const doneCount = () => subsatgasSummary(app.db, null).reduce((s, r) => s + r.done, 0);

async function reportSelesai(client: TestClient, id: number, note = "Selesai, notulen terlampir.") {
  const res = await client.post(`/aksi/${id}`, statusForm({ status: "done", progress: 100, note, version: await formVersion(client, id) }, [{ name: "notulen.pdf", bytes: PDF_BYTES }]));
  expect(res.status).toBe(302);
}

describe("a liaison's selesai", () => {
  it("waits for verification: counted as menunggu verifikasi, not as selesai; the secretariat is notified", async () => {
    const id = items[0];
    const before = { done: doneCount(), waiting: waitingCount() };
    await reportSelesai(polri, id);
    expect(actionRow(app, id)).toMatchObject({ status: "awaiting_verification", progress: 100 });
    expect({ done: doneCount(), waiting: waitingCount() }).toEqual({ done: before.done, waiting: before.waiting + 1 });
    expect(count(app, "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'sekretariat@demo.sigap.id' AND n.kind = 'verification-requested' AND n.href = ?", `/aksi/${id}`)).toBe(1);
    // the liaison sees it waits, and has no verification form
    const page = htmlToText(await (await polri.get(`/aksi/${id}`)).text());
    expect(page).toContain("Menunggu verifikasi sekretariat");
    expect(page).not.toContain("Simpan verifikasi");
  });

  it("is listed in the secretariat's queue, the longest waiting first, and counted on its home page", async () => {
    await reportSelesai(polri, items[1]);
    const queue = await secretariat.get("/aksi/verifikasi");
    expect(queue.status).toBe(200);
    const html = await queue.text();
    const first = html.indexOf(`href="/aksi/${items[0]}"`);
    const second = html.indexOf(`href="/aksi/${items[1]}"`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    // when each was reported, in the item's zone
    expect(htmlToText(html)).toMatch(/pukul \d{2}\.\d{2} WIB/);
    const home = htmlToText(await (await secretariat.get("/")).text());
    expect(home).toMatch(/2 penyelesaian menunggu verifikasi/);
  });
});

describe("who may verify", () => {
  it("a liaison (even of the lead agency), a leader and another region's secretariat get 403 and nothing is written", async () => {
    const id = items[0];
    for (const email of ["polri@demo.sigap.id", "kemenpppa@demo.sigap.id", "pimpinan@demo.sigap.id", "indramayu@demo.sigap.id"]) {
      const client = await app.loginAs(email);
      const before = fingerprint(app);
      const res = await client.post(`/aksi/${id}`, verificationForm({ hasil: "disetujui", version: actionRow(app, id).version }));
      expect(res.status, email).toBe(403);
      expect(fingerprint(app), email).toEqual(before);
    }
    expect((await polri.get("/aksi/verifikasi")).status).toBe(403);
  });

  it("a secretariat member of the lead agency does not verify that agency's completion", async () => {
    app.db.$client.prepare("UPDATE users SET agency_id = ? WHERE email = 'sekretariat@demo.sigap.id'").run(polriAgency);
    try {
      const client = await app.loginAs("sekretariat@demo.sigap.id");
      const res = await client.post(`/aksi/${items[0]}`, verificationForm({ hasil: "disetujui", version: actionRow(app, items[0]).version }));
      expect(res.status).toBe(403);
      expect(htmlToText(await (await client.get("/aksi/verifikasi")).text())).toContain("Tidak ada penyelesaian yang menunggu verifikasi");
    } finally {
      app.db.$client.prepare("UPDATE users SET agency_id = NULL WHERE email = 'sekretariat@demo.sigap.id'").run();
    }
  });
});

describe("returning a completion", () => {
  it("needs a reason: the field says so and nothing is written", async () => {
    const id = items[0];
    const before = fingerprint(app);
    const res = await secretariat.post(`/aksi/${id}`, verificationForm({ hasil: "dikembalikan", catatan: "  ", version: actionRow(app, id).version }));
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Catatan wajib diisi: tuliskan alasan pengembalian.");
    expect(fingerprint(app)).toEqual(before);
  });

  it("puts the item back to its previous status, shows the reason to the liaison and tells the liaison", async () => {
    const id = items[0];
    const waiting = waitingCount();
    const reason = "Bukti belum memuat daftar hadir rapat.";
    const res = await secretariat.post(`/aksi/${id}`, verificationForm({ hasil: "dikembalikan", catatan: reason, version: actionRow(app, id).version }));
    expect(res.status).toBe(302);
    expect(actionRow(app, id)).toMatchObject(stateBefore);
    expect(waitingCount()).toBe(waiting - 1);
    // appended to the history: the verification on the completion, and the update it made
    expect(app.db.$client.prepare("SELECT v.result, v.note, u.status FROM action_verifications v JOIN action_updates u ON u.id = v.update_id WHERE u.action_id = ?").get(id)).toEqual({
      result: "returned",
      note: reason,
      status: "awaiting_verification",
    });
    const page = htmlToText(await (await polri.get(`/aksi/${id}`)).text());
    expect(page).toContain("Penyelesaian dikembalikan");
    expect(page).toContain(reason);
    expect(count(app, "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'polri@demo.sigap.id' AND n.kind = 'completion-returned' AND n.body LIKE ?", `%${reason}%`)).toBe(1);
  });
});

describe("a returned completion", () => {
  const reason = "Lampirkan surat edaran yang sudah ditandatangani.";

  it("puts back the state the item had just before it was reported, even one with no update of its own", async () => {
    const id = untracked;
    const { status, progress } = actionRow(app, id);
    expect(status).toBe("in_progress");
    // reported twice while it waits: the state restored is the one before the first report
    await reportSelesai(polri, id);
    await reportSelesai(polri, id, "Bukti tambahan terlampir.");
    expect(actionRow(app, id).status).toBe("awaiting_verification");
    const res = await secretariat.post(`/aksi/${id}`, verificationForm({ hasil: "dikembalikan", catatan: reason, version: actionRow(app, id).version }));
    expect(res.status).toBe(302);
    expect(actionRow(app, id)).toMatchObject({ status, progress });
    expect(htmlToText(await (await polri.get(`/aksi/${id}`)).text())).toMatch(new RegExp(`Berjalan (Terlambat )?${progress} %`));
  });

  it("is marked Dikembalikan with its reason in the liaison's lists, until the item is updated", async () => {
    const id = untracked;
    const marker = `Dikembalikan Alasan: ${reason}`;
    const title = app.db.$client.prepare("SELECT title FROM action_items WHERE id = ?").pluck().get(id) as string;
    const lists = async () => {
      const mine = htmlToText(await (await polri.get("/aksi/saya")).text());
      const home = htmlToText(await (await polri.get("/")).text());
      const all = htmlToText(await (await polri.get(`/aksi?q=${encodeURIComponent(title)}`)).text());
      return [mine, home, all].map((text) => text.includes(marker));
    };
    expect(await lists()).toEqual([true, true, true]);
    // only the items returned are marked: items[0] (returned earlier) is, items[1] (waiting) and items[2] (approved) are not
    const mine = await (await polri.get("/aksi/saya")).text();
    expect(mine.match(/class="returned-note"/g)?.length).toBe(2);

    const res = await polri.post(`/aksi/${id}`, statusForm({ status: "in_progress", progress: progressOf(id) + 5, note: "Surat edaran sedang ditandatangani.", version: await formVersion(polri, id) }));
    expect(res.status).toBe(302);
    expect(await lists()).toEqual([false, false, false]);
  });
});

const progressOf = (id: number) => actionRow(app, id).progress;

describe("approving a completion", () => {
  it("counts it as selesai in the dashboard, its CSV and the report, and tells the liaison", async () => {
    const id = items[1];
    const year = (app.db.$client.prepare("SELECT substr(due_date, 1, 4) FROM action_items WHERE id = ?").pluck().get(id) as string);
    const period = { start: `${year}-01-01`, end: `${year}-12-31` };
    const report = () => loadReportData(app.db, getReportScope(app.db, null)!, period).totals;
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const csvDone = async () => {
      const text = await (await leader.get(`/dasbor/subsatgas.csv?tahun=${year}`)).text();
      const rows = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/).slice(1).map((l) => l.split(";"));
      return { done: rows.reduce((s, r) => s + Number(r[2]), 0), waiting: rows.reduce((s, r) => s + Number(r[3]), 0) };
    };
    const before = { report: report(), csv: await csvDone() };
    expect(before.report.awaitingVerification).toBeGreaterThanOrEqual(1);

    const res = await secretariat.post(`/aksi/${id}`, verificationForm({ hasil: "disetujui", catatan: "Bukti lengkap.", version: actionRow(app, id).version }));
    expect(res.status).toBe(302);
    expect(actionRow(app, id)).toMatchObject({ status: "done", progress: 100 });
    expect(report()).toMatchObject({ done: before.report.done + 1, awaitingVerification: before.report.awaitingVerification - 1 });
    expect(await csvDone()).toEqual({ done: before.csv.done + 1, waiting: before.csv.waiting - 1 });
    expect(count(app, "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'polri@demo.sigap.id' AND n.kind = 'completion-approved' AND n.href = ?", `/aksi/${id}`)).toBe(1);
    expect(htmlToText(await (await polri.get(`/aksi/${id}`)).text())).toContain("Verifikasi: disetujui");
  });

  it("a secretariat's own selesai is approved by them at once", async () => {
    const id = items[2];
    const done = doneCount();
    await reportSelesai(secretariat, id, "Diselesaikan dalam rakor.");
    expect(actionRow(app, id).status).toBe("done");
    expect(doneCount()).toBe(done + 1);
    expect(app.db.$client.prepare("SELECT v.result, v.update_id = v.result_update_id AS own FROM action_verifications v JOIN action_updates u ON u.id = v.update_id WHERE u.action_id = ?").get(id)).toEqual({ result: "approved", own: 1 });
  });

  it("leaves the maintained figures equal to those rebuilt from the records", () => {
    const maintained = figureSnapshot(app.db.$client);
    rebuildFigures(app.db.$client);
    expect(figureSnapshot(app.db.$client)).toEqual(maintained);
  });

  it("the verification history is append-only", () => {
    expect(() => app.db.$client.prepare("UPDATE action_verifications SET note = 'x'").run()).toThrow(/append-only/);
    expect(() => app.db.$client.prepare("DELETE FROM action_verifications").run()).toThrow(/append-only/);
  });
});
