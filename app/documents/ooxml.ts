// A small WordprocessingML (.docx) writer: paragraphs, runs, tables, fields, bookmarks, inline
// PNG images, headers/footers and sections, zipped into a package. Written for the report to the
// President, whose national edition lists tens of thousands of table rows: the `docx` library
// (used for the short notulen) builds an object per XML node and took 38 s and 1.2 GB for 40,000
// rows here, while plain strings take well under a second. Pure functions, no I/O.
//
// Element order inside w:pPr, w:rPr, w:tblPr, w:trPr, w:tcPr and w:sectPr follows ECMA-376
// (Word refuses a file whose children are out of order; LibreOffice is more lenient).
import { zipSync, type Zippable } from "fflate";
import { cleanText } from "../utils/text";

const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Twentieths of a point per centimetre. */
export const TWIP_PER_CM = 566.93;
export const cm = (n: number) => Math.round(n * TWIP_PER_CM);
/** English Metric Units per twip (images are sized in EMU). */
const EMU_PER_TWIP = 635;

/** Escapes text for XML and drops characters XML 1.0 cannot carry (cleanText). */
export function esc(text: string): string {
  return cleanText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// ---------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------

export interface RunOptions {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** Hex without '#'. */
  color?: string;
  underline?: boolean;
  caps?: boolean;
}

function runProps(o: RunOptions): string {
  let p = "";
  if (o.bold) p += "<w:b/><w:bCs/>";
  if (o.italic) p += "<w:i/><w:iCs/>";
  if (o.caps) p += "<w:caps/>";
  if (o.color) p += `<w:color w:val="${o.color}"/>`;
  if (o.size) p += `<w:sz w:val="${Math.round(o.size * 2)}"/><w:szCs w:val="${Math.round(o.size * 2)}"/>`;
  if (o.underline) p += '<w:u w:val="single"/>';
  return p ? `<w:rPr>${p}</w:rPr>` : "";
}

/** A run of text; "\t" becomes a tab and "\n" a line break. */
export function run(text: string, o: RunOptions = {}): string {
  const parts = text.split(/(\t|\n)/);
  let inner = "";
  for (const part of parts) {
    if (part === "\t") inner += "<w:tab/>";
    else if (part === "\n") inner += "<w:br/>";
    else if (part) inner += /^\s|\s$/.test(part) ? `<w:t xml:space="preserve">${esc(part)}</w:t>` : `<w:t>${esc(part)}</w:t>`;
  }
  return `<w:r>${runProps(o)}${inner}</w:r>`;
}

/** A complex field (PAGE, NUMPAGES, PAGEREF x, TOC ...) with the text shown until it is updated. */
export function field(instruction: string, cached: string, o: RunOptions = {}, dirty = false): string {
  const rp = runProps(o);
  return (
    `<w:r>${rp}<w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ""}/></w:r>` +
    `<w:r>${rp}<w:instrText xml:space="preserve"> ${esc(instruction)} </w:instrText></w:r>` +
    `<w:r>${rp}<w:fldChar w:fldCharType="separate"/></w:r>` +
    (cached ? run(cached, o) : "") +
    `<w:r>${rp}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export function pageBreak(): string {
  return '<w:r><w:br w:type="page"/></w:r>';
}

/** An internal link to a bookmark. */
export function internalLink(anchor: string, runs: string): string {
  return `<w:hyperlink w:anchor="${esc(anchor)}" w:history="1">${runs}</w:hyperlink>`;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------------

export type Align = "left" | "center" | "right" | "both";

export interface ParaOptions {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  tabs?: { pos: number; align: "left" | "right" | "center"; leader?: "dot" }[];
  /** Spacing in points before and after; line as a multiple (1.15). */
  before?: number;
  after?: number;
  line?: number;
  /** Indents in twips. */
  left?: number;
  hanging?: number;
  firstLine?: number;
  align?: Align;
  /** Outline level 0-8 (what a TOC field collects). */
  outline?: number;
  /** The paragraph's run defaults (for an empty paragraph's mark). */
  mark?: RunOptions;
  /** Section properties ending a section at this paragraph. */
  sectPr?: string;
}

function paraProps(o: ParaOptions): string {
  let p = "";
  if (o.style) p += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) p += "<w:keepNext/>";
  if (o.keepLines) p += "<w:keepLines/>";
  if (o.pageBreakBefore) p += "<w:pageBreakBefore/>";
  if (o.tabs?.length) p += `<w:tabs>${o.tabs.map((t) => `<w:tab w:val="${t.align}"${t.leader ? ` w:leader="${t.leader}"` : ""} w:pos="${t.pos}"/>`).join("")}</w:tabs>`;
  if (o.before !== undefined || o.after !== undefined || o.line !== undefined) {
    p += `<w:spacing${o.before !== undefined ? ` w:before="${Math.round(o.before * 20)}"` : ""}${o.after !== undefined ? ` w:after="${Math.round(o.after * 20)}"` : ""}${o.line !== undefined ? ` w:line="${Math.round(o.line * 240)}" w:lineRule="auto"` : ""}/>`;
  }
  if (o.left !== undefined || o.hanging !== undefined || o.firstLine !== undefined) {
    p += `<w:ind${o.left !== undefined ? ` w:left="${o.left}"` : ""}${o.hanging !== undefined ? ` w:hanging="${o.hanging}"` : ""}${o.firstLine !== undefined ? ` w:firstLine="${o.firstLine}"` : ""}/>`;
  }
  if (o.align) p += `<w:jc w:val="${o.align}"/>`;
  if (o.outline !== undefined) p += `<w:outlineLvl w:val="${o.outline}"/>`;
  if (o.mark) p += runProps(o.mark);
  if (o.sectPr) p += o.sectPr;
  return p ? `<w:pPr>${p}</w:pPr>` : "";
}

/** A paragraph of runs (XML from run()/field()), or of plain text with `text` options. */
export function paragraph(content: string | { text: string; run?: RunOptions }, o: ParaOptions = {}): string {
  const runs = typeof content === "string" ? content : run(content.text, content.run ?? {});
  return `<w:p>${paraProps(o)}${runs}</w:p>`;
}

/** Wraps runs in a bookmark (the target of PAGEREF fields and internal links). */
export function bookmarked(name: string, id: number, runs: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${esc(name)}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

export interface Cell {
  /** Paragraph XML, or plain text set in one paragraph. */
  content: string | { text: string; run?: RunOptions; align?: Align };
  shade?: string;
  span?: number;
  vAlign?: "top" | "center" | "bottom";
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
  cantSplit?: boolean;
}

export interface TableOptions {
  /** Column widths in twips. */
  widths: number[];
  rows: Row[];
  borders?: boolean;
  /** Cell paragraphs' spacing after, in points. */
  cellAfter?: number;
  /** Cell margins in twips. */
  margin?: number;
  align?: "left" | "center";
}

const BORDER = (on: boolean) => (on ? 'w:val="single" w:sz="4" w:space="0" w:color="808080"' : 'w:val="nil"');

export function table(o: TableOptions): string {
  const total = o.widths.reduce((s, w) => s + w, 0);
  const b = BORDER(o.borders !== false);
  const m = o.margin ?? 70;
  const after = o.cellAfter ?? 0;
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.align === "center" ? '<w:jc w:val="center"/>' : ""}` +
    `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${Math.round(m / 2)}" w:type="dxa"/><w:left w:w="${m}" w:type="dxa"/><w:bottom w:w="${Math.round(m / 2)}" w:type="dxa"/><w:right w:w="${m}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const parts: string[] = [xml];
  for (const row of o.rows) {
    let tr = "<w:tr>";
    if (row.cantSplit || row.header) tr += `<w:trPr>${row.cantSplit || row.header ? "<w:cantSplit/>" : ""}${row.header ? "<w:tblHeader/>" : ""}</w:trPr>`;
    let col = 0;
    for (const c of row.cells) {
      const span = c.span ?? 1;
      const width = o.widths.slice(col, col + span).reduce((s, w) => s + w, 0);
      col += span;
      const content =
        typeof c.content === "string"
          ? c.content
          : paragraph({ text: c.content.text, run: c.content.run }, { after, align: c.content.align ?? "left" });
      tr +=
        `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
        `${c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : ""}${c.vAlign && c.vAlign !== "top" ? `<w:vAlign w:val="${c.vAlign}"/>` : ""}</w:tcPr>` +
        `${content || "<w:p/>"}</w:tc>`;
    }
    tr += "</w:tr>";
    parts.push(tr);
  }
  parts.push("</w:tbl>");
  xml = parts.join("");
  return xml;
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

/** An inline picture, `width` x `height` in twips, pointing at relationship `relId`. */
export function inlineImage(relId: string, drawingId: number, width: number, height: number, description: string): string {
  const cx = width * EMU_PER_TWIP;
  const cy = height * EMU_PER_TWIP;
  const name = `Gambar ${drawingId}`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${drawingId}" name="${esc(name)}" descr="${esc(description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${drawingId}" name="${esc(name)}.png" descr="${esc(description)}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

export interface PageSetup {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export const A4: PageSetup = { width: 11906, height: 16838, top: cm(2.5), bottom: cm(2), left: cm(3), right: cm(2), header: cm(1.2), footer: cm(1) };

export interface SectionOptions {
  page: PageSetup;
  headerRel?: string;
  footerRel?: string;
  /** Page numbers of this section: format and first number. */
  numbering?: { format: "decimal" | "lowerRoman" | "upperRoman"; start?: number };
  /** Vertically centre the text (a cover page). */
  vCenter?: boolean;
}

export function sectionProperties(o: SectionOptions): string {
  const p = o.page;
  return (
    "<w:sectPr>" +
    (o.headerRel ? `<w:headerReference w:type="default" r:id="${o.headerRel}"/>` : "") +
    (o.footerRel ? `<w:footerReference w:type="default" r:id="${o.footerRel}"/>` : "") +
    '<w:type w:val="nextPage"/>' +
    `<w:pgSz w:w="${p.width}" w:h="${p.height}"/>` +
    `<w:pgMar w:top="${p.top}" w:right="${p.right}" w:bottom="${p.bottom}" w:left="${p.left}" w:header="${p.header}" w:footer="${p.footer}" w:gutter="0"/>` +
    (o.numbering ? `<w:pgNumType w:fmt="${o.numbering.format}"${o.numbering.start !== undefined ? ` w:start="${o.numbering.start}"` : ""}/>` : "") +
    (o.vCenter ? '<w:vAlign w:val="center"/>' : "") +
    "</w:sectPr>"
  );
}

// ---------------------------------------------------------------------------------------------
// The package
// ---------------------------------------------------------------------------------------------

export interface StyleSet {
  font: string;
  /** Body size in points. */
  size: number;
}

/** Normal, headings 1-2 (what the table of contents collects), TOC 1-2, header and footer, caption. */
export function stylesXml(s: StyleSet): string {
  const sz = (pt: number) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
  const font = esc(s.font);
  const para = (id: string, name: string, pPr: string, rPr: string, extra = "") =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}</w:style>`;
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${NS.w}" xmlns:r="${NS.r}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>${sz(s.size)}<w:lang w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    para("Title", "Title", '<w:spacing w:after="0"/><w:jc w:val="center"/>', `<w:b/><w:bCs/>${sz(s.size + 4)}`) +
    para("Heading1", "heading 1", '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="200"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>', `<w:b/><w:bCs/>${sz(s.size)}`) +
    para("Heading2", "heading 2", '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:left="454" w:hanging="454"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>', `<w:b/><w:bCs/>${sz(s.size)}`) +
    para("TOCHeading", "TOC Heading", '<w:spacing w:before="0" w:after="360"/><w:jc w:val="center"/>', `<w:b/><w:bCs/>${sz(s.size)}`) +
    para("TOC1", "toc 1", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:before="120" w:after="60"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/>`, "") +
    para("TOC2", "toc 2", `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="1021" w:hanging="454"/><w:jc w:val="left"/>`, "") +
    para("Caption", "caption", '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/>', `<w:b/><w:bCs/>${sz(s.size - 1)}`) +
    para("TableText", "Table Text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>', sz(Math.max(8, s.size - 2))) +
    para("TableSmall", "Table Small", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>', sz(Math.max(8, s.size - 3))) +
    para("Header", "header", '<w:spacing w:after="0"/><w:jc w:val="center"/>', sz(Math.max(8, s.size - 3))) +
    para("Footer", "footer", '<w:spacing w:after="0"/><w:jc w:val="center"/>', sz(Math.max(8, s.size - 2))) +
    "</w:styles>"
  );
}

export function settingsXml(updateFields: boolean): string {
  return (
    XML_HEAD +
    `<w:settings xmlns:w="${NS.w}">` +
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    (updateFields ? '<w:updateFields w:val="true"/>' : "") +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="id-ID"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>' +
    "</w:settings>"
  );
}

function partRoot(tag: "w:document" | "w:hdr" | "w:ftr", inner: string): string {
  return `${XML_HEAD}<${tag} xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">${inner}</${tag}>`;
}

export interface DocxParts {
  /**
   * The body's block content (paragraphs and tables), in pieces: a piece may already be UTF-8 bytes,
   * so a large report never holds its whole document.xml as one JavaScript string.
   */
  body: (string | Uint8Array)[];
  finalSection: string;
  styles: string;
  settings: string;
  headers: { rel: string; xml: string }[];
  footers: { rel: string; xml: string }[];
  images: { rel: string; png: Uint8Array }[];
  properties: { title: string; subject?: string; creator: string; created: Date; description?: string };
}

/** Header or footer content (paragraph XML). */
export function headerXml(paragraphs: string): string {
  return partRoot("w:hdr", paragraphs);
}
export function footerXml(paragraphs: string): string {
  return partRoot("w:ftr", paragraphs);
}

/** Zips the parts into a .docx package. */
export function packageDocx(p: DocxParts): Uint8Array {
  const files: { name: string; data: Uint8Array }[] = [];
  const put = (name: string, xml: string) => files.push({ name, data: Buffer.from(xml, "utf8") });
  const overrides = [
    ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
    ["/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
    ["/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
    ...p.headers.map((h) => [`/word/${h.rel}.xml`, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"]),
    ...p.footers.map((f) => [`/word/${f.rel}.xml`, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"]),
  ];
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
      "</Types>",
  );
  put(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
      "</Relationships>",
  );
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
    ...p.headers.map((h) => `<Relationship Id="${h.rel}" Type="${REL}/header" Target="${h.rel}.xml"/>`),
    ...p.footers.map((f) => `<Relationship Id="${f.rel}" Type="${REL}/footer" Target="${f.rel}.xml"/>`),
    ...p.images.map((i) => `<Relationship Id="${i.rel}" Type="${REL}/image" Target="media/${i.rel}.png"/>`),
  ];
  put("word/_rels/document.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  const [docHead, docTail] = partRoot("w:document", "\u0000").split("\u0000");
  files.push({
    name: "word/document.xml",
    data: Buffer.concat([Buffer.from(`${docHead}<w:body>`), ...p.body.map((b) => (typeof b === "string" ? Buffer.from(b, "utf8") : b)), Buffer.from(`${p.finalSection}</w:body>${docTail}`)]),
  });
  put("word/styles.xml", p.styles);
  put("word/settings.xml", p.settings);
  for (const h of p.headers) put(`word/${h.rel}.xml`, h.xml);
  for (const f of p.footers) put(`word/${f.rel}.xml`, f.xml);
  for (const i of p.images) files.push({ name: `word/media/${i.rel}.png`, data: i.png });
  const when = p.properties.created.toISOString().replace(/\.\d{3}Z$/, "Z");
  put(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${esc(p.properties.title)}</dc:title>${p.properties.subject ? `<dc:subject>${esc(p.properties.subject)}</dc:subject>` : ""}<dc:creator>${esc(p.properties.creator)}</dc:creator>` +
      `${p.properties.description ? `<dc:description>${esc(p.properties.description)}</dc:description>` : ""}<dc:language>id-ID</dc:language>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
  );
  put(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>SIGAP TPPO</Application></Properties>`,
  );
  return zip(files, p.properties.created);
}

/**
 * A ZIP archive of `files` in order (fflate); PNG, already compressed, is stored, the rest deflated.
 * The result is a fresh buffer of its own, which the report worker transfers.
 */
export function zip(files: { name: string; data: Uint8Array }[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = [f.data, { level: f.name.endsWith(".png") ? 0 : 6, mtime: modified }];
  return zipSync(entries);
}
