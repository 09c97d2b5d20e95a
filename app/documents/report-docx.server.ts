// The report as a .docx, drawn with the document toolkit (docx-kit.server.ts): the cover in the
// Tata Naskah Dinas manner, the Daftar Isi, the chapters and the signature. Three sections: the
// cover (no header or page number), the Daftar Isi (pages i, ii, …) and the body (pages from 1).
import type { Paragraph, ParagraphChild, Table } from "docx";
import type { Block, CellModel, ReportDocument, Text } from "../report/model";
import * as kit from "./docx-kit.server";
import type { Png } from "./chart-png.server";

/** Where the text of a chapter and of a sub-chapter starts. */
const INDENT = 567;
const SUB_INDENT = 1021;
const RED = "C00000";

function textRuns(t: Text, style: kit.RunStyle = {}): ParagraphChild[] {
  if (typeof t === "string") return kit.runs(t, style);
  return t.flatMap((i) => kit.runs(i.text, { ...style, bold: style.bold || i.bold }));
}

/** A cell's runs: its text, and the flag (e.g. TERLAMBAT) on a line of its own in small red capitals. */
function cellRuns(c: CellModel, bold: boolean): ParagraphChild[] {
  const flag = c.flag ? kit.runs(`\n${c.flag}`, { bold: true, color: RED, size: 8 }) : [];
  return [...kit.runs(c.text, { bold: bold || c.bold }), ...flag];
}

export interface RenderAssets {
  /** PNG of each figure's SVG (the caller renders them, e.g. with svgToPng); null draws its description instead. */
  figure: (svg: string) => Png | null;
}

/** The report as .docx bytes. */
export async function renderReportDocx(doc: ReportDocument, assets: RenderAssets): Promise<Uint8Array> {
  const size = doc.size;
  const toc: kit.TocEntry[] = [];
  let textIndent = INDENT;
  let firstChapter = true;
  let figureNo = 0;

  const body: (Paragraph | Table)[] = [];
  for (const block of doc.blocks) body.push(...renderBlock(block));

  function renderBlock(b: Block): (Paragraph | Table)[] {
    switch (b.kind) {
      case "heading": {
        const bookmark = `_Toc${String(toc.length + 1).padStart(4, "0")}`;
        const text = `${b.number}\t${b.title}`;
        toc.push({ level: b.level, text, bookmark });
        if (b.level === 1) {
          textIndent = INDENT;
          const pageBreakBefore = !firstChapter;
          firstChapter = false;
          return [kit.heading(1, text, bookmark, { left: INDENT, hanging: INDENT, pageBreakBefore })];
        }
        textIndent = SUB_INDENT;
        return [kit.heading(2, text, bookmark, { left: SUB_INDENT, hanging: SUB_INDENT - INDENT })];
      }
      case "paragraph":
        return [b.note ? kit.para(textRuns(b.content, { size: size - 3, italic: true }), { left: textIndent, after: 120 }) : kit.para(textRuns(b.content), { left: textIndent })];
      case "list":
        return kit.list(
          b.items.map((item) => textRuns(item)),
          { ordered: b.ordered, left: textIndent },
        );
      case "table": {
        const aligns = b.columns.map((c) => c.align ?? "left");
        return [
          kit.para(b.caption, { style: "Caption", keepNext: true }),
          kit.table({
            widths: b.columns.map((c) => c.width),
            aligns,
            text: b.small ? "small" : "table",
            header: b.columns.map((c) => c.label),
            rows: b.rows.map((r) => r.map((c) => ({ content: cellRuns(c, false) }))),
            footer: b.footer?.map((c) => ({ content: cellRuns(c, true) })),
          }),
          kit.para("", { after: 120 }),
        ];
      }
      case "figure": {
        const caption = kit.para(b.caption, { style: "Caption", keepLines: true });
        const png = assets.figure(b.svg);
        if (!png) return [kit.para(b.description, { left: textIndent }, { italic: true }), caption];
        figureNo += 1;
        return [kit.figure(png.data, b.widthCm, { name: `Gambar ${figureNo}`, description: b.description, keepNext: true }), caption];
      }
    }
  }

  // Cover: the logo, the title, TENTANG and what it is about, the period, then place and date.
  const c = doc.cover;
  const logo = c.logo ? kit.figure(Buffer.from(c.logo.png, "base64"), c.logo.widthCm, { name: "Logo", description: "Logo", before: 0, after: 480 }) : null;
  const cover: Paragraph[] = [
    ...(logo ? [logo] : []),
    ...c.lines.map((l, i) => kit.para(l, { style: "Title", before: i === 0 && !logo ? 2880 : 0, after: 0 })),
    ...(c.about.length
      ? [kit.para("TENTANG", { style: "Title", before: 480, after: 240 }), ...c.about.map((l) => kit.para(l, { style: "Title", after: 0 }, { size: size + 2 }))]
      : []),
    kit.para(c.period, { align: "center", before: 720, after: 0 }, { bold: true, size: size + 2 }),
    kit.para(c.placeDate, { align: "center", before: logo ? 2400 : 4800, after: 0 }, { size: size + 1 }),
  ];

  // Daftar Isi
  const contents: Paragraph[] = [
    kit.para(doc.tocTitle, { style: "TOCHeading" }),
    ...kit.tocLines(toc),
    ...(doc.tocNote ? [kit.para(doc.tocNote, {}, { italic: true, size: size - 3 })] : []),
  ];

  // Signature, in the right half of the page.
  const s = doc.signature;
  const signature = kit.signatureBlock(null, {
    placeDate: s.placeDate,
    position: `${s.position},`,
    name: s.name,
    blank: s.blank,
    lines: [s.rank ?? "", s.idLine ?? "", s.note],
  });

  const header = () => kit.textHeader(doc.header, { italic: true });
  const footer = () => kit.pageFooter(doc.footer);
  const document = kit.kitDocument({
    look: { font: doc.font, size },
    title: doc.title,
    subject: c.period,
    sections: [
      kit.section({ children: cover }),
      kit.section({ children: contents, header: header(), footer: footer(), pageNumbers: { start: 1, format: "lowerRoman" } }),
      kit.section({
        // Word expects the body to end with a paragraph, not a table.
        children: [...body, kit.para("", { after: 240, keepNext: true }), signature, kit.para("", { after: 0 })],
        header: header(),
        footer: footer(),
        pageNumbers: { start: 1, format: "decimal" },
      }),
    ],
  });
  return kit.pack(document);
}
