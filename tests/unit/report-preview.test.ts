// The report preview's cover logo: sized by the template's width in cm, as a width attribute in CSS
// pixels (96 per inch), since the Content-Security-Policy (style-src 'self') blocks inline styles.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportPreview } from "../../app/routes/laporan._index/ReportPreview";
import type { ReportDocument } from "../../app/report/model";

function doc(logo: ReportDocument["cover"]["logo"]): ReportDocument {
  return {
    title: "Laporan",
    font: "Arial",
    size: 12,
    cover: { logo, lines: ["LAPORAN"], about: [], period: "1 Januari s.d. 31 Desember 2025", placeDate: "Jakarta, 5 Januari 2026" },
    tocTitle: "DAFTAR ISI",
    tocNote: "",
    header: "",
    footer: "",
    blocks: [],
    signature: { placeDate: "Jakarta, 5 Januari 2026", position: "Ketua Harian", name: null, rank: null, idLine: null, blank: "(.....)", note: "" },
  };
}

describe("the report preview's cover logo", () => {
  it("is as wide as the template says (2.5 cm = 94 px), without an inline style", () => {
    const html = renderToStaticMarkup(createElement(ReportPreview, { doc: doc({ png: "iVBORw0KGgo=", widthCm: 2.5 }) }));
    expect(html).toMatch(/<img src="data:image\/png;base64,iVBORw0KGgo=" alt="" width="94"\/>/);
    expect(html).not.toContain("style=");
  });

  it("is left out when the template has none", () => {
    expect(renderToStaticMarkup(createElement(ReportPreview, { doc: doc(null) }))).not.toContain("<img");
  });
});
