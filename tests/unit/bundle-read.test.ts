// The streaming bundle reader: one record at a time, the same values JSON.parse gives, and a
// byte offset for malformed input.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BundleSyntaxError, readBundle, type BundleItem } from "../../app/bundle/read.server";

const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-bundle-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const items = (text: string) => [...readBundle({ kind: "bytes", bytes: Buffer.from(text) })];

describe("readBundle", () => {
  it("yields header members, section starts and records in file order", () => {
    const text = `{ "format": "sigap-tppo-bundle", "rakor": [ {"ref": "a", "title": "x \\" } ] {"} , {"ref":"b"} ],
      "version": 1, "taskForces": [], "source": null }`;
    expect(items(text)).toEqual<BundleItem[]>([
      { kind: "header", key: "format", value: "sigap-tppo-bundle" },
      { kind: "section", section: "rakor" },
      { kind: "record", section: "rakor", index: 0, value: { ref: "a", title: 'x " } ] {' } },
      { kind: "record", section: "rakor", index: 1, value: { ref: "b" } },
      { kind: "header", key: "version", value: 1 },
      { kind: "section", section: "taskForces" },
      { kind: "header", key: "source", value: null },
    ]);
  });

  it("passes a record section that is not an array on as a header member (for the schema to refuse)", () => {
    expect(items(`{"rakor": 5}`)).toEqual([{ kind: "header", key: "rakor", value: 5 }]);
  });

  it("reads a file in chunks with multi-byte characters across chunk boundaries", () => {
    const rakor = Array.from({ length: 3000 }, (_, i) => ({ ref: `r${i}`, title: `Rapat ke-${i} — “Kabupaten” Đ ${"é".repeat(i % 700)}` }));
    const file = path.join(dir, "big.json");
    writeFileSync(file, JSON.stringify({ format: "sigap-tppo-bundle", version: 1, rakor }));
    const records = [...readBundle({ kind: "file", path: file })].filter((i) => i.kind === "record").map((i) => (i as { value: unknown }).value);
    expect(records).toEqual(rakor);
  });

  it("hands out the first records before the rest of the file is read", () => {
    const file = path.join(dir, "truncated.json");
    const rakor = Array.from({ length: 2000 }, (_, i) => ({ ref: `r${i}`, title: "Rapat koordinasi ".repeat(20) }));
    writeFileSync(file, JSON.stringify({ format: "sigap-tppo-bundle", rakor }).slice(0, -200));
    const reader = readBundle({ kind: "file", path: file });
    expect(reader.next().value).toEqual({ kind: "header", key: "format", value: "sigap-tppo-bundle" });
    expect(reader.next().value).toEqual({ kind: "section", section: "rakor" });
    expect(reader.next().value).toEqual({ kind: "record", section: "rakor", index: 0, value: rakor[0] });
    expect(() => [...reader]).toThrow(/berkas berakhir sebelum waktunya/);
  });

  it("drops characters XML cannot carry from every text, keys included", () => {
    expect(items('{"source": {"name\\uffff": "SIGAP\\ufffe"}, "rakor": [{"ref": "a", "title": "Hasil\\uffff rapat \\ud800"}]}')).toEqual<BundleItem[]>([
      { kind: "header", key: "source", value: { name: "SIGAP" } },
      { kind: "section", section: "rakor" },
      { kind: "record", section: "rakor", index: 0, value: { ref: "a", title: "Hasil rapat " } },
    ]);
  });

  it("refuses malformed JSON, saying where (line and column)", () => {
    const bad = ['{"rakor": [ {"ref": "a"} {"ref": "b"} ]}', '{"rakor": [ {"ref": "a" ', "[1, 2]", "", '{"a": 1} x'];
    for (const text of bad) {
      expect(() => items(text), text).toThrow(BundleSyntaxError);
    }
    expect(() => items('{"rakor": [\n  {"ref": "a"} {"ref": "b"} ]}')).toThrow("Berkas bukan JSON yang valid di baris 2, kolom 16: diharapkan koma atau ].");
    expect(() => items('{"rakor": [\n  {"ref": "é", }\n]}')).toThrow(/^Berkas bukan JSON yang valid di baris 2, kolom 16: nilai tidak dapat dibaca \(.+\)\.$/);
    expect(() => items('{"rakor": [\n  {"ref": "é", }\n]}')).toThrow("nilai tidak dapat dibaca (diharapkan nama properti dalam tanda kutip).");
    expect(() => items('{"format" "x"}')).toThrow("Berkas bukan JSON yang valid di baris 1, kolom 11: diharapkan titik dua.");
    expect(() => items("bukan json")).toThrow("Bundel harus berupa satu objek JSON ({ ... }).");
    expect(() => items('{"rakor": [\n  {"ref": x}\n]}')).toThrow('Berkas bukan JSON yang valid di baris 2, kolom 11: nilai tidak dapat dibaca (karakter "x" tidak terduga).');
    expect(() => items('{"version": 1}\n{"a": 1}')).toThrow("Berkas bukan JSON yang valid di baris 2, kolom 1: ada isi setelah objek bundel.");
    expect(() => items('{"version": 1} x')).toThrow("Berkas bukan JSON yang valid di baris 1, kolom 16: ada isi setelah objek bundel.");
    expect(() => items('{"rakor": [ {"ref": "a" ')).toThrow("Berkas bukan JSON yang valid di baris 1, kolom 25: berkas berakhir sebelum waktunya.");
    expect(() => items("  ")).toThrow("Berkas kosong.");
    expect(() => items("[1, 2]")).toThrow("Bundel harus berupa satu objek JSON ({ ... }).");
    expect(() => [...readBundle({ kind: "file", path: path.join(dir, "tidak-ada.json") })]).toThrow(/Berkas tidak dapat dibuka/);
  });
});
