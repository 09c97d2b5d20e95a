// Making action items: from a rakor outcome (several at once, the link kept both ways) or
// standalone; editing with optimistic concurrency; the scope of a regional secretariat. And the
// whole path: a secretariat turns an outcome of the seed rakor into items for two
// agencies, each liaison updates only its own, and the dashboard shows the result at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActionsForRakor } from "../../app/action-plan/action.server";
import { rowField } from "../../app/utils/forms";
import { actionRow, count, fingerprint, formVersion, statusForm, verificationForm } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let sekretariat: TestClient;
let polri: TestClient;
let kemenpppa: TestClient;
let pimpinan: TestClient;
let rakorId: number;
let outcomeId: number;
let polriAgency: number;
let kemenpppaAgency: number;

beforeAll(async () => {
  app = await startTestApp();
  sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
  polri = await app.loginAs("polri@demo.sigap.id");
  kemenpppa = await app.loginAs("kemenpppa@demo.sigap.id");
  pimpinan = await app.loginAs("pimpinan@demo.sigap.id");
  rakorId = count(app, "SELECT id FROM rakor WHERE ref = 'polri-rakornas-2025-06-04'");
  // "Peningkatan kerja sama internasional, termasuk dengan Interpol dan Aseanapol."
  outcomeId = count(app, "SELECT id FROM outcomes WHERE rakor_id = ? AND text LIKE 'Peningkatan kerja sama internasional%'", rakorId);
  polriAgency = count(app, "SELECT agency_id FROM users WHERE email = 'polri@demo.sigap.id'");
  kemenpppaAgency = count(app, "SELECT agency_id FROM users WHERE email = 'kemenpppa@demo.sigap.id'");
});
afterAll(() => app.close());

/** The numbers of one Subsatgas row of the dashboard as the page shows them, read under their column headings. */
async function dashboardRow(client: TestClient, path: string, name: string) {
  const html = await (await client.get(path)).text();
  const table = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]).find((t) => t.includes("Capaian rencana aksi per Subsatgas"));
  if (!table) throw new Error(`no Subsatgas table on ${path}`);
  const headings = [...table.matchAll(/<th scope="col" class="num">([^<]*)<\/th>/g)].map((m) => m[1]);
  const row = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).find((r) => htmlToText(r).startsWith(name));
  if (!row) throw new Error(`no row ${name} on ${path}`);
  const cells = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
  const cell = (heading: string) => {
    const i = headings.indexOf(heading);
    if (i < 0) throw new Error(`no column ${heading} on ${path}`);
    return cells[i];
  };
  const n = (heading: string) => Number(cell(heading));
  return { total: n("Total"), done: n("Selesai"), awaitingVerification: n("Menunggu verifikasi"), inProgress: n("Berjalan"), blocked: n("Terhambat"), overdue: n("Terlambat"), completion: cell("Capaian") };
}

function row(i: number, values: Record<string, string | string[]>) {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [rowField(i, k), v]));
}

describe("end to end: outcome -> items for two agencies -> each liaison updates its own -> dashboard", () => {
  let polriNew: number;
  let kemenpppaNew: number;

  it("the rakor page offers the secretariat to make action items from the outcome", async () => {
    const html = await (await sekretariat.get(`/rakor/${rakorId}`)).text();
    expect(html).toContain(`/aksi/baru?hasil=${outcomeId}`);
    const form = await sekretariat.text(`/aksi/baru?hasil=${outcomeId}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain("Peningkatan kerja sama internasional, termasuk dengan Interpol dan Aseanapol.");
    expect(form.text).toContain("Tingkatkan kerja sama internasional dengan Interpol dan Aseanapol"); // already made from it
  });

  it("the secretariat turns the outcome into two items in one post", async () => {
    const before = await dashboardRow(pimpinan, "/dasbor?tahun=2027", "Kerja Sama dan Koordinasi");
    const auditBefore = count(app, "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'action_item'");
    const res = await sekretariat.post(`/aksi/baru?hasil=${outcomeId}`, {
      intent: "save",
      rowCount: "3",
      ...row(0, { title: "Susun MoU pertukaran data TPPO dengan Interpol", subsatgas: "kerja-sama", leadAgency: String(polriAgency), supporting: [], region: "nasional", dueDate: "2027-03-31", description: "" }),
      ...row(1, {
        title: "Rujukan korban lintas negara bersama Aseanapol",
        subsatgas: "kerja-sama",
        leadAgency: String(kemenpppaAgency),
        supporting: [String(polriAgency)],
        region: "nasional",
        dueDate: "2027-06-30",
        description: "Mekanisme rujukan korban WNI dari negara ASEAN.",
      }),
      ...row(2, { title: "", subsatgas: "", leadAgency: "", region: "nasional", dueDate: "", description: "" }), // blank row: skipped
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/aksi?rakor=${rakorId}`);
    polriNew = count(app, "SELECT id FROM action_items WHERE title = 'Susun MoU pertukaran data TPPO dengan Interpol'");
    kemenpppaNew = count(app, "SELECT id FROM action_items WHERE title = 'Rujukan korban lintas negara bersama Aseanapol'");
    const made = app.db.$client.prepare("SELECT outcome_id AS outcomeId, lead_agency_id AS lead, status, progress, version, region_code AS region FROM action_items WHERE id IN (?, ?) ORDER BY id").all(polriNew, kemenpppaNew);
    expect(made).toEqual([
      { outcomeId, lead: polriAgency, status: "not_started", progress: 0, version: 1, region: null },
      { outcomeId, lead: kemenpppaAgency, status: "not_started", progress: 0, version: 1, region: null },
    ]);
    expect(count(app, "SELECT count(*) FROM action_supporting_agencies WHERE action_id = ? AND agency_id = ?", kemenpppaNew, polriAgency)).toBe(1);
    expect(count(app, "SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'action_item'")).toBe(auditBefore + 2);
    // The list it lands on names them and the rakor.
    const list = await sekretariat.text(res.headers.get("Location")!);
    expect(list.text).toMatch(/2\s*rencana aksi dibuat\./);
    expect(list.text).toContain("Susun MoU pertukaran data TPPO dengan Interpol");
    // The dashboard already counts them.
    const after = await dashboardRow(pimpinan, "/dasbor?tahun=2027", "Kerja Sama dan Koordinasi");
    expect(after.total).toBe(before.total + 2);
  });

  it("the link is kept both ways: the item names its rakor and outcome; the rakor lists the items", async () => {
    const item = await polri.text(`/aksi/${polriNew}`);
    expect(item.text).toContain("Hasil rakor Rapat Koordinasi Nasional Gugus Tugas Pencegahan dan Penanganan TPPO");
    expect(item.text).toContain("Peningkatan kerja sama internasional, termasuk dengan Interpol dan Aseanapol.");
    expect(listActionsForRakor(app.db, rakorId).map((a) => a.id)).toEqual(expect.arrayContaining([polriNew, kemenpppaNew]));
    const rakorPage = await sekretariat.text(`/rakor/${rakorId}`);
    expect(rakorPage.text).toContain("Susun MoU pertukaran data TPPO dengan Interpol");
    expect(rakorPage.text).toContain("Rujukan korban lintas negara bersama Aseanapol");
  });

  it("each liaison updates its own item and is refused on the other's (403, nothing written)", async () => {
    const before = await dashboardRow(pimpinan, "/dasbor?tahun=2027", "Kerja Sama dan Koordinasi");
    // Polri's liaison finds its new item in its workspace and completes it.
    expect((await polri.text("/")).text).toContain("Susun MoU pertukaran data TPPO dengan Interpol");
    let res = await polri.post(`/aksi/${polriNew}`, statusForm({ status: "done", progress: 100, note: "MoU ditandatangani 10 Januari 2027.", version: await formVersion(polri, polriNew), returnTo: "/" }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    // KemenPPPA's liaison reports its item blocked.
    res = await kemenpppa.post(`/aksi/${kemenpppaNew}`, statusForm({ status: "blocked", progress: 20, note: "Menunggu persetujuan Kemlu.", version: await formVersion(kemenpppa, kemenpppaNew) }));
    expect(res.status).toBe(302);
    // Neither may touch the other's: KemenPPPA is not on Polri's item.
    const fp = fingerprint(app);
    res = await kemenpppa.post(`/aksi/${polriNew}`, statusForm({ status: "in_progress", progress: 50, note: "x", version: actionRow(app, polriNew).version }));
    expect(res.status).toBe(403);
    expect(fingerprint(app)).toEqual(fp);
    // The dashboard shows the result at once: Polri's completion waits for verification, not yet selesai.
    const reported = await dashboardRow(pimpinan, "/dasbor?tahun=2027", "Kerja Sama dan Koordinasi");
    expect(actionRow(app, polriNew).status).toBe("awaiting_verification");
    expect(reported.total).toBe(before.total);
    expect(reported.done).toBe(before.done);
    expect(reported.awaitingVerification).toBe(before.awaitingVerification + 1);
    expect(reported.blocked).toBe(before.blocked + 1);
    const dash = await pimpinan.text("/");
    expect(dash.text).toContain("MoU ditandatangani 10 Januari 2027.");
    expect(dash.text).toContain("Menunggu persetujuan Kemlu.");
    // The secretariat approves it through the item's verification form: now it counts as selesai.
    res = await sekretariat.post(`/aksi/${polriNew}`, verificationForm({ hasil: "disetujui", catatan: "Salinan MoU diperiksa.", version: await formVersion(sekretariat, polriNew) }));
    expect(res.status).toBe(302);
    expect(actionRow(app, polriNew).status).toBe("done");
    const after = await dashboardRow(pimpinan, "/dasbor?tahun=2027", "Kerja Sama dan Koordinasi");
    expect(after.total).toBe(before.total);
    expect(after.done).toBe(before.done + 1);
    expect(after.awaitingVerification).toBe(before.awaitingVerification);
    expect(after.blocked).toBe(before.blocked + 1);
  });
});

describe("creating items", () => {
  it("refuses incomplete rows with the message next to the field, writing nothing", async () => {
    const before = fingerprint(app);
    const res = await sekretariat.post("/aksi/baru", {
      intent: "save",
      rowCount: "1",
      ...row(0, { title: "", subsatgas: "pencegahan", leadAgency: String(polriAgency), region: "nasional", dueDate: "2027-02-30" }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="f-rows\[0\]\.title-error"[^>]*>Judul rencana aksi wajib diisi\./);
    expect(htmlToText(html)).toContain("Periksa kembali isian yang ditandai.");
    expect(fingerprint(app)).toEqual(before);
  });

  it("rejects an impossible due date and an unknown agency", async () => {
    const res = await sekretariat.post("/aksi/baru", {
      intent: "save",
      rowCount: "1",
      ...row(0, { title: "Uji", subsatgas: "pencegahan", leadAgency: "999999", region: "nasional", dueDate: "2027-02-30" }),
    });
    expect(res.status).toBe(400);
    const text = htmlToText(await res.text());
    expect(text).toContain("Pilih instansi pelaksana utama.");
    expect(text).toContain("Tenggat harus tanggal yang valid.");
  });

  it("reports each row's errors under rows[<index>].<field>: a blank row is skipped, the others name their row", async () => {
    const before = fingerprint(app);
    const res = await sekretariat.post(`/aksi/baru?_data=${encodeURIComponent("routes/aksi.baru")}`, {
      intent: "save",
      rowCount: "3",
      ...row(0, { title: "Baris yang benar", subsatgas: "pencegahan", leadAgency: String(polriAgency), region: "nasional", dueDate: "2027-01-31" }),
      ...row(1, { title: "", subsatgas: "", leadAgency: "", region: "nasional", dueDate: "" }),
      ...row(2, { title: "", subsatgas: "pencegahan", leadAgency: "999999", region: "nasional", dueDate: "2027-01-31" }),
    });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(errors).toEqual({ "rows[2].title": "Judul rencana aksi wajib diisi." });
    expect(fingerprint(app)).toEqual(before);
  });

  it("adds a row without writing anything", async () => {
    const before = fingerprint(app);
    const res = await sekretariat.post("/aksi/baru", { intent: "add-row", rowCount: "1", ...row(0, { title: "Draf yang belum selesai", subsatgas: "", leadAgency: "", region: "nasional", dueDate: "" }) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="rows[1].title"');
    expect(html).toContain('value="Draf yang belum selesai"');
    expect(fingerprint(app)).toEqual(before);
  });

  it("a standalone work-plan item has no outcome, and says so", async () => {
    const res = await sekretariat.post("/aksi/baru", {
      intent: "save",
      rowCount: "1",
      ...row(0, { title: "Rencana kerja: pelatihan penghubung instansi", subsatgas: "kerja-sama", leadAgency: String(kemenpppaAgency), region: "nasional", dueDate: "2027-01-31" }),
    });
    expect(res.status).toBe(302);
    const id = count(app, "SELECT id FROM action_items WHERE title = 'Rencana kerja: pelatihan penghubung instansi'");
    expect(res.headers.get("Location")).toBe(`/aksi/${id}`);
    expect(count(app, "SELECT count(*) FROM action_items WHERE id = ? AND outcome_id IS NULL", id)).toBe(1);
    expect((await sekretariat.text(`/aksi/${id}`)).text).toContain("Rencana kerja mandiri (tidak berasal dari hasil rakor)");
  });

  it("a regional secretariat creates only within its region and cannot use a national rakor's outcome", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    expect((await indramayu.get(`/aksi/baru?hasil=${outcomeId}`)).status).toBe(403);
    const before = fingerprint(app);
    let res = await indramayu.post("/aksi/baru", {
      intent: "save",
      rowCount: "1",
      ...row(0, { title: "Di luar cakupan", subsatgas: "pencegahan", leadAgency: String(polriAgency), region: "nasional", dueDate: "2027-01-31" }),
    });
    expect(res.status).toBe(400);
    expect(htmlToText(await res.text())).toContain("Wilayah nasional di luar cakupan Anda (Kabupaten Indramayu).");
    expect(fingerprint(app)).toEqual(before);
    res = await indramayu.post("/aksi/baru", {
      intent: "save",
      rowCount: "1",
      ...row(0, { title: "Posko pengaduan TPPO di Kecamatan Haurgeulis", subsatgas: "pencegahan", leadAgency: String(polriAgency), region: "32.12", dueDate: "2027-01-31" }),
    });
    expect(res.status).toBe(302);
  });

  it("liaisons and leaders cannot create items", async () => {
    expect((await polri.get("/aksi/baru")).status).toBe(403);
    expect((await pimpinan.get("/aksi/baru")).status).toBe(403);
  });
});

describe("editing an item", () => {
  it("saves with an audit row of before and after; a stale form gets a conflict and writes nothing", async () => {
    const id = count(app, "SELECT id FROM action_items WHERE ref = 'rakornas-2025-06-04-a7'");
    const html = await (await sekretariat.get(`/aksi/${id}/ubah`)).text();
    const version = Number(/name="version" value="(\d+)"/.exec(html)![1]);
    const kemendagri = count(app, "SELECT lead_agency_id FROM action_items WHERE id = ?", id);
    const fields = { title: "Dorong penetapan dasar hukum Subgugus Tugas TPPO daerah", subsatgas: "norma-hukum", leadAgency: String(kemendagri), region: "nasional", dueDate: "2026-12-31", description: "Diperpanjang pada rakor Oktober." };
    let res = await sekretariat.post(`/aksi/${id}/ubah`, { version: String(version), ...row(0, { ...fields, supporting: [String(polriAgency)] }) });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/aksi/${id}`);
    expect((await sekretariat.text(`/aksi/${id}`)).text).toContain("Perubahan rencana aksi tersimpan.");
    const audit = app.db.$client.prepare("SELECT before, after FROM audit_log WHERE action = 'update' AND entity = 'action_item' AND entity_id = ? ORDER BY id DESC").get(String(id)) as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ dueDate: "2025-12-31", description: null, supportingAgencyIds: [] });
    expect(JSON.parse(audit.after)).toMatchObject({ dueDate: "2026-12-31", description: "Diperpanjang pada rakor Oktober.", supportingAgencyIds: [polriAgency], version: version + 1 });
    // The same (now stale) form again
    const before = fingerprint(app);
    res = await sekretariat.post(`/aksi/${id}/ubah`, { version: String(version), ...row(0, { ...fields, dueDate: "2027-06-30" }) });
    expect(res.status).toBe(409);
    expect(htmlToText(await res.text())).toContain("Perubahan Anda belum disimpan.");
    expect(fingerprint(app)).toEqual(before);
    // A liaison's status form drawn before the edit is stale too.
    const stale = await polri.post(`/aksi/${id}`, statusForm({ status: "in_progress", progress: 60, note: "x", version }));
    expect(stale.status).toBe(409);
  });

  it("a regional secretariat cannot edit a national item", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const id = count(app, "SELECT id FROM action_items WHERE ref = 'rakornas-2025-06-04-a7'");
    expect((await indramayu.get(`/aksi/${id}/ubah`)).status).toBe(403);
  });
});
