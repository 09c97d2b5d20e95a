// The .docx writer: text is escaped (and control characters XML cannot carry are dropped), element
// order inside properties follows the schema, the package is a valid ZIP (checked with unzip -t)
// whose parts declare their content types, and charts render to PNG with resvg.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { chartFontFiles, svgToPng } from "../../app/documents/chart-png.server";
import * as x from "../../app/documents/ooxml";
import { barChartSvg } from "../../app/documents/chart";

describe("runs and paragraphs", () => {
  it("escapes markup and drops control characters", () => {
    expect(x.esc('a < b & "c" > d')).toBe("a &lt; b &amp; &quot;c&quot; &gt; d");
    expect(x.esc("catatan\u0007 dengan\u0000 bel")).toBe("catatan dengan bel");
    expect(x.run("satu\tdua\ntiga")).toBe("<w:r><w:t>satu</w:t><w:tab/><w:t>dua</w:t><w:br/><w:t>tiga</w:t></w:r>");
    expect(x.run(" spasi ")).toBe('<w:r><w:t xml:space="preserve"> spasi </w:t></w:r>');
  });

  it("writes run and paragraph properties in schema order", () => {
    expect(x.run("x", { underline: true, size: 11, bold: true, color: "C00000", italic: true })).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="C00000"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="single"/></w:rPr><w:t>x</w:t></w:r>',
    );
    const p = x.paragraph("", { align: "center", left: 567, before: 6, keepNext: true, style: "Caption", tabs: [{ pos: 9000, align: "right", leader: "dot" }] });
    expect(p).toBe('<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs><w:spacing w:before="120"/><w:ind w:left="567"/><w:jc w:val="center"/></w:pPr></w:p>');
  });

  it("writes a field with its instruction and the text shown until it is updated", () => {
    expect(x.field("PAGEREF _Toc0001 \\h", "")).toBe(
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc0001 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
  });

  it("gives each table a grid, fixed layout and cell widths that add up", () => {
    const t = x.table({ widths: [1000, 2000, 3000], rows: [{ header: true, cells: [{ content: { text: "a" } }, { content: { text: "b" }, span: 2 }] }] });
    expect(t).toContain('<w:tblW w:w="6000" w:type="dxa"/>');
    expect(t).toContain('<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid>');
    expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    expect(t).toContain("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    expect(t).toContain('<w:tcW w:w="5000" w:type="dxa"/><w:gridSpan w:val="2"/>');
  });
});

describe("the package", () => {
  it("is a ZIP that unzip accepts, with content types for every part and the PNG stored", () => {
    const png = svgToPng(barChartSvg({ title: "Uji", items: [{ label: "A", value: 50 }] }), 400);
    const bytes = x.packageDocx({
      body: [x.paragraph({ text: "Halo, Indonesia: 1.234 & 45,5%" }), new TextEncoder().encode(x.paragraph({ text: "Bagian kedua" }))],
      finalSection: x.sectionProperties({ page: x.A4, footerRel: "rIdFooter1" }),
      styles: x.stylesXml({ font: "Arial", size: 12 }),
      settings: x.settingsXml(true),
      headers: [],
      footers: [{ rel: "rIdFooter1", xml: x.footerXml(x.paragraph(x.field("PAGE", "1"))) }],
      images: [{ rel: "rIdImg1", png: png.data }],
      properties: { title: "Uji & coba", creator: "SIGAP TPPO", created: new Date("2025-07-15T03:00:00Z") },
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-ooxml-"));
    try {
      const file = path.join(dir, "uji.docx");
      writeFileSync(file, bytes);
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
      const listing = execFileSync("unzip", ["-v", file], { encoding: "utf8" });
      expect(listing).toMatch(/Stored.*word\/media\/rIdImg1\.png/);
      expect(listing).toMatch(/Defl:N.*word\/document\.xml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const files = unzipSync(bytes);
    expect(Object.keys(files)[0]).toBe("[Content_Types].xml");
    const types = strFromU8(files["[Content_Types].xml"]);
    for (const part of ["/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/rIdFooter1.xml", "/docProps/core.xml"]) expect(types).toContain(`PartName="${part}"`);
    const doc = strFromU8(files["word/document.xml"]);
    expect(doc).toContain("<w:t>Halo, Indonesia: 1.234 &amp; 45,5%</w:t>");
    expect(doc).toContain("<w:t>Bagian kedua</w:t>");
    expect(doc.indexOf("Halo")).toBeLessThan(doc.indexOf("Bagian kedua"));
    expect(strFromU8(files["docProps/core.xml"])).toContain("<dc:title>Uji &amp; coba</dc:title>");
  });

  it("records each part's CRC-32, so a damaged part is detected", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode("123456789")]);
    const bytes = x.zip([{ name: "word/media/uji.png", data: png }], new Date("2025-07-15T03:00:00Z"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-zip-"));
    try {
      const file = path.join(dir, "uji.zip");
      writeFileSync(file, bytes);
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
      // The stored PNG's last byte, just before the central directory, changed.
      const damaged = Uint8Array.from(bytes);
      damaged[damaged.length - 22 - 46 - "word/media/uji.png".length - 1] ^= 0xff;
      writeFileSync(file, damaged);
      const result = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/bad CRC/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("charts as PNG", () => {
  it("renders the SVG chart at the asked width with a system font", () => {
    expect(chartFontFiles().length).toBeGreaterThan(0);
    const svg = barChartSvg({ title: "Capaian rencana aksi per Subsatgas", items: [{ label: "Pencegahan", value: 45.5, note: "5 dari 11" }, { label: "Penegakan Hukum", value: null }], width: 560 });
    const png = svgToPng(svg, 1600);
    expect([...png.data.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(png.width).toBe(1600);
    expect(png.height).toBeGreaterThan(300);
    // Text was drawn: a chart without any font would compress to far fewer bytes.
    const blank = svgToPng(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ""), 1600);
    expect(png.data.byteLength).toBeGreaterThan(blank.data.byteLength * 1.5);
  });
});
