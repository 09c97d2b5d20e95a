// Charts as standalone SVG strings: shown inline on the dashboard and, for the report to the
// President, rendered to PNG with @resvg/resvg-js. So only what resvg draws: presentation
// attributes (no CSS, no classes, no foreignObject), plain fonts installed on a Debian server.
// Pure functions: the numbers come from dashboard.server.ts.
import { format } from "date-fns";
import { id as localeId } from "date-fns/locale";

export const CHART_FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const INK = "#1b2430";
const MUTED = "#5b6675";
const GRID = "#d9dee5";
const SERIES_COLORS = ["#1d5a96", "#a3161b", "#1f7a3d", "#a35c00"];

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const percentFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
/** 45.5 -> "45,5%". */
export function chartPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${round(x)}" y="${round(y)}" font-family="${CHART_FONT}" ${attrs}>${escapeXml(content)}</text>`;
}

export interface LineSeries {
  label: string;
  /** One value per category; null leaves a gap. */
  values: (number | null)[];
}

export interface LineChartOptions {
  /** Prefix of the element ids, unique on a page. */
  id?: string;
  title: string;
  /** A longer description for screen readers. */
  description?: string;
  /** Category labels; a "\n" splits one into two lines ("Jan\n2026"). */
  categories: string[];
  series: LineSeries[];
  /** Top of the value axis; default 100 (percentages). */
  max?: number;
  format?: (value: number) => string;
  width?: number;
  height?: number;
  /** Written in place of the axes when there is no value to draw (every value null, or no category). */
  empty?: string;
}

/**
 * A line chart of values per category (completion % per month). With one series each point is
 * labelled with its value where the value changes (and at the last point), so a flat stretch
 * carries one label instead of the same number over every point.
 */
export function lineChartSvg(o: LineChartOptions): string {
  const width = o.width ?? 720;
  const height = o.height ?? 320;
  const max = o.max ?? 100;
  const fmt = o.format ?? chartPercent;
  const left = 56;
  const right = 32;
  const top = o.series.length > 1 ? 64 : 48;
  const bottom = 52;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = o.categories.length;
  const xAt = (i: number) => left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const yAt = (v: number) => top + plotH - (Math.max(0, Math.min(v, max)) / max) * plotH;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(text(left, 26, o.title, `font-size="15" font-weight="bold" fill="${INK}"`));
  if (o.empty !== undefined && !o.series.some((s) => s.values.some((v) => v !== null))) {
    const boxH = height - top - 20;
    parts.push(`<rect x="${left}" y="${top}" width="${plotW}" height="${boxH}" fill="#f5f7fa" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(left + plotW / 2, top + boxH / 2 + 5, o.empty, `font-size="14" fill="${INK}" text-anchor="middle"`));
    return svgDocument(o.id, width, height, o.title, o.description ? `${o.description} ${o.empty}` : o.empty, parts);
  }
  if (o.series.length > 1) {
    o.series.forEach((s, i) => {
      const x = left + i * 180;
      parts.push(`<rect x="${x}" y="38" width="12" height="12" fill="${SERIES_COLORS[i % SERIES_COLORS.length]}"/>`);
      parts.push(text(x + 18, 48, s.label, `font-size="12" fill="${INK}"`));
    });
  }
  for (let step = 0; step <= 4; step++) {
    const v = (max * step) / 4;
    const y = yAt(v);
    parts.push(`<line x1="${left}" y1="${round(y)}" x2="${width - right}" y2="${round(y)}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(left - 8, y + 4, fmt(v), `font-size="11" fill="${MUTED}" text-anchor="end"`));
  }
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="${MUTED}" stroke-width="1"/>`);
  o.categories.forEach((c, i) => {
    const [first, second] = c.split("\n");
    parts.push(text(xAt(i), top + plotH + 18, first, `font-size="11" fill="${MUTED}" text-anchor="middle"`));
    if (second) parts.push(text(xAt(i), top + plotH + 32, second, `font-size="11" fill="${MUTED}" text-anchor="middle"`));
  });
  o.series.forEach((s, si) => {
    const color = SERIES_COLORS[si % SERIES_COLORS.length];
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) parts.push(`<polyline points="${run.join(" ")}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"/>`);
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) return flush();
      run.push(`${round(xAt(i))},${round(yAt(v))}`);
    });
    flush();
    let labelled: string | null = null;
    const lastDrawn = s.values.reduce<number>((last, v, i) => (v === null ? last : i), -1);
    s.values.forEach((v, i) => {
      if (v === null) return;
      parts.push(`<circle cx="${round(xAt(i))}" cy="${round(yAt(v))}" r="3.5" fill="${color}"/>`);
      const label = fmt(v);
      if (o.series.length === 1 && (label !== labelled || i === lastDrawn)) parts.push(text(xAt(i), yAt(v) - 8, label, `font-size="10" fill="${INK}" text-anchor="middle"`));
      labelled = label;
    });
  });
  return svgDocument(o.id, width, height, o.title, o.description, parts);
}

export interface BarItem {
  label: string;
  /** Null = nothing to measure (shown as "–"). */
  value: number | null;
  /** Small text after the value ("12 dari 20"). */
  note?: string;
}

export interface BarChartOptions {
  id?: string;
  title: string;
  description?: string;
  items: BarItem[];
  max?: number;
  format?: (value: number) => string;
  width?: number;
}

/** Horizontal bars with the label above each bar, so long Subsatgas names never get cut. */
export function barChartSvg(o: BarChartOptions): string {
  const width = o.width ?? 720;
  const max = o.max ?? 100;
  const fmt = o.format ?? chartPercent;
  const left = 16;
  const valueW = 150;
  const rowH = 44;
  const top = 44;
  const height = top + o.items.length * rowH + 12;
  const barMax = width - left - valueW - 16;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(text(left, 26, o.title, `font-size="15" font-weight="bold" fill="${INK}"`));
  o.items.forEach((item, i) => {
    const y = top + i * rowH;
    parts.push(text(left, y + 12, item.label, `font-size="12" fill="${INK}"`));
    parts.push(`<rect x="${left}" y="${y + 18}" width="${barMax}" height="14" fill="#eef2f6"/>`);
    if (item.value !== null && item.value > 0) {
      const w = Math.max(1, (Math.min(item.value, max) / max) * barMax);
      parts.push(`<rect x="${left}" y="${y + 18}" width="${round(w)}" height="14" fill="${SERIES_COLORS[0]}"/>`);
    }
    const label = item.value === null ? "–" : fmt(item.value);
    parts.push(text(left + barMax + 8, y + 30, item.note ? `${label} (${item.note})` : label, `font-size="12" fill="${INK}"`));
  });
  return svgDocument(o.id, width, height, o.title, o.description, parts);
}

function svgDocument(id: string | undefined, width: number, height: number, title: string, description: string | undefined, parts: string[]): string {
  const key = (id ?? "chart").replace(/[^a-zA-Z0-9_-]/g, "");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${key}-title${description ? ` ${key}-desc` : ""}">`,
    `<title id="${key}-title">${escapeXml(title)}</title>`,
    description ? `<desc id="${key}-desc">${escapeXml(description)}</desc>` : "",
    ...parts,
    "</svg>",
  ].join("");
}

function monthDate(month: string): Date {
  const [y, m] = month.split("-").map(Number);
  return new Date(y, m - 1, 1);
}

/** 'YYYY-MM' -> "Januari 2025". */
export function monthName(month: string): string {
  return format(monthDate(month), "MMMM yyyy", { locale: localeId });
}

/**
 * The x-axis labels of a monthly chart: "Jan", "Feb", ..., with the year under the first month and
 * under each January ("Jan\n2026"), so every label is distinct and the year is written once.
 */
export function monthCategories(months: string[]): string[] {
  return months.map((month, i) => {
    const short = format(monthDate(month), "MMM", { locale: localeId });
    return i === 0 || month.endsWith("-01") ? `${short}\n${month.slice(0, 4)}` : short;
  });
}

/** What the completion chart says instead of a line when it has nothing to draw. */
export function completionChartEmpty(points: { total: number; completion: number | null }[], year: number | null): string | null {
  if (points.some((p) => p.completion !== null)) return null;
  if (points.length === 0 && year !== null) return `Tahun ${year} belum dimulai; capaian bulanannya tampil mulai Januari ${year}.`;
  if (points.every((p) => p.total === 0)) return year === null ? "Belum ada rencana aksi" : `Belum ada rencana aksi bertenggat tahun ${year}`;
  return "Semua rencana aksi pada periode ini dibatalkan; tidak ada capaian untuk dihitung";
}

/**
 * The dashboard's chart: completion % at the end of each month of the items due in `year` (null =
 * every item), or a sentence saying why there is nothing to draw.
 */
export function completionChartSvg(points: { month: string; total: number; completion: number | null }[], scopeName: string, year: number | null = null): string {
  const span = points.length ? `, ${monthName(points[0].month)} sampai ${monthName(points.at(-1)!.month)}` : "";
  return lineChartSvg({
    id: "capaian-waktu",
    title: `Capaian rencana aksi dari waktu ke waktu · ${scopeName}`,
    description: `Persentase rencana aksi selesai pada akhir setiap bulan${span}.`,
    categories: monthCategories(points.map((p) => p.month)),
    series: [{ label: "Capaian", values: points.map((p) => p.completion) }],
    empty: completionChartEmpty(points, year) ?? undefined,
  });
}
