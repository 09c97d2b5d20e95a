// The surat undangan (invitation letter) of a rakor as a .docx in the form of the Tata Naskah
// Dinas: letterhead, place and date, Nomor/Sifat/Lampiran/Hal, the Yth. list (or "Daftar
// terlampir" with the list as an appendix when it is long), the day and date, the hour with its
// zone, the place and the online link, the agenda, a closing sentence and the signer (the rakor's
// chair, else the template's signer). The wording comes from templates/surat-undangan.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Paragraph, Table } from "docx";
import { z } from "zod";
import * as kit from "./docx-kit.server";
import { fillTemplate, signatureTown, templatesDir } from "./notulen.server";
import { LEVEL_LABELS } from "../utils/labels";
import { calendarDateIn, formatDate, formatDateTime, formatDayDate, formatTime } from "../utils/period";
import { isOnlineMode, personLine, personName, rakorStartTime } from "../rakor/rakor-format";
import type { RakorDetail } from "../rakor/rakor.server";

const text = z.string();
export const SuratUndanganTemplateSchema = z.object({
  huruf: text,
  ukuran_huruf: z.number().min(8).max(16),
  kop: z.array(text),
  kop_alamat: text,
  tempat_tanggal: text,
  tempat_tanggal_tanpa_kota: text,
  kepala: z.object({ nomor: text, sifat: text, lampiran: text, hal: text }),
  nomor_kosong: text,
  sifat: text,
  lampiran_ada: text,
  lampiran_tidak_ada: text,
  hal: text,
  yth: text,
  yth_satu: text,
  yth_terlampir: text,
  yth_kosong: text,
  yth_batas: z.number().int().min(1),
  di_tempat: text,
  pembuka: text,
  pengantar: text,
  rincian: z.object({ hari_tanggal: text, pukul: text, tempat: text, daring: text, acara: text }),
  pukul: text,
  pukul_tanpa_selesai: text,
  pukul_belum_ditentukan: text,
  daring: text,
  acara_kosong: text,
  penutup: text,
  penanda_tangan: z.object({ jabatan: text, nama: text, nama_kosong: text }),
  lampiran: z.object({ judul: text, keterangan: text, daftar: text, no: text, nama: text, jabatan_instansi: text }),
});

export type SuratUndanganTemplate = z.infer<typeof SuratUndanganTemplateSchema>;

/** templates/surat-undangan.json, read at every request so an edit shows in the next download. */
export function loadSuratUndanganTemplate(dir = templatesDir()): SuratUndanganTemplate {
  const file = path.join(dir, "surat-undangan.json");
  const parsed = SuratUndanganTemplateSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`${file} is not a valid surat undangan template (check: ${where})`);
  }
  return parsed.data;
}

export interface LetterOptions {
  /** The letter's number as typed; empty or absent: the dotted "…/…/…/2025" to fill in by hand. */
  nomor?: string | null;
  /** When the letter is made (its date line). */
  now?: number;
}

/** The longest Nomor accepted (from the form or ?nomor=). */
export const NOMOR_MAX = 100;

/** The Nomor as typed, one line and at most NOMOR_MAX characters; null when empty. */
export function cleanNomor(raw: unknown): string | null {
  const value = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim().slice(0, NOMOR_MAX) : "";
  return value || null;
}

/** "Rabu, 4 Juni 2025" and "10.00 WITA s.d. selesai" as the letter and the e-mail write them. */
export function letterWhen(r: Pick<RakorDetail, "startsAt" | "endsAt" | "timeZone">, t: SuratUndanganTemplate) {
  const zone = r.timeZone;
  const start = rakorStartTime(r.startsAt, zone);
  let time: string;
  if (!start) time = t.pukul_belum_ditentukan;
  else if (r.endsAt === null || r.endsAt <= r.startsAt) time = fillTemplate(t.pukul_tanpa_selesai, { mulai: start });
  else {
    const sameDay = calendarDateIn(r.startsAt, zone) === calendarDateIn(r.endsAt, zone);
    time = fillTemplate(t.pukul, { mulai: start, selesai: sameDay ? formatTime(r.endsAt, zone) : formatDateTime(r.endsAt, zone) });
  }
  return { day: formatDayDate(r.startsAt, zone), time };
}

const W = kit.TEXT_WIDTH;

/** The surat undangan of `r` as .docx bytes. */
export async function renderSuratUndangan(r: RakorDetail, options: LetterOptions = {}, t: SuratUndanganTemplate = loadSuratUndanganTemplate()): Promise<Uint8Array> {
  const zone = r.timeZone;
  const now = options.now ?? Date.now();
  const town = signatureTown(r.venue, r.regionName);
  const values: Record<string, string | number> = {
    judul_rakor: r.title,
    tingkat: LEVEL_LABELS[r.level],
    wilayah: r.regionName ?? "",
    penyelenggara: r.organizerName,
    kota: town,
    tanggal_surat: formatDate(now, zone),
    tahun: calendarDateIn(now, zone).slice(0, 4),
    platform: r.onlinePlatform ?? "",
    tautan: r.onlineUrl ?? "",
  };
  const fill = (s: string, extra: Record<string, string | number> = {}) => fillTemplate(s, { ...values, ...extra }).replace(/ {2,}/g, " ").trim();
  const nomor = options.nomor?.trim() || fill(t.nomor_kosong);

  // The invitees: everyone on the list but the chair, who signs.
  const invitees = r.attendees.filter((a) => a.role !== "chair");
  const attached = invitees.length > t.yth_batas;
  const invitee = (a: (typeof invitees)[number]) => personLine({ name: a.name, rank: a.rank, position: a.jobTitle, agency: a.agencyName });

  const out: (Paragraph | Table)[] = [];
  // Letterhead: centred bold lines over a rule-like address line.
  const kop = t.kop.map((l) => fill(l)).filter(Boolean);
  kop.forEach((line, i) => out.push(kit.para(line.toUpperCase(), { align: "center", after: 0 }, { bold: true, size: i === 0 ? t.ukuran_huruf + 1 : t.ukuran_huruf })));
  if (t.kop_alamat.trim()) out.push(kit.para(fill(t.kop_alamat), { align: "center", after: 0 }, { size: Math.max(8, t.ukuran_huruf - 2) }));
  out.push(kit.para("_".repeat(78), { align: "center", after: 240 }, { size: 8 }));

  out.push(kit.para(fill(town ? t.tempat_tanggal : t.tempat_tanggal_tanpa_kota), { align: "right", after: 120 }));
  const k = t.kepala;
  out.push(
    kit.table({
      widths: [1700, 300, W - 2000],
      text: "body",
      borders: false,
      rows: [
        [k.nomor, ":", nomor],
        [k.sifat, ":", t.sifat],
        [k.lampiran, ":", attached ? t.lampiran_ada : t.lampiran_tidak_ada],
        [k.hal, ":", t.hal],
      ],
    }),
  );

  // Yth. list
  out.push(kit.para("", { after: 120 }));
  if (attached) out.push(kit.para(`${t.yth} ${t.yth_terlampir}`, { after: 0 }));
  else if (invitees.length <= 1) out.push(kit.para(fill(t.yth_satu, { penerima: invitees.length ? invitee(invitees[0]) : t.yth_kosong }), { after: 0 }));
  else {
    out.push(kit.para(t.yth, { after: 0 }));
    invitees.forEach((a, i) => out.push(kit.labelled(`${i + 1}.`, invitee(a), { after: 0 })));
  }
  if (t.di_tempat.trim()) out.push(kit.para(t.di_tempat, { after: 240 }));

  // Body: opening, the when/where block, the agenda, closing
  out.push(kit.para(t.pembuka));
  out.push(kit.para(fill(t.pengantar), { keepNext: true }));
  const when = letterWhen(r, t);
  const rows: kit.Cell[][] = [[t.rincian.hari_tanggal, ":", when.day], [t.rincian.pukul, ":", when.time]];
  if (r.venue) rows.push([t.rincian.tempat, ":", r.venue]);
  if (isOnlineMode(r.mode) && (r.onlinePlatform || r.onlineUrl)) rows.push([t.rincian.daring, ":", fill(t.daring)]);
  // Without an agenda: "Rapat koordinasi <title>", or the title alone when it already says so ("Rakor Bulanan …").
  const noAgenda = /^(rakor|rapat koordinasi)\b/i.test(r.title.trim()) ? r.title : fill(t.acara_kosong);
  const agenda = r.agenda.length ? r.agenda.map((a, i) => (r.agenda.length === 1 ? a.title : `${i + 1}. ${a.title}`)).join("\n") : noAgenda;
  rows.push([t.rincian.acara, ":", agenda]);
  out.push(kit.table({ widths: [2200, 300, W - 2500 - kit.HANG], text: "body", borders: false, rows }));
  out.push(kit.para("", { after: 0 }));
  // The closing sentence stays on the signer's page.
  out.push(kit.para(fill(t.penutup), { before: 120, keepNext: true, keepLines: true }));

  // Signer: the chair as recorded, else the template's signer
  const s = t.penanda_tangan;
  const chairPosition = r.chairPosition ? `${r.chairPosition.replace(/,\s*$/, "")},` : null;
  const signer: kit.Signer = r.chairName
    ? { placeDate: "", position: chairPosition ?? s.jabatan, name: personName({ name: r.chairName, rank: r.chairRank }), blank: s.nama_kosong }
    : { placeDate: "", position: s.jabatan, name: s.nama.trim() || null, blank: s.nama_kosong };
  out.push(kit.para("", { after: 240, keepNext: true }));
  out.push(kit.signatureBlock(null, signer));

  // Appendix: the invitee list when it does not fit the Yth. lines
  if (attached) {
    const l = t.lampiran;
    out.push(kit.para(l.judul, { pageBreakBefore: true, left: W / 2, after: 0 }, { bold: true }));
    out.push(kit.para(fill(l.keterangan, { nomor }), { left: W / 2, after: 360 }));
    out.push(kit.para(l.daftar, { align: "center", after: 200 }, { bold: true }));
    out.push(
      kit.table({
        widths: [700, 3400, W - 4100],
        aligns: ["center", "left", "left"],
        header: [l.no, l.nama, l.jabatan_instansi],
        rows: invitees.map((a, i) => [`${i + 1}.`, personName({ name: a.name, rank: a.rank }), [a.jobTitle, a.agencyName].filter(Boolean).join(", ") || "-"]),
      }),
    );
  }
  // Word expects the body to end with a paragraph, not a table.
  out.push(kit.para("", { after: 0 }));

  const doc = kit.kitDocument({
    look: { font: t.huruf, size: t.ukuran_huruf },
    title: `Undangan ${r.title}`,
    description: `Surat undangan ${r.title}, ${when.day}`,
    sections: [kit.section({ children: out })],
  });
  return kit.pack(doc);
}
