// The document toolkit the report and the notulen share, on top of the docx package: the A4 page
// with the margins of official letters, one set of styles (left-aligned, never justified), text
// runs that keep tabs and line breaks, headings with bookmarks, tables (header row repeated on
// every page, widths in twips, shading, a small variant), real numbered and bulleted lists, PNG
// figures, the signature block, page numbers in the footer and the lines of a Daftar Isi.
//
// The Daftar Isi is a static list (one line per heading) whose page numbers are PAGEREF fields
// pointing at the headings' bookmarks, each line an internal link. LibreOffice computes PAGEREF
// when it lays out the pages; Word updates the fields when the document opens (updateFields). A
// TOC field is not used: LibreOffice shows a TOC field's stored result without updating it.
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
  type ISectionOptions,
  type ParagraphChild,
} from "docx";

/** Twips per centimetre. */
export const cm = (n: number) => Math.round(n * 567);

/** A4 with the margins of official letters (Tata Naskah Dinas): 3 cm left, 2 cm right and bottom, 2.5 cm top. */
export const PAGE = { width: 11906, height: 16838, top: cm(2.5), bottom: cm(2), left: cm(3), right: cm(2), header: cm(1.2), footer: cm(1) };
/** The width between the margins, in twips: what the columns of a full-width table add up to. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The shading of header and total rows. */
export const SHADE = "E7EBF0";
/** How far a numbered line's text stands from its number. */
export const HANG = 454;

export type Align = "left" | "center" | "right";
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** The document's font and body size (points). */
export interface Look {
  font: string;
  size: number;
}

// ---------------------------------------------------------------------------------------------
// Styles and the document
// ---------------------------------------------------------------------------------------------

const half = (pt: number) => pt * 2;

/** Normal (left-aligned), Title, headings 1-2, the Daftar Isi's lines, caption, table text, header and footer. */
export function kitStyles(look: Look): IStylesOptions {
  const s = look.size;
  const small = Math.max(8, s - 3);
  const style = (id: string, name: string, paragraph: IParagraphStylePropertiesOptions, run: IRunStylePropertiesOptions = {}) => ({ id, name, basedOn: "Normal", next: "Normal", quickFormat: true, paragraph, run });
  return {
    default: {
      document: {
        run: { font: look.font, size: half(s), language: { value: "id-ID", eastAsia: "id-ID" } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO }, alignment: AlignmentType.LEFT },
      },
      title: { run: { bold: true, size: half(s + 4), color: "000000", font: look.font }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
      heading1: { run: { bold: true, size: half(s), color: "000000", font: look.font }, paragraph: { keepNext: true, keepLines: true, spacing: { before: 360, after: 200 } } },
      heading2: { run: { bold: true, size: half(s), color: "000000", font: look.font }, paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } } },
      caption: { run: { bold: true, italics: false, size: half(s - 1), color: "000000" }, paragraph: { keepNext: true, alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } } },
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      style("TOCHeading", "TOC Heading", { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } }, { bold: true }),
      style("TOC1", "toc 1", { spacing: { before: 120, after: 60 }, indent: { left: 567, hanging: 567 } }),
      style("TOC2", "toc 2", { spacing: { after: 40 }, indent: { left: 1021, hanging: HANG } }),
      style("TableText", "Table Text", { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } }, { size: half(Math.max(8, s - 2)) }),
      style("TableSmall", "Table Small", { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } }, { size: half(small) }),
      style("Header", "header", { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, { size: half(small) }),
      style("Footer", "footer", { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, { size: half(Math.max(8, s - 2)) }),
    ],
  };
}

const ORDERED = "kit-ordered";
const BULLET = "kit-bullet";

/** The kit's document: its styles, its list definitions, fields updated on opening. */
export function kitDocument(o: { look: Look; title: string; subject?: string; description?: string; sections: ISectionOptions[] }): Document {
  const level = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: HANG * (level + 1), hanging: HANG } } },
  });
  return new Document({
    creator: "SIGAP TPPO",
    title: o.title,
    subject: o.subject,
    description: o.description,
    features: { updateFields: true },
    styles: kitStyles(o.look),
    numbering: {
      config: [
        { reference: ORDERED, levels: [level(0, LevelFormat.DECIMAL, "%1."), level(1, LevelFormat.LOWER_LETTER, "%2.")] },
        { reference: BULLET, levels: [level(0, LevelFormat.BULLET, "•"), level(1, LevelFormat.BULLET, "–")] },
      ],
    },
    sections: o.sections,
  });
}

/** A section on the kit's page; `pageNumbers` restarts the numbering in the given format. */
export function section(o: { children: ISectionOptions["children"]; header?: Header; footer?: Footer; pageNumbers?: { start: number; format: "decimal" | "lowerRoman" } }): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
        pageNumbers: o.pageNumbers ? { start: o.pageNumbers.start, formatType: o.pageNumbers.format === "decimal" ? NumberFormat.DECIMAL : NumberFormat.LOWER_ROMAN } : undefined,
      },
    },
    headers: o.header ? { default: o.header } : undefined,
    footers: o.footer ? { default: o.footer } : undefined,
    children: o.children,
  };
}

/** The .docx bytes of `doc`. */
export async function pack(doc: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
  color?: string;
}

/** The runs of `text`: a tab becomes a tab, a line break a break within the paragraph. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const props = { bold: style.bold, italics: style.italic, underline: style.underline ? {} : undefined, size: style.size ? half(style.size) : undefined, color: style.color };
  return text.split("\n").map((line, i) => {
    const parts = line.split("\t");
    const children = parts.flatMap((p, j) => (j === 0 ? (p ? [p] : []) : p ? [new Tab(), p] : [new Tab()]));
    return new TextRun({ ...props, break: i > 0 ? 1 : undefined, children });
  });
}

export interface ParaOptions {
  style?: string;
  align?: Align;
  /** Twips. */
  left?: number;
  hanging?: number;
  /** Space before and after, in twips. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
}

/** A paragraph of runs (or of plain text); left-aligned unless told otherwise. */
export function para(content: string | ParagraphChild[], o: ParaOptions = {}, run: RunStyle = {}): Paragraph {
  return new Paragraph({
    style: o.style,
    alignment: o.align ? ALIGN[o.align] : undefined,
    spacing: o.before !== undefined || o.after !== undefined ? { before: o.before, after: o.after } : undefined,
    indent: o.left !== undefined || o.hanging !== undefined ? { left: o.left ?? 0, hanging: o.hanging } : undefined,
    keepNext: o.keepNext,
    keepLines: o.keepLines,
    pageBreakBefore: o.pageBreakBefore,
    children: typeof content === "string" ? runs(content, run) : content,
  });
}

/** A numbered line set by hand ("a.", "1." hanging before the text), for points that are not a list of their own. */
export function labelled(label: string, text: string, o: { level?: number; after?: number; keepNext?: boolean; bold?: boolean } = {}): Paragraph {
  return para(`${label}\t${text}`, { left: HANG * ((o.level ?? 0) + 1), hanging: HANG, after: o.after ?? 80, keepNext: o.keepNext }, { bold: o.bold });
}

/** A heading (level 1 or 2); its text carries `bookmark`, where the Daftar Isi points. */
export function heading(level: 1 | 2, text: string, bookmark?: string, o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    indent: o.left !== undefined ? { left: o.left, hanging: o.hanging } : undefined,
    pageBreakBefore: o.pageBreakBefore,
    children: bookmark ? [new Bookmark({ id: bookmark, children: runs(text) })] : runs(text),
  });
}

/** A list: each item its own paragraph with the document's numbering (1., 2., … or bullets), starting at 1. */
export function list(items: ParagraphChild[][], o: { ordered?: boolean; left?: number; after?: number } = {}): Paragraph[] {
  const left = (o.left ?? 0) + HANG;
  return items.map(
    (children, i) =>
      new Paragraph({
        numbering: { reference: o.ordered ? ORDERED : BULLET, level: 0, restart: i === 0 ? true : undefined },
        indent: { left, hanging: HANG },
        spacing: { after: o.after ?? 80 },
        children,
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

export interface CellSpec {
  /** Plain text, or runs. */
  content: string | ParagraphChild[];
  bold?: boolean;
  align?: Align;
  shade?: string;
  /** Columns the cell spans. */
  span?: number;
}

export type Cell = string | CellSpec;

export interface TableSpec {
  /** Column widths in twips (add up to TEXT_WIDTH for a full-width table). */
  widths: number[];
  /** Column alignment of the body cells. */
  aligns?: Align[];
  /** The header row: shaded, bold, centred, repeated at the top of every page. */
  header?: Cell[];
  rows: Cell[][];
  /** A closing row (totals): shaded and bold. */
  footer?: Cell[];
  /** The type of the cells: table text (default), smaller for wide tables, or the body's size. */
  text?: "table" | "small" | "body";
  /** False for a layout table (the signature block). */
  borders?: boolean;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** A table with fixed column widths; rows do not split across pages. */
export function table(spec: TableSpec): Table {
  const style = spec.text === "small" ? "TableSmall" : spec.text === "body" ? undefined : "TableText";
  const widthOf = (col: number, span = 1) => spec.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const row = (cells: Cell[], kind: "header" | "body" | "footer") => {
    let col = 0;
    return new TableRow({
      tableHeader: kind === "header" || undefined,
      cantSplit: true,
      children: cells.map((c) => {
        const spec_: CellSpec = typeof c === "string" ? { content: c } : c;
        const span = spec_.span ?? 1;
        const align = spec_.align ?? (kind === "header" ? "center" : (spec.aligns?.[col] ?? "left"));
        const bold = spec_.bold || kind !== "body";
        const width = widthOf(col, span);
        col += span;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          verticalAlign: kind === "header" ? VerticalAlign.CENTER : undefined,
          shading: spec_.shade || kind !== "body" ? { fill: spec_.shade ?? SHADE, type: ShadingType.CLEAR, color: "auto" } : undefined,
          children: [
            new Paragraph({
              style: kind === "header" && spec.text !== "body" ? "TableSmall" : style,
              spacing: style ? undefined : { after: 0 },
              alignment: align === "left" ? undefined : ALIGN[align],
              children: typeof spec_.content === "string" ? runs(spec_.content, { bold }) : spec_.content,
            }),
          ],
        });
      }),
    });
  };
  const rows = [...(spec.header ? [row(spec.header, "header")] : []), ...spec.rows.map((r) => row(r, "body")), ...(spec.footer ? [row(spec.footer, "footer")] : [])];
  return new Table({
    width: { size: widthOf(0, spec.widths.length), type: WidthType.DXA },
    columnWidths: spec.widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: spec.borders === false ? NO_BORDERS : undefined,
    rows,
  });
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/** Width and height in pixels of a PNG (from its IHDR chunk). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(0) !== 0x89504e47) throw new Error("not a PNG image");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A centred PNG `widthCm` wide (height kept in proportion), with its description as alt text. */
export function figure(png: Uint8Array, widthCm: number, o: { name: string; description: string; before?: number; after?: number; keepNext?: boolean }): Paragraph {
  const size = pngSize(png);
  const width = Math.round((widthCm / 2.54) * 96);
  const height = Math.round((width * size.height) / size.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: o.keepNext,
    spacing: { before: o.before ?? 120, after: o.after ?? 0 },
    children: [new ImageRun({ type: "png", data: png, transformation: { width, height }, altText: { name: o.name, description: o.description, title: o.name } })],
  });
}

// ---------------------------------------------------------------------------------------------
// Signature block, header, footer, Daftar Isi
// ---------------------------------------------------------------------------------------------

export interface Signer {
  /** "Jakarta, 15 Juli 2025"; empty for none. */
  placeDate: string;
  /** The position, with its comma: "Ketua Harian …,". */
  position: string;
  /** Null: `blank` (a dotted line) stands where the name goes. */
  name: string | null;
  blank: string;
  /** Lines under the name: rank, NIP/NRP, a note. */
  lines?: string[];
}

function signerParagraphs(s: Signer): Paragraph[] {
  const centred = (text: string, after = 0, run: RunStyle = {}) => para(text, { align: "center", after, keepNext: true }, run);
  return [
    centred(s.placeDate),
    // The room for the wet signature and the stamp.
    centred(s.position, 1200),
    s.name ? centred(s.name, 0, { bold: true, underline: true }) : centred(s.blank),
    ...(s.lines ?? []).filter((l) => l.trim()).map((l) => centred(l)),
  ];
}

/** The signature block: a borderless two-column table, each column one signer (the left may stay empty). */
export function signatureBlock(left: Signer | null, right: Signer): Table {
  const w = Math.floor(TEXT_WIDTH / 2);
  const cell = (s: Signer | null, width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: s ? signerParagraphs(s) : [new Paragraph({})] });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [w, TEXT_WIDTH - w],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, w), cell(right, TEXT_WIDTH - w)] })],
  });
}

/** A header of one line of text. */
export function textHeader(text: string, run: RunStyle = {}): Header {
  return new Header({ children: [para(text, { style: "Header" }, run)] });
}

/** A footer from a template: "{halaman}" is the page number, "{jumlah_halaman}" the number of pages. */
export function pageFooter(template: string, run: RunStyle = {}): Footer {
  const size = run.size ? half(run.size) : undefined;
  const children = template
    .split(/(\{halaman\}|\{jumlah_halaman\})/)
    .filter((p) => p !== "")
    .map((p) =>
      p === "{halaman}"
        ? new TextRun({ children: [PageNumber.CURRENT], size })
        : p === "{jumlah_halaman}"
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size })
          : new TextRun({ text: p, size }),
    );
  return new Footer({ children: [new Paragraph({ style: "Footer", children })] });
}

export interface TocEntry {
  level: 1 | 2;
  /** "I.\tPENDAHULUAN" */
  text: string;
  bookmark: string;
}

/** The lines of the Daftar Isi: each a link to its heading, with its page number as a PAGEREF field. */
export function tocLines(entries: TocEntry[]): Paragraph[] {
  return entries.map(
    (e) =>
      new Paragraph({
        style: e.level === 1 ? "TOC1" : "TOC2",
        // The page number at the right margin, dots leading to it.
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 10, leader: "dot" }],
        children: [new InternalHyperlink({ anchor: e.bookmark, children: [...runs(`${e.text}\t`), new PageReference(e.bookmark, { hyperlink: true })] })],
      }),
  );
}
