// The carry-over review before a rakor (/rakor/:id/tinjauan): per Subsatgas, what changed since the
// task force's previous rakor (same level and region, started before, not cancelled) read from the
// status history, next to the open list; and the same section in the agenda notes it appends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActionItems, recordStatusUpdate } from "../../app/action-plan/action.server";
import { count } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let indramayu: TestClient;
let sekretariat: TestClient;
let nextId: number;
let adminId: number;
let agencyId: number;
let liaisonId: number;

const at = (date: string) => Date.parse(`${date}T03:00:00Z`); // 10.00 WIB
const PREVIOUS_START = at("2026-06-01");
const NOW = Date.now();

function insertRakor(title: string, level: string, region: string | null, status: string, startsAt: number): number {
  return Number(
    app.db.$client
      .prepare("INSERT INTO rakor (title, level, region_code, organizer_agency_id, mode, status, starts_at, time_zone) VALUES (?, ?, ?, ?, 'in_person', ?, ?, 'Asia/Jakarta')")
      .run(title, level, region, agencyId, status, startsAt).lastInsertRowid,
  );
}

/**
 * An item of Subsatgas Kerja Sama (lead: Polri) created on 1 March 2026, then its status history as
 * given, written by the admin or, with "liaison", by Polri's liaison (whose selesai waits for verification).
 */
function item(title: string, region: string, dueDate: string, history: [date: string, status: "in_progress" | "done" | "blocked", by?: "liaison"][]): number {
  const [id] = createActionItems(app.db, [{ title, description: null, subsatgasSlug: "kerja-sama", leadAgencyId: agencyId, supportingAgencyIds: [], regionCode: region, dueDate }], null, adminId, at("2026-03-01"));
  let version = 1;
  for (const [date, status, by] of history) {
    const progress = status === "done" ? 100 : 50;
    const result = recordStatusUpdate(app.db, id, version, { status, progress, note: `Catatan ${status}` }, [], by ? liaisonId : adminId, at(date));
    if (!result.ok) throw new Error(`update of ${title} refused`);
    version = result.version;
  }
  return id;
}

/** The text of the list with this id on the page: from its heading to the next heading. */
function list(html: string, id: string): string {
  const attribute = html.indexOf(`id="${id}"`);
  if (attribute < 0) return "";
  const start = html.lastIndexOf("<", attribute);
  const end = html.slice(attribute).search(/<h[23][ >]/);
  return htmlToText(html.slice(start, end < 0 ? undefined : attribute + end));
}

beforeAll(async () => {
  app = await startTestApp();
  indramayu = await app.loginAs("indramayu@demo.sigap.id");
  sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
  adminId = count(app, "SELECT id FROM users WHERE email = 'admin@demo.sigap.id'");
  agencyId = count(app, "SELECT agency_id FROM users WHERE email = 'polri@demo.sigap.id'");
  liaisonId = count(app, "SELECT id FROM users WHERE email = 'polri@demo.sigap.id'");
  // Indramayu's rakor: the previous one (held), a later one that was cancelled, the one under review;
  // and a rakor of the province (another task force) between them.
  insertRakor("Rakor GT Indramayu Juni 2026", "kabupaten_kota", "32.12", "held", PREVIOUS_START);
  insertRakor("Rakor GT Indramayu September 2026 (batal)", "kabupaten_kota", "32.12", "cancelled", at("2026-09-01"));
  insertRakor("Rakor GT Jawa Barat Oktober 2026", "provinsi", "32", "held", at("2026-10-01"));
  nextId = insertRakor("Rakor GT Indramayu Desember 2026", "kabupaten_kota", "32.12", "scheduled", NOW + 14 * 86_400_000);

  item("Selesai sesudah rakor lalu", "32.12", "2026-12-31", [["2026-04-01", "in_progress"], ["2026-07-15", "done"]]);
  item("Selesai sebelum rakor lalu", "32.12", "2026-12-31", [["2026-05-01", "done"]]);
  item("Terhambat sesudah rakor lalu", "32.12", "2027-03-31", [["2026-04-01", "in_progress"], ["2026-08-01", "blocked"]]);
  item("Terhambat sejak sebelum rakor lalu", "32.12", "2027-03-31", [["2026-05-01", "blocked"]]);
  item("Terlambat sejak sebelum rakor lalu", "32.12", "2026-05-15", [["2026-04-01", "in_progress"]]);
  item("Terlambat sesudah rakor lalu", "32.12", "2026-09-30", []);
  // A completion the liaison reported after the previous rakor, not yet verified; and one reported
  // before it and approved after it.
  item("Selesai menunggu verifikasi", "32.12", "2027-06-30", [["2026-04-01", "in_progress"], ["2026-08-20", "done", "liaison"]]);
  item("Selesai disetujui sesudah rakor lalu", "32.12", "2027-06-30", [["2026-05-20", "done", "liaison"], ["2026-06-10", "done"]]);
  // Cianjur (another task force): completed, blocked and overdue in the same period.
  item("Cianjur selesai", "32.03", "2026-12-31", [["2026-04-01", "in_progress"], ["2026-07-15", "done"]]);
  item("Cianjur terhambat", "32.03", "2027-03-31", [["2026-08-01", "blocked"]]);
  item("Cianjur terlambat", "32.03", "2026-05-15", [["2026-04-01", "in_progress"]]);
});
afterAll(() => app.close());

describe("what changed since the task force's previous rakor", () => {
  it("names the previous rakor of the same scope, skipping a cancelled one and another task force's", async () => {
    const res = await indramayu.get(`/rakor/${nextId}/tinjauan`);
    expect(res.status).toBe(200);
    const text = htmlToText(await res.text());
    expect(text).toMatch(/Rakor sebelumnya: Rakor GT Indramayu Juni 2026\s*, Senin, 1 Juni 2026\./);
    expect(text).not.toContain("Belum ada rakor sebelumnya");
  });

  it("lists per Subsatgas what was completed, newly blocked and still overdue, with what changed and when", async () => {
    const html = await (await indramayu.get(`/rakor/${nextId}/tinjauan`)).text();
    const completed = list(html, "kerja-sama-selesai");
    expect(completed).toContain("Selesai sejak rakor sebelumnya (2)");
    expect(completed).toMatch(/Selesai sesudah rakor lalu\s+Kepolisian Negara Republik Indonesia\s+31 Desember 2026\s+Selesai\s+15 Juli 2026/);
    expect(completed).toMatch(/Selesai disetujui sesudah rakor lalu\s+Kepolisian Negara Republik Indonesia\s+30 Juni 2027\s+Selesai\s+10 Juni 2026/);
    expect(completed).not.toContain("Selesai sebelum rakor lalu");
    expect(completed).not.toContain("Selesai menunggu verifikasi");

    const blocked = list(html, "kerja-sama-terhambat");
    expect(blocked).toContain("Baru terhambat (1)");
    expect(blocked).toMatch(/Terhambat sesudah rakor lalu\s+Kepolisian Negara Republik Indonesia\s+31 Maret 2027\s+Terhambat\s+1 Agustus 2026/);
    expect(blocked).not.toContain("Terhambat sejak sebelum rakor lalu");

    const overdue = list(html, "kerja-sama-masih-terlambat");
    expect(overdue).toContain("Masih terlambat (1)");
    expect(overdue).toMatch(/Terlambat sejak sebelum rakor lalu\s+Kepolisian Negara Republik Indonesia\s+15 Mei 2026\s+Terlambat \d+ hari\s+16 Mei 2026/);
    expect(overdue).not.toContain("Terlambat sesudah rakor lalu");

    // due after the previous rakor and still open: it became overdue since then
    const newlyOverdue = list(html, "kerja-sama-baru-terlambat");
    expect(newlyOverdue).toContain("Baru terlambat (1)");
    expect(newlyOverdue).toMatch(/Terlambat sesudah rakor lalu\s+Kepolisian Negara Republik Indonesia\s+30 September 2026\s+Terlambat \d+ hari\s+1 Oktober 2026/);
    expect(newlyOverdue).not.toContain("Terlambat sejak sebelum rakor lalu");

    // the open list is still there, overdue first
    const open = list(html, "kerja-sama-belum-selesai");
    expect(open.indexOf("Terlambat sejak sebelum rakor lalu")).toBeGreaterThan(-1);
    expect(open.indexOf("Terlambat sesudah rakor lalu")).toBeGreaterThan(-1);
    expect(open).toContain("Terhambat sejak sebelum rakor lalu");
    expect(open).not.toContain("Selesai sesudah rakor lalu");

    // a completion waiting for verification is a group of its own, not a completed one
    const waiting = list(html, "kerja-sama-menunggu-verifikasi");
    expect(waiting).toContain("Menunggu verifikasi (1)");
    expect(waiting).toMatch(/Selesai menunggu verifikasi\s+Kepolisian Negara Republik Indonesia\s+30 Juni 2027\s+Menunggu verifikasi\s+20 Agustus 2026/);

    // another task force's items appear nowhere
    expect(htmlToText(html)).not.toContain("Cianjur");
  });

  it("counts them per Subsatgas at the top, each count linking to its list", async () => {
    const html = await (await indramayu.get(`/rakor/${nextId}/tinjauan`)).text();
    const row = html.slice(html.indexOf('<a href="#kerja-sama">'), html.indexOf("</tr>", html.indexOf('<a href="#kerja-sama">')));
    expect(row).toContain('<a href="#kerja-sama-selesai">2</a>');
    expect(row).toContain('<a href="#kerja-sama-menunggu-verifikasi">1</a>');
    expect(row).toContain('<a href="#kerja-sama-terhambat">1</a>');
    expect(row).toContain('<a href="#kerja-sama-masih-terlambat">1</a>');
    expect(row).toContain('<a href="#kerja-sama-baru-terlambat">1</a>');
    const openCount = count(app, "SELECT count(*) FROM action_items WHERE region_code = '32.12' AND subsatgas_slug = 'kerja-sama' AND status NOT IN ('done', 'cancelled')");
    expect(openCount).toBe(5);
    expect(row).toContain(`<a href="#kerja-sama-belum-selesai">${openCount}</a>`);
  });

  it("is read by a leader too, who is not offered the confirm and cannot append", async () => {
    const pimpinan = await app.loginAs("pimpinan@demo.sigap.id");
    const res = await pimpinan.get(`/rakor/${nextId}/tinjauan`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(list(html, "kerja-sama-baru-terlambat")).toContain("Terlambat sesudah rakor lalu");
    expect(html).not.toContain("Tambahkan ke agenda");
    expect(await (await indramayu.get(`/rakor/${nextId}/tinjauan`)).text()).toContain("Tambahkan ke agenda");
    expect((await pimpinan.post(`/rakor/${nextId}/tinjauan`, { intent: "append" })).status).toBe(403);
    expect(count(app, "SELECT count(*) FROM agenda_items WHERE rakor_id = ?", nextId)).toBe(0);
    // the rakor page links to the review for everyone while the rakor is scheduled
    expect(await (await pimpinan.get(`/rakor/${nextId}`)).text()).toContain(`href="/rakor/${nextId}/tinjauan"`);
  });

  it("carries the same section into the agenda notes it appends (and so into the notulen)", async () => {
    const res = await indramayu.post(`/rakor/${nextId}/tinjauan`, { intent: "append" });
    expect(res.status).toBe(302);
    const notes = app.db.$client.prepare("SELECT notes FROM agenda_items WHERE rakor_id = ? AND title LIKE '%Kerja Sama%'").get(nextId) as { notes: string };
    const lines = notes.notes.split("\n");
    expect(lines[0]).toBe("5 rencana aksi belum selesai, 2 di antaranya terlambat:");
    expect(lines).toContain("Sejak rakor sebelumnya (Rakor GT Indramayu Juni 2026, Senin, 1 Juni 2026):");
    expect(lines).toContain("Selesai sejak rakor sebelumnya: 2");
    expect(lines).toContain("1. Selesai sesudah rakor lalu (Kepolisian Negara Republik Indonesia; tenggat 31 Desember 2026; Selesai; 15 Juli 2026)");
    expect(lines).toContain("Baru terhambat: 1");
    expect(lines).toContain("1. Terhambat sesudah rakor lalu (Kepolisian Negara Republik Indonesia; tenggat 31 Maret 2027; Terhambat; 1 Agustus 2026)");
    expect(lines).toContain("Masih terlambat: 1");
    expect(lines).toContain("Baru terlambat: 1");
    expect(lines).toContainEqual(expect.stringMatching(/^1\. Terlambat sesudah rakor lalu \(Kepolisian Negara Republik Indonesia; tenggat 30 September 2026; Terlambat \d+ hari\)$/));
    expect(lines).toContain("Menunggu verifikasi: 1");
    expect(notes.notes).not.toContain("Cianjur");
  });

  it("without a previous rakor says so and shows only the open list", async () => {
    const first = insertRakor("Rakor GT Cianjur pertama", "kabupaten_kota", "32.03", "scheduled", NOW + 7 * 86_400_000);
    const html = await (await sekretariat.get(`/rakor/${first}/tinjauan`)).text();
    const text = htmlToText(html);
    expect(text).toContain("Belum ada rakor sebelumnya dari Gugus Tugas ini: hanya rencana aksi yang belum selesai yang ditampilkan.");
    expect(text).not.toContain("Selesai sejak rakor sebelumnya");
    expect(text).not.toContain("Baru terhambat");
    expect(list(html, "kerja-sama-belum-selesai")).toContain("Cianjur terlambat");
    expect(text).not.toContain("Cianjur selesai");
  });
});
