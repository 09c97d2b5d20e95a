// Composes the report from its data (report.server.ts) and its wording (templates/laporan.json,
// templates/dasar-hukum.json) into a ReportDocument: the cover, chapters I-VII in the structure of
// a Laporan under the Tata Naskah Dinas, and the signature. The report speaks at the level of its
// scope: figures for everything within it, one row per region directly below it, and by name only
// its own task force's records and the longest-blocked items, each list capped (the annex lists
// them all). The preview passes `links`, so every figure carries the address of the records
// behind it; the .docx does not.
import type { ReportData } from "./report.server";
import { FIGURES } from "../task-forces/case-figures";
import { barChartSvg } from "../documents/chart";
import { formatNumber, formatPercent } from "../utils/format";
import { formatCalendarDate, formatDate, formatDayDate, periodLabel } from "../utils/period";
import { ACTION_STATUS_LABELS, LEGAL_BASIS_LABELS, LEVEL_LABELS, MODE_LABELS } from "../utils/labels";
import { personLine } from "../rakor/rakor-format";
import type { StatusCounts } from "../action-plan/figures.server";
import type { ReportActionFilter } from "./report.server";
import type { ReportLinks } from "./links";
import type { Block, CellModel, Column, Inline, ReportDocument, Text } from "./model";
import { fillTemplate, referencesFor, type LaporanTemplate } from "./template.server";

/** The text width of an A4 page with the report's margins (3 cm left, 2 cm right), in twips. */
export const TEXT_WIDTH = 9071;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const NOTE_MAX = 200;

/** The head of a region's government: "Gubernur Jawa Barat", "Bupati Indramayu", "Wali Kota Balikpapan". */
export function regionHead(level: string, name: string): string {
  if (level === "provinsi") return `Gubernur ${name}`;
  const m = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(name);
  if (!m) return `Kepala Daerah ${name}`;
  return m[1] === "Kabupaten" ? `Bupati ${m[2]}` : `Wali Kota ${m[2]}`;
}

// ---------------------------------------------------------------------------------------------
// Legal bases
// ---------------------------------------------------------------------------------------------

/** The name of an act at the start of a title: "Keputusan Gubernur ...", "Peraturan Bupati ...", "SK ...". */
const ACT = /^(?:surat\s+keputusan|keputusan|peraturan|instruksi|sk|perda|perkada|pergub|perbup|perwal|kepgub|kepbup|kepwal)\b/i;

/**
 * A recorded title split into the act it names and what the act is about:
 * "Keputusan Gubernur Jawa Barat Nomor 5 Tahun 2024 tentang Pembentukan X" gives the act
 * "Keputusan Gubernur Jawa Barat" and the subject "Pembentukan X"; "tentang X" and "X" give the
 * subject "X"; a title that only names the act has no subject.
 */
export function splitLegalTitle(title: string | null | undefined): { act: string | null; subject: string | null } {
  const t = (title ?? "").replace(/\s+/g, " ").trim().replace(/[.;,]+$/, "");
  if (!t) return { act: null, subject: null };
  const actName = (s: string) => s.replace(/\s+(?:nomor|no\.?)\s.*$/i, "").trim() || null;
  const about = /^(.*?)\btentang\s+(.+)$/i.exec(t);
  if (about && (about[1].trim() === "" || ACT.test(about[1]))) return { act: actName(about[1]), subject: about[2].trim() };
  if (ACT.test(t)) return { act: actName(t), subject: null };
  return { act: null, subject: t };
}

/**
 * A legal basis written once: "SK Kepala Daerah Nomor 188/2024 tanggal 15 Januari 2024 tentang
 * Pembentukan ...": the recorded kind, number and date, and what it is about taken from the
 * recorded title without what the rest already says; `fallbackSubject` when the title says nothing
 * more. A basis of kind "other" is named by the act its title names.
 */
export function legalBasisText(b: { kind: string | null; number: string | null; date: string | null; title?: string | null }, fallbackSubject?: string): string {
  const { act, subject } = splitLegalTitle(b.title);
  const kind = b.kind && b.kind !== "other" ? (LEGAL_BASIS_LABELS[b.kind as keyof typeof LEGAL_BASIS_LABELS] ?? b.kind) : (act ?? "Dasar hukum");
  const number = b.number?.replace(/^\s*(?:nomor|no\.?)\s*:?\s*/i, "").trim();
  const about = subject ?? fallbackSubject;
  return [kind, number ? `Nomor ${number}` : "", b.date ? `tanggal ${formatCalendarDate(b.date)}` : "", about ? `tentang ${about}` : ""].filter(Boolean).join(" ");
}

// ---------------------------------------------------------------------------------------------
// Narrative text
// ---------------------------------------------------------------------------------------------

const NUMBERED = /^\(?(?:\d{1,3}|[a-z])[.)]\s+(\S.*)$/;
const BULLETED = /^[-•*–]\s+(\S.*)$/;

/**
 * The blocks of a text typed by the secretariat, keeping its structure: blank lines separate
 * paragraphs (a single line break stays a line break), each line of a numbered list ("1. ...",
 * "2) ...", "a. ...") is its own item of a numbered list, "-" or "•" lines are bulleted, and an
 * indented line continues the item above it.
 */
export function narrativeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const endParagraph = () => {
    if (lines.length) blocks.push({ kind: "paragraph", content: lines.join("\n") });
    lines = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: "list", ordered: list.ordered, items: list.items });
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) {
      endParagraph();
      continue;
    }
    const numbered = NUMBERED.exec(line);
    const item = numbered ?? BULLETED.exec(line);
    if (item) {
      endParagraph();
      if (list && list.ordered !== Boolean(numbered)) endList();
      list ??= { ordered: Boolean(numbered), items: [] };
      list.items.push(item[1]);
    } else if (list && /^\s/.test(raw) && lines.length === 0) {
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      endList();
      lines.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------

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
    wilayah_bawah: national ? "provinsi" : "kabupaten/kota",
    wilayah_bawah_judul: national ? "Provinsi" : "Kabupaten/Kota",
    baris_sendiri: national ? t.rencana_aksi.baris_sendiri.nasional : t.rencana_aksi.baris_sendiri.provinsi,
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
  const own = scope.code ? t.penandatangan.wilayah[scope.code] : undefined;
  const base = national ? t.penandatangan.nasional : { ...t.penandatangan.daerah, ...Object.fromEntries(Object.entries(own ?? {}).filter(([, v]) => v !== undefined && v !== "")) };
  const signer = {
    tempat: fill(base.tempat ?? ""),
    jabatan: fill(base.jabatan ?? ""),
    nama: fill(base.nama ?? ""),
    pangkat: fill(base.pangkat ?? ""),
    nip: (base.nip ?? "").trim(),
    nrp: (base.nrp ?? "").trim(),
    keterangan: fill(base.keterangan ?? ""),
  };
  values.tempat = signer.tempat;
  values.tempat_tanggal = signer.tempat ? fill(t.tanda_tangan.tempat_tanggal) : fill(t.tanda_tangan.tanggal_saja);
  return { values, fill, signer, period, national };
}

/** The standard texts used where the leader leaves pengantar or penutup empty (the draft form shows them). */
export function defaultNarrative(data: ReportData, t: LaporanTemplate): { pengantar: string; penutup: string } {
  const { fill } = wordingValues(data, t);
  return { pengantar: t.pendahuluan.umum.paragraf.map((p) => fill(p)).join("\n\n"), penutup: fill(t.penutup.baku) };
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

export function composeReport(data: ReportData, t: LaporanTemplate, options: ComposeOptions = {}): ReportDocument {
  const L = options.links;
  const scope = data.scope;
  const { values, fill, signer, period, national } = wordingValues(data, t);
  const num = (n: number) => formatNumber(n);
  const pct = (v: number | null) => (v === null ? t.rencana_aksi.tidak_ada_angka : formatPercent(v));
  const share = (part: number, whole: number) => pct(whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
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
    return `bab-${chapter}-${sub}`;
  };
  const para = (content: Text, note = false) => {
    if (typeof content === "string" ? content.trim() : content.some((i) => i.text.trim())) blocks.push({ kind: "paragraph", content, note });
  };
  const narrative = (text: string) => blocks.push(...narrativeBlocks(text));
  const nextTable = () => (tableNo += 1);
  const table = (caption: string, columns: Column[], rows: CellModel[][], footer?: CellModel[], small = false) =>
    blocks.push({ kind: "table", anchor: `tabel-${tableNo}`, caption, columns, rows, footer, small });
  /** Under a capped list: "… dan 43 rencana aksi lainnya (lihat Lampiran).", in the preview a link to the whole list. */
  const rest = (shown: number, total: number, what: string, href: string | undefined) => {
    if (total <= shown) return;
    const text = fill(t.rencana_aksi.lainnya, { jumlah_lainnya: num(total - shown), apa: what });
    para([href ? { text, href } : { text }], true);
  };
  const countCell = (n: number, href: string | undefined, bold = false): CellModel => ({ text: num(n), href: n ? href : undefined, bold });
  /** Total, selesai, berjalan, terhambat, terlambat and completion of one row, each count linked to its items. */
  const countCells = (c: StatusCounts, f: ReportActionFilter, bold = false): CellModel[] => [
    countCell(c.total, L?.actions(f), bold),
    countCell(c.done, L?.actions({ ...f, status: "done" }), bold),
    countCell(c.inProgress, L?.actions({ ...f, status: "in_progress" }), bold),
    countCell(c.blocked, L?.actions({ ...f, status: "blocked" }), bold),
    countCell(c.overdue, L?.actions({ ...f, overdue: true }), bold),
    { text: pct(c.completion), bold },
  ];

  // The legal basis of the scope's own task force, written once and cited in chapters I and V:
  // as recorded in the registry, else (national) the act of templates/dasar-hukum.json forming it.
  const references = referencesFor(t.acuan, scope.code, data.period);
  const recorded = data.coverage.own?.legalBasis ?? null;
  const ownBasis = recorded
    ? legalBasisText(recorded, `Pembentukan ${values.gugus_tugas}`)
    : national
      ? (references.filter((r) => r.pembentukan_nasional).at(-1)?.teks ?? null)
      : null;

  // I. PENDAHULUAN ------------------------------------------------------------------------------
  const P = t.pendahuluan;
  h1(P.judul);
  h2(P.umum.judul);
  if (data.draft?.pengantar) narrative(data.draft.pengantar);
  else for (const p of P.umum.paragraf) para(fill(p));
  h2(P.maksud.judul);
  for (const p of P.maksud.paragraf) para(fill(p));
  h2(P.ruang_lingkup.judul);
  for (const p of P.ruang_lingkup.paragraf) para(fill(p));
  h2(P.dasar_hukum.judul);
  para(fill(P.dasar_hukum.pengantar));
  const bases = references.map((r) => r.teks);
  if (recorded && ownBasis) bases.push(fill(P.dasar_hukum.dasar_pembentukan, { dasar_hukum: ownBasis }));
  // Items of a list of grounds end with ";", the last one with ".".
  const ground = (b: string, last: boolean) => `${b.trim().replace(/[;.,]+$/, "")}${last ? "." : ";"}`;
  if (bases.length) blocks.push({ kind: "list", ordered: true, items: bases.map((b, i) => ground(b, i === bases.length - 1)) });

  // II. PELAKSANAAN KOORDINASI --------------------------------------------------------------------
  const K = t.koordinasi;
  h1(K.judul);
  const held = data.rakorHeld;
  if (held.total === 0) para(fill(K.kosong));
  else {
    para(fillInline(fill(K.pengantar, { no_tabel_tingkat: tableNo + 1 }), { jumlah_rakor: link(num(held.total), L?.rakorList()) }));
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
    // By name: the rakor of the scope's own level, held by its own task force.
    const ownHeld = held.byLevel[scope.level];
    if (ownHeld === 0) para(fill(K.daftar_kosong));
    else {
      nextTable();
      para(fillInline(fill(K.daftar, { no_tabel: tableNo }), { jumlah: link(num(ownHeld), L?.rakorList({ level: scope.level })) }));
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
        return [{ text: `${i + 1}.` }, { text: formatDayDate(r.startsAt, r.timeZone) }, { text: r.title, href: L?.rakor(r.id) }, { text: place }, { text: chair }];
      });
      table(fill(K.tabel_daftar, { no: tableNo }), listCols, listRows, undefined, true);
      rest(data.rakorList.rows.length, data.rakorList.total, "rakor", L?.rakorList({ level: scope.level }));
    }
  }

  // III. CAPAIAN RENCANA AKSI ---------------------------------------------------------------------
  const R = t.rencana_aksi;
  h1(R.judul);
  const counts: LinkedValues = {
    jumlah_rencana_aksi: link(num(totals.total), L?.actions()),
    jumlah_selesai: link(num(totals.done), L?.actions({ status: "done" })),
    jumlah_menunggu: link(num(totals.awaitingVerification), L?.actions({ status: "awaiting_verification" })),
    jumlah_berjalan: link(num(totals.inProgress), L?.actions({ status: "in_progress" })),
    jumlah_terhambat: link(num(totals.blocked), L?.actions({ status: "blocked" })),
    jumlah_belum: link(num(totals.notStarted), L?.actions({ status: "not_started" })),
    jumlah_dibatalkan: link(num(totals.cancelled), L?.actions({ status: "cancelled" })),
    jumlah_terlambat: link(num(totals.overdue), L?.actions({ overdue: true })),
    capaian: pct(totals.completion),
  };
  if (totals.total === 0) para(fill(R.kosong));
  else para(fillInline(fill(R.pengantar, { no_tabel: tableNo + 1, no_gambar: figureNo + 1 }), counts));
  // The summary table and the chart show every Subsatgas even when there are no items: the list is data.
  nextTable();
  const C = R.kolom_ringkasan;
  const numCol = 1150;
  const numCols = [C.total, C.selesai, C.berjalan, C.terhambat, C.terlambat, C.capaian].map((label) => ({ label, width: numCol, align: "center" as const }));
  // Each Subsatgas links to its section below: after the regions' section when there is one.
  const firstSubsatgasSection = data.regions ? 2 : 1;
  const summaryRows = data.subsatgas.map((s, i) => [{ text: s.name, href: L ? `#bab-${chapter}-${i + firstSubsatgasSection}` : undefined }, ...countCells(s, { subsatgas: s.slug })]);
  const summaryFooter = [{ text: C.jumlah, bold: true }, ...countCells(totals, {}, true)];
  table(fill(R.tabel_ringkasan, { no: tableNo }), [{ label: C.subsatgas, width: TEXT_WIDTH - numCol * 6 }, ...numCols], summaryRows, summaryFooter);
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

  // The regions directly below, one row each, after the scope's own items.
  let regionTable = 0;
  if (data.regions) {
    const level = national ? "nasional" : "provinsi";
    h2(fill(R.wilayah_judul));
    regionTable = nextTable();
    para(fill(R.wilayah_pengantar[level], { no_tabel: regionTable }));
    const rows = [
      [{ text: String(values.baris_sendiri) }, ...countCells(data.regions.own, { own: true })],
      ...data.regions.rows.map((r) => [{ text: r.name, href: national ? L?.report(r.code) : undefined }, ...countCells(r, { region: r.code })]),
    ];
    table(fill(R.tabel_wilayah, { no: regionTable }), [{ label: String(values.wilayah_bawah_judul), width: TEXT_WIDTH - numCol * 6 }, ...numCols], rows, summaryFooter, true);
  }

  // Per Subsatgas: its figures, and the scope's own items by name.
  const D = R.kolom_rincian;
  data.items.forEach((group, gi) => {
    const s = data.subsatgas[gi];
    h2(fill(R.subbab, { subsatgas: group.name }));
    if (s.total === 0) {
      para(fill(R.per_subsatgas_kosong, { subsatgas: group.name }));
      return;
    }
    para(
      fillInline(fill(R.per_subsatgas, { subsatgas: group.name, capaian: pct(s.completion) }), {
        jumlah: link(num(s.total), L?.actions({ subsatgas: group.slug })),
        jumlah_terlambat: link(num(s.overdue), L?.actions({ subsatgas: group.slug, overdue: true })),
      }),
    );
    const own = { subsatgas: group.slug, own: true };
    if (data.regions) {
      if (group.total === 0) {
        para(fill(R.per_subsatgas_sendiri_kosong, { no_tabel_wilayah: regionTable }));
        return;
      }
      para(fillInline(fill(R.per_subsatgas_sendiri, { no_tabel: tableNo + 1, no_tabel_wilayah: regionTable }), { jumlah_sendiri: link(num(group.total), L?.actions(own)) }));
    }
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
    // The scope's own items: the region would only repeat the scope's name.
    const rows = group.rows.map((a, i) => [
      { text: `${i + 1}.` },
      { text: a.title, href: L?.action(a.id) },
      { text: a.leadAgencyShort ?? a.leadAgencyName },
      { text: formatCalendarDate(a.dueDate) },
      { text: ACTION_STATUS_LABELS[a.status], flag: a.overdue ? R.tanda_terlambat : undefined },
      { text: `${a.progress}%` },
      { text: a.lastNote ? truncate(a.lastNote) : R.catatan_kosong },
    ]);
    table(fill(R.tabel_subsatgas, { no: tableNo, subsatgas: group.name }), cols, rows, undefined, true);
    rest(group.rows.length, group.total, "rencana aksi", L?.actions(own));
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
  const basisSentence = ownBasis ? fill(V.dasar_hukum_sendiri, { dasar_hukum: ownBasis.replace(/[.;]+$/, "") }) : fill(V.dasar_hukum_sendiri_kosong);
  if (scope.level === "kabupaten_kota") {
    // A regency's report speaks of its own task force: its legal basis and the Subsatgas it has formed.
    const formed = cov.own?.formed ? cov.own.subsatgasFormed : [];
    para(basisSentence);
    para(formed.length ? fill(V.subsatgas_sendiri, { daftar_subsatgas_terbentuk: formed.join("; "), jumlah: num(formed.length) }) : fill(V.subsatgas_sendiri_kosong));
  } else {
    para(fillInline(fill(V.pengantar), { kalimat_cakupan: link(cov.sentence, L?.taskForces()), kalimat_subsatgas: cov.subsatgasSentence }));
    para(basisSentence);
  }
  if (cov.rows.length === 0) {
    if (scope.level !== "kabupaten_kota") para(fill(V.kosong));
  } else {
    nextTable();
    const VC = V.kolom;
    const cols: Column[] = national
      ? [
          { label: VC.no, width: 500, align: "center" },
          { label: VC.provinsi, width: 1900 },
          { label: VC.terbentuk, width: 1150, align: "center" },
          { label: VC.dasar_hukum, width: 3321 },
          { label: VC.subsatgas, width: 1100, align: "center" },
          { label: VC.kabupaten_terbentuk, width: 1100, align: "center" },
        ]
      : [
          { label: VC.no, width: 500, align: "center" },
          { label: VC.kabupaten, width: 2400 },
          { label: VC.terbentuk, width: 1150, align: "center" },
          { label: VC.dasar_hukum, width: 3921 },
          { label: VC.subsatgas, width: 1100, align: "center" },
        ];
    const rows = cov.rows.map((r, i) => {
      const cells: CellModel[] = [
        { text: `${i + 1}.` },
        { text: r.name, href: L?.taskForce(r.code) },
        { text: r.formed ? V.ya : V.belum },
        { text: r.legalBasis ? legalBasisText(r.legalBasis) : V.tanpa_dasar_hukum },
        { text: r.subsatgasComplete ? V.lengkap : V.tidak_lengkap },
      ];
      if (national) cells.push({ text: fill(V.kabupaten_terbentuk, { terbentuk: num(r.regenciesFormed ?? 0), jumlah: num(r.regencies ?? 0) }) });
      return cells;
    });
    table(fill(national ? V.tabel_provinsi : V.tabel_kabupaten, { no: tableNo }), cols, rows, undefined, true);
  }

  // VI. KENDALA DAN REKOMENDASI -------------------------------------------------------------------
  const KD = t.kendala;
  const KC = KD.kolom;
  h1(KD.judul);
  h2(KD.kendala_judul);
  if (totals.blocked === 0) para(fill(KD.kosong));
  else {
    const blockedLink = (f: ReportActionFilter, n: number) => countCell(n, L?.actions({ ...f, status: "blocked" }));
    const shareCols = (label: string): Column[] => [
      { label, width: TEXT_WIDTH - 3 * 1700 },
      { label: KC.jumlah, width: 1700, align: "center" },
      { label: KC.terhambat, width: 1700, align: "center" },
      { label: KC.persen, width: 1700, align: "center" },
    ];
    const blockedFooter = [{ text: C.jumlah, bold: true }, countCell(totals.total, L?.actions(), true), countCell(totals.blocked, L?.actions({ status: "blocked" }), true), { text: share(totals.blocked, totals.total), bold: true }];
    nextTable();
    para(fillInline(fill(KD.pengantar, { no_tabel: tableNo }), { jumlah_terhambat: link(num(totals.blocked), L?.actions({ status: "blocked" })) }));
    table(
      fill(KD.tabel_subsatgas, { no: tableNo }),
      shareCols(C.subsatgas),
      data.subsatgas.map((s) => [{ text: s.name }, countCell(s.total, L?.actions({ subsatgas: s.slug })), blockedLink({ subsatgas: s.slug }, s.blocked), { text: share(s.blocked, s.total) }]),
      blockedFooter,
    );
    if (data.regions) {
      // Where the blocked items are, most first; regions without any are left out.
      const rows = [
        { name: String(values.baris_sendiri), c: data.regions.own, f: { own: true } as ReportActionFilter },
        ...data.regions.rows.map((r) => ({ name: r.name, c: r as StatusCounts, f: { region: r.code } as ReportActionFilter })),
      ]
        .filter((r) => r.c.blocked > 0)
        .sort((a, b) => b.c.blocked - a.c.blocked);
      nextTable();
      para(fill(KD.pengantar_wilayah, { no_tabel: tableNo }));
      table(
        fill(KD.tabel_wilayah, { no: tableNo }),
        shareCols(String(values.wilayah_bawah_judul)),
        rows.map((r) => [{ text: r.name }, countCell(r.c.total, L?.actions(r.f)), blockedLink(r.f, r.c.blocked), { text: share(r.c.blocked, r.c.total) }]),
        blockedFooter,
        true,
      );
    }
    nextTable();
    const all = data.blocked.length >= totals.blocked;
    para(fillInline(fill(all ? KD.terlama_semua : KD.terlama, { no_tabel: tableNo }), { jumlah: num(data.blocked.length) }));
    const cols: Column[] = [
      { label: KC.no, width: 450, align: "center" },
      { label: KC.judul, width: 2300 },
      { label: KC.subsatgas, width: 1250 },
      { label: KC.instansi, width: 1700 },
      { label: KC.sejak, width: 1150 },
      { label: KC.hambatan, width: TEXT_WIDTH - 450 - 2300 - 1250 - 1700 - 1150 },
    ];
    const rows = data.blocked.map((b, i) => [
      { text: `${i + 1}.` },
      { text: b.regionName ? `${b.title} (${b.regionName})` : b.title, href: L?.action(b.id) },
      { text: b.subsatgasName },
      { text: b.leadAgencyShort ?? b.leadAgencyName },
      { text: b.blockedSince === null ? KD.sejak_kosong : formatDate(b.blockedSince, scope.zone) },
      { text: b.blockedBy ? truncate(b.blockedBy, 400) : KD.hambatan_kosong },
    ]);
    table(fill(KD.tabel, { no: tableNo }), cols, rows, undefined, true);
    rest(data.blocked.length, totals.blocked, "rencana aksi terhambat", L?.actions({ status: "blocked" }));
  }
  if (data.draft?.kendala) {
    if (totals.blocked > 0) para(fill(KD.catatan_pimpinan));
    narrative(data.draft.kendala);
  }
  h2(KD.rekomendasi_judul);
  if (data.draft?.rekomendasi) narrative(data.draft.rekomendasi);
  else para(fill(KD.rekomendasi_kosong));

  // VII. PENUTUP ----------------------------------------------------------------------------------
  h1(t.penutup.judul);
  if (data.draft?.penutup) narrative(data.draft.penutup);
  else para(fill(t.penutup.baku));

  const title = `Laporan ${values.gugus_tugas_singkat} kepada ${values.penerima}, Periode ${period}`;
  const filled = (lines: string[]) => lines.map((l) => fill(l)).filter((l) => l.trim() !== "");
  return {
    title,
    font: t.huruf,
    size: t.ukuran_huruf,
    cover: { logo: t.logo, lines: filled(t.sampul.baris), about: filled(t.sampul.tentang), period: fill(t.sampul.periode), placeDate: fill(t.sampul.tempat_tanggal) },
    tocTitle: fill(t.daftar_isi.judul),
    tocNote: fill(t.daftar_isi.catatan),
    header: fill(t.kepala_halaman),
    footer: t.kaki_halaman,
    blocks,
    signature: {
      placeDate: String(values.tempat_tanggal),
      position: signer.jabatan,
      name: signer.nama.trim() ? signer.nama : null,
      rank: signer.pangkat.trim() || null,
      idLine: signer.nrp ? `NRP ${signer.nrp}` : signer.nip ? `NIP ${signer.nip}` : null,
      blank: t.tanda_tangan.nama_kosong,
      note: signer.keterangan,
    },
  };
}
