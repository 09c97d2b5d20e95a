// What the report says, checked on the composed document (the model both the preview and the
// .docx draw) against counts made here with SQL from the records: a national report lists the
// national task force's own items and summarises the provinces, a province's report its
// regencies, a regency's lists its own; capped lists point to the annex; the period is written one
// way; legal bases are written once and agree with the registry; the secretariat's typed text
// keeps its structure; the signature carries place, date, position, name, rank and NIP/NRP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { seedDemo } from "../../db/demo/seed";
import { createActionItems } from "../../app/action-plan/action.server";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { saveTaskForce } from "../../app/task-forces/task-force.server";
import { composeReport } from "../../app/report/compose.server";
import { plain, type Block, type ReportDocument } from "../../app/report/model";
import { getReportScope, loadReportData, saveReportDraft } from "../../app/report/report.server";
import { loadLaporanTemplate, type LaporanTemplate } from "../../app/report/template.server";
import { formatNumber, formatPercent } from "../../app/utils/format";
import { formatCalendarDate, periodLabel, todayIn, type Period } from "../../app/utils/period";
import { freshDb } from "../support/bundle";
import { PERIOD, seedReportData } from "../support/report";

let db: Db;
let close: () => void;
let actor: number;
const template = loadLaporanTemplate();
const LABEL = periodLabel(PERIOD);
const INDRAMAYU_BASIS = "SK Kepala Daerah Nomor 188/Kep.45-DP3A/2024 tanggal 15 Januari 2024 tentang Pembentukan Gugus Tugas PP-TPPO Kabupaten Indramayu";

beforeAll(async () => {
  ({ db, close } = freshDb());
  await seedDemo(db);
  seedReportData(db);
  actor = (db.$client.prepare("SELECT id FROM users WHERE email = 'sekretariat@demo.sigap.id'").get() as { id: number }).id;
  // More own items in one Subsatgas than the report names: the rest go to the annex.
  const polri = findAgencyByName(db, "Polri")!.id;
  createActionItems(
    db,
    Array.from({ length: 27 }, (_, i) => ({ title: `Patroli siber gabungan ${i + 1}`, description: null, subsatgasSlug: "kerja-sama", leadAgencyId: polri, supportingAgencyIds: [], regionCode: null, dueDate: "2025-05-20" })),
    null,
    actor,
  );
  // Legal bases whose recorded titles repeat the act's name: "Keputusan Gubernur ... tentang ...".
  const basis = (code: string, legalBasis: { kind: "sk_kepala_daerah"; number: string; date: string; title: string }) =>
    saveTaskForce(db, code, { formed: true, legalBasis, subsatgas: ["pencegahan"], secretariat: null, contactName: null, contactPhone: null, contactEmail: null, removeDocument: false }, actor, null);
  basis("32.12", { kind: "sk_kepala_daerah", number: "188/Kep.45-DP3A/2024", date: "2024-01-15", title: "Keputusan Bupati Indramayu Nomor 188/Kep.45-DP3A/2024 tentang Pembentukan Gugus Tugas PP-TPPO Kabupaten Indramayu" });
  basis("74", { kind: "sk_kepala_daerah", number: "27 Tahun 2024", date: "2024-07-01", title: "Keputusan Gubernur Sulawesi Tenggara tentang Gugus Tugas PP-TPPO" });
});
afterAll(() => close());

function report(code: string | null, period: Period = PERIOD, t: LaporanTemplate = template): ReportDocument {
  return composeReport(loadReportData(db, getReportScope(db, code)!, period), t);
}

function tableOf(doc: ReportDocument, captionStart: string) {
  const t = doc.blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.caption.replace(/^Tabel \d+\.\s*/, "").startsWith(captionStart));
  if (!t) throw new Error(`no table "${captionStart}"`);
  return { rows: t.rows.map((r) => r.map((c) => c.text)), footer: t.footer?.map((c) => c.text) ?? [], caption: t.caption };
}

const hasTable = (doc: ReportDocument, start: string) => doc.blocks.some((b) => b.kind === "table" && b.caption.replace(/^Tabel \d+\.\s*/, "").startsWith(start));

/** Every text of the document: cover, header, paragraphs, list items, captions, cells and signature. */
function allText(doc: ReportDocument): string[] {
  const out = [...doc.cover.lines, ...doc.cover.about, doc.cover.period, doc.cover.placeDate, doc.header];
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") out.push(plain(b.content));
    else if (b.kind === "list") out.push(...b.items.map(plain));
    else if (b.kind === "heading") out.push(b.title);
    else if (b.kind === "table") out.push(b.caption, ...b.rows.flat().map((c) => c.text));
  }
  return out;
}

/** The blocks between a heading titled `title` and the next heading. */
function section(doc: ReportDocument, title: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.title === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === "heading");
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}

// ---------------------------------------------------------------------------------------------
// Counts straight from the records
// ---------------------------------------------------------------------------------------------

const OVERDUE = `a.status NOT IN ('done', 'cancelled') AND a.due_date < CASE coalesce(r.time_zone, 'Asia/Jakarta')
  WHEN 'Asia/Makassar' THEN @wita WHEN 'Asia/Jayapura' THEN @wit ELSE @wib END`;

/** Items due in the period grouped by `key` (an SQL expression over action_items a). */
function countsBy(key: string, where = "1 = 1") {
  const now = Date.now();
  return db.$client
    .prepare(
      `SELECT ${key} AS k, count(*) AS total, sum(a.status = 'done') AS done, sum(a.status = 'in_progress') AS inProgress,
         sum(a.status = 'blocked') AS blocked, sum(a.status = 'cancelled') AS cancelled, sum(${OVERDUE}) AS overdue
       FROM action_items a LEFT JOIN regions r ON r.code = a.region_code
       WHERE a.due_date BETWEEN @start AND @end AND ${where} GROUP BY k`,
    )
    .all({ start: PERIOD.start, end: PERIOD.end, wib: todayIn("Asia/Jakarta", now), wita: todayIn("Asia/Makassar", now), wit: todayIn("Asia/Jayapura", now) }) as {
    k: string;
    total: number;
    done: number;
    inProgress: number;
    blocked: number;
    cancelled: number;
    overdue: number;
  }[];
}

const ZERO = { total: 0, done: 0, inProgress: 0, blocked: 0, cancelled: 0, overdue: 0 };
const pct = (c: { done: number; total: number; cancelled: number }) => (c.total - c.cancelled > 0 ? formatPercent(Math.round((c.done / (c.total - c.cancelled)) * 1000) / 10) : "–");
const cells = (c: typeof ZERO) => [c.total, c.done, c.inProgress, c.blocked, c.overdue].map(formatNumber).concat(pct(c));

function ownItems(where: string, subsatgas: string) {
  return (
    db.$client.prepare(`SELECT title FROM action_items a WHERE ${where} AND subsatgas_slug = ? AND due_date BETWEEN ? AND ? ORDER BY due_date, id`).all(subsatgas, PERIOD.start, PERIOD.end) as { title: string }[]
  ).map((r) => r.title);
}

const SUBSATGAS = () => db.$client.prepare("SELECT slug, name FROM subsatgas WHERE active = 1 ORDER BY position").all() as { slug: string; name: string }[];

// ---------------------------------------------------------------------------------------------

describe("a national report", () => {
  it("lists the national task force's own items (no region) per Subsatgas, at most 25 each, the rest in the annex", () => {
    const doc = report(null);
    for (const s of SUBSATGAS()) {
      const own = ownItems("a.region_code IS NULL", s.slug);
      if (own.length === 0) {
        expect(hasTable(doc, `Rencana aksi Subsatgas ${s.name}`), s.name).toBe(false);
        continue;
      }
      const rows = tableOf(doc, `Rencana aksi Subsatgas ${s.name}`).rows;
      expect(rows.map((r) => r[1]), s.name).toEqual(own.slice(0, 25));
      const after = section(doc, `Subsatgas ${s.name}`).map((b) => (b.kind === "paragraph" ? plain(b.content) : ""));
      if (own.length > 25) expect(after).toContain(`… dan ${own.length - 25} rencana aksi lainnya (lihat Lampiran).`);
      else expect(after.some((p) => p.includes("lainnya (lihat Lampiran)"))).toBe(false);
    }
    expect(ownItems("a.region_code IS NULL", "kerja-sama").length).toBe(28);
    // Regional items are summarised, never listed among the national task force's own.
    expect(allText(doc).some((x) => x.startsWith("Rumah aman korban Jawa Barat"))).toBe(false);
  });

  it("summarises each province (its regencies included) as counted from the records, after the national task force's own row", () => {
    const doc = report(null);
    const byProvince = new Map(countsBy("coalesce(substr(a.region_code, 1, 2), '')").map((r) => [r.k, r]));
    const provinces = db.$client.prepare("SELECT code, name FROM regions WHERE level = 'provinsi' ORDER BY code").all() as { code: string; name: string }[];
    const table = tableOf(doc, "Capaian rencana aksi per provinsi");
    expect(table.rows.length).toBe(1 + 38);
    expect(table.rows[0]).toEqual(["Tingkat nasional", ...cells(byProvince.get("") ?? ZERO)]);
    provinces.forEach((p, i) => expect(table.rows[i + 1], p.name).toEqual([p.name, ...cells(byProvince.get(p.code) ?? ZERO)]));
    const total = countsBy("'all'")[0];
    expect(table.footer).toEqual(["Jumlah", ...cells(total)]);
    expect(byProvince.get("32")!.total).toBe(2);
  });

  it("groups the blocked items per Subsatgas and per province and names the longest blocked with what blocks them", () => {
    const doc = report(null);
    const bySubsatgas = new Map(countsBy("a.subsatgas_slug").map((r) => [r.k, r]));
    expect(tableOf(doc, "Rencana aksi terhambat per Subsatgas").rows).toEqual(
      SUBSATGAS().map((s) => {
        const c = bySubsatgas.get(s.slug) ?? ZERO;
        return [s.name, formatNumber(c.total), formatNumber(c.blocked), c.total ? formatPercent(Math.round((c.blocked / c.total) * 1000) / 10) : "–"];
      }),
    );
    const blockedByProvince = countsBy("coalesce(substr(a.region_code, 1, 2), '')", "a.status = 'blocked'");
    const names = new Map((db.$client.prepare("SELECT code, name FROM regions").all() as { code: string; name: string }[]).map((r) => [r.code, r.name]));
    expect(tableOf(doc, "Rencana aksi terhambat per provinsi").rows.map((r) => [r[0], r[2]])).toEqual(
      blockedByProvince.sort((a, b) => b.blocked - a.blocked).map((r) => [r.k === "" ? "Tingkat nasional" : names.get(r.k), String(r.blocked)]),
    );
    // Longest blocked first: by the moment the item last became terhambat.
    const since = db.$client
      .prepare(
        `SELECT a.title, (SELECT min(u.at) FROM action_updates u WHERE u.action_id = a.id AND u.status = 'blocked'
           AND u.at > coalesce((SELECT max(v.at) FROM action_updates v WHERE v.action_id = a.id AND v.status <> 'blocked'), 0)) AS since
         FROM action_items a WHERE a.status = 'blocked' AND a.due_date BETWEEN ? AND ? ORDER BY since, a.due_date, a.id`,
      )
      .all(PERIOD.start, PERIOD.end) as { title: string; since: number }[];
    const longest = tableOf(doc, "Rencana aksi yang paling lama terhambat").rows;
    expect(longest.map((r) => r[1].replace(/ \(.*\)$/, ""))).toEqual(since.map((s) => s.title));
    expect(longest[0].slice(4)).toEqual([formatCalendarDate(todayIn("Asia/Jakarta", since[0].since)), "Data LPK belum diserahkan pemerintah daerah."]);
  });
});

describe("a province's report and a regency's", () => {
  it("a province lists its own items and summarises its regencies", () => {
    const doc = report("32");
    const byRegency = new Map(countsBy("a.region_code", "a.region_code LIKE '32.%'").map((r) => [r.k, r]));
    const own = countsBy("'own'", "a.region_code = '32'")[0] ?? ZERO;
    const regencies = db.$client.prepare("SELECT code, name FROM regions WHERE parent_code = '32' ORDER BY code").all() as { code: string; name: string }[];
    const table = tableOf(doc, "Capaian rencana aksi per kabupaten/kota");
    expect(table.rows.length).toBe(1 + regencies.length);
    expect(table.rows[0]).toEqual(["Tingkat provinsi", ...cells(own)]);
    regencies.forEach((r, i) => expect(table.rows[i + 1], r.name).toEqual([r.name, ...cells(byRegency.get(r.code) ?? ZERO)]));
    expect(table.rows.find((r) => r[0] === "Kabupaten Indramayu")!.slice(1, 5)).toEqual(["1", "0", "0", "1"]);
    // Its own items only: those of Jawa Barat itself.
    expect(tableOf(doc, "Rencana aksi Subsatgas Rehabilitasi Sosial").rows.map((r) => r[1])).toEqual(ownItems("a.region_code = '32'", "rehabilitasi-sosial"));
    expect(hasTable(doc, "Rencana aksi Subsatgas Pencegahan")).toBe(false);
    const no = /^Tabel (\d+)\./.exec(table.caption)![1];
    expect(allText(doc)).toContain(`GT PP-TPPO Provinsi Jawa Barat sendiri tidak memiliki rencana aksi dalam Subsatgas ini; rencana aksi kabupaten/kota dirangkum pada Tabel ${no}.`);
  });

  it("a regency lists its own items and has no table per region", () => {
    const doc = report("32.12");
    expect(doc.blocks.some((b) => b.kind === "table" && b.caption.includes("per kabupaten/kota"))).toBe(false);
    expect(doc.blocks.some((b) => b.kind === "heading" && b.title.startsWith("Capaian per"))).toBe(false);
    expect(tableOf(doc, "Rencana aksi Subsatgas Pencegahan").rows.map((r) => r[1])).toEqual(ownItems("a.region_code = '32.12'", "pencegahan"));
    // Chapter V speaks of its own task force, as the registry has it.
    expect(section(doc, "PENGUATAN KELEMBAGAAN DAERAH")).toEqual([
      { kind: "paragraph", content: `GT PP-TPPO Kabupaten Indramayu dibentuk berdasarkan ${INDRAMAYU_BASIS}.`, note: false },
      { kind: "paragraph", content: "Subsatgas yang telah terbentuk pada GT PP-TPPO Kabupaten Indramayu sebanyak 1 dari 6 Subsatgas, yaitu Pencegahan.", note: false },
    ]);
  });
});

describe("the wording", () => {
  it("writes the period one way on the cover, in the header and in the text", () => {
    for (const doc of [report(null), report("32"), report(null, { start: "2025-01-01", end: "2025-12-31" })]) {
      const label = doc.cover.period.replace(/^Periode /, "");
      expect([LABEL, "1 Januari s.d. 31 Desember 2025"]).toContain(label);
      expect(doc.header).toContain(`Periode ${label}`);
      const texts = allText(doc);
      expect(texts.filter((x) => x.includes(`periode ${label}`)).length).toBeGreaterThanOrEqual(4);
      // No other way of writing a period: "sampai dengan", a dash between dates, or the start written with its year.
      const month = "(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)";
      for (const x of texts) {
        expect(x).not.toMatch(/sampai dengan/);
        expect(x).not.toMatch(new RegExp(`\\d ${month}( \\d{4})? ?[-–] ?\\d{1,2} ${month}`));
        expect(x).not.toMatch(/1 Januari 2025 s\.d\./);
      }
    }
  });

  it("has a cover in the Tata Naskah Dinas manner: title lines, TENTANG what, the period, place and date", () => {
    const doc = report(null);
    expect(doc.cover.lines).toEqual(["LAPORAN", "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG", "KEPADA", "PRESIDEN REPUBLIK INDONESIA"]);
    expect(doc.cover.about).toEqual(["PELAKSANAAN TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG"]);
    expect(doc.cover.period).toBe(`Periode ${LABEL}`);
    expect(doc.cover.placeDate).toBe(`Jakarta, ${formatCalendarDate(todayIn("Asia/Jakarta"))}`);
    expect(doc.cover.logo).toBeNull();
    const logo = { png: "iVBORw0KGgo=", widthCm: 2.5 };
    expect(report(null, PERIOD, { ...template, logo }).cover.logo).toEqual(logo);
    expect(report("32").cover.lines).toEqual(["LAPORAN", "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG", "PROVINSI JAWA BARAT", "KEPADA", "GUBERNUR JAWA BARAT"]);
  });

  it("cites the legal references valid for the period as a numbered list, never the 2020-2024 plan in 2025", () => {
    const dasar = (doc: ReportDocument) => section(doc, "Dasar").find((b): b is Extract<Block, { kind: "list" }> => b.kind === "list")!;
    const y2025 = dasar(report(null));
    expect(y2025.ordered).toBe(true);
    const items = y2025.items.map(plain);
    expect(items.some((x) => x.includes("2020-2024"))).toBe(false);
    expect(items[0]).toBe("Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang;");
    expect(items.at(-1)).toMatch(/terakhir dengan Peraturan Presiden Nomor 49 Tahun 2023\.$/);
    expect(items.slice(0, -1).every((x) => x.endsWith(";"))).toBe(true);
    expect(dasar(report(null, { start: "2024-01-01", end: "2024-06-30" })).items.map(plain).some((x) => x.includes("Tahun 2020-2024"))).toBe(true);
  });

  it("states the national task force's legal basis in chapter V, with coverage counts that agree with the table", () => {
    const doc = report(null);
    const texts = section(doc, "PENGUATAN KELEMBAGAAN DAERAH").filter((b) => b.kind === "paragraph").map((b) => plain((b as Extract<Block, { kind: "paragraph" }>).content));
    expect(texts).toContain(
      "GT PP-TPPO dibentuk berdasarkan Peraturan Presiden Nomor 69 Tahun 2008 tentang Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Presiden Nomor 49 Tahun 2023.",
    );
    expect(allText(doc).some((x) => x.includes("belum dicatat"))).toBe(false);
    const table = tableOf(doc, "Pembentukan Gugus Tugas provinsi dan kabupaten/kota").rows;
    const withBasis = table.filter((r) => r[3] !== "Belum ada").length;
    const formed = table.filter((r) => r[2] === "Terbentuk").length;
    expect(texts.join(" ")).toContain(`Gugus Tugas terbentuk di ${formed} dari 38 provinsi`);
    expect(texts.join(" ")).toMatch(new RegExp(`; ${withBasis} provinsi dan \\d+ kabupaten/kota di antaranya dengan dasar hukum`));
    // Recorded as "Keputusan Gubernur Sulawesi Tenggara tentang Gugus Tugas PP-TPPO": written once.
    expect(table.find((r) => r[1] === "Sulawesi Tenggara")![3]).toBe("SK Kepala Daerah Nomor 27 Tahun 2024 tanggal 1 Juli 2024 tentang Gugus Tugas PP-TPPO");
    const sultra = report("74");
    const ownBasis = "SK Kepala Daerah Nomor 27 Tahun 2024 tanggal 1 Juli 2024 tentang Gugus Tugas PP-TPPO";
    expect(allText(sultra)).toContain(`GT PP-TPPO Provinsi Sulawesi Tenggara dibentuk berdasarkan ${ownBasis}.`);
    expect(allText(sultra)).toContain(`${ownBasis}.`);
  });

  it("writes a regency's legal basis once, the same in Dasar, in chapter V and in its province's table", () => {
    const own = report("32.12");
    const dasar = section(own, "Dasar").find((b): b is Extract<Block, { kind: "list" }> => b.kind === "list")!;
    expect(plain(dasar.items.at(-1)!)).toBe(`${INDRAMAYU_BASIS}.`);
    expect(allText(own)).toContain(`GT PP-TPPO Kabupaten Indramayu dibentuk berdasarkan ${INDRAMAYU_BASIS}.`);
    expect(tableOf(report("32"), "Pembentukan Gugus Tugas kabupaten/kota").rows.find((r) => r[1] === "Kabupaten Indramayu")![3]).toBe(INDRAMAYU_BASIS);
    for (const x of allText(own)) expect(x).not.toMatch(/tentang .*Keputusan Bupati/);
  });

  it("keeps the structure of the text the secretariat typed: a numbered list is an ordered list of its items", () => {
    const period = { start: "2025-01-01", end: "2025-03-31" };
    saveReportDraft(
      db,
      null,
      period,
      {
        pengantar: null,
        kendala: "- Data LPK belum lengkap.\n- Anggaran terbatas.",
        rekomendasi: "Gugus Tugas merekomendasikan:\n1. Percepatan pembentukan Gugus Tugas kabupaten/kota.\n2. Penyerahan data LPK oleh pemerintah daerah.\n3. Penguatan anggaran rehabilitasi.\n\nDemikian rekomendasi ini.",
        penutup: null,
      },
      actor,
    );
    const doc = report(null, period);
    expect(section(doc, "Rekomendasi")).toEqual([
      { kind: "paragraph", content: "Gugus Tugas merekomendasikan:" },
      { kind: "list", ordered: true, items: ["Percepatan pembentukan Gugus Tugas kabupaten/kota.", "Penyerahan data LPK oleh pemerintah daerah.", "Penguatan anggaran rehabilitasi."] },
      { kind: "paragraph", content: "Demikian rekomendasi ini." },
    ]);
    expect(section(doc, "Kendala")).toContainEqual({ kind: "list", ordered: false, items: ["Data LPK belum lengkap.", "Anggaran terbatas."] });
  });

  it("signs with place and date, position, name, rank and NIP or NRP from the template, left blank where it is blank", () => {
    const plainDoc = report(null);
    expect(plainDoc.signature).toMatchObject({ placeDate: `Jakarta, ${formatCalendarDate(todayIn("Asia/Jakarta"))}`, name: null, rank: null, idLine: null });
    expect(plainDoc.signature.position).toBe("Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang");
    const signed: LaporanTemplate = {
      ...template,
      penandatangan: {
        nasional: { tempat: "Jakarta", jabatan: "Ketua Harian", nama: "Drs. Contoh Nama, M.Si.", pangkat: "Jenderal Polisi", nip: "", nrp: "65010001", keterangan: "" },
        daerah: { ...template.penandatangan.daerah, tempat: "Bandung" },
        wilayah: { "32": { nama: "Dr. Contoh Sekda", pangkat: "Pembina Utama Madya (IV/d)", nip: "196801011990031001" } },
      },
    };
    expect(report(null, PERIOD, signed).signature).toMatchObject({ name: "Drs. Contoh Nama, M.Si.", rank: "Jenderal Polisi", idLine: "NRP 65010001" });
    const jabar = report("32", PERIOD, signed).signature;
    expect(jabar).toMatchObject({ name: "Dr. Contoh Sekda", rank: "Pembina Utama Madya (IV/d)", idLine: "NIP 196801011990031001" });
    expect(jabar.placeDate).toBe(`Bandung, ${formatCalendarDate(todayIn("Asia/Jakarta"))}`);
    expect(jabar.position).toBe("Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang Provinsi Jawa Barat");
  });
});
