// The document toolkit (app/documents/docx-kit.server.ts) and the report writer on top of it: text
// is escaped (control characters XML cannot carry are dropped), tabs and line breaks survive,
// paragraphs are never justified, tables have a grid, fixed widths and a repeated header row, lists
// are real numbered paragraphs, the Daftar Isi points at bookmarks, the package is a ZIP that
// unzip accepts, python-docx re-opens the report, and charts render to PNG with resvg.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { chartFontFiles, svgToPng } from "../../app/documents/chart-png.server";
import { barChartSvg } from "../../app/documents/chart";
import * as kit from "../../app/documents/docx-kit.server";
import { renderReportDocx } from "../../app/documents/report-docx.server";
import type { ReportDocument } from "../../app/report/model";
import { readWithPythonDocx } from "../support/python-docx";

const look = { font: "Arial", size: 12 };

/** The files of a one-section document holding `children`. */
async function packed(children: Parameters<typeof kit.section>[0]["children"], footer?: ReturnType<typeof kit.pageFooter>) {
  const bytes = await kit.pack(kit.kitDocument({ look, title: "Uji & coba", sections: [kit.section({ children: [...children, kit.para("")], footer })] }));
  const files = unzipSync(bytes);
  return { bytes, files, xml: strFromU8(files["word/document.xml"]) };
}

describe("text and paragraphs", () => {
  it("escapes markup, drops control characters and keeps tabs and line breaks", async () => {
    const { xml } = await packed([kit.para('a < b & "c" > d'), kit.para("catatan\u0007 dengan\u0000 bel"), kit.para("satu\tdua\ntiga")]);
    expect(xml).toContain("a &lt; b &amp; &quot;c&quot; &gt; d");
    expect(xml).toContain("catatan dengan bel");
    expect(xml).toMatch(/<w:t[^>]*>satu<\/w:t><w:tab\/><w:t[^>]*>dua<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>tiga<\/w:t>/);
  });

  it("writes paragraphs left-aligned, never justified, in the document's font and size", async () => {
    const { xml, files } = await packed([kit.para("Paragraf biasa."), kit.para("Tengah", { align: "center", left: 567, keepNext: true })]);
    const styles = strFromU8(files["word/styles.xml"]);
    expect(xml + styles).not.toContain('w:val="both"');
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial"/);
    expect(styles).toContain('<w:sz w:val="24"/>');
    // Line spacing proportional to the font ("auto"), so a line holding a picture grows to its height.
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing(?=[^>]*w:line="276")(?=[^>]*w:lineRule="auto")/);
    expect(xml).toMatch(/<w:keepNext\/>.*<w:ind w:left="567"\/><w:jc w:val="center"\/>/);
  });

  it("makes each list item its own numbered paragraph, a new list starting again at 1", async () => {
    const { xml, files } = await packed([...kit.list([kit.runs("satu"), kit.runs("dua")], { ordered: true }), kit.para("antara"), ...kit.list([kit.runs("lagi")], { ordered: true }), ...kit.list([kit.runs("butir")])]);
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(4);
    expect(numIds[0]).toBe(numIds[1]);
    expect(new Set(numIds).size).toBe(3);
    const numbering = strFromU8(files["word/numbering.xml"]);
    expect(numbering).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
  });
});

describe("tables", () => {
  it("have a grid, fixed layout, cell widths that add up and a header row repeated on every page", async () => {
    const { xml } = await packed([
      kit.table({ widths: [1000, 2000, 3000], aligns: ["left", "right", "center"], header: ["No.", "Nama", "Jumlah"], rows: [["1.", "Polri", "4"], [{ content: "Lokasi", span: 3, shade: "F3F5F8" }]], footer: ["", "Jumlah", "4"] }),
    ]);
    expect(xml).toContain('<w:tblW w:type="dxa" w:w="6000"/>');
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:tcW w:type="dxa" w:w="6000"\/><w:gridSpan w:val="3"\/>/);
    expect(xml).toContain(`w:fill="${kit.SHADE}"`);
  });
});

describe("page numbers and the Daftar Isi", () => {
  it("puts the page number field in the footer and links each Daftar Isi line to its heading's bookmark", async () => {
    const { xml, files } = await packed(
      [...kit.tocLines([{ level: 1, text: "I.\tPENDAHULUAN", bookmark: "_Toc0001" }]), kit.heading(1, "I.\tPENDAHULUAN", "_Toc0001")],
      kit.pageFooter("Halaman {halaman} dari {jumlah_halaman}"),
    );
    const footer = strFromU8(files[Object.keys(files).find((f) => /^word\/footer\d+\.xml$/.test(f))!]);
    expect(footer).toMatch(/<w:t[^>]*>Halaman <\/w:t>.*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>.*<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc0001"/);
    expect(xml).toContain("PAGEREF _Toc0001 \\h");
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*<w:bookmarkStart [^>]*w:name="_Toc0001"/);
    expect(strFromU8(files["word/settings.xml"])).toMatch(/<w:updateFields( w:val="true")?\/>/);
  });
});

describe("the package", () => {
  it("is a ZIP that unzip accepts, with content types for every part, the PNG and the title", async () => {
    const png = svgToPng(barChartSvg({ title: "Uji", items: [{ label: "A", value: 50 }] }), 400);
    const { bytes, files } = await packed([kit.para("Halo, Indonesia: 1.234 & 45,5%"), kit.figure(png.data, 10, { name: "Gambar 1", description: "A: 50%" })], kit.pageFooter("- {halaman} -"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-docx-kit-"));
    try {
      const file = path.join(dir, "uji.docx");
      writeFileSync(file, bytes);
      expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
      // A changed byte inside a part is caught by the part's CRC-32.
      const media = Object.keys(files).find((f) => f.startsWith("word/media/"))!;
      const at = Buffer.from(bytes).indexOf(Buffer.from(media)) + media.length + 200;
      const damaged = Uint8Array.from(bytes);
      damaged[at] ^= 0xff;
      writeFileSync(file, damaged);
      expect(spawnSync("unzip", ["-t", file], { encoding: "utf8" }).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const types = strFromU8(files["[Content_Types].xml"]);
    for (const part of Object.keys(files).filter((f) => /^word\/(document|styles|settings|numbering|footer\d+)\.xml$/.test(f) || f === "docProps/core.xml")) {
      expect(types).toContain(`PartName="/${part}"`);
    }
    expect(types).toMatch(/Extension="png"/);
    const media = Object.keys(files).filter((f) => f.startsWith("word/media/"));
    expect([...files[media[0]].slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const doc = strFromU8(files["word/document.xml"]);
    expect(doc).toContain("Halo, Indonesia: 1.234 &amp; 45,5%");
    expect(doc).toMatch(/<wp:docPr [^>]*name="Gambar 1"[^>]*descr="A: 50%"/);
    expect(strFromU8(files["docProps/core.xml"])).toContain("<dc:title>Uji &amp; coba</dc:title>");
  });
});

/** A report with every field of the model filled, and a table of `rows` rows. */
function sampleReport(rows: number, logo: string | null): ReportDocument {
  return {
    title: "Laporan GT PP-TPPO 2025",
    font: "Arial",
    size: 12,
    cover: {
      logo: logo ? { png: logo, widthCm: 2.5 } : null,
      lines: ["LAPORAN", "GUGUS TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG"],
      about: ["PELAKSANAAN TUGAS PENCEGAHAN DAN PENANGANAN", "TINDAK PIDANA PERDAGANGAN ORANG"],
      period: "Periode 1 Januari s.d. 31 Desember 2025",
      placeDate: "Jakarta, 15 Januari 2026",
    },
    tocTitle: "DAFTAR ISI",
    tocNote: "",
    header: "Laporan GT PP-TPPO · Periode 1 Januari s.d. 31 Desember 2025",
    footer: "- {halaman} -",
    blocks: [
      { kind: "heading", level: 1, number: "I.", title: "PENDAHULUAN", anchor: "bab-1" },
      { kind: "heading", level: 2, number: "A.", title: "Dasar", anchor: "bab-1-1" },
      { kind: "list", ordered: true, items: ["Undang-Undang Nomor 21 Tahun 2007;", [{ text: "Peraturan Presiden Nomor 49 Tahun 2023", bold: true }, { text: "." }]] },
      { kind: "heading", level: 1, number: "II.", title: "CAPAIAN RENCANA AKSI", anchor: "bab-2" },
      { kind: "paragraph", content: "Capaian per Subsatgas." },
      { kind: "list", items: ["Pencegahan", "Kerja Sama"] },
      {
        kind: "table",
        anchor: "tabel-1",
        caption: "Tabel 1. Rencana aksi",
        columns: [
          { label: "No.", width: 700, align: "center" },
          { label: "Rencana Aksi", width: 5371 },
          { label: "Status", width: 3000 },
        ],
        rows: Array.from({ length: rows }, (_, i) => [{ text: `${i + 1}.` }, { text: `Rencana aksi nomor ${i + 1} tentang pencegahan TPPO di daerah kantong` }, { text: "Berjalan", flag: i % 4 === 0 ? "TERLAMBAT" : undefined }]),
        footer: [{ text: "" }, { text: "Jumlah", bold: true }, { text: String(rows), bold: true }],
      },
    ],
    signature: {
      placeDate: "Jakarta, 15 Januari 2026",
      position: "Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang",
      name: "Dr. Budi Santoso, S.H., M.H.",
      rank: "Pembina Utama (IV/e)",
      idLine: "NIP 19700101 199503 1 001",
      blank: "(..........)",
      note: "",
    },
  };
}

describe("the report writer", () => {
  const logo = Buffer.from(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120"><circle cx="50" cy="60" r="40" fill="#a00"/></svg>', 200).data).toString("base64");

  it("draws the cover with the logo and TENTANG, the Daftar Isi, real list items and the signature with rank and NIP", async () => {
    const bytes = await renderReportDocx(sampleReport(5, logo), { figure: () => null });
    const files = unzipSync(bytes);
    expect(Object.keys(files).filter((f) => f.startsWith("word/media/"))).toHaveLength(1);
    const py = readWithPythonDocx(bytes);
    expect(py.title).toBe("Laporan GT PP-TPPO 2025");
    expect(py.sections).toBe(3);
    const texts = py.paragraphs.map((p) => p.text);
    const at = (t: string) => texts.indexOf(t);
    expect(at("LAPORAN")).toBeGreaterThanOrEqual(0);
    expect(at("TENTANG")).toBeGreaterThan(at("TINDAK PIDANA PERDAGANGAN ORANG"));
    expect(at("PELAKSANAAN TUGAS PENCEGAHAN DAN PENANGANAN")).toBe(at("TENTANG") + 1);
    expect(at("Periode 1 Januari s.d. 31 Desember 2025")).toBeGreaterThan(at("TENTANG"));
    expect(py.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text)).toEqual(["I.\tPENDAHULUAN", "II.\tCAPAIAN RENCANA AKSI"]);
    expect(py.paragraphs.filter((p) => p.style === "Heading 2").map((p) => p.text)).toEqual(["A.\tDasar"]);
    const numbered = py.paragraphs.filter((p) => p.numFmt === "decimal");
    expect(numbered.map((p) => p.text)).toEqual(["Undang-Undang Nomor 21 Tahun 2007;", "Peraturan Presiden Nomor 49 Tahun 2023."]);
    expect(py.paragraphs.filter((p) => p.numFmt === "bullet").map((p) => p.text)).toEqual(["Pencegahan", "Kerja Sama"]);
    expect(py.tables[0]).toEqual({ header: ["No.", "Rencana Aksi", "Status"], headerRepeats: true, rows: 1 + 5 + 1 });
    // The signature block: a borderless table, the signer in the right column.
    const sig = py.tables.at(-1)!;
    expect(sig.headerRepeats).toBe(false);
    expect(sig.header).toEqual(["", ["Jakarta, 15 Januari 2026", "Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang,", "Dr. Budi Santoso, S.H., M.H.", "Pembina Utama (IV/e)", "NIP 19700101 199503 1 001"].join("\n")]);
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toMatch(/<w:b\/>(<w:bCs\/>)?<w:u w:val="single"\/><\/w:rPr><w:t[^>]*>Dr\. Budi Santoso/);
    expect(xml).toContain('<w:color w:val="C00000"/>');
    expect(xml).not.toContain("Lihat semua");
  });

  it("leaves a dotted line for a signer not yet named, and no logo when there is none", async () => {
    const doc = sampleReport(1, null);
    doc.signature = { ...doc.signature, name: null, rank: null, idLine: null };
    const bytes = await renderReportDocx(doc, { figure: () => null });
    expect(Object.keys(unzipSync(bytes)).filter((f) => f.startsWith("word/media/"))).toHaveLength(0);
    expect(readWithPythonDocx(bytes).tables.at(-1)!.header[1]).toBe(["Jakarta, 15 Januari 2026", "Ketua Harian Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang,", "(..........)"].join("\n"));
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
