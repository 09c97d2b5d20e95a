// Composes the report from its data (report.server.ts) and its wording
// (templates/laporan.json) into a ReportDocument: the cover, chapters I-VII in the structure of a
// Laporan under the Tata Naskah Dinas, and the signature. The preview passes `links`, so every
// figure carries the address of the records behind it; the .docx does not.
import type { ReportData } from "./report.server";
import { FIGURES } from "../task-forces/case-figures";
import { barChartSvg } from "../documents/chart";
import { formatNumber, formatPercent } from "../utils/format";
import { formatCalendarDate, formatDayDate, periodLabel } from "../utils/period";
import { ACTION_STATUS_LABELS, LEGAL_BASIS_LABELS, LEVEL_LABELS, MODE_LABELS } from "../utils/labels";
import { personLine } from "../rakor/rakor-format";
import type { ReportLinks } from "./links";
import type { Block, CellModel, Column, Inline, ReportDocument, Text } from "./model";
import { fillTemplate, type LaporanTemplate } from "./template.server";

/** The text width of an A4 page with the report's margins (3 cm left, 2 cm right), in twips. */
export const TEXT_WIDTH = 9071;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const NOTE_MAX = 300;

/** The head of a region's government: "Gubernur Jawa Barat", "Bupati Indramayu", "Wali Kota Balikpapan". */
export function regionHead(level: string, name: string): string {
  if (level === "provinsi") return `Gubernur ${name}`;
  const m = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(name);
  if (!m) return `Kepala Daerah ${name}`;
  return m[1] === "Kabupaten" ? `Bupati ${m[2]}` : `Wali Kota ${m[2]}`;
}

type Values = Record<string, string | number>;
type LinkedValues = Record<string, string | number | Inline>;

/** Fills a template into inline pieces: a value given as an Inline keeps its link. */
function fillInline(template: string, values: LinkedValues): Inline[] {
  const out: Inline[] = [];
  for (const part of template.split(/(\{[a-z_]+\})/)) {
    if (!part) continue;
    const key = /^\{([a-z_]+)\}$/.exec(part)?.[1];
    const v = key !== undefined ? values[key] : undefined;
    if (key === undefined || v === undefined) out.push({ text: part });
    else if (typeof v === "object") out.push(v);
    else out.push({ text: String(v) });
  }
  return out;
}

/** Paragraphs of a leader's text: blank lines separate paragraphs, single line breaks are kept. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function truncate(text: string, max = NOTE_MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

export interface ComposeOptions {
  /** Links of the preview; absent in the .docx. */
  links?: ReportLinks;
}

/** The placeholders every sentence may use, and the signer, for one report. */
export function wordingValues(data: ReportData, t: LaporanTemplate) {
  const scope = data.scope;
  const national = scope.code === null;
  const period = periodLabel(data.period);
  const regionTitle = national ? "" : scope.level === "provinsi" ? `Provinsi ${scope.name}` : scope.name;
  const values: Values = {
    periode: period,
    tanggal_awal: formatCalendarDate(data.period.start),
    tanggal_akhir: formatCalendarDate(data.period.end),
    tanggal_laporan: formatCalendarDate(data.today),
    tanggal_data: formatCalendarDate(data.today),
    wilayah: national ? "Nasional" : regionTitle,
    wilayah_kapital: regionTitle.toUpperCase(),
    kepala_daerah: national ? "" : regionHead(scope.level, scope.name),
    gugus_tugas: `Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang${regionTitle ? ` ${regionTitle}` : ""}`,
    gugus_tugas_singkat: `GT PP-TPPO${regionTitle ? ` ${regionTitle}` : ""}`,
    cakupan: national
      ? "pelaksanaan tugas Gugus Tugas di tingkat nasional, provinsi dan kabupaten/kota"
      : scope.level === "provinsi"
        ? `pelaksanaan tugas Gugus Tugas ${regionTitle} beserta kabupaten/kota di wilayahnya`
        : `pelaksanaan tugas Gugus Tugas ${regionTitle}`,
    daftar_subsatgas: data.subsatgas.map((s) => s.name).join("; "),
    jumlah_subsatgas: formatNumber(data.subsatgas.length),
  };
  const fill = (s: string, extra: Values = {}) => fillTemplate(s, { ...values, ...extra });
  values.penerima = fill(national ? t.penerima.nasional : t.penerima.daerah);
  values.penerima_kapital = String(values.penerima).toUpperCase();
  const base = national ? t.penandatangan.nasional : { ...t.penandatangan.daerah, ...(scope.code ? t.penandatangan.wilayah[scope.code] : undefined) };
  const signer = { tempat: fill(base.tempat ?? ""), jabatan: fill(base.jabatan ?? ""), nama: fill(base.nama ?? ""), keterangan: fill(base.keterangan ?? "") };
  values.tempat = signer.tempat;
  values.tempat_tanggal = signer.tempat ? fill(t.tanda_tangan.tempat_tanggal) : fill(t.tanda_tangan.tanggal_saja);
  return { values, fill, signer, period, national };
}

/** The standard texts used where the leader leaves pengantar or penutup empty (the draft form shows them). */
export function defaultNarrative(data: ReportData, t: LaporanTemplate): { pengantar: string; penutup: string } {
  const { fill } = wordingValues(data, t);
  return { pengantar: t.pendahuluan.umum.paragraf.map((p) => fill(p)).join("\n\n"), penutup: fill(t.penutup.baku) };
}

export function composeReport(data: ReportData, t: LaporanTemplate, options: ComposeOptions = {}): ReportDocument {
  const L = options.links;
  const scope = data.scope;
  const { values, fill, signer, period, national } = wordingValues(data, t);
  const num = (n: number) => formatNumber(n);
  const pct = (v: number | null) => (v === null ? t.rencana_aksi.tidak_ada_angka : formatPercent(v));
  const link = (text: string, href: string | undefined): Inline | string => (href ? { text, href } : text);
  const totals = data.totals;

  const blocks: Block[] = [];
  let chapter = 0;
  let sub = 0;
  let tableNo = 0;
  let figureNo = 0;
  const h1 = (title: string) => {
    chapter += 1;
    sub = 0;
    blocks.push({ kind: "heading", level: 1, number: `${ROMAN[chapter - 1]}.`, title: title.toUpperCase(), anchor: `bab-${chapter}` });
  };
  const h2 = (title: string) => {
    sub += 1;
    blocks.push({ kind: "heading", level: 2, number: `${LETTERS[sub - 1]}.`, title, anchor: `bab-${chapter}-${sub}` });
  };
  const para = (content: Text, note = false) => {
    if (typeof content === "string" ? content.trim() : content.some((i) => i.text.trim())) blocks.push({ kind: "paragraph", content, note });
  };
  const nextTable = () => (tableNo += 1);
  const table = (caption: string, columns: Column[], rows: CellModel[][], footer?: CellModel[], small = false) =>
    blocks.push({ kind: "table", anchor: `tabel-${tableNo}`, caption, columns, rows, footer, small });
  const more = (shown: number, total: number, what: string, href: string | undefined) => {
    if (href && total > shown) blocks.push({ kind: "more", text: `Pratinjau menampilkan ${num(shown)} dari ${num(total)} ${what}; dokumen .docx memuat semuanya. Lihat semua`, href });
  };

  // I. PENDAHULUAN ------------------------------------------------------------------------------
  const P = t.pendahuluan;
  h1(P.judul);
  h2(P.umum.judul);
  if (data.draft?.pengantar) for (const p of paragraphsOf(data.draft.pengantar)) para(p);
  else for (const p of P.umum.paragraf) para(fill(p));
  h2(P.maksud.judul);
  for (const p of P.maksud.paragraf) para(fill(p));
  h2(P.ruang_lingkup.judul);
  for (const p of P.ruang_lingkup.paragraf) para(fill(p));
  h2(P.dasar_hukum.judul);
  para(fill(P.dasar_hukum.pengantar));
  const bases = P.dasar_hukum.daftar.map((d) => fill(d));
  const ownBasis = data.coverage.own?.legalBasis;
  const ownBasisText = ownBasis?.kind && ownBasis.number && ownBasis.date ? legalBasisText(ownBasis) : null;
  if (ownBasis && ownBasisText) {
    const subject = ownBasis.title?.replace(/^tentang\s+/i, "") || `Pembentukan ${values.gugus_tugas}`;
    bases.push(fill(P.dasar_hukum.dasar_pembentukan, { dasar_hukum: legalBasisText(ownBasis, false), judul_dasar_hukum: subject }));
  }
  // Items of a list of grounds end with ";", the last one with ".".
  if (bases.length) blocks.push({ kind: "list", items: bases.map((b, i) => (i === bases.length - 1 ? b.replace(/;\s*$/, ".") : b)) });

  // II. PELAKSANAAN KOORDINASI --------------------------------------------------------------------
  const K = t.koordinasi;
  h1(K.judul);
  const held = data.rakorHeld;
  if (held.total === 0) para(fill(K.kosong));
  else {
    const levelTable = tableNo + 1;
    para(fillInline(fill(K.pengantar, { no_tabel_tingkat: levelTable, no_tabel_daftar: levelTable + 1 }), { jumlah_rakor: link(num(held.total), L?.rakorList()) }));
    const modeWidth = 1500;
    const cols: Column[] = [{ label: K.kolom.tingkat, width: TEXT_WIDTH - modeWidth * (data.rakorModes.length + 1) }, ...data.rakorModes.map((m) => ({ label: MODE_LABELS[m], width: modeWidth, align: "center" as const })), { label: K.kolom.jumlah, width: modeWidth, align: "center" }];
    const rows = data.rakorLevels.map((level) => [
      { text: LEVEL_LABELS[level] },
      ...data.rakorModes.map((mode) => {
        const n = held.cells.find((c) => c.level === level && c.mode === mode)?.count ?? 0;
        return { text: num(n), href: n ? L?.rakorList({ level, mode }) : undefined };
      }),
      { text: num(held.byLevel[level]), href: held.byLevel[level] ? L?.rakorList({ level }) : undefined, bold: true },
    ]);
    const footer = [
      { text: K.kolom.jumlah, bold: true },
      ...data.rakorModes.map((mode) => ({ text: num(held.byMode[mode]), href: held.byMode[mode] ? L?.rakorList({ mode }) : undefined, bold: true })),
      { text: num(held.total), href: L?.rakorList(), bold: true },
    ];
    nextTable();
    table(fill(K.tabel_tingkat, { no: tableNo }), cols, rows, footer);
    nextTable();
    const listCols: Column[] = [
      { label: K.kolom.no, width: 560, align: "center" },
      { label: K.kolom.tanggal, width: 1900 },
      { label: K.kolom.judul, width: 2811 },
      { label: K.kolom.tempat, width: 1900 },
      { label: K.kolom.pimpinan, width: 1900 },
    ];
    const listRows = data.rakorList.rows.map((r, i) => {
      const place =
        r.mode === "virtual"
          ? r.onlinePlatform
            ? fill(K.daring, { platform: r.onlinePlatform })
            : K.daring_tanpa_platform
          : r.mode === "hybrid"
            ? fill(K.hybrid, { tempat: r.venue ?? "-" })
            : (r.venue ?? "-");
      const chair = personLine({ name: r.chairName, rank: r.chairRank, position: r.chairPosition, agency: r.chairAgency }) || K.pimpinan_kosong;
      return [
        { text: `${i + 1}.` },
        { text: formatDayDate(r.startsAt, r.timeZone) },
        { text: r.title, href: L?.rakor(r.id) },
        { text: place },
        { text: chair },
      ];
    });
    table(fill(K.tabel_daftar, { no: tableNo }), listCols, listRows, undefined, true);
    more(data.rakorList.rows.length, data.rakorList.total, "rakor", L?.rakorList());
  }

  // III. CAPAIAN RENCANA AKSI ---------------------------------------------------------------------
  const R = t.rencana_aksi;
  h1(R.judul);
  const counts: LinkedValues = {
    jumlah_rencana_aksi: link(num(totals.total), L?.actions()),
    jumlah_selesai: link(num(totals.done), L?.actions({ status: "done" })),
    jumlah_berjalan: link(num(totals.inProgress), L?.actions({ status: "in_progress" })),
    jumlah_terhambat: link(num(totals.blocked), L?.actions({ status: "blocked" })),
    jumlah_belum: link(num(totals.notStarted), L?.actions({ status: "not_started" })),
    jumlah_dibatalkan: link(num(totals.cancelled), L?.actions({ status: "cancelled" })),
    jumlah_terlambat: link(num(totals.overdue), L?.actions({ overdue: true })),
    capaian: pct(totals.completion),
  };
  if (totals.total === 0) para(fill(R.kosong));
  else {
    para(fillInline(fill(R.pengantar, { no_tabel: tableNo + 1, no_gambar: figureNo + 1 }), counts));
  }
  // The summary table and the chart show every Subsatgas even when there are no items: the list is data.
  nextTable();
  const C = R.kolom_ringkasan;
  const numCol = 1150;
  const summaryCols: Column[] = [
    { label: C.subsatgas, width: TEXT_WIDTH - numCol * 6 },
    ...[C.total, C.selesai, C.berjalan, C.terhambat, C.terlambat, C.capaian].map((label) => ({ label, width: numCol, align: "center" as const })),
  ];
  const countCell = (n: number, href: string | undefined, bold = false): CellModel => ({ text: num(n), href: n ? href : undefined, bold });
  const summaryRows = data.subsatgas.map((s) => [
    { text: s.name, href: L ? `#bab-3-${data.subsatgas.indexOf(s) + 1}` : undefined },
    countCell(s.total, L?.actions({ subsatgas: s.slug })),
    countCell(s.done, L?.actions({ subsatgas: s.slug, status: "done" })),
    countCell(s.inProgress, L?.actions({ subsatgas: s.slug, status: "in_progress" })),
    countCell(s.blocked, L?.actions({ subsatgas: s.slug, status: "blocked" })),
    countCell(s.overdue, L?.actions({ subsatgas: s.slug, overdue: true })),
    { text: pct(s.completion) },
  ]);
  const summaryFooter = [
    { text: C.jumlah, bold: true },
    countCell(totals.total, L?.actions(), true),
    countCell(totals.done, L?.actions({ status: "done" }), true),
    countCell(totals.inProgress, L?.actions({ status: "in_progress" }), true),
    countCell(totals.blocked, L?.actions({ status: "blocked" }), true),
    countCell(totals.overdue, L?.actions({ overdue: true }), true),
    { text: pct(totals.completion), bold: true },
  ];
  table(fill(R.tabel_ringkasan, { no: tableNo }), summaryCols, summaryRows, summaryFooter);
  figureNo += 1;
  blocks.push({
    kind: "figure",
    anchor: `gambar-${figureNo}`,
    caption: fill(R.gambar, { no: figureNo }),
    widthCm: 15,
    description: data.subsatgas.map((s) => `${s.name}: ${pct(s.completion)}`).join("; "),
    svg: barChartSvg({
      id: "laporan-capaian",
      title: fill(R.judul_grafik),
      items: data.subsatgas.map((s) => ({ label: s.name, value: s.completion, note: `${num(s.done)} dari ${num(s.total - s.cancelled)}` })),
      width: 560,
    }),
  });
  const D = R.kolom_rincian;
  data.items.forEach((group, gi) => {
    const s = data.subsatgas[gi];
    h2(fill(R.subbab, { subsatgas: group.name }));
    if (group.total === 0) {
      para(fill(R.per_subsatgas_kosong, { subsatgas: group.name }));
      return;
    }
    para(
      fillInline(fill(R.per_subsatgas, { subsatgas: group.name, capaian: pct(s.completion) }), {
        jumlah: link(num(group.total), L?.actions({ subsatgas: group.slug })),
        jumlah_terlambat: link(num(s.overdue), L?.actions({ subsatgas: group.slug, overdue: true })),
      }),
    );
    nextTable();
    const cols: Column[] = [
      { label: D.no, width: 450, align: "center" },
      { label: D.judul, width: 2300 },
      { label: D.instansi, width: 1150 },
      { label: D.tenggat, width: 1150 },
      { label: D.status, width: 1300 },
      { label: D.progres, width: 900, align: "center" },
      { label: D.catatan, width: TEXT_WIDTH - 450 - 2300 - 1150 - 1150 - 1300 - 900 },
    ];
    const rows = group.rows.map((a, i) => [
      { text: `${i + 1}.` },
      { text: a.regionName ? `${a.title} (${a.regionName})` : a.title, href: L?.action(a.id) },
      { text: a.leadAgencyShort ?? a.leadAgencyName },
      { text: formatCalendarDate(a.dueDate) },
      { text: ACTION_STATUS_LABELS[a.status], flag: a.overdue ? R.tanda_terlambat : undefined },
      { text: `${a.progress}%` },
      { text: a.lastNote ? truncate(a.lastNote) : R.catatan_kosong },
    ]);
    table(fill(R.tabel_subsatgas, { no: tableNo, subsatgas: group.name }), cols, rows, undefined, true);
    more(group.rows.length, group.total, `rencana aksi Subsatgas ${group.name}`, L?.actions({ subsatgas: group.slug }));
    if (group.rows.some((a) => a.overdue)) para(R.keterangan_terlambat, true);
  });

  // IV. PENANGANAN KASUS DAN PERLINDUNGAN KORBAN ---------------------------------------------------
  const S = t.kasus;
  h1(S.judul);
  const ct = data.cases.totals;
  if (ct.entries === 0) para(fill(S.kosong));
  else {
    const caseValues: LinkedValues = {
      kasus_dilaporkan: link(num(ct.casesReported), L?.cases()),
      kasus_dituntut: link(num(ct.casesProsecuted), L?.cases()),
      tersangka: link(num(ct.suspects), L?.cases()),
      korban: link(num(ct.victimsTotal), L?.cases()),
      korban_perempuan: link(num(ct.victimsWomen), L?.cases()),
      korban_anak: link(num(ct.victimsChildren), L?.cases()),
      korban_direhabilitasi: link(num(ct.victimsRehabilitated), L?.cases()),
      korban_dipulangkan: link(num(ct.victimsRepatriated), L?.cases()),
    };
    para(fillInline(fill(S.pengantar), caseValues));
    nextTable();
    table(
      fill(S.tabel_jumlah, { no: tableNo }),
      [
        { label: S.kolom.uraian, width: 6071 },
        { label: S.kolom.jumlah, width: 3000, align: "center" },
      ],
      FIGURES.map((f) => [{ text: f.label }, { text: num(ct[f.key]), href: L?.cases() }]),
    );
    // By region in two tables, cases then victims, so that every column heading fits its column.
    const byRegion = (caption: string, keys: readonly (typeof FIGURES)[number][], regionWidth: number) => {
      nextTable();
      const figWidth = Math.floor((TEXT_WIDTH - regionWidth) / keys.length);
      const cols: Column[] = [{ label: S.kolom.wilayah, width: TEXT_WIDTH - figWidth * keys.length }, ...keys.map((f) => ({ label: f.short, width: figWidth, align: "center" as const }))];
      const rows = data.cases.byRegion.map((r) => [
        { text: r.regionCode === null ? S.kolom.nasional : (r.regionName ?? r.regionCode), href: L?.cases(r.regionCode) },
        ...keys.map((f) => ({ text: num(r[f.key]), href: L?.cases(r.regionCode) })),
      ]);
      const footer = [{ text: S.kolom.total, bold: true }, ...keys.map((f) => ({ text: num(ct[f.key]), bold: true, href: L?.cases() }))];
      table(fill(caption, { no: tableNo }), cols, rows, footer, true);
    };
    byRegion(S.tabel_wilayah_kasus, FIGURES.filter((f) => !f.key.startsWith("victims")), 3071);
    byRegion(S.tabel_wilayah_korban, FIGURES.filter((f) => f.key.startsWith("victims")), 1871);
  }
  if (ct.partialEntries > 0) para(fill(S.sebagian, { entri_sebagian: num(ct.partialEntries) }), true);
  para(fill(S.catatan), true);

  // V. PENGUATAN KELEMBAGAAN DAERAH ---------------------------------------------------------------
  const V = t.kelembagaan;
  h1(V.judul);
  const cov = data.coverage;
  para(fillInline(fill(V.pengantar), { kalimat_cakupan: link(cov.sentence, L?.taskForces()), kalimat_subsatgas: cov.subsatgasSentence }));
  para(ownBasisText ? fill(V.dasar_hukum_sendiri, { dasar_hukum: ownBasisText }) : fill(V.dasar_hukum_sendiri_kosong));
  if (cov.rows.length === 0) para(fill(V.kosong));
  else if (scope.level !== "kabupaten_kota") {
    nextTable();
    const VC = V.kolom;
    const isNational = national;
    const cols: Column[] = isNational
      ? [
          { label: VC.no, width: 500, align: "center" },
          { label: VC.provinsi, width: 2300 },
          { label: VC.terbentuk, width: 1250, align: "center" },
          { label: VC.dasar_hukum, width: 2621 },
          { label: VC.subsatgas, width: 1200, align: "center" },
          { label: VC.kabupaten_terbentuk, width: 1200, align: "center" },
        ]
      : [
          { label: VC.no, width: 500, align: "center" },
          { label: VC.kabupaten, width: 2800 },
          { label: VC.terbentuk, width: 1300, align: "center" },
          { label: VC.dasar_hukum, width: 3271 },
          { label: VC.subsatgas, width: 1200, align: "center" },
        ];
    const rows = cov.rows.map((r, i) => {
      const cells: CellModel[] = [
        { text: `${i + 1}.` },
        { text: r.name, href: L?.taskForce(r.code) },
        { text: r.formed ? V.ya : V.belum },
        { text: r.legalBasis ? legalBasisText(r.legalBasis) : V.tanpa_dasar_hukum },
        { text: r.subsatgasComplete ? V.lengkap : V.tidak_lengkap },
      ];
      if (isNational) cells.push({ text: fill(V.kabupaten_terbentuk, { terbentuk: num(r.regenciesFormed ?? 0), jumlah: num(r.regencies ?? 0) }) });
      return cells;
    });
    table(fill(isNational ? V.tabel_provinsi : V.tabel_kabupaten, { no: tableNo }), cols, rows, undefined, true);
  }

  // VI. KENDALA DAN REKOMENDASI -------------------------------------------------------------------
  const KD = t.kendala;
  h1(KD.judul);
  h2(KD.kendala_judul);
  if (totals.blocked === 0) para(fill(KD.kosong));
  else {
    para(fillInline(fill(KD.pengantar, { no_tabel: tableNo + 1 }), { jumlah_terhambat: link(num(totals.blocked), L?.actions({ status: "blocked" })) }));
    nextTable();
    const cols: Column[] = [
      { label: KD.kolom.no, width: 500, align: "center" },
      { label: KD.kolom.judul, width: 2700 },
      { label: KD.kolom.subsatgas, width: 1600 },
      { label: KD.kolom.instansi, width: 1600 },
      { label: KD.kolom.hambatan, width: TEXT_WIDTH - 500 - 2700 - 1600 - 1600 },
    ];
    const rows = data.blocked.map((b, i) => [
      { text: `${i + 1}.` },
      { text: b.regionName ? `${b.title} (${b.regionName})` : b.title, href: L?.action(b.id) },
      { text: b.subsatgasName },
      { text: b.leadAgencyShort ?? b.leadAgencyName },
      { text: b.blockedBy ? truncate(b.blockedBy, 500) : KD.hambatan_kosong },
    ]);
    table(fill(KD.tabel, { no: tableNo }), cols, rows, undefined, true);
    more(data.blocked.length, totals.blocked, "rencana aksi terhambat", L?.actions({ status: "blocked" }));
  }
  if (data.draft?.kendala) {
    if (totals.blocked > 0) para(fill(KD.catatan_pimpinan));
    for (const p of paragraphsOf(data.draft.kendala)) para(p);
  }
  h2(KD.rekomendasi_judul);
  if (data.draft?.rekomendasi) for (const p of paragraphsOf(data.draft.rekomendasi)) para(p);
  else para(fill(KD.rekomendasi_kosong));

  // VII. PENUTUP ----------------------------------------------------------------------------------
  h1(t.penutup.judul);
  if (data.draft?.penutup) for (const p of paragraphsOf(data.draft.penutup)) para(p);
  else para(fill(t.penutup.baku));

  const title = `Laporan ${values.gugus_tugas_singkat} kepada ${values.penerima}, Periode ${period}`;
  return {
    title,
    font: t.huruf,
    size: t.ukuran_huruf,
    cover: { lines: t.sampul.baris.map((l) => fill(l)).filter((l) => l.trim() !== ""), period: fill(t.sampul.periode), placeDate: fill(t.sampul.tempat_tanggal) },
    tocTitle: fill(t.daftar_isi.judul),
    tocNote: fill(t.daftar_isi.catatan),
    header: fill(t.kepala_halaman),
    footer: t.kaki_halaman,
    blocks,
    signature: {
      placeDate: String(values.tempat_tanggal),
      position: signer.jabatan,
      name: signer.nama.trim() ? signer.nama : null,
      blank: t.tanda_tangan.nama_kosong,
      note: signer.keterangan,
    },
  };
}

/** "Peraturan Kepala Daerah Nomor 12 Tahun 2024 tanggal 3 Mei 2024 tentang ..." from the recorded kind, number, date and title. */
export function legalBasisText(b: { kind: string | null; number: string | null; date: string | null; title?: string | null }, withTitle = true): string {
  const kind = b.kind === "other" || !b.kind ? (b.kind === "other" ? "Dasar hukum" : "") : (LEGAL_BASIS_LABELS[b.kind as keyof typeof LEGAL_BASIS_LABELS] ?? b.kind);
  const parts = [kind, b.number ? `Nomor ${b.number}` : "", b.date ? `tanggal ${formatCalendarDate(b.date)}` : "", withTitle && b.title ? `tentang ${b.title.replace(/^tentang\s+/i, "")}` : ""].filter(Boolean);
  return parts.join(" ");
}
