// The notulen (minutes) of a rakor as a .docx in Indonesian official style: title, identity block
// (day and date, time, place and mode, chair, notulis), attendance by agency and channel, agenda with
// presenters, outcomes with the action items made from them, closing, a signature block for the
// notulis and the chair, and the full attendance list as an appendix. Every heading and sentence
// comes from templates/notulen.json so a secretariat can change the wording without touching code.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ITableCellOptions,
} from "docx";
import { z } from "zod";
import type { Db } from "../../db/client";
import { formatNumber } from "../utils/format";
import { calendarDateIn, formatCalendarDate, formatDate, formatDateTime, formatDayDate, formatTime } from "../utils/period";
import { ACTION_STATUS_LABELS, ATTENDANCE_LABELS, LEVEL_LABELS, MODE_LABELS } from "../utils/labels";
import { isOnlineMode, personLine, personName, rakorOtherZones, rakorStartTime, rakorTimeKnown } from "../rakor/rakor-format";
import { listActionsForRakor, type ActionListRow } from "../action-plan/action.server";
import { attendanceByAgency, attendanceByPlace, listAttendees } from "../rakor/attendee.server";
import { getRakorDetail, listOutcomeActionLinks } from "../rakor/rakor.server";

// ---------------------------------------------------------------------------------------------
// The template
// ---------------------------------------------------------------------------------------------

const text = z.string();
export const NotulenTemplateSchema = z.object({
  huruf: text,
  ukuran_huruf: z.number().min(8).max(16),
  judul: text,
  subjudul: text,
  identitas: z.object({
    hari_tanggal: text,
    waktu: text,
    tempat: text,
    bentuk: text,
    lokasi_terhubung: text,
    penyelenggara: text,
    pimpinan: text,
    notulis: text,
  }),
  waktu: text,
  waktu_tanpa_selesai: text,
  waktu_zona_lain: text,
  /** The "Waktu" line of a rakor recorded with a date only (no known hour). */
  waktu_belum_ditentukan: text.default("belum ditentukan"),
  bentuk_daring: text,
  tempat_daring: text,
  bab_peserta: text,
  peserta_pengantar: text,
  peserta_tidak_hadir: text,
  peserta_kosong: text,
  tabel_peserta: z.object({ no: text, instansi: text, luring: text, daring: text, tidak_hadir: text, jumlah: text, total: text, tanpa_instansi: text }),
  lokasi_pengantar: text,
  lokasi_baris: text,
  lokasi_pimpinan: text,
  tempat_utama: text,
  bab_agenda: text,
  agenda_pengantar: text,
  agenda_pemapar: text,
  agenda_jam: text,
  agenda_kosong: text,
  bab_hasil: text,
  hasil_pengantar: text,
  hasil_kosong: text,
  tindak_lanjut: text,
  tindak_lanjut_baris: text,
  tindak_lanjut_kosong: text,
  bab_penutup: text,
  penutup: text,
  tanda_tangan: z.object({ tempat_tanggal: text, tempat_tanggal_tanpa_kota: text, notulis: text, pimpinan: text, nama_kosong: text }),
  lampiran: z.object({ judul: text, subjudul: text, no: text, nama: text, pangkat_jabatan: text, instansi: text, lokasi: text, kehadiran: text }),
  kaki_halaman: text,
});

export type NotulenTemplate = z.infer<typeof NotulenTemplateSchema>;

export function templatesDir(): string {
  return process.env.TEMPLATES_DIR || path.resolve("templates");
}

/** templates/notulen.json, read at every request so an edit shows in the next download. */
export function loadNotulenTemplate(dir = templatesDir()): NotulenTemplate {
  const file = path.join(dir, "notulen.json");
  const parsed = NotulenTemplateSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`${file} is not a valid notulen template (check: ${where})`);
  }
  return parsed.data;
}

/** Replaces {name} with its value; a placeholder without a value stays visible so the mistake is seen. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

/** Everything the notulen says about one rakor, read in one go. */
export function loadNotulenData(db: Db, rakorId: number) {
  const rakor = getRakorDetail(db, rakorId);
  if (!rakor) return undefined;
  const links = listOutcomeActionLinks(db, rakorId);
  const actionsByOutcome = new Map<number, ActionListRow[]>();
  for (const action of listActionsForRakor(db, rakorId)) {
    const outcomeId = links.get(action.id);
    if (outcomeId === undefined) continue;
    actionsByOutcome.set(outcomeId, [...(actionsByOutcome.get(outcomeId) ?? []), action]);
  }
  return {
    rakor,
    attendees: listAttendees(db, rakorId),
    byAgency: attendanceByAgency(db, rakorId),
    byPlace: attendanceByPlace(db, rakorId),
    actionsByOutcome,
  };
}

export type NotulenData = NonNullable<ReturnType<typeof loadNotulenData>>;

/** The town of the signature line: the last part of the venue after a comma, else the region's name. */
export function signatureTown(venue: string | null, regionName: string | null): string {
  if (venue && venue.includes(",")) return venue.split(",").at(-1)!.trim();
  if (regionName) return regionName.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, "");
  return "";
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const INDENT = 454;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

interface ParaOptions {
  bold?: boolean;
  underline?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: number;
  hanging?: number;
  before?: number;
  after?: number;
  size?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

function para(content: string, o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 120, line: 276 },
    indent: o.indent !== undefined || o.hanging !== undefined ? { left: o.indent ?? 0, hanging: o.hanging } : undefined,
    keepNext: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
    children: [new TextRun({ text: content, bold: o.bold, underline: o.underline ? {} : undefined, size: o.size })],
  });
}

/** "1." hanging in front of the text, the way numbered points are set in official letters. */
function numbered(label: string, content: string, level = 0, o: ParaOptions = {}): Paragraph {
  const left = INDENT * (level + 1);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 80, line: 276 },
    indent: { left, hanging: INDENT },
    keepNext: o.keepNext,
    children: [new TextRun({ text: `${label}\t${content}`, bold: o.bold })],
  });
}

function cell(content: string | Paragraph[], width: number, o: { bold?: boolean; align?: ParaOptions["align"]; shade?: boolean; size?: number } = {}): TableCell {
  const options: ITableCellOptions = {
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: o.shade ? { fill: "E7EBF0", color: "auto", type: "clear" } : undefined,
    children:
      typeof content === "string"
        ? [new Paragraph({ alignment: o.align ?? AlignmentType.LEFT, spacing: { after: 0 }, children: [new TextRun({ text: content, bold: o.bold, size: o.size })] })]
        : content,
  };
  return new TableCell(options);
}

function grid(widths: number[], rows: TableRow[], borders = true): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: borders ? undefined : NO_BORDERS,
    rows,
  });
}

function heading(content: string): Paragraph {
  return para(content, { bold: true, before: 240, after: 120, align: AlignmentType.LEFT, keepNext: true });
}

function footer(t: NotulenTemplate, values: Record<string, string | number>): Footer {
  const parts = fillTemplate(t.kaki_halaman, values).split(/(\{halaman\}|\{jumlah_halaman\})/);
  const children = parts
    .filter((p) => p !== "")
    .map((p) =>
      p === "{halaman}"
        ? new TextRun({ children: [PageNumber.CURRENT], size: 16 })
        : p === "{jumlah_halaman}"
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
          : new TextRun({ text: p, size: 16 }),
    );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

/** The notulen of `data` as .docx bytes. */
export async function renderNotulen(data: NotulenData, t: NotulenTemplate = loadNotulenTemplate()): Promise<Buffer> {
  const r = data.rakor;
  const zone = r.timeZone;
  const online = isOnlineMode(r.mode);
  const present = data.byAgency.reduce((s, a) => s + a.inPerson + a.online, 0);
  const inPerson = data.byAgency.reduce((s, a) => s + a.inPerson, 0);
  const onlineCount = data.byAgency.reduce((s, a) => s + a.online, 0);
  const absent = data.byAgency.reduce((s, a) => s + a.absent, 0);
  const sameDay = r.endsAt !== null && calendarDateIn(r.startsAt, zone) === calendarDateIn(r.endsAt, zone);
  const secretary = data.attendees.find((a) => a.role === "secretary");
  const chairFromList = data.attendees.find((a) => a.role === "chair");
  const chair = r.chairName
    ? { name: r.chairName, rank: r.chairRank, position: r.chairPosition, agency: r.chairAgency }
    : chairFromList
      ? { name: chairFromList.name, rank: chairFromList.rank, position: chairFromList.jobTitle, agency: chairFromList.agencyName }
      : null;
  const town = signatureTown(r.venue, r.regionName);

  const values: Record<string, string | number> = {
    judul_rakor: r.title,
    tingkat: LEVEL_LABELS[r.level],
    wilayah: r.regionName ?? "",
    hari_tanggal: formatDayDate(r.startsAt, zone),
    tanggal: formatDate(r.startsAt, zone),
    mulai: rakorStartTime(r.startsAt, zone) ?? "",
    selesai: r.endsAt === null ? "" : sameDay ? formatTime(r.endsAt, zone) : formatDateTime(r.endsAt, zone),
    zona_lain: rakorOtherZones(r.startsAt, r.endsAt, zone) ?? "",
    tempat: r.venue ?? "",
    kota: town,
    bentuk: MODE_LABELS[r.mode],
    platform: r.onlinePlatform ?? "",
    penyelenggara: r.organizerName,
    jumlah_hadir: formatNumber(present),
    hadir_luring: formatNumber(inPerson),
    hadir_daring: formatNumber(onlineCount),
    tidak_hadir: formatNumber(absent),
    jumlah_instansi: formatNumber(data.byAgency.filter((a) => a.agencyName && a.inPerson + a.online > 0).length),
    jumlah_lokasi: formatNumber(r.sites.length),
  };
  const fill = (s: string, extra: Record<string, string | number> = {}) => fillTemplate(s, { ...values, ...extra });

  // Identity block
  const time = !rakorTimeKnown(r.startsAt, zone)
    ? fill(t.waktu_belum_ditentukan)
    : [r.endsAt === null ? fill(t.waktu_tanpa_selesai) : fill(t.waktu), online ? fill(t.waktu_zona_lain) : ""].filter(Boolean).join(" ");
  const place = r.venue ?? (online && r.onlinePlatform ? fill(t.tempat_daring) : "-");
  const mode = online && r.onlinePlatform ? fill(t.bentuk_daring) : MODE_LABELS[r.mode];
  const identity: [string, string | string[]][] = [
    [t.identitas.hari_tanggal, values.hari_tanggal as string],
    [t.identitas.waktu, time],
    [t.identitas.tempat, place],
    [t.identitas.bentuk, mode],
  ];
  if (r.sites.length) identity.push([t.identitas.lokasi_terhubung, r.sites.map((s, i) => `${i + 1}. ${s.name}${s.agencyName && !s.name.includes(s.agencyName) ? ` (${s.agencyName})` : ""}`)]);
  identity.push([t.identitas.penyelenggara, r.organizerName]);
  identity.push([t.identitas.pimpinan, chair ? personLine(chair) : "-"]);
  identity.push([t.identitas.notulis, secretary ? personLine({ name: secretary.name, rank: secretary.rank, position: secretary.jobTitle, agency: secretary.agencyName }) : "-"]);
  const idWidths = [2500, 300, CONTENT_WIDTH - 2800];
  const identityTable = grid(
    idWidths,
    identity.map(
      ([label, value]) =>
        new TableRow({
          children: [
            cell(label, idWidths[0]),
            cell(":", idWidths[1]),
            cell(Array.isArray(value) ? value.map((v) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun(v)] })) : value, idWidths[2]),
          ],
        }),
    ),
    false,
  );

  // I. Attendance
  const body: (Paragraph | Table)[] = [heading(t.bab_peserta)];
  if (data.attendees.length === 0) body.push(para(t.peserta_kosong));
  else {
    body.push(para(fill(t.peserta_pengantar)));
    const w = [600, CONTENT_WIDTH - 600 - 4 * 1150, 1150, 1150, 1150, 1150];
    const tp = t.tabel_peserta;
    const num = (n: number) => cell(formatNumber(n), 1150, { align: AlignmentType.CENTER });
    body.push(
      grid(w, [
        new TableRow({
          tableHeader: true,
          children: [tp.no, tp.instansi, tp.luring, tp.daring, tp.tidak_hadir, tp.jumlah].map((h, i) => cell(h, w[i], { bold: true, shade: true, align: AlignmentType.CENTER })),
        }),
        ...data.byAgency.map(
          (a, i) =>
            new TableRow({
              children: [cell(`${i + 1}.`, w[0], { align: AlignmentType.CENTER }), cell(a.agencyName ?? tp.tanpa_instansi, w[1]), num(a.inPerson), num(a.online), num(a.absent), num(a.total)],
            }),
        ),
        new TableRow({
          children: [
            cell("", w[0], { shade: true }),
            cell(tp.total, w[1], { bold: true, shade: true }),
            ...[inPerson, onlineCount, absent, inPerson + onlineCount + absent].map((n) => cell(formatNumber(n), 1150, { bold: true, shade: true, align: AlignmentType.CENTER })),
          ],
        }),
      ]),
    );
    if (absent > 0) body.push(para(fill(t.peserta_tidak_hadir), { before: 120 }));
    if (r.sites.length) {
      body.push(para(fill(t.lokasi_pengantar), { before: 120, keepNext: true }));
      const places = [
        { name: `${t.tempat_utama}${r.venue ? ` (${r.venue})` : ""}`, siteId: null as number | null, chair: null as string | null },
        ...r.sites.map((s) => ({ name: s.name, siteId: s.id as number | null, chair: s.chairName ? personLine({ name: s.chairName, rank: s.chairRank, position: s.chairPosition, agency: s.chairAgency }) : null })),
      ];
      places.forEach((pl, i) => {
        const count = data.byPlace.find((b) => b.siteId === pl.siteId);
        const presentHere = count ? count.inPerson + count.online : 0;
        const line = fill(t.lokasi_baris, {
          lokasi: pl.name,
          jumlah_hadir: formatNumber(presentHere),
          pimpinan_lokasi: pl.chair ? fill(t.lokasi_pimpinan, { pemapar: pl.chair }) : "",
        });
        body.push(numbered(`${String.fromCharCode(97 + (i % 26))}.`, line));
      });
    }
  }

  // II. Agenda
  body.push(heading(t.bab_agenda));
  if (r.agenda.length === 0) body.push(para(t.agenda_kosong));
  else {
    body.push(para(fill(t.agenda_pengantar), { keepNext: true }));
    r.agenda.forEach((item, i) => {
      body.push(numbered(`${i + 1}.`, item.title, 0, { after: 40, bold: true }));
      const presenter = personLine({ name: item.presenterName, rank: item.presenterRank, position: item.presenterPosition, agency: item.presenterAgency });
      const details = [item.startsAt !== null ? fill(t.agenda_jam, { jam: formatTime(item.startsAt, zone) }) : "", presenter ? fill(t.agenda_pemapar, { pemapar: presenter }) : "", item.notes ?? ""].filter(Boolean);
      if (details.length) body.push(para(details.join(" "), { indent: INDENT, after: 100 }));
    });
  }

  // III. Outcomes with their action items
  body.push(heading(t.bab_hasil));
  if (r.outcomes.length === 0) body.push(para(t.hasil_kosong));
  else {
    body.push(para(fill(t.hasil_pengantar), { keepNext: true }));
    r.outcomes.forEach((o, i) => {
      const actions = data.actionsByOutcome.get(o.id) ?? [];
      body.push(numbered(`${i + 1}.`, o.text, 0, { after: 60, keepNext: true }));
      body.push(para(t.tindak_lanjut, { indent: INDENT, after: 40, keepNext: actions.length > 0 }));
      if (actions.length === 0) body.push(para(t.tindak_lanjut_kosong, { indent: INDENT, after: 100 }));
      actions.forEach((a, j) =>
        body.push(
          numbered(
            `${String.fromCharCode(97 + (j % 26))}.`,
            fill(t.tindak_lanjut_baris, {
              judul: a.title,
              instansi: a.leadAgencyName,
              tenggat: formatCalendarDate(a.dueDate),
              status: ACTION_STATUS_LABELS[a.status],
              progres: a.progress,
            }),
            1,
            { after: j === actions.length - 1 ? 100 : 40 },
          ),
        ),
      );
    });
  }

  // IV. Closing and signatures
  body.push(heading(t.bab_penutup));
  body.push(para(fill(t.penutup)));
  const half = CONTENT_WIDTH / 2;
  const signer = (role: string, who: { name: string | null; rank?: string | null; position?: string | null } | null, dateLine: string) => [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(dateLine)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 1200 }, children: [new TextRun(role)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [new TextRun({ text: who?.name ? personName({ name: who.name }) : t.tanda_tangan.nama_kosong, bold: true, underline: who?.name ? {} : undefined })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun([who?.rank, who?.position].filter(Boolean).join(" / "))] }),
  ];
  const dateLine = town ? fill(t.tanda_tangan.tempat_tanggal) : fill(t.tanda_tangan.tempat_tanggal_tanpa_kota);
  body.push(para("", { after: 240 }));
  body.push(
    grid(
      [half, half],
      [
        new TableRow({
          cantSplit: true,
          children: [
            cell(signer(t.tanda_tangan.notulis, secretary ? { name: secretary.name, rank: secretary.rank, position: secretary.jobTitle } : null, " "), half),
            cell(signer(t.tanda_tangan.pimpinan, chair, dateLine), half),
          ],
        }),
      ],
      false,
    ),
  );

  // Appendix: the attendance list, grouped by place (the main venue first, then each site)
  if (data.attendees.length) {
    const l = t.lampiran;
    body.push(para(l.judul, { bold: true, align: AlignmentType.CENTER, pageBreakBefore: true, after: 60 }));
    body.push(para(fill(l.subjudul), { align: AlignmentType.CENTER, after: 200 }));
    const w = [550, 2700, 2350, CONTENT_WIDTH - 550 - 2700 - 2350 - 1350, 1350];
    const small = 18;
    const rows: TableRow[] = [
      new TableRow({
        tableHeader: true,
        children: [l.no, l.nama, l.pangkat_jabatan, l.instansi, l.kehadiran].map((h, i) => cell(h, w[i], { bold: true, shade: true, align: AlignmentType.CENTER, size: small })),
      }),
    ];
    const places = [{ id: null as number | null, name: `${t.tempat_utama}${r.venue ? ` (${r.venue})` : ""}` }, ...r.sites.map((s) => ({ id: s.id as number | null, name: s.name }))];
    let n = 0;
    for (const place of places) {
      const people = data.attendees.filter((a) => a.siteId === place.id);
      if (people.length === 0) continue;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: 5,
              width: { size: CONTENT_WIDTH, type: WidthType.DXA },
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              shading: { fill: "F3F5F8", color: "auto", type: "clear" },
              children: [new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [new TextRun({ text: `${l.lokasi}: ${place.name}`, bold: true, size: small })] })],
            }),
          ],
        }),
      );
      for (const a of people) {
        n++;
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [
              cell(`${n}.`, w[0], { align: AlignmentType.CENTER, size: small }),
              cell(a.name, w[1], { size: small }),
              cell([a.rank, a.jobTitle].filter(Boolean).join(" / ") || "-", w[2], { size: small }),
              cell(a.agencyName ?? "-", w[3], { size: small }),
              cell(ATTENDANCE_LABELS[a.attendance], w[4], { size: small }),
            ],
          }),
        );
      }
    }
    body.push(grid(w, rows));
  }

  const doc = new Document({
    creator: "SIGAP TPPO",
    title: `Notulen ${r.title}`,
    description: `Notulen ${r.title}, ${values.hari_tanggal}`,
    styles: { default: { document: { run: { font: t.huruf, size: t.ukuran_huruf * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        footers: { default: footer(t, values) },
        children: [
          para(fill(t.judul), { bold: true, align: AlignmentType.CENTER, after: 60, size: (t.ukuran_huruf + 2) * 2 }),
          para(fill(t.subjudul).toUpperCase(), { bold: true, align: AlignmentType.CENTER, after: 360 }),
          identityTable,
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
