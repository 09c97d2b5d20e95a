// The map-like view: one tile per province (or, inside a province, per regency/city), coloured by
// how far task forces are formed there, with the numbers written on the tile so colour is never
// the only signal.
import { formatPercent } from "~/utils/format";

export interface Tile {
  code: string;
  name: string;
  href: string;
  tone: string;
  lines: string[];
}

export function coverageTone(formed: number, total: number): string {
  if (total === 0) return "cov-none";
  const pct = (formed / total) * 100;
  if (pct === 0) return "cov-0";
  if (pct < 25) return "cov-1";
  if (pct < 50) return "cov-2";
  if (pct < 75) return "cov-3";
  if (pct < 100) return "cov-4";
  return "cov-5";
}

export function percentText(part: number, total: number): string {
  return total === 0 ? "–" : formatPercent(Math.round((part / total) * 1000) / 10);
}

export function CoverageGrid({ tiles, label, legend }: { tiles: Tile[]; label: string; legend: { tone: string; text: string }[] }) {
  return (
    <>
      <ul className="coverage-grid" aria-label={label}>
        {tiles.map((t) => (
          <li key={t.code}>
            <a href={t.href} className={`coverage-tile ${t.tone}`}>
              <strong>{t.name}</strong>
              {t.lines.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </a>
          </li>
        ))}
      </ul>
      <ul className="coverage-legend" aria-label="Keterangan warna">
        {legend.map((l) => (
          <li key={l.tone}>
            <span className={`swatch ${l.tone}`} aria-hidden="true" /> {l.text}
          </li>
        ))}
      </ul>
    </>
  );
}

export const PROVINCE_LEGEND = [
  { tone: "cov-0", text: "0% kab/kota terbentuk" },
  { tone: "cov-1", text: "di bawah 25%" },
  { tone: "cov-2", text: "25–49%" },
  { tone: "cov-3", text: "50–74%" },
  { tone: "cov-4", text: "75–99%" },
  { tone: "cov-5", text: "100%" },
];

export const REGENCY_LEGEND = [
  { tone: "st-missing", text: "Belum terbentuk" },
  { tone: "st-formed", text: "Terbentuk, tanpa dasar hukum" },
  { tone: "st-legal", text: "Dengan dasar hukum" },
  { tone: "st-complete", text: "Dasar hukum dan Subsatgas lengkap" },
];

export function regencyTone(r: { formed: boolean; hasLegalBasis: boolean; subsatgasComplete: boolean }): string {
  if (!r.formed) return "st-missing";
  if (!r.hasLegalBasis) return "st-formed";
  return r.subsatgasComplete ? "st-complete" : "st-legal";
}
