// Office uploads are judged by the entries of their zip, read with fflate: whatever the headers
// declare, the entries are counted and the bytes really inflated, and reading stops at the limits.
import { Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_ZIP_ENTRIES, readZip, sniffFile } from "../../app/utils/upload.server";

const text = (s: string) => new TextEncoder().encode(s);

/** A zip written by fflate's streaming Zip: sizes and CRC come after each entry (data descriptors), as Java and Google Docs write them. */
function streamedZip(entries: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

describe("reading an Office file's zip", () => {
  it("lists the entries of a package, with or without data descriptors", () => {
    const entries = { "[Content_Types].xml": text("<Types/>"), "word/document.xml": text("<w:document/>".repeat(1000)) };
    for (const bytes of [zipSync(entries), streamedZip(entries)]) {
      expect(readZip(bytes)).toEqual({ ok: true, names: ["[Content_Types].xml", "word/document.xml"] });
      expect(sniffFile(Buffer.from(bytes))).toEqual({ ok: true, kind: "docx" });
    }
    expect(sniffFile(Buffer.from(zipSync({ "[Content_Types].xml": text("<Types/>"), "xl/workbook.xml": text("<workbook/>") })))).toEqual({ ok: true, kind: "xlsx" });
  });

  it("stops counting entries at the limit", () => {
    const many: Record<string, Uint8Array> = { "[Content_Types].xml": text("<Types/>") };
    for (let i = 0; i < MAX_ZIP_ENTRIES; i++) many[`word/media/gambar${i}.png`] = new Uint8Array(0);
    expect(readZip(zipSync(many))).toEqual({ ok: false, error: `Berkas Office berisi terlalu banyak bagian (lebih dari ${MAX_ZIP_ENTRIES}).` });
  });

  it("calls a truncated or corrupt zip unreadable, and a zip without content types not an Office file", () => {
    const bytes = zipSync({ "[Content_Types].xml": text("<Types/>"), "word/document.xml": text("<w:document>Isi dokumen</w:document>".repeat(500)) });
    expect(readZip(bytes.subarray(0, 200))).toEqual({ ok: false, error: "Berkas Office rusak atau tidak dapat dibaca." });
    const corrupt = Uint8Array.from(bytes);
    corrupt.fill(0xff, 120, 160);
    expect(readZip(corrupt)).toEqual({ ok: false, error: "Berkas Office rusak atau tidak dapat dibaca." });
    expect(sniffFile(Buffer.from(zipSync({ "foto.jpg": text("x") })))).toEqual({ ok: false, error: "Berkas ZIP bukan dokumen Office (DOCX, PPTX atau XLSX)." });
  });
});
