import { Link } from "@remix-run/react";
import type { ActionStatus } from "../../db/schema";
import { formatCalendarDate } from "~/utils/period";
import { ACTION_STATUS_LABELS } from "~/utils/labels";

export interface ActionRow {
  id: number;
  title: string;
  subsatgasName: string;
  leadAgencyName: string;
  regionName: string | null;
  dueDate: string;
  status: ActionStatus;
  progress: number;
  overdue: boolean;
  /** A return of the item's completion still in force (no update since), with its reason. */
  returned?: { note: string | null } | null;
}

/** Under an item's title: its completion was returned and not yet answered, and why. */
export function ReturnedNote({ returned }: { returned?: { note: string | null } | null }) {
  if (!returned) return null;
  return (
    <p className="returned-note">
      <span className="badge badge-returned">Dikembalikan</span>
      {returned.note ? ` Alasan: ${returned.note}` : null}
    </p>
  );
}

export function StatusBadge({ status, overdue }: { status: ActionStatus; overdue?: boolean }) {
  return (
    <span className="actions-row">
      <span className={`badge badge-${status}`}>{ACTION_STATUS_LABELS[status]}</span>
      {overdue ? <span className="badge badge-overdue">Terlambat</span> : null}
    </span>
  );
}

export function ActionTable({ rows, empty }: { rows: ActionRow[]; empty: string }) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Rencana aksi</th>
            <th scope="col">Subsatgas</th>
            <th scope="col">Instansi utama</th>
            <th scope="col">Tenggat</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Progres
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/aksi/${a.id}`}>{a.title}</Link>
                {a.regionName ? <small className="muted"> · {a.regionName}</small> : null}
                <ReturnedNote returned={a.returned} />
              </td>
              <td>{a.subsatgasName}</td>
              <td>{a.leadAgencyName}</td>
              <td>{formatCalendarDate(a.dueDate)}</td>
              <td>
                <StatusBadge status={a.status} overdue={a.overdue} />
              </td>
              <td className="num">{a.progress}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
