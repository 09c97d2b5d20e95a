// A table of status counts per agency or per region, each row linking to the filtered list.
import { Link } from "@remix-run/react";
import type { CountsRow } from "~/action-plan/completion";
import { formatNumber, formatPercent } from "~/utils/format";

export interface CountsTableRow extends CountsRow {
  key: string;
  name: string;
  href: string;
  completion: number | null;
  /** An extra figure shown in its own column (e.g. items as supporting agency). */
  extra?: number;
}

export function CountsTable({ caption, nameHeading, rows, extraHeading, empty }: { caption: string; nameHeading: string; rows: CountsTableRow[]; extraHeading?: string; empty: string }) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeading}</th>
            <th scope="col" className="num">Total</th>
            <th scope="col" className="num">Selesai</th>
            <th scope="col" className="num">Berjalan</th>
            <th scope="col" className="num">Terhambat</th>
            <th scope="col" className="num">Terlambat</th>
            <th scope="col" className="num">Capaian</th>
            {extraHeading ? (
              <th scope="col" className="num">
                {extraHeading}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                <Link to={r.href}>{r.name}</Link>
              </th>
              <td className="num">{formatNumber(r.total)}</td>
              <td className="num">{formatNumber(r.done)}</td>
              <td className="num">{formatNumber(r.inProgress)}</td>
              <td className="num">{formatNumber(r.blocked)}</td>
              <td className="num">{formatNumber(r.overdue)}</td>
              <td className="num">{r.completion === null ? "–" : formatPercent(r.completion)}</td>
              {extraHeading ? <td className="num">{formatNumber(r.extra ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
