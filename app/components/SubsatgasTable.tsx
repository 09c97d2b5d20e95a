import { Link } from "@remix-run/react";
import { completionPercentOf, type CountsRow } from "~/action-plan/completion";
import { formatNumber, formatPercent } from "~/utils/format";

export interface SubsatgasRow extends CountsRow {
  slug: string;
  name: string;
  completion: number | null;
}

/** Per Subsatgas: total, selesai (verified), menunggu verifikasi, berjalan, terhambat, terlambat and completion %; rows link to the list when `href` is given. */
export function SubsatgasTable({ rows, href }: { rows: SubsatgasRow[]; href?: (slug: string) => string }) {
  const totals = rows.reduce(
    (t, r) => ({
      total: t.total + r.total,
      done: t.done + r.done,
      awaitingVerification: t.awaitingVerification + r.awaitingVerification,
      inProgress: t.inProgress + r.inProgress,
      blocked: t.blocked + r.blocked,
      overdue: t.overdue + r.overdue,
      cancelled: t.cancelled + r.cancelled,
    }),
    { total: 0, done: 0, awaitingVerification: 0, inProgress: 0, blocked: 0, overdue: 0, cancelled: 0 },
  );
  const overall = completionPercentOf(totals);
  return (
    <div className="table-wrap">
      <table>
        <caption className="table-caption">Capaian rencana aksi per Subsatgas</caption>
        <thead>
          <tr>
            <th scope="col">Subsatgas</th>
            <th scope="col" className="num">Total</th>
            <th scope="col" className="num">Selesai</th>
            <th scope="col" className="num">Menunggu verifikasi</th>
            <th scope="col" className="num">Berjalan</th>
            <th scope="col" className="num">Terhambat</th>
            <th scope="col" className="num">Terlambat</th>
            <th scope="col" className="num">Capaian</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug}>
              <th scope="row">{href ? <Link to={href(r.slug)}>{r.name}</Link> : r.name}</th>
              <td className="num">{formatNumber(r.total)}</td>
              <td className="num">{formatNumber(r.done)}</td>
              <td className="num">{formatNumber(r.awaitingVerification)}</td>
              <td className="num">{formatNumber(r.inProgress)}</td>
              <td className="num">{formatNumber(r.blocked)}</td>
              <td className="num">{formatNumber(r.overdue)}</td>
              <td className="num">{r.completion === null ? "–" : formatPercent(r.completion)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Jumlah</th>
            <td className="num">{formatNumber(totals.total)}</td>
            <td className="num">{formatNumber(totals.done)}</td>
            <td className="num">{formatNumber(totals.awaitingVerification)}</td>
            <td className="num">{formatNumber(totals.inProgress)}</td>
            <td className="num">{formatNumber(totals.blocked)}</td>
            <td className="num">{formatNumber(totals.overdue)}</td>
            <td className="num">{overall === null ? "–" : formatPercent(overall)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
