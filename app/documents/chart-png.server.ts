// Charts for the .docx: the SVG of app/documents/chart.ts rendered to PNG with resvg (a Rust renderer,
// no browser). Fonts: the Liberation/DejaVu TTFs of a Debian server when present (so the text of
// the chart matches Arial-metric text in the document), otherwise whatever fonts the system has;
// with none at all the bars still render, and the figures stand in the table next to the chart.
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

// One family per chart, the first complete one found: Liberation Sans (metrics of Arial, the
// document's font), else DejaVu Sans.
const FONT_FAMILIES = [
  ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
  ["/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"],
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
];

let fontFiles: string[] | undefined;

/** The TTF files charts are drawn with (REPORT_CHART_FONTS, colon-separated, overrides the defaults). */
export function chartFontFiles(): string[] {
  if (!fontFiles) {
    const configured = process.env.REPORT_CHART_FONTS?.split(":").filter(Boolean);
    fontFiles = configured?.length ? configured.filter((f) => existsSync(f)) : (FONT_FAMILIES.map((family) => family.filter((f) => existsSync(f))).find((found) => found.length > 0) ?? []);
  }
  return fontFiles;
}

export interface Png {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Renders `svg` to a PNG `pixelWidth` wide (height keeps the aspect ratio), on white. */
export function svgToPng(svg: string, pixelWidth = 1600): Png {
  const files = chartFontFiles();
  const family = files.some((f) => f.includes("Liberation")) ? "Liberation Sans" : files.length ? "DejaVu Sans" : undefined;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: pixelWidth },
    background: "#ffffff",
    font: files.length ? { fontFiles: files, loadSystemFonts: false, defaultFontFamily: family } : { loadSystemFonts: true },
  });
  const image = resvg.render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
