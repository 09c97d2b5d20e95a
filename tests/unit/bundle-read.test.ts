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

  it("refuses malformed JSON, saying where (line and column)", () => {
    const bad = ['{"rakor": [ {"ref": "a"} {"ref": "b"} ]}', '{"rakor": [ {"ref": "a" ', "[1, 2]", "", '{"a": 1} x'];
    for (const text of bad) {
      expect(() => items(text), text).toThrow(BundleSyntaxError);
    }
    expect(() => items('{"rakor": [\n  {"ref": "a"} {"ref": "b"} ]}')).toThrow("Berkas bukan JSON yang valid di baris 2, kolom 16: diharapkan koma atau ].");
    expect(() => items('{"rakor": [\n  {"ref": "é", }\n]}')).toThrow(/^Berkas bukan JSON yang valid di baris 2, kolom 16: nilai tidak dapat dibaca \(.+\)\.$/);
    expect(() => items("[1, 2]")).toThrow("Bundel harus berupa satu objek JSON ({ ... }).");
    expect(() => [...readBundle({ kind: "file", path: path.join(dir, "tidak-ada.json") })]).toThrow(/Berkas tidak dapat dibuka/);
  });
});
