// The report as a document: cover, headings, paragraphs, tables, a figure and the signature,
// composed once (compose.server.ts) and drawn twice: as HTML in the browser preview, where figures
// carry links to the records behind them, and as a .docx (app/documents/report-docx.server.ts),
// where they do not. Paragraphs are left-aligned (never justified). Plain data, safe to send to
// the browser.

/** A piece of text; `href` (preview only) links a figure to the records behind it. */
export interface Inline {
  text: string;
  href?: string;
  bold?: boolean;
}

export type Text = string | Inline[];

export interface Column {
  label: string;
  /** Twips (1 cm = 567); the columns of a table add up to the text width. */
  width: number;
  align?: "left" | "center" | "right";
}

export interface CellModel {
  text: string;
  href?: string;
  bold?: boolean;
  /** A second line, e.g. the TERLAMBAT mark under a status. */
  flag?: string;
}

export type Block =
  | { kind: "heading"; level: 1 | 2; number: string; title: string; anchor: string }
  | { kind: "paragraph"; content: Text; note?: boolean }
  /** Each item its own list item (never one paragraph): numbered "1.", "2." when `ordered`, else bulleted. */
  | { kind: "list"; items: Text[]; ordered?: boolean }
  | { kind: "table"; anchor: string; caption: string; columns: Column[]; rows: CellModel[][]; footer?: CellModel[]; small?: boolean }
  | { kind: "figure"; anchor: string; caption: string; svg: string; description: string; widthCm: number };

export interface ReportDocument {
  title: string;
  font: string;
  /** Body size in points. */
  size: number;
  /**
   * The cover in the Tata Naskah Dinas manner: the logo (optional, from templates/), the title lines
   * ("LAPORAN", "GUGUS TUGAS ..."), the word TENTANG, what it is about, the period written as
   * everywhere ("1 Januari s.d. 31 Desember 2025"), then place and date.
   */
  cover: { logo: { png: string; widthCm: number } | null; lines: string[]; about: string[]; period: string; placeDate: string };
  tocTitle: string;
  tocNote: string;
  /** Header text of the pages after the cover; footer with "{halaman}" for the page number. */
  header: string;
  footer: string;
  blocks: Block[];
  /** Place and date, position, (blank for the wet signature), name, rank, and the NIP or NRP line. */
  signature: { placeDate: string; position: string; name: string | null; rank: string | null; idLine: string | null; blank: string; note: string };
}

/** Plain text of a Text. */
export function plain(t: Text): string {
  return typeof t === "string" ? t : t.map((i) => i.text).join("");
}
