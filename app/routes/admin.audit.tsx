// The audit log: every write, who, what, when, before and after. Read-only for admins; the
// database refuses UPDATE and DELETE on it, and this route has no action.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { Pagination } from "~/components/Pagination";
import { getDb } from "~/db.server";
import { auditVocabulary, searchAuditLog, type AuditFilter } from "~/accounts/audit.server";
import { scopeTimeZone } from "~/action-plan/dashboard.server";
import { auditChanges } from "~/accounts/audit-diff";
import { requirePermission } from "~/accounts/auth.server";
import { formatNumber } from "~/utils/format";
import { addDays, formatDateTime, readPeriod, zonedToEpoch } from "~/utils/period";
import { readPage } from "~/utils/pagination";
import { TIME_ZONE_ABBR } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "Log Audit · SIGAP TPPO" }];

const PAGE_SIZE = 50;

const ACTION_LABELS: Record<string, string> = {
  create: "Membuat",
  update: "Mengubah",
  delete: "Menghapus",
  status_update: "Pembaruan status",
  carry_over: "Tinjauan ke agenda",
  "import.create": "Impor (baru)",
  "import.update": "Impor (ubah)",
  move_up: "Memindah ke atas",
  move_down: "Memindah ke bawah",
  resend: "Kirim ulang",
};

const ENTITY_LABELS: Record<string, string> = {
  action_item: "Rencana aksi",
  rakor: "Rakor",
  agenda_item: "Agenda rakor",
  outcome: "Hasil rakor",
  material: "Bahan rakor",
  attendee: "Peserta rakor",
  rakor_site: "Lokasi rakor",
  user: "Pengguna",
  agency: "Instansi",
  task_force: "Gugus tugas",
  case_statistic: "Statistik kasus",
  mail: "Surel",
};

function entityHref(entity: string, id: string | null): string | null {
  if (!id) return null;
  switch (entity) {
    case "action_item":
      return `/aksi/${id}`;
    case "rakor":
      return `/rakor/${id}`;
    case "user":
      return `/admin/pengguna/${id}`;
    case "agency":
      return `/admin/instansi/${id}`;
    case "mail":
      return `/admin/surel/${id}`;
    default:
      return null;
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-audit");
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const zone = scopeTimeZone(db, user.regionCode);
  const { period } = readPeriod(params, null);
  const filter: AuditFilter = {
    entity: params.get("entitas") || undefined,
    entityId: params.get("id")?.trim() || undefined,
    action: params.get("tindakan") || undefined,
    user: params.get("pengguna")?.trim().slice(0, 100) || undefined,
    from: period.start ? zonedToEpoch(period.start, "00:00", zone) : undefined,
    to: period.end ? zonedToEpoch(addDays(period.end, 1), "00:00", zone) : undefined,
  };
  const { page, ...slice } = readPage(params, PAGE_SIZE);
  const { rows, total } = searchAuditLog(db, user.regionCode, filter, slice);
  return json({
    zone,
    page,
    total,
    query: Object.fromEntries(params.entries()),
    rows: rows.map((r) => ({ ...r, changes: auditChanges(r.before, r.after) })),
    vocabulary: auditVocabulary(db),
    national: user.regionCode === null,
  });
}

export default function AuditLog() {
  const { zone, page, total, query, rows, vocabulary, national } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Log audit</h1>
          <p>
            Setiap perubahan data: siapa, kapan, apa, sebelum dan sesudah. Log ini tidak dapat diubah atau dihapus.
            {national ? "" : " Ditampilkan perubahan oleh pengguna dalam cakupan Anda."}
          </p>
        </div>
      </div>
      <Form method="get" className="filters" aria-label="Saring log audit">
        <div className="field">
          <label htmlFor="f-entitas">Data</label>
          <select id="f-entitas" name="entitas" defaultValue={query.entitas ?? ""}>
            <option value="">Semua</option>
            {vocabulary.entities.map((e) => (
              <option key={e} value={e}>
                {ENTITY_LABELS[e] ?? e}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor="f-id">ID data</label>
          <input id="f-id" name="id" type="text" inputMode="numeric" defaultValue={query.id ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-tindakan">Tindakan</label>
          <select id="f-tindakan" name="tindakan" defaultValue={query.tindakan ?? ""}>
            <option value="">Semua</option>
            {vocabulary.actions.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABELS[a] ?? a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-pengguna">Pengguna</label>
          <input id="f-pengguna" name="pengguna" type="search" defaultValue={query.pengguna ?? ""} placeholder="Nama atau email" />
        </div>
        <div className="field">
          <label htmlFor="f-dari">Dari tanggal</label>
          <input id="f-dari" name="dari" type="date" defaultValue={query.dari ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-sampai">Sampai tanggal</label>
          <input id="f-sampai" name="sampai" type="date" defaultValue={query.sampai ?? ""} />
        </div>
        <div className="actions-row">
          <button type="submit" className="button">
            Terapkan
          </button>
          <a className="button button-secondary" href="/admin/audit">
            Atur ulang
          </a>
        </div>
      </Form>
      <p className="muted" role="status">
        {formatNumber(total)} catatan · waktu dalam {TIME_ZONE_ABBR[zone]}.
      </p>
      {rows.length === 0 ? (
        <p className="empty">Tidak ada catatan yang sesuai saringan.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Pengguna</th>
                <th scope="col">Tindakan</th>
                <th scope="col">Data</th>
                <th scope="col">Perubahan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const link = entityHref(r.entity, r.entityId);
                return (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.at, zone)}</td>
                    <td>{r.userEmail ? <>{r.userName}<br /><small>{r.userEmail}</small></> : <span className="muted">Sistem (impor/demo)</span>}</td>
                    <td>{ACTION_LABELS[r.action] ?? r.action}</td>
                    <td>
                      {ENTITY_LABELS[r.entity] ?? r.entity} {r.entityId ? link ? <Link to={link}>#{r.entityId}</Link> : `#${r.entityId}` : null}
                    </td>
                    <td>
                      {r.changes.length ? (
                        <ul className="changes">
                          {r.changes.slice(0, 4).map((c) => (
                            <li key={c.field}>
                              <code>{c.field}</code>: {c.before === null ? c.after : `${c.before} → ${c.after}`}
                            </li>
                          ))}
                          {r.changes.length > 4 ? <li className="muted">dan {r.changes.length - 4} lainnya</li> : null}
                        </ul>
                      ) : (
                        <span className="muted">–</span>
                      )}
                      <details>
                        <summary>Sebelum dan sesudah</summary>
                        <pre className="json">{JSON.stringify({ sebelum: r.before, sesudah: r.after }, null, 2)}</pre>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
