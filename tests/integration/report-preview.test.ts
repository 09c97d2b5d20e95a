// The report page: the preview (every figure a link to the records behind it, and each list has
// exactly as many records as its figure says), the period and scope picker, and the narrative
// draft saved per scope and period with its audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "../../app/utils/period";
import { formatNumber } from "../../app/utils/format";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";
import { KNOWN, PERIOD, seedReportData, sqlActionCounts, sqlCaseTotals, sqlRakorHeld } from "../support/report";

let app: TestApp;
let leader: TestClient;
const page = `/laporan?dari=${PERIOD.start}&sampai=${PERIOD.end}&wilayah=nasional`;

beforeAll(async () => {
  app = await startTestApp();
  seedReportData(app.db);
  leader = await app.loginAs("pimpinan@demo.sigap.id");
});
afterAll(() => app.close());

function decode(s: string) {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

/** Links in the page: [href, text]. */
function links(html: string, prefix: string): [string, string][] {
  return [...html.matchAll(/<a[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [decode(m[1]), decode(m[2])] as [string, string]).filter(([href]) => href.startsWith(prefix));
}

const count = (sql: string, ...params: unknown[]) => Number((app.db.$client.prepare(sql).raw().get(...params) as unknown[])[0]);

describe("the preview", () => {
  it("shows the report: cover, Daftar Isi, chapters, the chart and the numbers of the records", async () => {
    const res = await leader.get(page);
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = htmlToText(html);
    for (const h of ["LAPORAN", "KEPADA", "PRESIDEN REPUBLIK INDONESIA", "Periode 1 Januari s.d. 30 Juni 2025", "DAFTAR ISI", "I. PENDAHULUAN", "VII. PENUTUP"]) expect(text).toContain(h);
    expect(html).toContain("<svg");
    const total = sqlActionCounts(app.db, null).reduce((s, e) => s + e.total, 0);
    expect(text).toContain(`Terdapat ${total} rencana aksi yang tenggatnya jatuh dalam periode 1 Januari s.d. 30 Juni 2025`);
    expect(text).toContain(`telah dilaksanakan ${sqlRakorHeld(app.db, null).length} rapat koordinasi`);
    expect(html).toContain(`href="/laporan/unduh?dari=2025-01-01&amp;sampai=2025-06-30&amp;wilayah=nasional"`);
  });

  it("links every figure of the action plan and the rakor to a list with exactly that many records", async () => {
    const html = await (await leader.get(page)).text();
    const figureLinks = links(html, "/laporan/rincian?").filter(([, t]) => /^\d[\d.]*$/.test(t));
    // The summary table alone has 6 Subsatgas x 5 counts (zeros are not links) plus the totals.
    expect(figureLinks.length).toBeGreaterThan(20);
    const checked = new Map<string, number>();
    for (const [href, label] of figureLinks) {
      const n = Number(label.replace(/\./g, ""));
      if (checked.has(href)) {
        expect(checked.get(href), href).toBe(n);
        continue;
      }
      const res = await leader.get(href);
      expect(res.status, href).toBe(200);
      const body = await res.text();
      const heading = /<h1>([\s\S]*?)<\/h1>/.exec(body)![1];
      expect(Number(htmlToText(heading).split(": ").at(-1)!.replace(/\./g, "")), `${href} heading`).toBe(n);
      const rows = (/<tbody>([\s\S]*?)<\/tbody>/.exec(body)?.[1].match(/<tr>/g) ?? []).length;
      expect(rows, `${href} rows`).toBe(Math.min(n, 50));
      checked.set(href, n);
    }
    // Spot checks against SQL.
    const prevention = sqlActionCounts(app.db, null).find((e) => e.slug === "pencegahan")!;
    const overdueHref = `/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional&jenis=aksi&subsatgas=pencegahan&terlambat=1`;
    expect(checked.get(overdueHref)).toBe(prevention.overdue);
    const heldHref = "/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional&jenis=rakor";
    expect(checked.get(heldHref)).toBe(sqlRakorHeld(app.db, null).length);
  });

  it("links each region's row to the items of that region, and the national row to the national task force's own", async () => {
    const html = await (await leader.get(page)).text();
    const text = htmlToText(html);
    expect(text).toContain("TENTANG PELAKSANAAN TUGAS PENCEGAHAN DAN PENANGANAN TINDAK PIDANA PERDAGANGAN ORANG Periode 1 Januari s.d. 30 Juni 2025");
    const base = "/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional&jenis=aksi";
    const jabar = count("SELECT count(*) FROM action_items WHERE (region_code = '32' OR region_code LIKE '32.%') AND due_date BETWEEN ? AND ?", PERIOD.start, PERIOD.end);
    const own = count("SELECT count(*) FROM action_items WHERE region_code IS NULL AND due_date BETWEEN ? AND ?", PERIOD.start, PERIOD.end);
    const figure = links(html, "/laporan/rincian?");
    expect(figure).toContainEqual([`${base}&kode=32`, String(jabar)]);
    expect(figure).toContainEqual([`${base}&sendiri=1`, String(own)]);
    expect(figure).toContainEqual([`${base}&kode=32&status=blocked`, "1"]);
    expect(htmlToText(await (await leader.get(`${base}&kode=32`)).text())).toContain(`Rencana aksi wilayah Provinsi Jawa Barat: ${jabar}`);
    expect(htmlToText(await (await leader.get(`${base}&sendiri=1`)).text())).toContain(`Rencana aksi tingkat nasional: ${own}`);
    // Each province's name opens its own report for the same period.
    expect(html).toContain('href="/laporan?dari=2025-01-01&amp;sampai=2025-06-30&amp;wilayah=32"');
    // A region outside the report's scope is refused.
    const jabarReport = "/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=32&jenis=aksi";
    expect((await leader.get(`${jabarReport}&kode=33.01`)).status).toBe(400);
    expect((await leader.get(`${jabarReport}&kode=32.12`)).status).toBe(200);
  });

  it("lists the records behind a figure with links to each record", async () => {
    const res = await leader.get("/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional&jenis=aksi&status=blocked");
    const html = await res.text();
    const text = htmlToText(html);
    expect(text).toContain("Rencana aksi berstatus Terhambat: 2");
    expect(text).toContain(KNOWN.blockedNote);
    const id = count("SELECT id FROM action_items WHERE title = 'Pengawasan LPK dan P3MI'");
    expect(html).toContain(`href="/aksi/${id}"`);
    const rakor = await (await leader.get("/laporan/rincian?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional&jenis=rakor&tingkat=provinsi&bentuk=in_person")).text();
    expect(htmlToText(rakor)).toContain("Rakor terlaksana tingkat provinsi secara luring: 1");
    expect(rakor).toContain(`href="/rakor/${count("SELECT id FROM rakor WHERE title = ?", KNOWN.provinceRakor)}"`);
  });

  it("links the case figures to the statistics page, which shows the same totals", async () => {
    const html = await (await leader.get(page)).text();
    const statLinks = links(html, "/statistik?");
    expect(statLinks.length).toBeGreaterThan(8);
    const totals = sqlCaseTotals(app.db, null);
    expect(statLinks.map(([, t]) => t)).toContain(formatNumber(totals.victimsTotal));
    const statistik = await (await leader.get("/statistik?dari=2025-01-01&sampai=2025-06-30")).text();
    const figure = (key: string) => htmlToText(new RegExp(`data-figure="${key}"[^>]*>\\s*<strong>([^<]*)</strong>`).exec(statistik)![1]);
    expect(figure("victimsTotal")).toBe(formatNumber(totals.victimsTotal));
    expect(figure("casesReported")).toBe(formatNumber(totals.casesReported));
  });

  it("opens on 1 January to 30 June of this year and the user's own task force", async () => {
    const year = todayIn("Asia/Jakarta").slice(0, 4);
    const text = htmlToText(await (await leader.get("/laporan")).text());
    expect(text).toContain(`Nasional · periode 1 Januari s.d. 30 Juni ${year}`);
    const indramayu = await app.loginAs("indramayu@demo.sigap.id");
    const own = htmlToText(await (await indramayu.get("/laporan?dari=2025-08-01&sampai=2025-08-31")).text());
    expect(own).toContain("Kabupaten Indramayu · periode 1 Agustus s.d. 31 Agustus 2025");
    expect(own).toContain("Rapat Koordinasi Gugus Tugas Pencegahan dan Penanganan TPPO Kabupaten Indramayu Tahun 2025");
    expect(own).not.toContain("Rapat Koordinasi Nasional Gugus Tugas");
  });

  it("answers a bad period with 400 and the message next to the field", async () => {
    const res = await leader.get("/laporan?dari=2025-06-30&sampai=2025-01-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="f-sampai-error"[^>]*>Akhir periode tidak boleh sebelum awal periode\./);
  });

  it("is closed to liaisons", async () => {
    const liaison = await app.loginAs("kemenpppa@demo.sigap.id");
    const res = await liaison.get(page);
    expect(res.status).toBe(403);
    expect(htmlToText(await res.text())).toContain("Akses ditolak");
  });
});

describe("the narrative draft", () => {
  const drafts = () => count("SELECT count(*) FROM report_drafts");
  const audits = () => count("SELECT count(*) FROM audit_log WHERE entity = 'report_draft'");

  it("refuses an over-long part with a message next to it and writes nothing", async () => {
    const before = { drafts: drafts(), audits: audits() };
    const res = await leader.post(page, { intent: "simpan", rekomendasi: "a".repeat(20_001) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="f-rekomendasi-error"[^>]*>Paling panjang 20\.000 karakter\./);
    expect({ drafts: drafts(), audits: audits() }).toEqual(before);
  });

  it("saves the parts for this scope and period, with an audit row, and the preview uses them", async () => {
    const res = await leader.post(page, { intent: "simpan", pengantar: "", kendala: "  Kendala utama: data daerah.  ", rekomendasi: "Rekomendasi pertama.\r\n\r\nRekomendasi kedua.", penutup: "" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/laporan?dari=2025-01-01&sampai=2025-06-30&wilayah=nasional");
    const row = app.db.$client.prepare("SELECT * FROM report_drafts WHERE scope_key = 'nasional' AND period_start = ? AND period_end = ?").get(PERIOD.start, PERIOD.end) as Record<string, unknown>;
    expect(row).toMatchObject({ pengantar: null, kendala: "Kendala utama: data daerah.", rekomendasi: "Rekomendasi pertama.\n\nRekomendasi kedua.", penutup: null });
    const audit = app.db.$client.prepare("SELECT action, user_id AS userId, after FROM audit_log WHERE entity = 'report_draft' ORDER BY id DESC LIMIT 1").get() as { action: string; userId: number; after: string };
    expect(audit.action).toBe("create");
    expect(audit.userId).toBe(count("SELECT id FROM users WHERE email = 'pimpinan@demo.sigap.id'"));
    expect(JSON.parse(audit.after).rekomendasi).toBe("Rekomendasi pertama.\n\nRekomendasi kedua.");
    const text = htmlToText(await (await leader.get(res.headers.get("Location")!)).text());
    expect(text).toContain("Draf tersimpan.");
    expect(text).toContain("B. Rekomendasi Rekomendasi pertama. Rekomendasi kedua.");
    expect(text).toContain("Kendala utama: data daerah.");
  });

  it("replaces the draft on a second save (one row, an update in the audit log) and keeps other periods apart", async () => {
    const res = await leader.post(page, { intent: "simpan", rekomendasi: "Rekomendasi yang diperbarui." });
    expect(res.status).toBe(302);
    expect(count("SELECT count(*) FROM report_drafts WHERE scope_key = 'nasional' AND period_start = ? AND period_end = ?", PERIOD.start, PERIOD.end)).toBe(1);
    const audit = app.db.$client.prepare("SELECT action, before, after FROM audit_log WHERE entity = 'report_draft' ORDER BY id DESC LIMIT 1").get() as { action: string; before: string; after: string };
    expect(audit.action).toBe("update");
    expect(JSON.parse(audit.before).rekomendasi).toBe("Rekomendasi pertama.\n\nRekomendasi kedua.");
    expect(JSON.parse(audit.after).rekomendasi).toBe("Rekomendasi yang diperbarui.");
    const other = htmlToText(await (await leader.get("/laporan?dari=2025-07-01&sampai=2025-12-31&wilayah=nasional")).text());
    expect(other).toContain("Belum ada draf untuk periode dan wilayah ini.");
    expect(other).toContain("Rekomendasi belum dituliskan.");
  });

  it("refuses an unknown intent with 400", async () => {
    const before = drafts();
    const res = await leader.post(page, { intent: "hapus" });
    expect(res.status).toBe(400);
    expect(drafts()).toBe(before);
  });
});
