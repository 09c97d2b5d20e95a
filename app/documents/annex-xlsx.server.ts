// An .xlsx workbook written sheet after sheet with exceljs's streaming writer: each row is
// serialised and handed to the zip stream as it is added, so a sheet of tens of thousands of rows
// never exists as a workbook model in memory; only the compressed file is collected. Every sheet
// has its header in row 1 (bold, frozen, with an autofilter) and set column widths.
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";

/** A cell: text, a number, a calendar date 'YYYY-MM-DD' (in a "date" column) or empty. */
export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  /** In characters. */
  width: number;
  /** "date": the value is a calendar date 'YYYY-MM-DD', written as a real date cell. */
  kind?: "date";
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  /**
   * Called when the sheet's turn comes (so a database cursor is open for one sheet at a time), with
   * the number of data rows written on each sheet before it.
   */
  rows: (written: number[]) => Iterable<XlsxCell[]>;
}

const DATE_FORMAT = "dd/mm/yyyy";
/** Rows written between two yields to the event loop, which let the zip stream drain. */
const ROWS_PER_YIELD = 2000;

function cellValue(value: XlsxCell, column: XlsxColumn): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (column.kind === "date" && typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return value;
}

/** The workbook of `sheets` as .xlsx bytes, with the number of data rows written on each sheet. */
export async function writeXlsx(sheets: XlsxSheet[], properties: { title: string; created: Date }): Promise<{ bytes: Uint8Array; rows: number[] }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "SIGAP TPPO";
  workbook.title = properties.title;
  workbook.created = properties.created;
  workbook.modified = properties.created;

  const counts: number[] = [];
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width, style: c.kind === "date" ? { numFmt: DATE_FORMAT } : {} }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let n = 0;
    for (const row of sheet.rows([...counts])) {
      ws.addRow(row.map((v, i) => cellValue(v, sheet.columns[i]))).commit();
      if (++n % ROWS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    counts.push(n);
  }
  await workbook.commit();
  await finished;
  // An ArrayBuffer of its own (never Node's shared Buffer pool), so the worker can transfer it.
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, rows: counts };
}
