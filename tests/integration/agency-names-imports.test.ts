// Names as written in batches and the other agency fields: a pasted list, an attendee CSV, a case
// statistic (form and CSV) and a task force's secretariat keep "Polda Sumsel" as written and link it
// to Polda Sumatera Selatan once the user has answered; until then nothing is written. The report
// names an item's lead agency as written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { seedDemo } from "../../db/demo/seed";
import { resolveAgencyId } from "../../app/accounts/agency.server";
import { composeReport } from "../../app/report/compose.server";
import type { Block, ReportDocument } from "../../app/report/model";
import { getReportScope, loadReportData } from "../../app/report/report.server";
import { loadLaporanTemplate } from "../../app/report/template.server";
import { count } from "../support/aksi";
import { freshDb } from "../support/bundle";
import { createRakor, submit, uploadForm } from "../support/rakor";
import { PERIOD, seedReportData } from "../support/report";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let southSumatra: number;
let ntt: number;

const agencies = () => count(app, "SELECT count(*) FROM agencies");
const rows = <T>(sql: string, ...params: unknown[]) => app.db.$client.prepare(sql).all(...params) as T[];
const audits = () => count(app, "SELECT count(*) FROM audit_log");
const QUESTION = "Instansi “Polda Sumsel” belum terdaftar. Mungkin maksud Anda: Polda Sumatera Selatan.";

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  southSumatra = app.db.transaction((tx) => resolveAgencyId(tx, "Polda Sumatera Selatan", null, "16"));
  ntt = app.db.transaction((tx) => resolveAgencyId(tx, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur", null, "53"));
});
afterAll(() => app.close());

describe("attendee batches ask once per name before writing", () => {
  it("a pasted list with “Polda Sumsel” twice asks one question and adds nobody; the answer links both, as written", async () => {
    const rakorId = await createRakor(secretariat, { title: "Rakor tempel Sumsel" });
    const list = "Budi Santoso; AKBP; Kasubdit IV; Polda Sumsel\nSiti Aminah;;;Polda Sumsel\nRudi Hartono;;;Yayasan Pelita Harapan";
    const form = { intent: "paste", list, site: "", role: "participant", attendance: "in_person" };
    const before = { agencies: agencies(), audits: audits() };
    const asked = await secretariat.post(`/rakor/${rakorId}/peserta`, form);
    expect(asked.status).toBe(400);
    const html = await asked.text();
    const text = htmlToText(html);
    expect(text).toContain("Belum ada yang disimpan");
    expect(text).toContain(QUESTION);
    expect(text).toContain("Buat instansi baru “Polda Sumsel”");
    // One question for the name, not one per line; the name with no look-alike is not asked about.
    expect(html.match(/name="instansi\d+PilihanUntuk"/g)).toEqual(['name="instansi0PilihanUntuk"']);
    expect(text).not.toContain("Yayasan Pelita Harapan” belum terdaftar");
    // The confirmation posts the same list again with the answer.
    expect(html).toMatch(/<form[^>]*aria-label="Pilih instansi"[^>]*>(?:(?!<\/form>)[\s\S])*name="list"(?:(?!<\/form>)[\s\S])*name="instansi0Pilihan"/);
    expect(count(app, "SELECT count(*) FROM attendees WHERE rakor_id = ?", rakorId)).toBe(0);
    expect({ agencies: agencies(), audits: audits() }).toEqual(before);

    const done = await submit(secretariat, `/rakor/${rakorId}/peserta`, { ...form, instansi0Pilihan: String(southSumatra), instansi0PilihanUntuk: "Polda Sumsel" });
    expect(done.status).toBe(302);
    expect(rows("SELECT name, agency_name AS written, agency_id AS agencyId FROM attendees WHERE rakor_id = ? ORDER BY position", rakorId)).toEqual([
      { name: "Budi Santoso", written: "Polda Sumsel", agencyId: southSumatra },
      { name: "Siti Aminah", written: "Polda Sumsel", agencyId: southSumatra },
      { name: "Rudi Hartono", written: "Yayasan Pelita Harapan", agencyId: count(app, "SELECT id FROM agencies WHERE name = 'Yayasan Pelita Harapan'") },
    ]);
    // Only the name without a look-alike became an agency.
    expect(agencies()).toBe(before.agencies + 1);
    expect((await secretariat.text(`/rakor/${rakorId}/daftar-hadir`)).text).toContain("Polda Sumsel");
  });

  it("a CSV with “Polda Sumsel” asks and imports nothing; the answer (posted with the file's text) imports it linked; the same file again writes nothing", async () => {
    const rakorId = await createRakor(secretariat, { title: "Rakor CSV Sumsel" });
    const csv = "Nama,Jabatan,Instansi\r\nAndi Wijaya,Kanit PPA,Polda Sumsel\r\nDewi Lestari,Staf,Polda Sumsel\r\n";
    const defaults = { site: "", role: "participant", attendance: "in_person" };
    const before = { agencies: agencies(), audits: audits() };
    const asked = await secretariat.post(`/rakor/${rakorId}/peserta/impor`, uploadForm(defaults, { name: "hadir.csv", bytes: csv, type: "text/csv" }));
    expect(asked.status).toBe(400);
    const html = await asked.text();
    expect(htmlToText(html)).toContain(QUESTION);
    // The confirmation carries the file's text, so the file need not be chosen again.
    expect(html).toContain('name="isi"');
    expect(html.match(/name="instansi\d+PilihanUntuk"/g)).toHaveLength(1);
    expect(count(app, "SELECT count(*) FROM attendees WHERE rakor_id = ?", rakorId)).toBe(0);
    expect({ agencies: agencies(), audits: audits() }).toEqual(before);

    const answer = new FormData();
    for (const [k, v] of Object.entries({ ...defaults, isi: csv, instansi0Pilihan: String(southSumatra), instansi0PilihanUntuk: "Polda Sumsel" })) answer.append(k, v);
    const done = await secretariat.post(`/rakor/${rakorId}/peserta/impor`, answer);
    expect(done.status).toBe(302);
    const stored = () => rows("SELECT name, agency_name AS written, agency_id AS agencyId FROM attendees WHERE rakor_id = ? ORDER BY position", rakorId);
    expect(stored()).toEqual([
      { name: "Andi Wijaya", written: "Polda Sumsel", agencyId: southSumatra },
      { name: "Dewi Lestari", written: "Polda Sumsel", agencyId: southSumatra },
    ]);
    expect(agencies()).toBe(before.agencies);

    // The same file again: the names this list already has keep their links; nothing is asked or written.
    const snapshot = { rows: JSON.stringify(rows("SELECT * FROM attendees WHERE rakor_id = ?", rakorId)), audits: audits(), agencies: agencies() };
    const again = await secretariat.post(`/rakor/${rakorId}/peserta/impor`, uploadForm(defaults, { name: "hadir.csv", bytes: csv, type: "text/csv" }));
    expect(again.status).toBe(302);
    expect({ rows: JSON.stringify(rows("SELECT * FROM attendees WHERE rakor_id = ?", rakorId)), audits: audits(), agencies: agencies() }).toEqual(snapshot);
  });
});

describe("case statistics keep the agency as written", () => {
  const HEADER = "periode_mulai;periode_selesai;kode_wilayah;nama_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan";
  const csvForm = (text: string) => {
    const fd = new FormData();
    fd.append("berkas", new Blob([text], { type: "text/csv" }), "statistik.csv");
    return fd;
  };
  const entry = (overrides: Record<string, string> = {}) => ({
    intent: "simpan",
    periodStart: "2025-01-01",
    periodEnd: "2025-06-30",
    regionCode: "16",
    agency: "Polda Sumsel",
    casesReported: "4",
    casesProsecuted: "2",
    suspects: "5",
    victimsTotal: "7",
    victimsWomen: "5",
    victimsChildren: "1",
    victimsRehabilitated: "3",
    victimsRepatriated: "1",
    ...overrides,
  });
  const statistics = () => rows<{ written: string; agencyId: number; start: string }>("SELECT agency_name AS written, agency_id AS agencyId, period_start AS start FROM case_statistics WHERE region_code = '16' ORDER BY id");

  it("a CSV line with “Polda Sumsel” is refused with the proposal, and nothing is written", async () => {
    const before = { agencies: agencies(), audits: audits(), rows: statistics().length };
    const res = await secretariat.post("/statistik/unggah", csvForm(`${HEADER}\n2024-01-01;2024-06-30;16;;Polri;1;1;1;1;1;0;0;0\n2024-01-01;2024-06-30;16;;Polda Sumsel;1;1;1;1;1;0;0;0\n`));
    expect(res.status).toBe(400);
    const text = htmlToText(await res.text());
    expect(text).toContain("Baris 3: instansi “Polda Sumsel” belum terdaftar. Mungkin maksud Anda: Polda Sumatera Selatan. Tulis nama yang terdaftar");
    expect({ agencies: agencies(), audits: audits(), rows: statistics().length }).toEqual(before);
  });

  it("the form asks, then stores “Polda Sumsel” linked to Polda Sumatera Selatan; the list and the export show it as written", async () => {
    const before = agencies();
    const asked = await submit(secretariat, "/statistik/baru", entry());
    expect(asked.status).toBe(400);
    expect(asked.text).toContain(QUESTION);
    expect(statistics()).toEqual([]);
    expect(agencies()).toBe(before);

    const done = await submit(secretariat, "/statistik/baru", entry({ agencyPilihan: String(southSumatra), agencyPilihanUntuk: "Polda Sumsel" }));
    expect(done.status).toBe(302);
    expect(statistics()).toEqual([{ written: "Polda Sumsel", agencyId: southSumatra, start: "2025-01-01" }]);
    expect(agencies()).toBe(before);
    const list = await secretariat.text("/statistik?dari=2025-01-01&sampai=2025-06-30&wilayah=16");
    expect(list.text).toContain("Polda Sumsel");
    const csv = await (await secretariat.get("/statistik/ekspor.csv?dari=2025-01-01&sampai=2025-06-30&wilayah=16")).text();
    expect(csv.split("\r\n")[1].split(";")[4]).toBe("Polda Sumsel");

    // Correcting the entry keeps its name and link without asking again.
    const id = count(app, "SELECT id FROM case_statistics WHERE region_code = '16'");
    expect((await submit(secretariat, `/statistik/${id}/ubah`, entry({ casesReported: "6" }))).status).toBe(302);
    expect(statistics()).toEqual([{ written: "Polda Sumsel", agencyId: southSumatra, start: "2025-01-01" }]);
  });

  it("once linked, the name is accepted in a CSV, as written", async () => {
    const res = await secretariat.post("/statistik/unggah", csvForm(`${HEADER}\n2024-07-01;2024-12-31;16;;Polda Sumsel;1;1;1;1;1;0;0;0\n`));
    expect(res.status).toBe(302);
    expect(statistics().at(-1)).toEqual({ written: "Polda Sumsel", agencyId: southSumatra, start: "2024-07-01" });
  });
});

describe("a task force's secretariat keeps its name as written", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    fd.append("intent", "simpan");
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    return fd;
  };
  const stored = () => app.db.$client.prepare("SELECT secretariat_agency_name AS written, secretariat_agency_id AS agencyId FROM task_forces WHERE scope_key = '53'").get();

  it("asks about “Dinas PPPA Prov. NTT”, then stores it linked and shows it as written", async () => {
    const before = { agencies: agencies(), taskForces: count(app, "SELECT count(*) FROM task_forces") };
    const asked = await secretariat.post("/gugus-tugas/53/ubah", form({ secretariat: "Dinas PPPA Prov. NTT", contactName: "Maria" }));
    expect(asked.status).toBe(400);
    const text = htmlToText(await asked.text());
    expect(text).toContain("Instansi “Dinas PPPA Prov. NTT” belum terdaftar. Mungkin maksud Anda: Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur.");
    expect({ agencies: agencies(), taskForces: count(app, "SELECT count(*) FROM task_forces") }).toEqual(before);

    const done = await secretariat.post("/gugus-tugas/53/ubah", form({ secretariat: "Dinas PPPA Prov. NTT", contactName: "Maria", secretariatPilihan: String(ntt), secretariatPilihanUntuk: "Dinas PPPA Prov. NTT" }));
    expect(done.status).toBe(302);
    expect(stored()).toEqual({ written: "Dinas PPPA Prov. NTT", agencyId: ntt });
    expect(agencies()).toBe(before.agencies);
    expect((await secretariat.text("/gugus-tugas/53")).text).toContain("Dinas PPPA Prov. NTT");
    expect(await (await secretariat.get("/gugus-tugas/53/ubah")).text()).toContain('value="Dinas PPPA Prov. NTT"');

    // Saving again keeps the name and its link without asking.
    expect((await secretariat.post("/gugus-tugas/53/ubah", form({ secretariat: "Dinas PPPA Prov. NTT", contactName: "Maria Goreti" }))).status).toBe(302);
    expect(stored()).toEqual({ written: "Dinas PPPA Prov. NTT", agencyId: ntt });
  });
});

describe("choosing to create an agency", () => {
  it("“Buat instansi baru” creates the agency under the name as written", async () => {
    const rakorId = await createRakor(secretariat, { title: "Rakor instansi baru" });
    const csv = "Nama,Instansi\r\nHendra,Polda Sumsel\r\n";
    const answer = new FormData();
    for (const [k, v] of Object.entries({ site: "", role: "participant", attendance: "in_person", isi: csv, instansi0Pilihan: "baru", instansi0PilihanUntuk: "Polda Sumsel" })) answer.append(k, v);
    const before = agencies();
    expect((await secretariat.post(`/rakor/${rakorId}/peserta/impor`, answer)).status).toBe(302);
    expect(agencies()).toBe(before + 1);
    const created = count(app, "SELECT id FROM agencies WHERE name = 'Polda Sumsel'");
    expect(rows("SELECT agency_name AS written, agency_id AS agencyId FROM attendees WHERE rakor_id = ?", rakorId)).toEqual([{ written: "Polda Sumsel", agencyId: created }]);
  });
});

describe("the report names lead agencies as written", () => {
  let db: Db;
  let close: () => void;
  beforeAll(async () => {
    ({ db, close } = freshDb());
    await seedDemo(db);
    seedReportData(db);
  });
  afterAll(() => close());

  const tableOf = (doc: ReportDocument, captionStart: string) => {
    const t = doc.blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.caption.replace(/^Tabel \d+\.\s*/, "").startsWith(captionStart));
    if (!t) throw new Error(`no table "${captionStart}"`);
    return t.rows.map((r) => r.map((c) => c.text));
  };

  it("the longest blocked items show the lead agency as the item wrote it; the counts stay per registered agency", () => {
    const report = () => composeReport(loadReportData(db, getReportScope(db, null)!, PERIOD), loadLaporanTemplate());
    const first = tableOf(report(), "Rencana aksi yang paling lama terhambat")[0];
    const title = first[1].replace(/ \(.*\)$/, "");
    const item = db.$client.prepare("SELECT id, lead_agency_id AS agencyId FROM action_items WHERE title = ? AND status = 'blocked'").get(title) as { id: number; agencyId: number };
    db.$client.prepare("UPDATE action_items SET lead_agency_name = 'Bareskrim Polri (Dittipidum)' WHERE id = ?").run(item.id);
    const after = tableOf(report(), "Rencana aksi yang paling lama terhambat");
    expect(after[0][1]).toBe(first[1]);
    expect(after[0][3]).toBe("Bareskrim Polri (Dittipidum)");
    expect(db.$client.prepare("SELECT lead_agency_id AS agencyId FROM action_items WHERE id = ?").get(item.id)).toEqual({ agencyId: item.agencyId });
  });
});
