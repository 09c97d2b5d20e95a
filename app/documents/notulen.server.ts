// The notulen (minutes) of a rakor as a .docx in Indonesian official style: title, identity block
// (day and date, time, place and mode, chair, notulis), attendance by agency and channel, agenda with
// presenters, outcomes with the action items made from them, closing, a signature block for the
// notulis and the chair, and the full attendance list as an appendix. Every heading and sentence
// comes from templates/notulen.json so a secretariat can change the wording without touching code.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Paragraph, Table } from "docx";
import * as kit from "./docx-kit.server";
import { z } from "zod";
import type { Db } from "../../db/client";
import { formatNumber } from "../utils/format";
import { endSentence } from "../utils/text";
import { calendarDateIn, formatCalendarDate, formatDate, formatDateTime, formatDayDate, formatTime } from "../utils/period";
import { ACTION_STATUS_LABELS, ATTENDANCE_LABELS, LEVEL_LABELS, MODE_LABELS } from "../utils/labels";
import { isOnlineMode, personLine, personName, rakorOtherZones, rakorStartTime, rakorTimeKnown } from "../rakor/rakor-format";
import { listActionsForRakor, type ActionListRow } from "../action-plan/action.server";
import { attendanceByAgency, groupByPlace, listAttendees } from "../rakor/attendee.server";
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
  /** The intro of the place lines of a rakor without sites, followed at the venue and online. */
  lokasi_pengantar_daring: text.default("Rapat diikuti di tempat utama dan secara daring, dengan jumlah peserta hadir sebagai berikut:"),
  tempat_utama: text,
  /** Those online from no site, in the place lines and the attendance list. */
  daring_tanpa_lokasi: text.default("Daring (tanpa lokasi)"),
  /** The attendance of an online attendee with the minutes connected. */
  kehadiran_menit: text.default("{kehadiran} ({menit} menit)"),
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
  /** The mark of a circulated draft: above the title and in every page's header. */
  tanda_draf: text.default("DRAF: untuk dikoreksi peserta, belum disahkan"),
  /** The approval block of an approved notulen, beside its QR code. */
  pengesahan: z
    .object({ judul: text, disahkan: text, atas_nama: text, kode: text, periksa: text })
    .default({
      judul: "PENGESAHAN",
      disahkan: "Notulen ini (versi {versi}) disahkan pada {tanggal_sah} oleh {pengesah}.",
      atas_nama: "Notulen ini (versi {versi}) disahkan pada {tanggal_sah} oleh sekretariat atas nama {pengesah}.",
      kode: "Kode verifikasi: {kode}",
      periksa: "Keaslian dokumen ini dapat diperiksa dengan memindai kode QR atau membuka {tautan}.",
    }),
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
  const attendees = listAttendees(db, rakorId);
  return {
    rakor,
    attendees,
    byAgency: attendanceByAgency(db, rakorId),
    places: groupByPlace(attendees, rakor.sites),
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
// Rendering (with the document toolkit the report uses)
// ---------------------------------------------------------------------------------------------

const W = kit.TEXT_WIDTH;

/** What the document says about its state: a circulated draft, or the approved version with its code. */
export type NotulenMark =
  | { kind: "draft" }
  | { kind: "approved"; version: number; code: string; url: string; qrPng: Uint8Array; approvedAt: number; approvedBy: string; onBehalf: boolean };

/** The notulen of `data` as .docx bytes, marked as a draft or approved when `mark` says so. */
export async function renderNotulen(data: NotulenData, t: NotulenTemplate = loadNotulenTemplate(), mark?: NotulenMark): Promise<Uint8Array> {
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
  const letter = (i: number) => `${String.fromCharCode(97 + (i % 26))}.`;
  const placeName = (g: NotulenData["places"][number]) => (g.kind === "site" ? g.siteName! : g.kind === "online" ? t.daring_tanpa_lokasi : `${t.tempat_utama}${r.venue ? ` (${r.venue})` : ""}`);

  // Identity block
  const time = !rakorTimeKnown(r.startsAt, zone)
    ? fill(t.waktu_belum_ditentukan)
    : [r.endsAt === null ? fill(t.waktu_tanpa_selesai) : fill(t.waktu), online ? fill(t.waktu_zona_lain) : ""].filter(Boolean).join(" ");
  const place = r.venue ?? (online && r.onlinePlatform ? fill(t.tempat_daring) : "-");
  const mode = online && r.onlinePlatform ? fill(t.bentuk_daring) : MODE_LABELS[r.mode];
  const identity: [string, string][] = [
    [t.identitas.hari_tanggal, values.hari_tanggal as string],
    [t.identitas.waktu, time],
    [t.identitas.tempat, place],
    [t.identitas.bentuk, mode],
  ];
  if (r.sites.length) identity.push([t.identitas.lokasi_terhubung, r.sites.map((s, i) => `${i + 1}. ${s.name}${s.agencyName && !s.name.includes(s.agencyName) ? ` (${s.agencyName})` : ""}`).join("\n")]);
  identity.push([t.identitas.penyelenggara, r.organizerName]);
  identity.push([t.identitas.pimpinan, chair ? personLine(chair) : "-"]);
  identity.push([t.identitas.notulis, secretary ? personLine({ name: secretary.name, rank: secretary.rank, position: secretary.jobTitle, agency: secretary.agencyName }) : "-"]);
  const identityTable = kit.table({ widths: [2500, 300, W - 2800], text: "body", borders: false, rows: identity.map(([label, value]) => [label, ":", value]) });

  // I. Attendance
  const body: (Paragraph | Table)[] = [kit.heading(1, t.bab_peserta)];
  if (data.attendees.length === 0) body.push(kit.para(t.peserta_kosong));
  else {
    body.push(kit.para(fill(t.peserta_pengantar)));
    const tp = t.tabel_peserta;
    const n = (v: number) => formatNumber(v);
    body.push(
      kit.table({
        widths: [600, W - 600 - 4 * 1150, 1150, 1150, 1150, 1150],
        aligns: ["center", "left", "center", "center", "center", "center"],
        header: [tp.no, tp.instansi, tp.luring, tp.daring, tp.tidak_hadir, tp.jumlah],
        rows: data.byAgency.map((a, i) => [`${i + 1}.`, a.agencyName ?? tp.tanpa_instansi, n(a.inPerson), n(a.online), n(a.absent), n(a.total)]),
        footer: ["", { content: tp.total, align: "left" }, n(inPerson), n(onlineCount), n(absent), n(inPerson + onlineCount + absent)],
      }),
    );
    if (absent > 0) body.push(kit.para(fill(t.peserta_tidak_hadir), { before: 120 }));
    // Present at the venue, at each site and online from no site, each counted once.
    const onlineGroup = data.places.find((g) => g.kind === "online")!;
    if (r.sites.length || (onlineGroup.present > 0 && data.places.some((g) => g.kind === "venue" && g.present > 0))) {
      body.push(kit.para(fill(r.sites.length ? t.lokasi_pengantar : t.lokasi_pengantar_daring), { before: 120, keepNext: true }));
      data.places
        .filter((g) => g.kind !== "online" || g.present > 0)
        .forEach((g, i) => {
          const site = g.kind === "site" ? r.sites.find((s) => s.id === g.siteId) : undefined;
          const line = fill(t.lokasi_baris, {
            lokasi: placeName(g),
            jumlah_hadir: formatNumber(g.present),
            pimpinan_lokasi: site?.chairName ? fill(t.lokasi_pimpinan, { pemapar: personLine({ name: site.chairName, rank: site.chairRank, position: site.chairPosition, agency: site.chairAgency }) }) : "",
          });
          body.push(kit.labelled(letter(i), line));
        });
    }
  }

  // II. Agenda
  body.push(kit.heading(1, t.bab_agenda));
  if (r.agenda.length === 0) body.push(kit.para(t.agenda_kosong));
  else {
    body.push(kit.para(fill(t.agenda_pengantar), { keepNext: true }));
    r.agenda.forEach((item, i) => {
      body.push(kit.labelled(`${i + 1}.`, item.title, { after: 40, bold: true }));
      const presenter = personLine({ name: item.presenterName, rank: item.presenterRank, position: item.presenterPosition, agency: item.presenterAgency });
      const details = [item.startsAt !== null ? fill(t.agenda_jam, { jam: formatTime(item.startsAt, zone) }) : "", presenter ? fill(t.agenda_pemapar, { pemapar: presenter }) : "", item.notes ?? ""].filter(Boolean);
      if (details.length) body.push(kit.para(details.join(" "), { left: kit.HANG, after: 100 }));
    });
  }

  // III. Outcomes with their action items
  body.push(kit.heading(1, t.bab_hasil));
  if (r.outcomes.length === 0) body.push(kit.para(t.hasil_kosong));
  else {
    body.push(kit.para(fill(t.hasil_pengantar), { keepNext: true }));
    r.outcomes.forEach((o, i) => {
      const actions = data.actionsByOutcome.get(o.id) ?? [];
      body.push(kit.labelled(`${i + 1}.`, o.text, { after: 60, keepNext: true }));
      body.push(kit.para(t.tindak_lanjut, { left: kit.HANG, after: 40, keepNext: actions.length > 0 }));
      if (actions.length === 0) body.push(kit.para(t.tindak_lanjut_kosong, { left: kit.HANG, after: 100 }));
      actions.forEach((a, j) =>
        body.push(
          kit.labelled(
            letter(j),
            fill(t.tindak_lanjut_baris, { judul: a.title, instansi: a.leadAgencyName, tenggat: formatCalendarDate(a.dueDate), status: ACTION_STATUS_LABELS[a.status], progres: a.progress }),
            { level: 1, after: j === actions.length - 1 ? 100 : 40 },
          ),
        ),
      );
    });
  }

  // IV. Closing and signatures: the notulis on the left, the chair on the right
  body.push(kit.heading(1, t.bab_penutup));
  body.push(kit.para(fill(t.penutup)));
  const signer = (position: string, who: { name: string | null; rank?: string | null; position?: string | null } | null, placeDate: string): kit.Signer => ({
    placeDate,
    position,
    name: who?.name ? personName({ name: who.name }) : null,
    blank: t.tanda_tangan.nama_kosong,
    lines: [[who?.rank, who?.position].filter(Boolean).join(" / ")],
  });
  const dateLine = town ? fill(t.tanda_tangan.tempat_tanggal) : fill(t.tanda_tangan.tempat_tanggal_tanpa_kota);
  body.push(kit.para("", { after: 240, keepNext: true }));
  body.push(
    kit.signatureBlock(
      // A blank date line keeps the two columns level.
      signer(t.tanda_tangan.notulis, secretary ? { name: secretary.name, rank: secretary.rank, position: secretary.jobTitle } : null, " "),
      signer(t.tanda_tangan.pimpinan, chair, dateLine),
    ),
  );

  if (mark?.kind === "approved") {
    const p = t.pengesahan;
    const approval = { versi: mark.version, tanggal_sah: formatDateTime(mark.approvedAt, zone), pengesah: mark.approvedBy, kode: mark.code, tautan: mark.url };
    body.push(kit.para(p.judul, { before: 360, after: 60, keepNext: true }, { bold: true }));
    body.push(kit.para(endSentence(fill(mark.onBehalf ? p.atas_nama : p.disahkan, approval)), { keepNext: true }));
    body.push(kit.para(fill(p.kode, approval), { keepNext: true }, { bold: true }));
    body.push(kit.para(fill(p.periksa, approval), { keepNext: true }));
    body.push(kit.figure(mark.qrPng, 3, { name: "Kode QR verifikasi", description: mark.url, before: 60 }));
  }

  // Appendix: the attendance list, grouped by place (the main venue first, then each site)
  if (data.attendees.length) {
    const l = t.lampiran;
    body.push(kit.para(l.judul, { align: "center", pageBreakBefore: true, after: 60 }, { bold: true }));
    body.push(kit.para(fill(l.subjudul), { align: "center", after: 200 }));
    const rows: kit.Cell[][] = [];
    let n = 0;
    for (const place of data.places) {
      if (place.people.length === 0) continue;
      rows.push([{ content: `${l.lokasi}: ${placeName(place)}`, span: 5, bold: true, shade: "F3F5F8" }]);
      for (const a of place.people) {
        n++;
        const attendance = a.attendance === "online" && a.durationMinutes !== null ? fill(t.kehadiran_menit, { kehadiran: ATTENDANCE_LABELS[a.attendance], menit: formatNumber(a.durationMinutes) }) : ATTENDANCE_LABELS[a.attendance];
        rows.push([`${n}.`, a.name, [a.rank, a.jobTitle].filter(Boolean).join(" / ") || "-", a.agencyName ?? "-", attendance]);
      }
    }
    body.push(
      kit.table({
        widths: [550, 2700, 2350, W - 550 - 2700 - 2350 - 1350, 1350],
        aligns: ["center", "left", "left", "left", "left"],
        text: "small",
        header: [l.no, l.nama, l.pangkat_jabatan, l.instansi, l.kehadiran],
        rows,
      }),
    );
  }
  // Word expects the body to end with a paragraph, not a table.
  body.push(kit.para("", { after: 0 }));

  const doc = kit.kitDocument({
    look: { font: t.huruf, size: t.ukuran_huruf },
    title: `Notulen ${r.title}`,
    description: `Notulen ${r.title}, ${values.hari_tanggal}`,
    sections: [
      kit.section({
        header: mark?.kind === "draft" ? kit.textHeader(t.tanda_draf, { bold: true }) : undefined,
        footer: kit.pageFooter(fill(t.kaki_halaman), { size: 8 }),
        children: [
          ...(mark?.kind === "draft" ? [kit.para(t.tanda_draf, { align: "center", after: 120 }, { bold: true })] : []),
          kit.para(fill(t.judul), { style: "Title", after: 60 }),
          kit.para(fill(t.subjudul).toUpperCase(), { align: "center", after: 360 }, { bold: true }),
          identityTable,
          ...body,
        ],
      }),
    ],
  });
  return kit.pack(doc);
}
