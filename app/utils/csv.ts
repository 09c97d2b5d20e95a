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
      "X-Content-Type-Options": "nosniff",
    },
  });
}
