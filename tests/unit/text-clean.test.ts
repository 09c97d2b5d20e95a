// The one rule for stored text: characters XML 1.0 cannot carry are removed, everything else kept.
import { describe, expect, it } from "vitest";
import { cleanText, cleanValue, endSentence } from "../../app/utils/text";

describe("cleanText", () => {
  it("removes U+FFFE, U+FFFF, lone surrogates and C0 controls other than tab and line ends", () => {
    expect(cleanText("Hasil\uFFFF rapat\uFFFE")).toBe("Hasil rapat");
    expect(cleanText("a\u0000b\u0007c\u001Fd\u000Be")).toBe("abcde");
    expect(cleanText("lone \uD800high and \uDC00low")).toBe("lone high and low");
    expect(cleanText("\uDC00\uD800")).toBe("");
  });

  it("keeps tab, line ends, emoji, accents and Indonesian text as written", () => {
    const text = "Rabu, 4 Juni 2025\tpukul 09.00 WIB\r\nBekasi–Cikarang 👮🏽‍♀️ café ✓";
    expect(cleanText(text)).toBe(text);
  });

  it("cleans every string of a parsed JSON value, keys included", () => {
    expect(cleanValue({ "ref\uFFFF": "a\uFFFFb", list: ["x\u0000", 3, null, { deep: "\uD800y" }], ok: true })).toEqual({
      ref: "ab",
      list: ["x", 3, null, { deep: "y" }],
      ok: true,
    });
  });
});

describe("endSentence", () => {
  it("ends a sentence with one full stop, also after a name that ends in one", () => {
    expect(endSentence("Disetujui atas nama Dr. Endi Sutendi")).toBe("Disetujui atas nama Dr. Endi Sutendi.");
    expect(endSentence("Disetujui atas nama Drs. H. Adi Prihantara, M.M.")).toBe("Disetujui atas nama Drs. H. Adi Prihantara, M.M.");
    expect(endSentence("disahkan oleh sekretariat atas nama Drs. H. Adi Prihantara, M.M..")).toBe("disahkan oleh sekretariat atas nama Drs. H. Adi Prihantara, M.M.");
    expect(endSentence("Tunggu dulu...")).toBe("Tunggu dulu...");
  });
});
