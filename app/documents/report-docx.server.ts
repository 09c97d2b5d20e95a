// The report as a .docx: a cover page, the Daftar Isi, chapters I-VII and the signature, on A4
// with the margins of official letters, a header and page numbers. Three sections: the cover (no
// header or number), the Daftar Isi (page i) and the body (pages from 1).
//
// The Daftar Isi is a static list (one line per chapter and sub-chapter) whose page numbers are
// PAGEREF fields pointing at bookmarks on the headings, each line an internal link. LibreOffice
// computes PAGEREF when it lays out the page (so its PDF shows the right numbers); Word updates them
// when the document opens (settings: updateFields) and whenever it prints. A real TOC field is not
// used: LibreOffice shows a TOC field's stored result without updating it, and the structure of
// this report is fixed, so the list is always complete.
import type { Block, CellModel, ReportDocument, Text } from "../report/model";
import { plain } from "../report/model";
import * as x from "./ooxml";
import type { Png } from "./chart-png.server";

const INDENT = 567;
const SUB_INDENT = 1021;
const RED = "C00000";
const SHADE = "E7EBF0";

function inlineRuns(t: Text, o: x.RunOptions = {}): string {
  if (typeof t === "string") return x.run(t, o);
  return t.map((i) => x.run(i.text, { ...o, bold: o.bold || i.bold })).join("");
}

/** A cell's paragraph; the table styles carry the size, so the (many) plain cells carry no properties. */
function cellContent(c: CellModel, align: x.Align, small: boolean, bold: boolean): string {
  const runs = x.run(c.text, { bold: bold || c.bold }) + (c.flag ? x.run(`\n${c.flag}`, { bold: true, color: RED, size: 8 }) : "");
  return x.paragraph(runs, { style: small ? "TableSmall" : "TableText", align: align === "left" ? undefined : align });
}

export interface RenderAssets {
  /** PNG of each figure's SVG (the caller renders them, e.g. with svgToPng). */
  figure: (svg: string) => Png | null;
  created?: Date;
}

/** The report as .docx bytes. */
export function renderReportDocx(doc: ReportDocument, assets: RenderAssets): Uint8Array {
  const size = doc.size;
  const smallSize = size - 3;
  const images: { rel: string; png: Uint8Array }[] = [];
  let bookmarkId = 0;
  let drawingId = 0;
  const headings: { level: 1 | 2; number: string; title: string; bookmark: string }[] = [];

  // Body ----------------------------------------------------------------------------------------
  // Each block becomes UTF-8 bytes at once, so its (possibly large) string can be collected.
  const body: Uint8Array[] = [];
  let textIndent = INDENT;
  let firstChapter = true;
  for (const block of doc.blocks) {
    body.push(Buffer.from(renderBlock(block), "utf8"));
  }

  function renderBlock(b: Block): string {
    switch (b.kind) {
      case "heading": {
        bookmarkId += 1;
        const bookmark = `_Toc${String(bookmarkId).padStart(4, "0")}`;
        headings.push({ level: b.level, number: b.number, title: b.title, bookmark });
        const runs = x.bookmarked(bookmark, bookmarkId, x.run(`${b.number}\t${b.title}`));
        if (b.level === 1) {
          textIndent = INDENT;
          const page = !firstChapter;
          firstChapter = false;
          return x.paragraph(runs, { style: "Heading1", pageBreakBefore: page, left: INDENT, hanging: INDENT });
        }
        textIndent = SUB_INDENT;
        return x.paragraph(runs, { style: "Heading2", left: SUB_INDENT, hanging: SUB_INDENT - INDENT });
      }
      case "paragraph":
        return b.note
          ? x.paragraph(inlineRuns(b.content, { size: smallSize, italic: true }), { left: textIndent, after: 6 })
          : x.paragraph(inlineRuns(b.content), { left: textIndent, firstLine: 0 });
      case "list":
        return b.items.map((item, i) => x.paragraph(x.run(`${i + 1}.\t`) + inlineRuns(item), { left: textIndent + 454, hanging: 454, after: 4 })).join("");
      case "table": {
        const caption = x.paragraph(x.run(b.caption), { style: "Caption", keepNext: true });
        const aligns = b.columns.map((c) => c.align ?? "left");
        const headerRow: x.Row = {
          header: true,
          cells: b.columns.map((c) => ({ content: x.paragraph(x.run(c.label, { bold: true, size: b.small ? 8 : undefined }), { style: "TableSmall", align: "center" }), shade: SHADE, vAlign: "center" })),
        };
        const small = Boolean(b.small);
        const rows: x.Row[] = b.rows.map((r) => ({ cantSplit: true, cells: r.map((c, i) => ({ content: cellContent(c, aligns[i], small, false) })) }));
        if (b.footer) rows.push({ cantSplit: true, cells: b.footer.map((c, i) => ({ content: cellContent(c, aligns[i], small, true), shade: SHADE })) });
        return caption + x.table({ widths: b.columns.map((c) => c.width), rows: [headerRow, ...rows], margin: 80 }) + x.paragraph("", { after: 6, mark: { size: 6 } });
      }
      case "figure": {
        const png = assets.figure(b.svg);
        const caption = x.paragraph(x.run(b.caption), { style: "Caption", keepLines: true });
        if (!png) return x.paragraph(x.run(b.description, { italic: true }), { left: textIndent }) + caption;
        drawingId += 1;
        const rel = `rIdImg${drawingId}`;
        images.push({ rel, png: png.data });
        const width = x.cm(b.widthCm);
        const height = Math.round((width * png.height) / png.width);
        return x.paragraph(x.inlineImage(rel, drawingId, width, height, b.description), { align: "center", keepNext: true, before: 6, after: 0 }) + caption;
      }
      case "more":
        return "";
    }
  }

  // Signature: a borderless two-column table, the signer in the right column --------------------
  const sig = doc.signature;
  const sigLines =
    x.paragraph(x.run(sig.placeDate), { align: "center", after: 0 }) +
    x.paragraph(x.run(`${sig.position},`), { align: "center", after: 0 }) +
    x.paragraph("", { after: 0, before: 48 }) +
    x.paragraph(sig.name ? x.run(sig.name, { bold: true, underline: true }) : x.run(sig.blank), { align: "center", after: 0 }) +
    (sig.note ? x.paragraph(x.run(sig.note), { align: "center", after: 0 }) : "");
  const signature =
    x.paragraph("", { after: 12, keepNext: true }) +
    x.table({
      widths: [4000, 5071],
      borders: false,
      rows: [{ cantSplit: true, cells: [{ content: x.paragraph("") }, { content: sigLines }] }],
    }) +
    // Word expects the body to end with a paragraph, not a table.
    x.paragraph("", { after: 0 });

  // Cover -----------------------------------------------------------------------------------------
  const coverSection = x.sectionProperties({ page: x.A4 });
  const cover =
    doc.cover.lines
      .map((l, i) => x.paragraph(x.run(l, { bold: true, size: size + 4 }), { style: "Title", before: i === 0 ? 150 : 0, after: i === doc.cover.lines.length - 1 ? 36 : 6 }))
      .join("") +
    x.paragraph(x.run(doc.cover.period, { bold: true, size: size + 2 }), { align: "center", after: 0 }) +
    x.paragraph(x.run(doc.cover.placeDate, { size: size + 1 }), { align: "center", before: 300, after: 0, sectPr: coverSection });

  // Daftar Isi --------------------------------------------------------------------------------------
  const tocSection = x.sectionProperties({ page: x.A4, headerRel: "rIdHeader1", footerRel: "rIdFooter1", numbering: { format: "lowerRoman", start: 1 } });
  const tocEntries = headings.map((h) =>
    x.paragraph(x.internalLink(h.bookmark, x.run(`${h.number}\t${h.title}\t`) + x.field(`PAGEREF ${h.bookmark} \\h`, "")), { style: h.level === 1 ? "TOC1" : "TOC2" }),
  );
  const toc =
    x.paragraph(x.run(doc.tocTitle), { style: "TOCHeading" }) +
    tocEntries.join("") +
    (doc.tocNote ? x.paragraph(x.run(doc.tocNote, { italic: true, size: smallSize })) : "") +
    x.paragraph("", { sectPr: tocSection });

  // Header and footer -------------------------------------------------------------------------------
  const header = x.headerXml(x.paragraph(x.run(doc.header, { italic: true }), { style: "Header" }));
  const [before, after] = doc.footer.split("{halaman}");
  const footer = x.footerXml(
    x.paragraph(x.run(before ?? "") + (after !== undefined ? x.field("PAGE", "1") + x.run(after) : ""), { style: "Footer" }),
  );

  return x.packageDocx({
    body: [cover + toc, ...body, signature],
    finalSection: x.sectionProperties({ page: x.A4, headerRel: "rIdHeader1", footerRel: "rIdFooter1", numbering: { format: "decimal", start: 1 } }),
    styles: x.stylesXml({ font: doc.font, size }),
    settings: x.settingsXml(true),
    headers: [{ rel: "rIdHeader1", xml: header }],
    footers: [{ rel: "rIdFooter1", xml: footer }],
    images,
    properties: { title: doc.title, subject: plain(doc.cover.period), creator: "SIGAP TPPO", created: assets.created ?? new Date() },
  });
}
