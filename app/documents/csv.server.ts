// CSV for Excel as Indonesian offices use it. The dialect, and why:
// - UTF-8 with a byte-order mark: without the BOM Excel reads the file as the Windows code page
//   and breaks every non-ASCII character ("Â", "â€“"); with it, Excel, LibreOffice and
//   Google Sheets all read UTF-8.
// - ";" between fields: Windows with Indonesian regional settings uses "," as the decimal mark
//   and therefore ";" as the list separator, so Excel splits a double-clicked CSV on ";" (a
//   comma-separated file lands in one column). Decimals are written with "," to match
//   ("45,5"). A "sep=;" first line would also force the separator, but Excel then ignores the
//   BOM, so we do not add one.
// - CRLF line ends (RFC 4180); a field is quoted when it holds ";", ",", a quote, CR/LF or
//   leading/trailing spaces, and quotes inside are doubled. Line breaks inside a quoted field
//   stay LF so Excel keeps them in one cell.
// - Text that Excel would run as a formula (starting with = + - @, tab or CR) gets a leading
//   apostrophe (OWASP "CSV injection"); numbers are written as numbers.
import { CsvError, parse } from "csv-parse/sync";
import { cleanText } from "../utils/text";

export const CSV_DELIMITER = ";";
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

const decimal = new Intl.NumberFormat("id-ID", { useGrouping: false, maximumFractionDigits: 2 });

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  if (typeof value === "number") return Number.isFinite(value) ? decimal.format(value) : "";
  let text = value.replace(/\r\n?/g, "\n");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[;,"\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The whole file: BOM, header row, rows, CRLF after every record. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_DELIMITER));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** A download of `csv` named `filename` (ASCII name plus the UTF-8 form for browsers that read it). */
export function csvResponse(filename: string, csv: string): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Reading CSV uploads (attendee lists, Zoom reports, case statistics): one reader for every import,
// on top of csv-parse. Cells are separated by ",", ";" or tab (whichever the first line uses);
// quoted cells may hold the separator, doubled quotes and line breaks. A misplaced quote breaks
// its line; parsing resumes on the next line, so every broken line is reported at once.
// ---------------------------------------------------------------------------------------------

export interface CsvLineError {
  line: number;
  message: string;
}

export interface CsvRecord {
  /** Line of the file (1-based) the record starts on. */
  line: number;
  cells: string[];
}

/** Broken lines reported for one file; a file with more is not worth reading further. */
const MAX_CSV_ERRORS = 100;

/**
 * Windows-1252 where it differs from Latin-1: the characters of bytes 0x80 to 0x9f (the five
 * bytes it leaves undefined stay as they are). Node's TextDecoder("windows-1252") decodes these
 * bytes as Latin-1 control characters, which would turn "Bekasi–Cikarang" into "BekasiCikarang".
 */
const CP1252_80_9F = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Bytes of an uploaded CSV as text: UTF-8 (with or without BOM), else Windows-1252 as older Excel writes it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
  }
}

/** Which of comma, semicolon or tab separates the cells of `line` (outside quotes). */
function detectDelimiter(line: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ",";
}

const newlines = (text: string) => text.split("\n").length - 1;

/** The Indonesian message for a line csv-parse refused. */
function brokenLineMessage(error: CsvError, delimiter: string): string {
  const separator = delimiter === "\t" ? "tab" : `"${delimiter}"`;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'Tanda kutip (") dibuka tetapi tidak ditutup.';
    case "INVALID_OPENING_QUOTE":
      return `Tanda kutip (") di tengah isian kolom ${Number(error.column ?? 0) + 1}: apit seluruh isian dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali ("").`;
    default:
      return `Setelah tanda kutip penutup harus ada pemisah (${separator}) atau akhir baris; tanda kutip di dalam isian ditulis dua kali ("").`;
  }
}

/**
 * The records of a CSV text with the line each starts on (blank records left out), and every
 * broken line. Cells are cleaned of characters XML cannot carry; spaces around a cell are trimmed.
 */
export function parseCsvRecords(text: string, delimiter?: string): { records: CsvRecord[]; errors: CsvLineError[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const sep = delimiter ?? detectDelimiter(lines.find((l) => l.trim() !== "") ?? "");
  const records: CsvRecord[] = [];
  const errors: CsvLineError[] = [];
  // Index in `lines` where the current pass starts; a pass ends at the end of the text or at a broken line.
  let from = 0;
  while (from < lines.length && errors.length < MAX_CSV_ERRORS) {
    let lastEnd = 0;
    try {
      parse(lines.slice(from).join("\n"), {
        delimiter: sep,
        record_delimiter: "\n",
        relax_column_count: true,
        trim: true,
        skip_empty_lines: true,
        // `end` is the line (of this pass) the record ends on; its quoted line breaks say where it starts.
        on_record: (cells: string[], { lines: end }) => {
          lastEnd = end;
          if (cells.some((c) => c !== "")) records.push({ line: from + end - newlines(cells.join("")), cells: cells.map(cleanText) });
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // The broken record starts on the first non-blank line after the last good one.
      let start = lastEnd + 1;
      while (start < lines.length - from && lines[from + start - 1].trim() === "") start++;
      // An unclosed quote swallowed the rest of the text: the line it opened on is the broken one.
      // Otherwise the line where csv-parse stopped is. The next pass starts after it.
      const unclosed = error.code === "CSV_QUOTE_NOT_CLOSED";
      const at = unclosed ? start : Math.max(start, Number(error.lines));
      errors.push({ line: from + at, message: brokenLineMessage(error, sep) });
      from += at;
    }
  }
  return { records, errors };
}
