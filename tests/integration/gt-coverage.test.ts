// The coverage page: the national summary sentence against counts made directly with SQL, the
// province grid and table (sorted and filtered in SQL), and each user's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverageSentence, taskForceCoverage } from "../../app/task-forces/task-force.server";
import { htmlToText, startTestApp, type TestApp } from "../support/server";
import { JABAR_SECRETARIAT, createProvinceSecretariats, sqlCoverage } from "../support/gt-fixtures";

let app: TestApp;

const SUBSATGAS = ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"];

/** Task forces written straight into the database, so the page is checked against data it did not write. */
function seedTaskForces() {
  const c = app.db.$client;
  const insert = c.prepare(
    "INSERT INTO task_forces (region_code, scope_key, formed, legal_basis_kind, legal_basis_number, legal_basis_date) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
  );
  const link = c.prepare("INSERT INTO task_force_subsatgas (task_force_id, subsatgas_slug) VALUES (?, ?)");
  const add = (code: string, formed: boolean, legal: boolean, subsatgas: string[] = []) => {
    const { id } = insert.get(code, code, formed ? 1 : 0, legal ? "perkada" : null, legal ? `${code}/2024` : null, legal ? "2024-01-15" : null) as { id: number };
    for (const s of subsatgas) link.run(id, s);
  };
  add("11", true, true, SUBSATGAS);
  add("12", true, true, SUBSATGAS.slice(0, 2));
  add("13", true, false);
  add("14", false, false); // a row that says "not formed" counts as not formed
  // Jawa Barat: every regency/city formed (Indramayu is already, from the demo data), ten with a legal basis, five complete.
  const jabar = c.prepare("SELECT code FROM regions WHERE parent_code = '32' AND code <> '32.12' ORDER BY code").all() as Array<{ code: string }>;
  jabar.forEach((r, i) => add(r.code, true, i < 10, i < 5 ? SUBSATGAS : []));
  // Jawa Timur: the first four of 38.
  ["35.01", "35.02", "35.03", "35.04"].forEach((code, i) => add(code, true, i === 0));
}

beforeAll(async () => {
  app = await startTestApp();
  await createProvinceSecretariats(app.db);
  seedTaskForces();
});
afterAll(() => app.close());

function expectedSentence(c: ReturnType<typeof sqlCoverage>) {
  return (
    `Gugus Tugas terbentuk di ${c.provinces.formed} dari ${c.provinces.total} provinsi dan ${c.regencies.formed} dari ${c.regencies.total} kabupaten/kota; ` +
    `${c.provinces.withLegalBasis} provinsi dan ${c.regencies.withLegalBasis} kabupaten/kota di antaranya dengan dasar hukum.`
  );
}

function provinceOrder(html: string): string[] {
  return [...html.matchAll(/<tr id="prov-(\d{2})"/g)].map((m) => m[1]);
}

describe("the national summary", () => {
  it("counts 38 provinces and 514 regencies/cities, and the app's numbers equal SQL's", () => {
    const sql = sqlCoverage(app.db);
    expect(sql.provinces.total).toBe(38);
    expect(sql.regencies.total).toBe(514);
    // Sanity of the seed: the numbers are not trivial.
    expect(sql.provinces).toEqual({ total: 38, formed: 4, withLegalBasis: 2, complete: 1 });
    expect(sql.regencies.formed).toBe(27 + 1 + 4); // Jawa Barat, Balikpapan (demo), four in Jawa Timur
    const app_ = taskForceCoverage(app.db, null);
    expect(app_.provinces).toEqual({ total: 38, formed: 4, withLegalBasis: 2, subsatgasComplete: 1 });
    expect(app_.regencies).toEqual({ total: 514, formed: sql.regencies.formed, withLegalBasis: sql.regencies.withLegalBasis, subsatgasComplete: sql.regencies.complete });
  });

  it("is the sentence a leader reads on the coverage page", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const page = await leader.text("/gugus-tugas");
    expect(page.status).toBe(200);
    const sentence = expectedSentence(sqlCoverage(app.db));
    expect(sentence).toBe("Gugus Tugas terbentuk di 4 dari 38 provinsi dan 32 dari 514 kabupaten/kota; 2 provinsi dan 11 kabupaten/kota di antaranya dengan dasar hukum.");
    expect(page.text).toContain(sentence);
    expect(coverageSentence(taskForceCoverage(app.db, null))).toBe(sentence);
    expect(page.text).toContain("Keenam Subsatgas sudah terbentuk di 1 provinsi dan 5 kabupaten/kota.");
  });

  it("draws one tile per province, coloured by the share of regencies formed", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const html = await (await leader.get("/gugus-tugas")).text();
    expect(html.match(/class="coverage-tile /g)?.length).toBe(38);
    expect(html).toMatch(/href="#prov-32" class="coverage-tile cov-5"/);
    expect(html).toMatch(/href="#prov-35" class="coverage-tile cov-1"/);
    expect(html).toMatch(/href="#prov-11" class="coverage-tile cov-0"/);
    expect(htmlToText(html)).toContain("27/27 kab/kota (100%)");
  });
});

describe("the province table", () => {
  it("sorts in SQL by regencies still missing, most first", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const html = await (await leader.get("/gugus-tugas?urut=belum&arah=turun")).text();
    const expected = (
      app.db.$client
        .prepare(
          `SELECT p.code FROM regions p LEFT JOIN regions r ON r.parent_code = p.code LEFT JOIN task_forces tf ON tf.scope_key = r.code
           WHERE p.level = 'provinsi' GROUP BY p.code ORDER BY count(r.code) - coalesce(sum(tf.formed = 1), 0) DESC, p.code`,
        )
        .all() as Array<{ code: string }>
    ).map((r) => r.code);
    expect(provinceOrder(html)).toEqual(expected);
  });

  it("sorts by share formed, highest first, and by name", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const byShare = provinceOrder(await (await leader.get("/gugus-tugas?urut=persen&arah=turun")).text());
    expect(byShare.slice(0, 3)).toEqual(["32", "35", "64"]); // 27/27, 4/38, Balikpapan 1/10
    const byName = provinceOrder(await (await leader.get("/gugus-tugas?urut=nama&arah=naik")).text());
    expect(byName.slice(0, 3)).toEqual(["11", "51", "36"]); // Aceh, Bali, Banten
  });

  it("lists only the regencies matching the status filter", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const page = await leader.text("/gugus-tugas?tampilkan=belum");
    expect(page.text).toContain("34 kabupaten/kota sesuai saringan di Jawa Timur");
    expect(page.text).toContain("0 kabupaten/kota sesuai saringan di Jawa Barat");
    expect(page.text).not.toContain("Kabupaten Pacitan");
    expect(page.text).toContain("Kabupaten Magetan");
    const noLegal = await leader.text("/gugus-tugas?tampilkan=tanpa-dasar-hukum");
    expect(noLegal.text).toContain("17 kabupaten/kota sesuai saringan di Jawa Barat");
  });
});

describe("scope", () => {
  it("a province secretariat sees its own province and its regencies only", async () => {
    const jabar = await app.loginAs(JABAR_SECRETARIAT);
    const res = await jabar.get("/gugus-tugas");
    const html = await res.text();
    const text = htmlToText(html);
    const sql = sqlCoverage(app.db, "r.code = '32' OR r.code LIKE '32.%'");
    expect(sql.provinces.total).toBe(1);
    expect(sql.regencies.total).toBe(27);
    expect(text).toContain(expectedSentence(sql));
    expect(provinceOrder(html)).toEqual(["32"]);
    expect(text).not.toContain("Aceh");
    // The map shows its 27 regencies/cities.
    expect(html.match(/class="coverage-tile /g)?.length).toBe(27);
  });

  it("a regency secretariat sees its own task force", async () => {
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const page = await indramayu.text("/gugus-tugas");
    expect(page.text).toContain("Gugus Tugas terbentuk di 1 dari 1 kabupaten/kota; 0 kabupaten/kota di antaranya dengan dasar hukum.");
    expect(page.text).not.toContain("Kabupaten Sumedang");
    expect(page.text).toContain("Perbarui data Gugus Tugas");
  });

  it("the sentence follows a task force recorded through the form", async () => {
    const national = await app.loginAs("sekretariat@demo.sigap.id");
    const fd = new FormData();
    for (const [k, v] of Object.entries({ intent: "simpan", formed: "on", legalBasisKind: "perda", legalBasisNumber: "Perda 3/2023", legalBasisDate: "2023-05-02" })) fd.append(k, v);
    expect((await national.post("/gugus-tugas/36/ubah", fd)).status).toBe(302);
    const page = await national.text("/gugus-tugas");
    expect(page.text).toContain("Gugus Tugas terbentuk di 5 dari 38 provinsi dan 32 dari 514 kabupaten/kota; 3 provinsi dan 11 kabupaten/kota di antaranya dengan dasar hukum.");
    expect(page.text).toContain(expectedSentence(sqlCoverage(app.db)));
  });
});
