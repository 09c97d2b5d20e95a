// The report as a document: cover, headings, paragraphs, tables, a figure and the signature,
// composed once (compose.server.ts) and drawn twice: as HTML in the browser preview, where figures
// carry links to the records behind them, and as a .docx (docx.server.ts), where they do not.
// Plain data, safe to send to the browser.

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
  | { kind: "list"; items: Text[] }
  | { kind: "table"; anchor: string; caption: string; columns: Column[]; rows: CellModel[][]; footer?: CellModel[]; small?: boolean }
  | { kind: "figure"; anchor: string; caption: string; svg: string; description: string; widthCm: number }
  /** Preview only: the list above shows part of its rows. */
  | { kind: "more"; text: string; href: string };

export interface ReportDocument {
  title: string;
  font: string;
  /** Body size in points. */
  size: number;
  cover: { lines: string[]; period: string; placeDate: string };
  tocTitle: string;
  tocNote: string;
  /** Header text of the pages after the cover; footer with "{halaman}" for the page number. */
  header: string;
  footer: string;
  blocks: Block[];
  signature: { placeDate: string; position: string; name: string | null; blank: string; note: string };
}

/** Plain text of a Text. */
export function plain(t: Text): string {
  return typeof t === "string" ? t : t.map((i) => i.text).join("");
}
