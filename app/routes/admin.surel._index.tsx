// The outbox for admins: every message the app sent or will send, newest first. Without SMTP_URL
// nothing is sent and this is where the messages are read.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { MailStatusBadge } from "~/components/MailStatusBadge";
import { Pagination } from "~/components/Pagination";
import { getDb } from "~/db.server";
import { requirePermission } from "~/accounts/auth.server";
import { scopeTimeZone } from "~/action-plan/dashboard.server";
import { countMailByStatus, listMailInScope } from "~/mail/outbox.server";
import { mailDeliveryConfigured } from "~/mail/mailer.server";
import { MAIL_STATUSES } from "../../db/schema";
import { formatNumber } from "~/utils/format";
import { formatDateTime } from "~/utils/period";
import { readPage } from "~/utils/pagination";
import { MAIL_STATUS_LABELS, TIME_ZONE_ABBR, mailKindLabel } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "Surel · SIGAP TPPO" }];

const PAGE_SIZE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-mail");
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const status = MAIL_STATUSES.find((s) => s === params.get("status"));
  const { page, ...slice } = readPage(params, PAGE_SIZE);
  const { rows, total } = listMailInScope(db, user.regionCode, { status }, slice);
  return json({
    rows,
    total,
    page,
    status: status ?? "",
    counts: countMailByStatus(db, user.regionCode),
    zone: scopeTimeZone(db, user.regionCode),
    delivering: mailDeliveryConfigured(),
    national: user.regionCode === null,
  });
}

export default function MailOutboxPage() {
  const { rows, total, page, status, counts, zone, delivering, national } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Surel keluar</h1>
          <p>
            Setiap surel yang dikirim aplikasi (undangan, pengingat), terbaru di atas, dengan status pengirimannya.
            {national ? "" : " Ditampilkan surel dari kegiatan dalam cakupan Anda."}
          </p>
        </div>
      </div>
      {delivering ? null : (
        <p className="alert alert-info" role="note">
          Pengiriman surel belum diatur (SMTP_URL kosong): tidak ada surel yang dikirim. Surel tersimpan di sini dengan status
          Menunggu dan dapat dibaca oleh administrator.
        </p>
      )}
      <Form method="get" className="filters" aria-label="Saring surel">
        <div className="field">
          <label htmlFor="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={status}>
            <option value="">Semua</option>
            {MAIL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {`${MAIL_STATUS_LABELS[s]} (${formatNumber(counts[s])})`}
              </option>
            ))}
          </select>
        </div>
        <div className="actions-row">
          <button type="submit" className="button">
            Terapkan
          </button>
        </div>
      </Form>
      <p className="muted" role="status">
        {formatNumber(total)} surel · waktu dalam {TIME_ZONE_ABBR[zone]}.
      </p>
      {rows.length === 0 ? (
        <p className="empty">{status ? "Belum ada surel dengan status ini." : "Belum ada surel."}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Dibuat</th>
                <th scope="col">Status</th>
                <th scope="col">Penerima</th>
                <th scope="col">Perihal</th>
                <th scope="col">Jenis</th>
                <th scope="col">Percobaan</th>
                <th scope="col">Galat terakhir</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.createdAt, zone)}</td>
                  <td>
                    <MailStatusBadge status={m.status} />
                    {m.sentAt ? <small className="muted"> {formatDateTime(m.sentAt, zone)}</small> : null}
                  </td>
                  <td>{m.toAddress}</td>
                  <td>
                    <Link to={`/admin/surel/${m.id}`}>{m.subject}</Link>
                  </td>
                  <td>{mailKindLabel(m.kind)}</td>
                  <td>{formatNumber(m.attempts)}</td>
                  <td>{m.lastError ?? <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
