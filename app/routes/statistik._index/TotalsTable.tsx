// A table of summed figures: one row per region, agency or period, and the overall total.
import type { ReactNode } from "react";
import { FIGURES, type Figures } from "~/task-forces/case-figures";
import { formatNumber } from "~/utils/format";

export function TotalsTable<T extends Figures & { entries: number }>({
  caption,
  header,
  rows,
  rowKey,
  rowLabel,
}: {
  caption: string;
  header: string;
  rows: T[];
  rowKey: (row: T) => string;
  rowLabel: (row: T) => ReactNode;
}) {
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="num">
              Entri
            </th>
            {FIGURES.map((f) => (
              <th key={f.key} scope="col" className="num">
                {f.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              <th scope="row">{rowLabel(r)}</th>
              <td className="num">{formatNumber(r.entries)}</td>
              {FIGURES.map((f) => (
                <td key={f.key} className="num">
                  {formatNumber(r[f.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
