// The series a rakor belongs to, on the rakor page: "Rakor bulanan · pertemuan ke-3 dari 12", the
// previous and next occurrence and the series' calendar file.
import { Link } from "@remix-run/react";
import type { SeriesPanelView } from "~/rakor/series.server";

export function SeriesPanel({ series }: { series: SeriesPanelView | null }) {
  if (!series) return null;
  return (
    <section className="panel" aria-labelledby="seri-rakor">
      <h2 id="seri-rakor">{series.label}</h2>
      <p className="muted">Berulang {series.pattern}.</p>
      <ul className="checklist">
        {series.previous ? (
          <li>
            <Link to={`/rakor/${series.previous.id}`} rel="prev">
              ← Pertemuan sebelumnya: {series.previous.when}
            </Link>
          </li>
        ) : null}
        {series.next ? (
          <li>
            <Link to={`/rakor/${series.next.id}`} rel="next">
              Pertemuan berikutnya: {series.next.when} →
            </Link>
          </li>
        ) : null}
        <li>
          <a href={series.icsHref} download>
            Unduh kalender seluruh seri (.ics)
          </a>
        </li>
      </ul>
    </section>
  );
}
