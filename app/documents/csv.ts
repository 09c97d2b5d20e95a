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
// Reading CSV uploads (attendee lists, case statistics): one reader for every import.
// ---------------------------------------------------------------------------------------------

export interface CsvLineError {
  line: number;
  message: string;
}

/** Bytes of an uploaded CSV as text: UTF-8 (with or without BOM), else Windows-1252 as older Excel writes it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}


export interface CsvRecord {
  line: number;
  cells: string[];
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

/**
 * RFC 4180 records with the line each starts on. Quoted cells may hold the delimiter, doubled
 * quotes and line breaks. An unclosed quote is an error at the line where it opened.
 */
export function parseCsvRecords(text: string, delimiter?: string): { records: CsvRecord[]; error: CsvLineError | null } {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  const sep = delimiter ?? detectDelimiter(firstLine);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let cellStarted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      quoteLine = line;
      cellStarted = true;
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
      cellStarted = false;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      cellStarted = false;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch !== " ") cellStarted = true;
    }
  }
  if (quoted) return { records, error: { line: quoteLine, message: "Tanda kutip (\") dibuka tetapi tidak ditutup." } };
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { records: records.filter((r) => r.cells.some((c) => c.trim() !== "")), error: null };
}

