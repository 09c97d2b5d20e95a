// "Tugas instansi saya": the liaison's items, overdue first, each with its update form one click away.
import { Link } from "@remix-run/react";
import type { ActionStatus } from "../../db/schema";
import { ReturnedNote, StatusBadge } from "~/components/ActionTable";
import { StatusUpdateForm } from "~/components/StatusUpdateForm";
import { formatCalendarDate } from "~/utils/period";

export interface TaskRow {
  id: number;
  title: string;
  subsatgasName: string;
  leadAgencyId: number;
  leadAgencyName: string;
  regionName: string | null;
  dueDate: string;
  status: ActionStatus;
  progress: number;
  version: number;
  overdue: boolean;
  /** A return of the item's completion still in force, with its reason. */
  returned?: { note: string | null } | null;
}

function Task({ row, agencyId, accept, returnTo }: { row: TaskRow; agencyId: number; accept: string; returnTo: string }) {
  const closed = row.status === "done" || row.status === "cancelled";
  return (
    <li className={`task${row.overdue ? " task-overdue" : ""}`}>
      <div className="task-head">
        <div>
          <Link to={`/aksi/${row.id}`} className="task-title">
            {row.title}
          </Link>
          <div className="muted task-meta">
            {row.subsatgasName} · {row.leadAgencyId === agencyId ? "Pelaksana utama" : `Pendukung (utama: ${row.leadAgencyName})`}
            {row.regionName ? ` · ${row.regionName}` : ""} · Tenggat {formatCalendarDate(row.dueDate)}
          </div>
          <ReturnedNote returned={row.returned} />
        </div>
        <div className="task-state">
          <StatusBadge status={row.status} overdue={row.overdue} />
          <progress max={100} value={row.progress} aria-label={`Progres ${row.progress}%`} />
          <span className="num">{row.progress}%</span>
        </div>
      </div>
      {closed ? null : (
        <details className="task-update">
          <summary className="button button-secondary">Perbarui</summary>
          <StatusUpdateForm actionId={row.id} version={row.version} current={row} canCancel={false} accept={accept} returnTo={returnTo} />
        </details>
      )}
    </li>
  );
}

export function TaskList({ rows, agencyId, accept, returnTo }: { rows: TaskRow[]; agencyId: number; accept: string; returnTo: string }) {
  if (rows.length === 0) return <p className="empty">Belum ada rencana aksi untuk instansi Anda.</p>;
  const overdue = rows.filter((r) => r.overdue);
  const open = rows.filter((r) => !r.overdue && r.status !== "done" && r.status !== "cancelled");
  const closed = rows.filter((r) => r.status === "done" || r.status === "cancelled");
  const group = (title: string, items: TaskRow[], empty: string) => (
    <section aria-label={title}>
      <h3>
        {title} <span className="muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="task-list">
          {items.map((r) => (
            <Task key={r.id} row={r} agencyId={agencyId} accept={accept} returnTo={returnTo} />
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <>
      {group("Terlambat", overdue, "Tidak ada yang terlambat.")}
      {group("Sedang dikerjakan", open, "Tidak ada rencana aksi yang sedang dikerjakan.")}
      {closed.length ? (
        <details>
          <summary>Selesai atau dibatalkan ({closed.length})</summary>
          <ul className="task-list">
            {closed.map((r) => (
              <Task key={r.id} row={r} agencyId={agencyId} accept={accept} returnTo={returnTo} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
