// Case statistics: the entry form's rules, the overlap rule, the CSV upload (every error with its
// line number, nothing written), scope, the privacy notice and the totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseTotals, caseTotalsByAgency, caseTotalsByRegion } from "../../app/task-forces/case-statistic.server";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { JABAR_SECRETARIAT, createProvinceSecretariats, writeCounts } from "../support/gt-fixtures";

let app: TestApp;
let national: TestClient;
let indramayu: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  await createProvinceSecretariats(app.db);
  national = await app.loginAs("sekretariat@demo.sigap.id");
  indramayu = await app.loginAs("indramayu@demo.sigap.id");
});
afterAll(() => app.close());

const HEADER =
  "periode_mulai;periode_selesai;kode_wilayah;nama_wilayah;instansi;kasus_dilaporkan;kasus_dituntut;tersangka;korban_total;korban_perempuan;korban_anak;korban_direhabilitasi;korban_dipulangkan";

function entry(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "simpan",
    periodStart: "2025-01-01",
    periodEnd: "2025-06-30",
    regionCode: "32.12",
    agency: "Polri",
    casesReported: "12",
    casesProsecuted: "7",
    suspects: "15",
    victimsTotal: "21",
    victimsWomen: "14",
    victimsChildren: "5",
    victimsRehabilitated: "9",
    victimsRepatriated: "3",
    ...overrides,
  };
}

function csvForm(text: string, name = "statistik.csv"): FormData {
  const fd = new FormData();
  fd.append("berkas", new Blob([text], { type: "text/csv" }), name);
  return fd;
}

function statisticRows() {
  return app.db.$client.prepare("SELECT * FROM case_statistics ORDER BY id").all() as Array<Record<string, unknown>>;
}

/** Runs `action`, expects `status`, and proves no table a statistics write touches changed. */
async function rejected(action: () => Promise<Response>, status = 400): Promise<string> {
  const before = { counts: writeCounts(app.db), rows: JSON.stringify(statisticRows()) };
  const res = await action();
  expect(res.status).toBe(status);
  expect({ counts: writeCounts(app.db), rows: JSON.stringify(statisticRows()) }).toEqual(before);
  return htmlToText(await res.text());
}

describe("no field anywhere names or identifies a victim", () => {
  it("the table holds aggregate counts only", () => {
    const columns = (app.db.$client.prepare("PRAGMA table_info(case_statistics)").all() as Array<{ name: string }>).map((c) => c.name).sort();
    expect(columns).toEqual(
      [
        "id",
        "period_start",
        "period_end",
        "region_code",
        "agency_id",
        "agency_name",
        "cases_reported",
        "cases_prosecuted",
        "suspects",
        "victims_total",
        "victims_women",
        "victims_children",
        "victims_rehabilitated",
        "victims_repatriated",
        "created_by",
        "created_at",
      ].sort(),
    );
  });

  it("the entry form offers no free-text field about people", async () => {
    const html = await (await national.get("/statistik/baru")).text();
    const names = [...new Set([...html.matchAll(/<(?:input|select|textarea)[^>]*\sname="([^"]+)"/g)].map((m) => m[1]))].sort();
    expect(names).toEqual(
      ["agency", "casesProsecuted", "casesReported", "intent", "periodEnd", "periodStart", "regionCode", "suspects", "victimsChildren", "victimsRehabilitated", "victimsRepatriated", "victimsTotal", "victimsWomen"].sort(),
    );
  });

  it("every statistics screen says so, citing UU 27/2022", async () => {
    for (const path of ["/statistik", "/statistik/baru", "/statistik/unggah"]) {
      const page = await national.text(path);
      expect(page.status, path).toBe(200);
      expect(page.text, path).toContain("Pelindungan data korban (UU No. 27 Tahun 2022).");
      expect(page.text, path).toContain("Jangan mencantumkan nama, NIK, alamat");
      expect(page.text, path).toContain("Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi");
    }
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    expect((await leader.text("/statistik")).text).toContain("Pelindungan data korban (UU No. 27 Tahun 2022).");
  });

  it("a CSV with a column about victims is refused whole", async () => {
    const text = await rejected(() =>
      national.post("/statistik/unggah", csvForm(`${HEADER};nama_korban\n2025-01-01;2025-06-30;32.12;;Polri;1;1;1;1;1;0;0;0;Siti\n`)),
    );
    expect(text).toContain('Baris 1: kolom tidak dikenal: "nama_korban"');
    expect(text).toContain("Tidak ada yang disimpan");
  });
});

describe("the entry form", () => {
  it("records a semester of figures with its audit row, and sends the user back to that period", async () => {
    const auditBefore = writeCounts(app.db).audit;
    const res = await indramayu.post("/statistik/baru", entry());
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/statistik?dari=2025-01-01&sampai=2025-06-30");
    expect((await indramayu.text(res.headers.get("Location")!)).text).toContain("Entri statistik tersimpan.");
    const [row] = statisticRows();
    expect(row).toMatchObject({ period_start: "2025-01-01", period_end: "2025-06-30", region_code: "32.12", cases_reported: 12, victims_total: 21, victims_women: 14 });
    expect(writeCounts(app.db).audit).toBe(auditBefore + 1);
    const audit = app.db.$client.prepare("SELECT * FROM audit_log WHERE entity = 'case_statistic' ORDER BY id DESC LIMIT 1").get() as Record<string, string>;
    expect(audit.action).toBe("create");
    expect(audit.entity_id).toBe(String(row.id));
  });

  it("refuses women, children, rehabilitated or repatriated above the total", async () => {
    for (const [field, label] of [
      ["victimsWomen", "Korban perempuan"],
      ["victimsChildren", "Korban anak (di bawah 18 tahun)"],
      ["victimsRehabilitated", "Korban yang direhabilitasi"],
      ["victimsRepatriated", "Korban yang dipulangkan"],
    ]) {
      const text = await rejected(() => indramayu.post("/statistik/baru", entry({ periodStart: "2024-01-01", periodEnd: "2024-06-30", victimsTotal: "10", [field]: "12" })));
      expect(text, field).toContain(`${label} (12) tidak boleh melebihi jumlah korban (10).`);
    }
  });

  it("refuses negative, fractional, empty or non-numeric figures", async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ suspects: "-1" }, 'Tersangka harus bilangan bulat 0 atau lebih (tertulis "-1").'],
      [{ casesReported: "2,5" }, 'Kasus dilaporkan harus bilangan bulat 0 atau lebih (tertulis "2,5").'],
      [{ casesProsecuted: "" }, "Kasus dituntut (sampai penuntutan) wajib diisi; tulis 0 bila tidak ada."],
      [{ victimsTotal: "banyak" }, "Korban (jumlah seluruhnya) harus bilangan bulat 0 atau lebih"],
    ];
    for (const [override, message] of cases) {
      const text = await rejected(() => indramayu.post("/statistik/baru", entry({ periodStart: "2024-01-01", periodEnd: "2024-06-30", ...override })));
      expect(text).toContain(message);
    }
  });

  it("refuses a period that ends before it starts, or a date that does not exist", async () => {
    expect(await rejected(() => indramayu.post("/statistik/baru", entry({ periodStart: "2024-07-01", periodEnd: "2024-06-30" })))).toContain(
      "Akhir periode tidak boleh sebelum awal periode.",
    );
    expect(await rejected(() => indramayu.post("/statistik/baru", entry({ periodStart: "2024-02-30", periodEnd: "2024-06-30" })))).toContain(
      "Awal periode bukan tanggal yang valid",
    );
  });
});

describe("no two entries of one region and agency overlap in time", () => {
  it("refuses an overlapping period, naming the entry it overlaps (an alias of the agency is the same agency)", async () => {
    const existing = statisticRows().find((r) => r.region_code === "32.12")!;
    for (const agency of ["Polri", "POLRI", "Kepolisian Negara Republik Indonesia"]) {
      const text = await rejected(() => indramayu.post("/statistik/baru", entry({ agency, periodStart: "2025-06-01", periodEnd: "2025-09-30" })));
      expect(text).toContain(
        `Periode ini tumpang tindih dengan entri #${existing.id} (Kepolisian Negara Republik Indonesia, Kabupaten Indramayu, 1 Januari s.d. 30 Juni 2025).`,
      );
    }
    // One shared day is an overlap too.
    expect(await rejected(() => indramayu.post("/statistik/baru", entry({ periodStart: "2025-06-30", periodEnd: "2025-12-31" })))).toContain("tumpang tindih");
  });

  it("accepts the next semester, another agency, or another region for the same period", async () => {
    expect((await indramayu.post("/statistik/baru", entry({ periodStart: "2025-07-01", periodEnd: "2025-12-31" }))).status).toBe(302);
    expect((await indramayu.post("/statistik/baru", entry({ agency: "Dinas Sosial Kabupaten Indramayu", casesReported: "0", casesProsecuted: "0", suspects: "0" }))).status).toBe(302);
    expect((await national.post("/statistik/baru", entry({ regionCode: "32" }))).status).toBe(302);
    expect((await national.post("/statistik/baru", entry({ regionCode: "nasional" }))).status).toBe(302);
    // The agency typed for the first time was recorded once, with that name.
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM agencies WHERE name = 'Dinas Sosial Kabupaten Indramayu'").get()).toEqual({ n: 1 });
  });

  it("a correction does not overlap with itself, but cannot be moved onto another entry", async () => {
    const first = statisticRows().find((r) => r.region_code === "32.12" && r.period_start === "2025-01-01" && r.cases_reported === 12)!;
    const res = await indramayu.post(`/statistik/${first.id}/ubah`, entry({ casesReported: "13" }));
    expect(res.status).toBe(302);
    expect(statisticRows().find((r) => r.id === first.id)).toMatchObject({ cases_reported: 13 });
    const second = statisticRows().find((r) => r.region_code === "32.12" && r.period_start === "2025-07-01")!;
    const text = await rejected(() => indramayu.post(`/statistik/${second.id}/ubah`, entry({ periodStart: "2025-06-15", periodEnd: "2025-12-31" })));
    expect(text).toContain(`tumpang tindih dengan entri #${first.id}`);
  });
});

describe("scope", () => {
  it("Indramayu cannot record figures for another regency, its province or the nation", async () => {
    for (const regionCode of ["32.13", "32", "nasional"]) {
      const text = await rejected(() => indramayu.post("/statistik/baru", entry({ regionCode, periodStart: "2023-01-01", periodEnd: "2023-06-30" })), 403);
      expect(text).toContain("Akses ditolak");
    }
  });

  it("Indramayu cannot open or correct an entry of its province", async () => {
    const provinceEntry = statisticRows().find((r) => r.region_code === "32")!;
    expect((await indramayu.get(`/statistik/${provinceEntry.id}/ubah`)).status).toBe(403);
    await rejected(() => indramayu.post(`/statistik/${provinceEntry.id}/ubah`, entry({ regionCode: "32.12" })), 403);
    await rejected(() => indramayu.post(`/statistik/${provinceEntry.id}/ubah`, { intent: "hapus" }), 403);
  });

  it("liaisons and leaders read the figures but cannot record them", async () => {
    for (const email of ["polri@demo.sigap.id", "pimpinan@demo.sigap.id"]) {
      const client = await app.loginAs(email);
      expect((await client.get("/statistik")).status).toBe(200);
      expect((await client.get("/statistik/baru")).status).toBe(403);
      await rejected(() => client.post("/statistik/baru", entry({ periodStart: "2022-01-01", periodEnd: "2022-06-30" })), 403);
      await rejected(() => client.post("/statistik/unggah", csvForm(`${HEADER}\n2022-01-01;2022-06-30;32.12;;Polri;1;1;1;1;1;0;0;0\n`)), 403);
    }
  });

  it("the list and the totals keep to the user's scope", async () => {
    const page = await indramayu.text("/statistik?dari=2025-01-01&sampai=2025-12-31");
    expect(page.text).toContain("Kabupaten Indramayu");
    expect(page.text).not.toContain("Jawa Barat");
    expect((await indramayu.get("/statistik?wilayah=32")).status).toBe(403);
    const csv = await (await indramayu.get("/statistik/ekspor.csv?dari=2025-01-01&sampai=2025-12-31")).text();
    expect(csv.trim().split("\r\n").slice(1).every((line) => line.includes(";32.12;"))).toBe(true);
    expect((await indramayu.get("/statistik/ekspor.csv?wilayah=nasional")).status).toBe(403);
  });
});

describe("CSV upload", () => {
  const line = (fields: Partial<Record<string, string>> = {}) => {
    const f = {
      start: "2024-01-01",
      end: "2024-06-30",
      region: "32.12",
      name: "Kabupaten Indramayu",
      agency: "Polri",
      figures: "5;3;6;9;6;2;4;1",
      ...fields,
    };
    return `${f.start};${f.end};${f.region};${f.name};${f.agency};${f.figures}`;
  };

  async function csvErrors(text: string, client = national, name?: string) {
    return rejected(() => client.post("/statistik/unggah", csvForm(text, name)));
  }

  it("reports every error with its line number and writes nothing", async () => {
    const text = await csvErrors(
      [
        HEADER,
        line(), // line 2: fine on its own
        line({ figures: "5;3;6;9;12;2;4;1" }), // 3: women above total (and overlaps line 2)
        line({ region: "32.13", start: "2024-07-01", end: "2024-12-31", figures: "5;3;-6;9;6;2;4;1" }), // 4: negative
        line({ agency: "Kejaksaan RI", start: "31/06/2024" }), // 5: no such date
        `2024-01-01;2024-06-30;32.12`, // 6: too few cells
        line({ region: "99.99", agency: "Kejaksaan RI" }), // 7: unknown region
        line({ agency: "Instansi Baru Yang Belum Dikenal", start: "2024-07-01", end: "2024-12-31" }), // 8: fine (and would create an agency)
      ].join("\n"),
    );
    expect(text).toContain("Baris 3, kolom korban_perempuan: Korban perempuan (12) tidak boleh melebihi jumlah korban (9).");
    expect(text).toContain('Baris 4, kolom tersangka: Tersangka harus bilangan bulat 0 atau lebih (tertulis "-6").');
    expect(text).toContain("Baris 5, kolom periode_mulai: Awal periode bukan tanggal yang valid");
    expect(text).toContain("Baris 6: berisi 3 kolom, seharusnya 13 sesuai judul kolom.");
    expect(text).toContain("Baris 7, kolom kode_wilayah: Wilayah dengan kode 99.99 tidak dikenal.");
    expect(text).not.toContain("Baris 2");
    expect(text).not.toContain("Baris 8");
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM agencies WHERE name = 'Instansi Baru Yang Belum Dikenal'").get()).toEqual({ n: 0 });
  });

  it("names the other line when two lines of the file overlap", async () => {
    const text = await csvErrors([HEADER, line(), line({ start: "2024-03-01", end: "2024-09-30", agency: "polri" })].join("\r\n"));
    expect(text).toContain(
      "Baris 3: periode 1 Maret s.d. 30 September 2024 untuk Kepolisian Negara Republik Indonesia (Kabupaten Indramayu) tumpang tindih dengan baris 2 pada berkas ini.",
    );
  });

  it("names the stored entry when a line overlaps one", async () => {
    const stored = statisticRows().find((r) => r.region_code === "32.12" && r.period_start === "2025-01-01" && r.cases_reported === 13)!;
    const text = await csvErrors([HEADER, line({ start: "2025-04-01", end: "2025-04-30" })].join("\n"));
    expect(text).toContain(`Baris 2: Periode ini tumpang tindih dengan entri #${stored.id} (Kepolisian Negara Republik Indonesia, Kabupaten Indramayu`);
  });

  it("refuses a region outside the uploader's scope, line by line", async () => {
    const text = await csvErrors([HEADER, line({ start: "2023-01-01", end: "2023-06-30" }), line({ region: "33.01", start: "2023-01-01", end: "2023-06-30" })].join("\n"), indramayu);
    expect(text).toContain("Baris 3, kolom kode_wilayah: Wilayah 33.01 berada di luar cakupan Gugus Tugas Anda.");
  });

  it("refuses a broken header, an unclosed quote, an empty file and a file that is not CSV", async () => {
    expect(await csvErrors("periode_mulai;periode_selesai;kode_wilayah\n2024-01-01;2024-06-30;32.12\n")).toContain(
      "Baris 1: kolom wajib tidak ada: instansi, kasus_dilaporkan",
    );
    expect(await csvErrors(`${HEADER}\n${line({ agency: '"Polri' })}\n${line({ start: "2024-07-01", end: "2024-12-31" })}\n`)).toContain(
      'Baris 2: Tanda kutip (") dibuka tetapi tidak ditutup.',
    );
    expect(await csvErrors(`${HEADER}\n`)).toContain("Berkas tidak berisi data");
    expect(await csvErrors(`${HEADER};kasus_dilaporkan\n`)).toContain("Baris 1: kolom kasus_dilaporkan muncul lebih dari sekali.");
    expect(await csvErrors("PK\u0003\u0004\u0000\u0000binary", national, "statistik.xlsx")).toContain("Berkas harus berupa CSV");
    expect(await rejected(() => national.post("/statistik/unggah", new FormData()))).toContain("Pilih berkas CSV yang akan diunggah.");
    const none = await national.post("/statistik/unggah", new FormData());
    // The error summary announces the refusal and links to the file field.
    const noneHtml = await none.text();
    expect(noneHtml).toMatch(/class="alert alert-error error-summary" role="alert"[\s\S]*?<a href="#f-berkas">Pilih berkas CSV yang akan diunggah\./);
    expect(noneHtml).toMatch(/<input id="f-berkas"[^>]*aria-invalid="true"[^>]*aria-describedby="f-berkas-error"/);
  });

  it("records a whole file in one go: semicolons or commas, a BOM, Excel's dates and thousands", async () => {
    const before = statisticRows().length;
    const auditBefore = writeCounts(app.db).audit;
    const file =
      "\uFEFF" +
      [
        HEADER,
        line({ start: "01/01/2024", end: "30/06/2024" }),
        line({ start: "2024-07-01", end: "2024-12-31", region: "32.1", name: "Kabupaten Majalengka (32.1 = 32.10)", figures: "1.250;3;6;1.300;600;2;4;1" }),
        line({ agency: '"Yayasan Mitra Perempuan; Indramayu"' }),
        ";;;;;;;;;;;;",
      ].join("\r\n");
    const res = await national.post("/statistik/unggah", csvForm(file));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/statistik");
    const added = statisticRows().slice(before);
    expect(added.map((r) => [r.period_start, r.region_code, r.cases_reported, r.victims_total])).toEqual([
      ["2024-01-01", "32.12", 5, 9],
      ["2024-07-01", "32.10", 1250, 1300],
      ["2024-01-01", "32.12", 5, 9],
    ]);
    expect(writeCounts(app.db).audit).toBe(auditBefore + 3 + 1); // three entries and the new agency
    const page = await national.text("/statistik");
    expect(page.text).toContain("3 entri dari berkas CSV tersimpan. 1 nama instansi di berkas belum dikenal");
    const comma = HEADER.replace(/;/g, ",");
    const res2 = await national.post("/statistik/unggah", csvForm(`${comma}\n2023-01-01,2023-12-31,,,Polri,100,50,80,120,70,30,60,20\n`));
    expect(res2.status).toBe(302);
    expect(statisticRows().at(-1)).toMatchObject({ region_code: null, period_end: "2023-12-31", cases_reported: 100 });
  });

  it("offers the template (header only) and the region codes within scope", async () => {
    const template = await national.get("/statistik/templat.csv");
    expect(template.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(template.headers.get("Content-Disposition")).toContain("attachment");
    expect((await template.text()).replace(/^\uFEFF/, "")).toBe(`${HEADER}\r\n`);
    const codes = await (await indramayu.get("/statistik/kode-wilayah.csv")).text();
    expect(codes.replace(/^\uFEFF/, "").trim().split("\r\n")).toEqual(["kode_wilayah;nama_wilayah;tingkat;kode_provinsi", "32.12;Kabupaten Indramayu;Kabupaten/Kota;32"]);
  });

  it("exports in the upload's columns, so an export reads back in", async () => {
    const csv = await (await national.get("/statistik/ekspor.csv?dari=2024-07-01&sampai=2024-12-31&wilayah=32.10")).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(HEADER);
    // The agency as the file wrote it ("Polri"), not the registered name it is linked to.
    expect(lines.slice(1)).toEqual(["2024-07-01;2024-12-31;32.10;Kabupaten Majalengka;Polri;1250;3;6;1300;600;2;4;1"]);
    // Read back in after deleting the original: the same entry again.
    const id = statisticRows().find((r) => r.region_code === "32.10")!.id;
    expect((await national.post(`/statistik/${id}/ubah`, { intent: "hapus" })).status).toBe(302);
    expect((await national.post("/statistik/unggah", csvForm(csv, "ekspor.csv"))).status).toBe(302);
    expect(statisticRows().find((r) => r.region_code === "32.10")).toMatchObject({ cases_reported: 1250, victims_women: 600 });
  });
});

describe("deleting an entry", () => {
  it("removes it with an audit row that keeps its figures", async () => {
    const target = statisticRows().find((r) => r.region_code === null && r.period_end === "2023-12-31")!;
    const res = await national.post(`/statistik/${target.id}/ubah`, { intent: "hapus" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/statistik");
    expect((await national.text("/statistik")).text).toContain("Entri statistik dihapus.");
    expect(statisticRows().some((r) => r.id === target.id)).toBe(false);
    const audit = app.db.$client.prepare("SELECT * FROM audit_log WHERE entity = 'case_statistic' AND action = 'delete' ORDER BY id DESC LIMIT 1").get() as Record<string, string>;
    expect(JSON.parse(audit.before)).toMatchObject({ id: target.id, casesReported: 100 });
  });
});

describe("totals by period and region", () => {
  const H1 = { start: "2025-01-01", end: "2025-06-30" };

  function sqlSum(where: string, ...params: unknown[]) {
    return app.db.$client
      .prepare(
        `SELECT count(*) AS entries, coalesce(sum(cases_reported), 0) AS casesReported, coalesce(sum(victims_total), 0) AS victimsTotal,
                coalesce(sum(victims_children), 0) AS victimsChildren
         FROM case_statistics WHERE ${where}`,
      )
      .get(...params) as { entries: number; casesReported: number; victimsTotal: number; victimsChildren: number };
  }

  it("sums in SQL the entries wholly inside the period, within scope", () => {
    const all = caseTotals(app.db, null, H1);
    expect(all).toMatchObject(sqlSum("period_start >= ? AND period_end <= ?", H1.start, H1.end));
    const jabar = caseTotals(app.db, "32", H1);
    expect(jabar).toMatchObject(sqlSum("period_start >= ? AND period_end <= ? AND (region_code = '32' OR region_code LIKE '32.%')", H1.start, H1.end));
    const indramayuOnly = caseTotals(app.db, "32.12", H1);
    expect(indramayuOnly).toMatchObject(sqlSum("period_start >= ? AND period_end <= ? AND region_code = '32.12'", H1.start, H1.end));
    expect(indramayuOnly.entries).toBe(2); // Polri and Dinas Sosial
  });

  it("counts, but does not sum, entries that straddle the period", () => {
    const t = caseTotals(app.db, "32.12", { start: "2025-03-01", end: "2025-12-31" });
    expect(t.entries).toBe(1); // July-December
    expect(t.partialEntries).toBe(2); // the two January-June entries
  });

  it("groups by province for the nation and by regency inside a province", () => {
    const byProvince = caseTotalsByRegion(app.db, null, H1);
    expect(byProvince.map((r) => [r.regionCode, r.regionName])).toEqual([
      [null, null],
      ["32", "Jawa Barat"],
    ]);
    expect(byProvince[1]).toMatchObject(sqlSum("period_start >= ? AND period_end <= ? AND region_code LIKE '32%'", H1.start, H1.end));
    const inJabar = caseTotalsByRegion(app.db, "32", H1);
    expect(inJabar.map((r) => r.regionCode)).toEqual(["32", "32.12"]);
    const byAgency = caseTotalsByAgency(app.db, "32.12", H1);
    expect(byAgency.map((a) => a.agencyName)).toEqual(["Dinas Sosial Kabupaten Indramayu", "Kepolisian Negara Republik Indonesia"]);
  });

  it("shows the same totals on the page, written the Indonesian way", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const html = await (await leader.get("/statistik?dari=2025-01-01&sampai=2025-06-30")).text();
    const t = caseTotals(app.db, null, H1);
    const stat = (key: string) => htmlToText(html.match(new RegExp(`data-figure="${key}"><strong>([^<]+)</strong>`))?.[1] ?? "");
    expect(stat("casesReported")).toBe(new Intl.NumberFormat("id-ID").format(t.casesReported));
    expect(stat("victimsTotal")).toBe(new Intl.NumberFormat("id-ID").format(t.victimsTotal));
    expect(htmlToText(html)).toContain(`Dijumlahkan dari ${t.entries} entri yang seluruh periodenya berada dalam 1 Januari s.d. 30 Juni 2025.`);
    const jabar = await app.loginAs(JABAR_SECRETARIAT);
    const jabarPage = await jabar.text("/statistik?dari=2025-01-01&sampai=2025-06-30");
    expect(jabarPage.text).toContain("Jumlah Jawa Barat, 1 Januari s.d. 30 Juni 2025");
  });
});
