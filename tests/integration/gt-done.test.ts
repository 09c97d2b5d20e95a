// Task forces and statistics end to end: a secretariat records its task force and a semester of case figures,
// and the coverage and the totals (for the dashboard and the report) are right.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseTotals, caseTotalsByRegion } from "../../app/task-forces/case-statistic.server";
import { coverageSentence, taskForceCoverage } from "../../app/task-forces/task-force.server";
import { FIGURE_KEYS, type Figures } from "../../app/task-forces/case-figures";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { makePdf, sqlCoverage } from "../support/gt-fixtures";

let app: TestApp;
let indramayu: TestClient;
beforeAll(async () => {
  app = await startTestApp();
  indramayu = await app.loginAs("indramayu@demo.sigap.id");
});
afterAll(() => app.close());

const SEMESTER = { start: "2025-01-01", end: "2025-06-30" };

// The semester's figures of three agencies in Kabupaten Indramayu.
const POLRES: Figures = { casesReported: 11, casesProsecuted: 7, suspects: 16, victimsTotal: 23, victimsWomen: 15, victimsChildren: 6, victimsRehabilitated: 4, victimsRepatriated: 9 };
const DINSOS: Figures = { casesReported: 0, casesProsecuted: 0, suspects: 0, victimsTotal: 19, victimsWomen: 13, victimsChildren: 5, victimsRehabilitated: 19, victimsRepatriated: 7 };
const KEJARI: Figures = { casesReported: 0, casesProsecuted: 6, suspects: 9, victimsTotal: 0, victimsWomen: 0, victimsChildren: 0, victimsRehabilitated: 0, victimsRepatriated: 0 };

function sum(...parts: Figures[]): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, parts.reduce((n, p) => n + p[k], 0)])) as Figures;
}

describe("Kabupaten Indramayu records its task force and a semester of case figures", () => {
  it("records the task force: SK Bupati with the signed PDF, all six Subsatgas, secretariat and contact", async () => {
    const fd = new FormData();
    const fields = {
      intent: "simpan",
      formed: "on",
      legalBasisKind: "sk_kepala_daerah",
      legalBasisNumber: "100.3.3.2/Kep.45-DP3A/2024",
      legalBasisDate: "2024-02-12",
      legalBasisTitle: "Pembentukan Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu",
      secretariat: "Disduk-P3A Kabupaten Indramayu",
      contactName: "Sekretariat GT PP-TPPO Indramayu",
      contactPhone: "0234-272123",
    };
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    for (const s of ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"]) fd.append("subsatgas", s);
    fd.append("dokumen", new Blob([new Uint8Array(makePdf("SK Bupati Indramayu 2024"))], { type: "application/pdf" }), "SK-Bupati-Indramayu-2024.pdf");
    const res = await indramayu.post("/gugus-tugas/32.12/ubah", fd);
    expect(res.status).toBe(302);
  });

  it("records one agency's semester by the form and two more by CSV", async () => {
    const form: Record<string, string> = { intent: "simpan", periodStart: SEMESTER.start, periodEnd: SEMESTER.end, regionCode: "32.12", agency: "Polres Indramayu" };
    for (const k of FIGURE_KEYS) form[k] = String(POLRES[k]);
    expect((await indramayu.post("/statistik/baru", form)).status).toBe(302);

    const header =
      "periode_mulai;periode_selesai;kode_wilayah;nama_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan";
    const line = (agency: string, f: Figures) => `01/01/2025;30/06/2025;32.12;Kabupaten Indramayu;${agency};${FIGURE_KEYS.map((k) => f[k]).join(";")}`;
    const csv = [header, line("Dinas Sosial Kabupaten Indramayu", DINSOS), line("Kejaksaan Negeri Indramayu", KEJARI)].join("\r\n");
    const fd = new FormData();
    fd.append("berkas", new Blob([csv], { type: "text/csv" }), "semester-1-2025.csv");
    const res = await indramayu.post("/statistik/unggah", fd);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/statistik");
    expect((await indramayu.text("/statistik")).text).toContain("2 entri dari berkas CSV tersimpan. 2 nama instansi di berkas belum dikenal");
  });

  it("the coverage is right: for Indramayu, and for the nation against SQL's own counts", async () => {
    const own = await indramayu.text("/gugus-tugas");
    expect(own.text).toContain("Gugus Tugas terbentuk di 1 dari 1 kabupaten/kota; 1 kabupaten/kota di antaranya dengan dasar hukum.");
    expect(own.text).toContain("Keenam Subsatgas sudah terbentuk di 1 kabupaten/kota.");

    const sql = sqlCoverage(app.db);
    expect(sql.regencies).toEqual({ total: 514, formed: 2, withLegalBasis: 1, complete: 1 });
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const national = await leader.text("/gugus-tugas");
    const sentence = "Gugus Tugas terbentuk di 1 dari 38 provinsi dan 2 dari 514 kabupaten/kota; 0 provinsi dan 1 kabupaten/kota di antaranya dengan dasar hukum.";
    expect(national.text).toContain(sentence);
    expect(coverageSentence(taskForceCoverage(app.db, null))).toBe(sentence);
    expect(national.text).toContain("Keenam Subsatgas sudah terbentuk di 0 provinsi dan 1 kabupaten/kota.");
    // Jawa Barat's row in the province table: Indramayu formed, with a legal basis, Subsatgas complete.
    const html = await (await leader.get("/gugus-tugas")).text();
    const row = htmlToText(html.slice(html.indexOf('<tr id="prov-32"'), html.indexOf("</tr>", html.indexOf('<tr id="prov-32"'))));
    expect(row).toBe("Jawa Barat ( 32 ) Belum terbentuk 1 dari 27 (3,7%) 1 1 26");
  });

  it("the totals are right: by region for the report, on the leader's statistics page, and in the year", async () => {
    const expected = sum(POLRES, DINSOS, KEJARI);
    expect(caseTotals(app.db, "32.12", SEMESTER)).toEqual({ ...expected, entries: 3, partialEntries: 0 });
    expect(caseTotals(app.db, null, SEMESTER)).toEqual({ ...expected, entries: 3, partialEntries: 0 });
    expect(caseTotals(app.db, null, { start: "2025-01-01", end: "2025-12-31" })).toMatchObject({ ...expected, entries: 3 });
    expect(caseTotalsByRegion(app.db, null, SEMESTER)).toEqual([{ regionCode: "32", regionName: "Jawa Barat", entries: 3, ...expected }]);
    expect(caseTotalsByRegion(app.db, "32", SEMESTER)).toEqual([{ regionCode: "32.12", regionName: "Kabupaten Indramayu", entries: 3, ...expected }]);

    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const html = await (await leader.get("/statistik?dari=2025-01-01&sampai=2025-06-30")).text();
    for (const k of FIGURE_KEYS) {
      const shown = html.match(new RegExp(`data-figure="${k}"><strong>([^<]+)</strong>`))?.[1];
      expect(shown, k).toBe(String(expected[k]));
    }
    expect(htmlToText(html)).toContain("Dijumlahkan dari 3 entri");
    // A period that ends mid-semester sums nothing and says why.
    const partial = await leader.text("/statistik?dari=2025-01-01&sampai=2025-03-31");
    expect(partial.text).toContain("3 entri periodenya hanya sebagian berada dalam periode ini dan tidak dijumlahkan");
  });
});
