// The notulen's wording file and the small rules its text follows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate, loadNotulenTemplate, signatureTown } from "../../app/documents/notulen.server";

describe("templates/notulen.json", () => {
  it("is a complete template", () => {
    const t = loadNotulenTemplate(path.resolve("templates"));
    expect(t.judul).toBe("NOTULEN");
    expect(t.tanda_tangan.notulis).toBe("Notulis,");
  });

  it("names the missing key when a secretariat breaks it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "notulen-"));
    try {
      const template = JSON.parse(readFileSync("templates/notulen.json", "utf8"));
      delete template.tanda_tangan.pimpinan;
      writeFileSync(path.join(dir, "notulen.json"), JSON.stringify(template));
      expect(() => loadNotulenTemplate(dir)).toThrow(/tanda_tangan\.pimpinan/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("filling placeholders", () => {
  it("replaces known ones and leaves unknown ones visible", () => {
    expect(fillTemplate("{kota}, {tanggal}", { kota: "Jakarta", tanggal: "4 Juni 2025" })).toBe("Jakarta, 4 Juni 2025");
    expect(fillTemplate("Dihadiri {jumlah_hadir} orang {salah_ketik}", { jumlah_hadir: 12 })).toBe("Dihadiri 12 orang {salah_ketik}");
  });

  it("takes the signature town from the venue, else the region", () => {
    expect(signatureTown("Mabes Polri, Jakarta", null)).toBe("Jakarta");
    expect(signatureTown("Aula Disduk-P3A Kabupaten Indramayu", "Kabupaten Indramayu")).toBe("Indramayu");
    expect(signatureTown(null, null)).toBe("");
  });
});
