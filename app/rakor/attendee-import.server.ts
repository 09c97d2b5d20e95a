// Reading attendees from text: a pasted list ("Nama; Pangkat; Jabatan; Instansi", one person a
// line, or cells copied from a spreadsheet), our own CSV, and the participants report Zoom exports.
// Pure functions: nothing here touches the database. Every problem is reported with its line
// number, and a caller writes nothing unless the whole input is clean.
import type { Attendance, AttendeeRole } from "../../db/schema";
import { parseCsvRecords, type CsvLineError, type CsvRecord } from "../documents/csv.server";
import { cleanText } from "../utils/text";

export const MAX_IMPORT_ROWS = 1000;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_NAME = 200;
const MAX_TEXT = 300;

export interface ImportedPerson {
  /** Line of the input the person was read from (the first line, for merged Zoom rows). */
  line: number;
  name: string;
  rank: string | null;
  jobTitle: string | null;
  agency: string | null;
  /** Name of a site as written in the input; null = not given. */
  site: string | null;
  role: AttendeeRole | null;
  attendance: Attendance | null;
  email: string | null;
  durationMinutes: number | null;
  /**
   * Parts of a Zoom name that may be an agency ("Polresta Balikpapan" of "Polresta Balikpapan
   * (Anton Firmanto)"): the importer links the first one it already knows, and creates none.
   */
  agencyHints?: string[];
}

/** A problem in an imported list, at the line (1-based, of the file) where it is. */
export type LineError = CsvLineError;

export type ImportFormat = "daftar" | "csv" | "zoom";

/** On failure `people` holds the rows that were fine, so a caller can check them further and report everything at once. */
export type ImportResult = { ok: true; format: ImportFormat; people: ImportedPerson[] } | { ok: false; format: ImportFormat | null; errors: LineError[]; people?: ImportedPerson[] };

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A cell or part as stored: characters XML cannot carry removed, spaces collapsed. */
function clean(value: string | undefined): string {
  return cleanText(value ?? "").replace(/\s+/g, " ").trim();
}

function orNull(value: string): string | null {
  return value === "" ? null : value;
}

/** The key two spellings of one person's name share: case, spacing and punctuation ignored. */
export function personKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.,'’`"-]+/g, "");
}

function textTooLong(line: number, label: string, value: string, max: number, errors: LineError[]) {
  if (value.length > max) errors.push({ line, message: `${label} lebih dari ${max} karakter.` });
}

// ---------------------------------------------------------------------------------------------
// Pasted list
// ---------------------------------------------------------------------------------------------

/**
 * One person a line: "Nama; Pangkat; Jabatan; Instansi". Parts may be left empty ("Budi;;Staf;Polri");
 * a line copied from a spreadsheet (cells separated by tabs) works the same. Blank lines are skipped.
 */
export function parsePastedList(text: string): ImportResult {
  const errors: LineError[] = [];
  const people: ImportedPerson[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const parts = raw.split(raw.includes("\t") ? "\t" : ";").map(clean);
    if (parts.length > 4) {
      errors.push({ line, message: `Terlalu banyak bagian (${parts.length}); tulis paling banyak 4: Nama; Pangkat; Jabatan; Instansi.` });
      return;
    }
    const [name, rank = "", jobTitle = "", agency = ""] = parts;
    if (!name) {
      errors.push({ line, message: "Nama kosong." });
      return;
    }
    textTooLong(line, "Nama", name, MAX_NAME, errors);
    textTooLong(line, "Pangkat", rank, MAX_TEXT, errors);
    textTooLong(line, "Jabatan", jobTitle, MAX_TEXT, errors);
    textTooLong(line, "Instansi", agency, MAX_TEXT, errors);
    people.push({ line, name, rank: orNull(rank), jobTitle: orNull(jobTitle), agency: orNull(agency), site: null, role: null, attendance: null, email: null, durationMinutes: null });
  });
  if (people.length === 0 && errors.length === 0) errors.push({ line: 1, message: "Daftar kosong: tulis satu orang per baris." });
  if (people.length > MAX_IMPORT_ROWS) errors.push({ line: people[MAX_IMPORT_ROWS].line, message: `Paling banyak ${MAX_IMPORT_ROWS} orang sekali tambah.` });
  return errors.length ? { ok: false, format: "daftar", errors } : { ok: true, format: "daftar", people };
}

type Column = "name" | "rank" | "jobTitle" | "agency" | "site" | "role" | "attendance" | "email" | "join" | "leave" | "duration" | "guest";

const HEADER_NAMES: Record<string, Column> = {
  "name (original name)": "name",
  "nama (nama asli)": "name",
  name: "name",
  nama: "name",
  "nama lengkap": "name",
  pangkat: "rank",
  "pangkat/golongan": "rank",
  golongan: "rank",
  jabatan: "jobTitle",
  instansi: "agency",
  "instansi/lembaga": "agency",
  lokasi: "site",
  "lokasi (tempat)": "site",
  peran: "role",
  kehadiran: "attendance",
  email: "email",
  "e-mail": "email",
  "user email": "email",
  "alamat email": "email",
  "join time": "join",
  "waktu bergabung": "join",
  "leave time": "leave",
  "waktu keluar": "leave",
  "duration (minutes)": "duration",
  "total duration (minutes)": "duration",
  "durasi (menit)": "duration",
  guest: "guest",
  tamu: "guest",
};

function headerKey(cell: string): string {
  return cell.replace(/\s+/g, " ").trim().toLowerCase();
}

const ROLE_WORDS: Record<string, AttendeeRole> = {
  pimpinan: "chair",
  "pimpinan rapat": "chair",
  ketua: "chair",
  chair: "chair",
  narasumber: "speaker",
  pemapar: "speaker",
  speaker: "speaker",
  peserta: "participant",
  participant: "participant",
  notulis: "secretary",
  notulen: "secretary",
  secretary: "secretary",
};

const ATTENDANCE_WORDS: Record<string, Attendance> = {
  "hadir luring": "in_person",
  luring: "in_person",
  hadir: "in_person",
  "tatap muka": "in_person",
  in_person: "in_person",
  "hadir daring": "online",
  daring: "online",
  online: "online",
  zoom: "online",
  "tidak hadir": "absent",
  absen: "absent",
  absent: "absent",
};

/** Zoom's Join/Leave Time as a comparable number, or null when unreadable. */
export function readZoomTime(value: string): number | null {
  const m = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(value.trim());
  if (!m) return null;
  let [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  if (m[7]) {
    if (hour < 1 || hour > 12) return null;
    const pm = m[7].toLowerCase() === "pm";
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Year first (2025-06-04) or last (06/04/2025); the other two only need a consistent order.
  if (m[3].length === 4) [a, b, c] = [c, a, b];
  else if (m[1].length !== 4) return null;
  if (b < 1 || b > 31 || c < 1 || c > 31) return null;
  return ((((a * 100 + b) * 100 + c) * 24 + hour) * 60 + minute) * 60 + second;
}

function findHeader(records: CsvRecord[]): { index: number; columns: (Column | null)[]; unknown: string[] } | null {
  for (let i = 0; i < records.length; i++) {
    const keys = records[i].cells.map(headerKey);
    const columns = keys.map((k) => HEADER_NAMES[k] ?? null);
    if (columns.includes("name")) {
      return { index: i, columns, unknown: records[i].cells.filter((_, j) => columns[j] === null && keys[j] !== "").map((c) => c.trim()) };
    }
  }
  return null;
}

/**
 * An attendee CSV: either the Zoom participants report (recognised by its "Duration (Minutes)"
 * column; anything before its header row, such as Zoom's meeting summary, is skipped) or our own
 * format with the columns Nama, Pangkat, Jabatan, Instansi, Lokasi, Peran, Kehadiran, Email.
 */
export function parseAttendeeCsv(text: string): ImportResult {
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, format: null, errors: [{ line: 1, message: "Berkas CSV kosong." }] };
  if (text.includes("\u0000")) return { ok: false, format: null, errors: [{ line: 1, message: "Berkas ini bukan teks CSV." }] };
  const { records, errors: broken } = parseCsvRecords(text);
  if (broken.length) return { ok: false, format: null, errors: broken };
  const header = findHeader(records);
  if (!header) {
    return {
      ok: false,
      format: null,
      errors: [{ line: records[0]?.line ?? 1, message: 'Baris judul kolom tidak ditemukan: perlu kolom "Nama" (atau "Name (Original Name)" dari laporan Zoom).' }],
    };
  }
  const format: ImportFormat = header.columns.includes("duration") ? "zoom" : "csv";
  const errors: LineError[] = [];
  const headerLine = records[header.index].line;
  if (format === "csv" && header.unknown.length) {
    errors.push({ line: headerLine, message: `Kolom tidak dikenal: ${header.unknown.map((u) => `"${u}"`).join(", ")}. Kolom yang dikenal: Nama, Pangkat, Jabatan, Instansi, Lokasi, Peran, Kehadiran, Email.` });
  }
  const dup = header.columns.filter((c, i) => c && header.columns.indexOf(c) !== i);
  if (dup.length) errors.push({ line: headerLine, message: "Ada kolom yang muncul dua kali." });
  const rows = records.slice(header.index + 1);
  if (rows.length === 0) errors.push({ line: headerLine, message: "Tidak ada baris data di bawah judul kolom." });
  if (rows.length > MAX_IMPORT_ROWS) errors.push({ line: rows[MAX_IMPORT_ROWS].line, message: `Paling banyak ${MAX_IMPORT_ROWS} baris sekali impor.` });
  if (errors.length) return { ok: false, format, errors };

  const people: ImportedPerson[] = [];
  for (const record of rows) {
    const line = record.line;
    const value = (column: Column) => {
      const i = header.columns.indexOf(column);
      return i < 0 ? "" : clean(record.cells[i]);
    };
    if (format === "csv" && record.cells.length > header.columns.length && record.cells.slice(header.columns.length).some((c) => c.trim() !== "")) {
      errors.push({ line, message: `Jumlah kolom (${record.cells.length}) lebih banyak dari judul kolom (${header.columns.length}); periksa tanda pemisah atau tanda kutip.` });
      continue;
    }
    const before = errors.length;
    // Zoom's "Display name (Original Name)" is kept whole: often an agency and a person's name.
    const name = value("name");
    if (!name) errors.push({ line, message: "Nama kosong." });
    textTooLong(line, "Nama", name, MAX_NAME, errors);
    const email = value("email").toLowerCase();
    if (email && !EMAIL_RE.test(email)) errors.push({ line, message: `Email "${email}" tidak valid.` });
    const person: ImportedPerson = {
      line,
      name,
      rank: orNull(value("rank")),
      jobTitle: orNull(value("jobTitle")),
      agency: orNull(value("agency")),
      site: orNull(value("site")),
      role: null,
      attendance: null,
      email: orNull(email),
      durationMinutes: null,
    };
    for (const [label, v] of [["Pangkat", person.rank], ["Jabatan", person.jobTitle], ["Instansi", person.agency], ["Lokasi", person.site]] as const) {
      if (v) textTooLong(line, label, v, MAX_TEXT, errors);
    }
    const role = value("role").toLowerCase();
    if (role) {
      if (ROLE_WORDS[role]) person.role = ROLE_WORDS[role];
      else errors.push({ line, message: `Peran "${value("role")}" tidak dikenal; pakai pimpinan, narasumber, peserta atau notulis.` });
    }
    const attendance = value("attendance").toLowerCase();
    if (attendance) {
      if (ATTENDANCE_WORDS[attendance]) person.attendance = ATTENDANCE_WORDS[attendance];
      else errors.push({ line, message: `Kehadiran "${value("attendance")}" tidak dikenal; pakai hadir luring, hadir daring atau tidak hadir.` });
    }
    if (format === "zoom") {
      const duration = value("duration");
      if (!/^\d+(?:[.,]\d+)?$/.test(duration)) errors.push({ line, message: duration ? `Durasi "${duration}" bukan angka menit.` : "Durasi kosong." });
      else person.durationMinutes = Math.round(Number(duration.replace(",", ".")));
      const join = value("join");
      const leave = value("leave");
      const joinAt = join ? readZoomTime(join) : null;
      const leaveAt = leave ? readZoomTime(leave) : null;
      if (join && joinAt === null) errors.push({ line, message: `Waktu bergabung "${join}" tidak terbaca.` });
      if (leave && leaveAt === null) errors.push({ line, message: `Waktu keluar "${leave}" tidak terbaca.` });
      if (joinAt !== null && leaveAt !== null && leaveAt < joinAt) errors.push({ line, message: "Waktu keluar lebih awal dari waktu bergabung." });
      person.attendance = "online";
      const renamed = /^(.*\S)\s*\(([^()]*)\)$/.exec(name);
      person.agencyHints = renamed ? [renamed[1].trim(), renamed[2].trim()].filter(Boolean) : [name];
    }
    if (errors.length === before) people.push(person);
  }
  if (errors.length) return { ok: false, format, errors, people };
  return { ok: true, format, people: format === "zoom" ? mergeZoomSessions(people) : people };
}

/**
 * Zoom lists a person once per session: one who dropped out and rejoined appears twice. Rows with
 * the same email (or, without one, the same name) become one attendee with the minutes summed.
 */
export function mergeZoomSessions(people: ImportedPerson[]): ImportedPerson[] {
  const merged = new Map<string, ImportedPerson>();
  for (const p of people) {
    const key = p.email ? `e:${p.email}` : `n:${personKey(p.name)}`;
    const seen = merged.get(key);
    if (seen) seen.durationMinutes = (seen.durationMinutes ?? 0) + (p.durationMinutes ?? 0);
    else merged.set(key, { ...p });
  }
  return [...merged.values()];
}

/** The CSV template offered for download: our own columns, one example row. */
export const ATTENDEE_CSV_TEMPLATE =
  "Nama,Pangkat,Jabatan,Instansi,Lokasi,Peran,Kehadiran,Email\r\n" +
  '"Anton Firmanto, S.H., S.I.K., M.Si.",Kombes Pol,Kapolresta Balikpapan,Polresta Balikpapan,,peserta,hadir daring,\r\n';
