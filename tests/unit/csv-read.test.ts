// The one CSV reader behind every import: separators, encodings, quoted line breaks, and every
// broken line reported at once with its line number.
import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsvRecords } from "../../app/documents/csv.server";

const rows = (text: string) => parseCsvRecords(text).records.map((r) => [r.line, ...r.cells]);

describe("reading CSV", () => {
  it("detects comma, semicolon and tab from the first line", () => {
    expect(rows('Nama,Instansi\n"Anton Firmanto, S.H.",Polri\n')).toEqual([
      [1, "Nama", "Instansi"],
      [2, "Anton Firmanto, S.H.", "Polri"],
    ]);
    expect(rows("Nama;Instansi\r\nAnton Firmanto, S.H.;Polri\r\n")).toEqual([
      [1, "Nama", "Instansi"],
      [2, "Anton Firmanto, S.H.", "Polri"],
    ]);
    expect(rows("Nama\tJabatan\tInstansi\nBudi\t\tPolri; Bareskrim\n")).toEqual([
      [1, "Nama", "Jabatan", "Instansi"],
      [2, "Budi", "", "Polri; Bareskrim"],
    ]);
  });

  it("reads UTF-8 with or without a BOM, and Windows-1252 as older Excel writes it", () => {
    const utf8 = new TextEncoder().encode("Wilayah;Catatan\nBekasi–Cikarang;Rp1.000\n");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    // The en dash is byte 0x96 in Windows-1252 (and a C1 control in Latin-1).
    const cp1252 = new Uint8Array([...Buffer.from("Wilayah;Catatan\nBekasi", "latin1"), 0x96, ...Buffer.from("Cikarang;Rp1.000\n", "latin1")]);
    for (const bytes of [utf8, bom, cp1252]) {
      expect(rows(decodeCsv(bytes))).toEqual([
        [1, "Wilayah", "Catatan"],
        [2, "Bekasi–Cikarang", "Rp1.000"],
      ]);
    }
  });

  it("keeps a quoted line break, doubled quotes and the separator inside one cell, and counts lines right", () => {
    expect(rows('Nama;Catatan\n"Budi";"Kepala\r\nBidang ""PPA""; Polda"\n\n;;\nSiti;Staf')).toEqual([
      [1, "Nama", "Catatan"],
      [2, "Budi", 'Kepala\nBidang "PPA"; Polda'],
      [6, "Siti", "Staf"],
    ]);
  });

  it("reports every broken line at once, an unclosed quote included", () => {
    const text = ["Nama;Instansi", 'Budi "Bob";Polri', "Siti;Kejaksaan", '"Rina"x;Polri', "Dedi;Polri", '"Eko;Polri', "Fani;Polri"].join("\n");
    const { records, errors } = parseCsvRecords(text);
    expect(errors).toEqual([
      { line: 2, message: 'Tanda kutip (") di tengah isian kolom 1: apit seluruh isian dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali ("").' },
      { line: 4, message: 'Setelah tanda kutip penutup harus ada pemisah (";") atau akhir baris; tanda kutip di dalam isian ditulis dua kali ("").' },
      { line: 6, message: 'Tanda kutip (") dibuka tetapi tidak ditutup.' },
    ]);
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, "Nama"],
      [3, "Siti"],
      [5, "Dedi"],
      [7, "Fani"],
    ]);
  });

  it("names the line where an unclosed quote opened, after a quoted line break", () => {
    const { errors } = parseCsvRecords('Nama,Catatan\n"Budi","satu\ndua"\n\nSiti,"belum ditutup\nRina,Polri\n');
    expect(errors).toEqual([{ line: 5, message: 'Tanda kutip (") dibuka tetapi tidak ditutup.' }]);
  });

  it("drops characters XML cannot carry from every cell", () => {
    expect(rows("Nama,Catatan\nBudi\uFFFF,a\u0007b\uFFFEc\n")).toEqual([
      [1, "Nama", "Catatan"],
      [2, "Budi", "abc"],
    ]);
  });
});
