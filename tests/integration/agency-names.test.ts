// Names as written, links to identity: records keep the agency name people wrote ("Polri",
// "Kementerian Hukum dan HAM", "Polda Sumsel") and link to the canonical agency; a near-duplicate
// typed in a form is asked about before anything is written; admins merge two agencies in the links.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runImport } from "../../app/cli/import.server";
import { resolveAgencyId } from "../../app/accounts/agency.server";
import { exportBundle } from "../../app/bundle/export.server";
import { importBundles } from "../../app/bundle/import.server";
import type { Bundle } from "../../app/bundle/types";
import { count } from "../support/aksi";
import { loadJson, SEED_PATH } from "../support/bundle";
import { createRakor, rakorForm, rowsForm, siteForm, submit } from "../support/rakor";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let admin: TestClient;
let soutSumatra: number;
let ntt: number;

const agencyId = (name: string) => count(app, "SELECT id FROM agencies WHERE name = ?", name);
const agencies = () => count(app, "SELECT count(*) FROM agencies");
const row = <T>(sql: string, ...params: unknown[]) => app.db.$client.prepare(sql).get(...params) as T;

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  admin = await app.loginAs("admin@demo.sigap.id");
  soutSumatra = app.db.transaction((tx) => resolveAgencyId(tx, "Polda Sumatera Selatan", null, "16"));
  ntt = app.db.transaction((tx) => resolveAgencyId(tx, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur", null, "53"));
});
afterAll(() => app.close());

/** A 2023 rakor with the names of that year, built on the seed's first rakor. */
function bundle2023(): Bundle {
  const seed = loadJson(SEED_PATH);
  const r = structuredClone(seed.rakor![0]);
  const action = r.outcomes![0].actions![0];
  return {
    format: seed.format,
    version: seed.version,
    rakor: [
      {
        ...r,
        ref: "rakor-2023-names",
        title: "Rakor Gugus Tugas TPPO 2023",
        startsAt: "2023-05-10T09:00:00+07:00",
        endsAt: undefined,
        timeZone: "Asia/Jakarta",
        organizer: "Polri",
        sites: [],
        attendees: [
          { name: "Perwakilan Kumham", agency: "Kementerian Hukum dan HAM", role: "participant", attendance: "in_person" },
          { name: "Perwakilan Polri", agency: "Polri", role: "participant", attendance: "in_person" },
        ],
        materials: [],
        outcomes: [{ text: "Perkuat pengawasan keimigrasian.", actions: [{ ...action, ref: "rakor-2023-names-a1", agency: "Polri", supportingAgencies: ["Kementerian Hukum dan HAM"], updates: undefined }] }],
      },
    ],
  } as Bundle;
}

describe("a bundle keeps the names as written", () => {
  it("imports “Kementerian Hukum dan HAM” and “Polri” linked to their canonical agencies and exports them back exactly", () => {
    const input = bundle2023();
    const result = importBundles(app.db, [{ label: "2023.json", source: { kind: "object", value: input } }], { scope: null, actorId: null });
    expect(result.files[0].errors).toEqual([]);
    const kumham = row<{ agency_name: string; agency_id: number }>("SELECT agency_name, agency_id FROM attendees WHERE name = 'Perwakilan Kumham'");
    expect(kumham).toEqual({ agency_name: "Kementerian Hukum dan HAM", agency_id: agencyId("Kementerian Hukum") });
    const organizer = row<{ organizer_agency_name: string; organizer_agency_id: number }>("SELECT organizer_agency_name, organizer_agency_id FROM rakor WHERE ref = 'rakor-2023-names'");
    expect(organizer).toEqual({ organizer_agency_name: "Polri", organizer_agency_id: agencyId("Kepolisian Negara Republik Indonesia") });
    const item = row<{ lead_agency_name: string; lead_agency_id: number }>("SELECT lead_agency_name, lead_agency_id FROM action_items WHERE ref = 'rakor-2023-names-a1'");
    expect(item).toEqual({ lead_agency_name: "Polri", lead_agency_id: agencyId("Kepolisian Negara Republik Indonesia") });

    const out = exportBundle(app.db, { region: null });
    const exported = out.rakor!.find((r) => r.ref === "rakor-2023-names")!;
    expect(exported.organizer).toBe("Polri");
    expect(exported.attendees!.map((a) => a.agency)).toEqual(["Kementerian Hukum dan HAM", "Polri"]);
    expect(exported.outcomes![0].actions![0].agency).toBe("Polri");
    expect(exported.outcomes![0].actions![0].supportingAgencies).toEqual(["Kementerian Hukum dan HAM"]);
    // Importing it again changes nothing.
    const again = importBundles(app.db, [{ label: "2023.json", source: { kind: "object", value: input } }], { scope: null, actorId: null });
    expect(again.files[0].summary.rakor).toMatchObject({ unchanged: 1, updated: 0 });
    expect(again.files[0].summary.actions).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it("shows the names as written on the rakor page, the daftar hadir and the action page", async () => {
    const id = count(app, "SELECT id FROM rakor WHERE ref = 'rakor-2023-names'");
    const page = await secretariat.get(`/rakor/${id}`);
    const text = await page.text();
    expect(text).toContain("Kementerian Hukum dan HAM");
    const list = await (await secretariat.get(`/rakor/${id}/daftar-hadir`)).text();
    expect(list).toContain("Kementerian Hukum dan HAM");
    const actionId = count(app, "SELECT id FROM action_items WHERE ref = 'rakor-2023-names-a1'");
    const action = htmlToText(await (await secretariat.get(`/aksi/${actionId}`)).text());
    // The canonical agency quietly next to the name as written.
    expect(action).toMatch(/Pelaksana utama Polri \( ?Kepolisian Negara Republik Indonesia ?\)/);
    expect(action).toContain("Instansi pendukung Kementerian Hukum dan HAM");
  });

  it("a name resembling a registered agency refuses the import until answered; the answer links it, as written", () => {
    const input = bundle2023();
    input.rakor![0] = { ...input.rakor![0], ref: "rakor-2023-sumsel", title: "Rakor Polda Sumsel", organizer: "Polda Sumsel", outcomes: [] };
    const before = agencies();
    const preview = importBundles(app.db, [{ label: "s.json", source: { kind: "object", value: input } }], { scope: null, actorId: null, dryRun: true });
    expect(preview.ok).toBe(true);
    expect(preview.files[0].agencyQuestions).toEqual([{ name: "Polda Sumsel", path: "rakor[0]", proposals: [{ id: soutSumatra, name: "Polda Sumatera Selatan" }], answer: null }]);
    const refused = importBundles(app.db, [{ label: "s.json", source: { kind: "object", value: input } }], { scope: null, actorId: null });
    expect(refused.written).toBe(false);
    expect(refused.files[0].errors[0].message).toContain("instansi “Polda Sumsel” belum terdaftar; mungkin maksud Anda: Polda Sumatera Selatan");
    expect(agencies()).toBe(before);
    const answered = importBundles(app.db, [{ label: "s.json", source: { kind: "object", value: input } }], { scope: null, actorId: null, agencyAnswers: new Map([["poldasumsel", soutSumatra]]) });
    expect(answered.written).toBe(true);
    expect(row("SELECT organizer_agency_name AS name, organizer_agency_id AS id FROM rakor WHERE ref = 'rakor-2023-sumsel'")).toEqual({ name: "Polda Sumsel", id: soutSumatra });
    expect(agencies()).toBe(before);
  });
});

describe("a near-duplicate typed in a form", () => {
  it("“Polda Sumsel” as organizer gets the proposal and creates nothing", async () => {
    const rakorBefore = count(app, "SELECT count(*) FROM rakor");
    const before = agencies();
    const res = await submit(secretariat, "/rakor/baru", rakorForm({ title: "Rakor Polda Sumsel", organizer: "Polda Sumsel", chairAgency: "" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Instansi “Polda Sumsel” belum terdaftar. Mungkin maksud Anda: Polda Sumatera Selatan.");
    expect(res.text).toContain("Buat instansi baru");
    expect(agencies()).toBe(before);
    expect(count(app, "SELECT count(*) FROM rakor")).toBe(rakorBefore);
  });

  it("choosing the proposal stores “Polda Sumsel” linked to Polda Sumatera Selatan", async () => {
    const before = agencies();
    const id = await createRakor(secretariat, {
      title: "Rakor Polda Sumsel",
      organizer: "Polda Sumsel",
      organizerPilihan: String(soutSumatra),
      organizerPilihanUntuk: "Polda Sumsel",
      chairAgency: "Polda Sumsel",
      chairAgencyPilihan: String(soutSumatra),
      chairAgencyPilihanUntuk: "Polda Sumsel",
    });
    expect(row(`SELECT organizer_agency_name AS name, organizer_agency_id AS id, chair_agency AS chair, chair_agency_id AS chairId FROM rakor WHERE id = ${id}`)).toEqual({
      name: "Polda Sumsel",
      id: soutSumatra,
      chair: "Polda Sumsel",
      chairId: soutSumatra,
    });
    expect(agencies()).toBe(before);
    expect(await (await secretariat.get(`/rakor/${id}`)).text()).toContain("Polda Sumsel");
  });

  it("editing that rakor keeps its links without asking again", async () => {
    const id = count(app, "SELECT max(id) FROM rakor WHERE title = 'Rakor Polda Sumsel'");
    const before = agencies();
    const res = await submit(secretariat, `/rakor/${id}/ubah`, rakorForm({ title: "Rakor Polda Sumsel", organizer: "Polda Sumsel", chairAgency: "Polda Sumsel", notes: "Diubah." }));
    expect(res.status).toBe(302);
    expect(row(`SELECT organizer_agency_id AS id, chair_agency_id AS chairId, notes FROM rakor WHERE id = ${id}`)).toEqual({ id: soutSumatra, chairId: soutSumatra, notes: "Diubah." });
    expect(agencies()).toBe(before);
  });

  it("a site agency resembling a registered one is asked about too", async () => {
    const id = count(app, "SELECT max(id) FROM rakor WHERE title = 'Rakor Polda Sumsel'");
    const asked = await submit(secretariat, `/rakor/${id}/lokasi`, siteForm("Aula Polda", { agency: "Polda Sumsel" }));
    expect(asked.status).toBe(400);
    expect(asked.text).toContain("Mungkin maksud Anda: Polda Sumatera Selatan");
    expect(count(app, `SELECT count(*) FROM rakor_sites WHERE rakor_id = ${id}`)).toBe(0);
    const saved = await submit(secretariat, `/rakor/${id}/lokasi`, siteForm("Aula Polda", { agency: "Polda Sumsel", agencyPilihan: String(soutSumatra), agencyPilihanUntuk: "Polda Sumsel" }));
    expect(saved.status).toBe(302);
    expect(row(`SELECT agency_name AS name, agency_id AS id FROM rakor_sites WHERE rakor_id = ${id}`)).toEqual({ name: "Polda Sumsel", id: soutSumatra });
  });

  it("“Dinas PPPA Prov. NTT” in the attendee editor proposes the NTT agency; the answer keeps the name as written", async () => {
    const id = await createRakor(secretariat, { title: "Rakor NTT", organizer: "Polri" });
    const before = agencies();
    const rows = rowsForm([{ name: "Maria Goreti", agency: "Dinas PPPA Prov. NTT" }]);
    const asked = await submit(secretariat, `/rakor/${id}/peserta`, rows);
    expect(asked.status).toBe(400);
    expect(asked.text).toContain("Instansi “Dinas PPPA Prov. NTT” belum terdaftar. Mungkin maksud Anda: Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur.");
    expect(count(app, `SELECT count(*) FROM attendees WHERE rakor_id = ${id}`)).toBe(0);
    const saved = await submit(secretariat, `/rakor/${id}/peserta`, { ...rows, "rows[0].agencyPilihan": String(ntt), "rows[0].agencyPilihanUntuk": "Dinas PPPA Prov. NTT" });
    expect(saved.status).toBe(302);
    expect(row(`SELECT agency_name AS name, agency_id AS id FROM attendees WHERE rakor_id = ${id}`)).toEqual({ name: "Dinas PPPA Prov. NTT", id: ntt });
    expect(agencies()).toBe(before);
    // Saving the list again keeps the link without a question.
    const rowId = String(count(app, `SELECT id FROM attendees WHERE rakor_id = ${id}`));
    const again = await submit(secretariat, `/rakor/${id}/peserta`, rowsForm([{ rowId, name: "Maria Goreti, S.Sos.", agency: "Dinas PPPA Prov. NTT" }]));
    expect(again.status).toBe(302);
    expect(row(`SELECT name, agency_id AS id FROM attendees WHERE rakor_id = ${id}`)).toEqual({ name: "Maria Goreti, S.Sos.", id: ntt });
    expect(agencies()).toBe(before);
  });

  it("“Buat instansi baru” creates the agency under the name typed", async () => {
    const before = agencies();
    const id = await createRakor(secretariat, { title: "Rakor Polda Sumsel baru", organizer: "Polda Sumsel", organizerPilihan: "baru", organizerPilihanUntuk: "Polda Sumsel", chairAgency: "" });
    expect(agencies()).toBe(before + 1);
    expect(row(`SELECT a.name FROM rakor r JOIN agencies a ON a.id = r.organizer_agency_id WHERE r.id = ${id}`)).toEqual({ name: "Polda Sumsel" });
  });
});

describe("merging two agencies", () => {
  it("refuses merging an agency into itself", async () => {
    const source = agencyId("Polda Sumsel");
    const res = await submit(admin, `/admin/instansi/${source}`, { intent: "gabung", target: String(source) });
    expect(res.status).toBe(400);
    expect(res.text).toContain("tidak dapat digabungkan dengan dirinya sendiri");
    expect(agencyId("Polda Sumsel")).toBe(source);
  });

  it("moves every link to the target, keeps the names as written, and makes the merged name an alias", async () => {
    const source = agencyId("Polda Sumsel");
    const rakorId = count(app, "SELECT id FROM rakor WHERE title = 'Rakor Polda Sumsel baru'");
    // An item led by the agency being merged, and one supported by both agencies.
    const input = bundle2023();
    const action = input.rakor![0].outcomes![0].actions![0];
    input.rakor![0] = {
      ...input.rakor![0],
      ref: "rakor-2023-merge",
      title: "Rakor gabung",
      organizer: "Polri",
      attendees: [{ name: "Kompol Sari", agency: "Polda Sumsel", role: "participant", attendance: "in_person" }],
      outcomes: [
        {
          text: "Tindak lanjut",
          actions: [
            { ...action, ref: "merge-a1", agency: "Polda Sumsel", supportingAgencies: ["Polda Sumatera Selatan"] },
            { ...action, ref: "merge-a2", agency: "Polri", supportingAgencies: ["Polda Sumsel", "Polda Sumatera Selatan"] },
          ],
        },
      ],
    };
    expect(importBundles(app.db, [{ label: "m.json", source: { kind: "object", value: input } }], { scope: null, actorId: null }).files[0].errors).toEqual([]);
    app.db.$client.prepare("INSERT INTO case_statistics (period_start, period_end, region_code, agency_id, cases_reported) VALUES ('2024-01-01', '2024-12-31', '16', ?, 3)").run(source);
    const openBefore = count(app, `SELECT sum(total) FROM figure_agency_years WHERE lead_agency_id = ${soutSumatra}`);

    const res = await submit(admin, `/admin/instansi/${source}`, { intent: "gabung", target: String(soutSumatra) });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/admin/instansi/${soutSumatra}`);

    expect(count(app, `SELECT count(*) FROM agencies WHERE id = ${source}`)).toBe(0);
    expect(row(`SELECT organizer_agency_name AS name, organizer_agency_id AS id FROM rakor WHERE id = ${rakorId}`)).toEqual({ name: "Polda Sumsel", id: soutSumatra });
    expect(row("SELECT agency_name AS name, agency_id AS id FROM attendees WHERE name = 'Kompol Sari'")).toEqual({ name: "Polda Sumsel", id: soutSumatra });
    expect(row("SELECT lead_agency_name AS name, lead_agency_id AS id FROM action_items WHERE ref = 'merge-a1'")).toEqual({ name: "Polda Sumsel", id: soutSumatra });
    // The item led by the target no longer lists it as supporting; the other keeps one row per agency.
    expect(count(app, "SELECT count(*) FROM action_supporting_agencies s JOIN action_items a ON a.id = s.action_id WHERE a.ref = 'merge-a1'")).toBe(0);
    expect(app.db.$client.prepare("SELECT s.agency_id AS id FROM action_supporting_agencies s JOIN action_items a ON a.id = s.action_id WHERE a.ref = 'merge-a2'").all()).toEqual([{ id: soutSumatra }]);
    expect(count(app, `SELECT count(*) FROM case_statistics WHERE agency_id = ${soutSumatra}`)).toBe(1);
    // The figures kept per lead agency followed the item.
    expect(count(app, `SELECT coalesce(sum(total), 0) FROM figure_agency_years WHERE lead_agency_id = ${soutSumatra}`)).toBe((openBefore ?? 0) + 1);
    expect(count(app, `SELECT coalesce(sum(total), 0) FROM figure_agency_years WHERE lead_agency_id = ${source}`)).toBe(0);
    // The merged name is an alias now: typing it again needs no question.
    expect(row(`SELECT agency_id AS id FROM agency_aliases WHERE alias = 'Polda Sumsel'`)).toEqual({ id: soutSumatra });
    expect(count(app, `SELECT count(*) FROM audit_log WHERE action = 'merge' AND entity = 'agency' AND entity_id = ${soutSumatra}`)).toBe(1);
    const again = await createRakor(secretariat, { title: "Rakor setelah gabung", organizer: "Polda Sumsel", chairAgency: "" });
    expect(row(`SELECT organizer_agency_name AS name, organizer_agency_id AS id FROM rakor WHERE id = ${again}`)).toEqual({ name: "Polda Sumsel", id: soutSumatra });
  });
});

describe("npm run import with a name resembling a registered agency", () => {
  const output = (fn: () => number) => {
    const lines: string[] = [];
    const err = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
    const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
    try {
      return { code: fn(), text: lines.join("\n") };
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
  };

  it("refuses with the proposals, then imports with --map keeping the name as written", () => {
    const input = bundle2023();
    input.rakor![0] = { ...input.rakor![0], ref: "rakor-cli-ntt", title: "Rakor NTT", organizer: "Polri", outcomes: [], attendees: [{ name: "Yohana", agency: "DP3A Prov. NTT", role: "participant", attendance: "in_person" }] };
    const file = path.join(app.dir, "ntt.json");
    writeFileSync(file, JSON.stringify(input));
    const before = agencies();

    const refused = output(() => runImport([file]));
    expect(refused.code).toBe(1);
    expect(refused.text).toContain("instansi “DP3A Prov. NTT” belum terdaftar; mungkin maksud Anda: Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur");
    expect(refused.text).toContain('--map "DP3A Prov. NTT=Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur"');
    expect(count(app, "SELECT count(*) FROM rakor WHERE ref = 'rakor-cli-ntt'")).toBe(0);

    const badMap = output(() => runImport([file], { map: ["DP3A Prov. NTT=Dinas Tidak Ada"] }));
    expect(badMap.code).toBe(1);
    expect(badMap.text).toContain("instansi “Dinas Tidak Ada” tidak terdaftar");

    const mapped = output(() => runImport([file], { map: ["DP3A Prov. NTT=Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Nusa Tenggara Timur"] }));
    expect(mapped.code).toBe(0);
    expect(row("SELECT agency_name AS name, agency_id AS id FROM attendees WHERE name = 'Yohana'")).toEqual({ name: "DP3A Prov. NTT", id: ntt });
    expect(agencies()).toBe(before);
  });

  it("--create-agencies creates such names instead", () => {
    const input = bundle2023();
    input.rakor![0] = { ...input.rakor![0], ref: "rakor-cli-ntb", title: "Rakor NTB", organizer: "Polri", outcomes: [], attendees: [{ name: "Baiq", agency: "Dinas PPPA Provinsi NTT Kupang", role: "participant", attendance: "in_person" }] };
    const file = path.join(app.dir, "ntb.json");
    writeFileSync(file, JSON.stringify(input));
    const before = agencies();
    expect(output(() => runImport([file])).code).toBe(1);
    expect(output(() => runImport([file], { createAgencies: true })).code).toBe(0);
    expect(agencies()).toBe(before + 1);
    expect(row("SELECT a.name FROM attendees t JOIN agencies a ON a.id = t.agency_id WHERE t.name = 'Baiq'")).toEqual({ name: "Dinas PPPA Provinsi NTT Kupang" });
  });
});

describe("the bundle preview asks about names resembling registered agencies", () => {
  it("lists the name with its proposal; the confirmed import links it as chosen, the name as written kept", async () => {
    const input = bundle2023();
    input.rakor![0] = { ...input.rakor![0], ref: "rakor-ui-sumsel", title: "Rakor Sumatra", organizer: "Polri", outcomes: [], attendees: [{ name: "Iptu Rahman", agency: "Polda Sumatra Selatan", role: "participant", attendance: "in_person" }] };
    const form = new FormData();
    form.append("bundel", new Blob([JSON.stringify(input)], { type: "application/json" }), "sumatra.json");
    const uploaded = await secretariat.post("/pertukaran-data", form);
    expect(uploaded.status).toBe(302);
    const preview = uploaded.headers.get("Location")!;
    const page = htmlToText(await (await secretariat.get(preview)).text());
    expect(page).toContain("Instansi yang mirip dengan instansi terdaftar");
    expect(page).toContain("“Polda Sumatra Selatan” rakor[0] Polda Sumatera Selatan");
    expect(page).toContain("Buat instansi baru “Polda Sumatra Selatan”");
    const before = agencies();
    const res = await secretariat.post(preview, { intent: "impor", "instansiNama-0": "Polda Sumatra Selatan", "instansi-0": String(soutSumatra) });
    expect(res.status).toBe(302);
    expect(row("SELECT agency_name AS name, agency_id AS id FROM attendees WHERE name = 'Iptu Rahman'")).toEqual({ name: "Polda Sumatra Selatan", id: soutSumatra });
    expect(agencies()).toBe(before);
  });
});
