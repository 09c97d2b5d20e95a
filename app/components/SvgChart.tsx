// An SVG chart from app/documents/chart.ts shown inline (it is our own markup, built with every text
// escaped), with the figures as a table for screen readers and for copying.
import type { ReactNode } from "react";

export function SvgChart({ svg, caption, children }: { svg: string; caption: string; children?: ReactNode }) {
  return (
    <figure className="chart">
      <div className="chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="muted">{caption}</figcaption>
      {children ? (
        <details>
          <summary>Lihat angka</summary>
          {children}
        </details>
      ) : null}
    </figure>
  );
}
