import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { getDb } from "~/db.server";
import { listAwaitingVerification } from "~/action-plan/verification.server";
import { requirePermission } from "~/accounts/auth.server";
import { formatNumber } from "~/utils/format";
import { formatCalendarDate, formatDateTime } from "~/utils/period";

export const meta: MetaFunction = () => [
  { title: "Menunggu verifikasi · SIGAP TPPO" },
];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [
    { label: "Rencana Aksi", to: "/aksi" },
    { label: "Menunggu verifikasi" },
  ],
};

// The secretariat's queue: completions reported by liaisons within its scope, the longest waiting
// first (those of the user's own agency are another secretariat's to verify).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "verify-actions");
  // The time is written here, in the item's zone: the page is drawn the same on the server and in the browser.
  const rows = listAwaitingVerification(getDb(), user.regionCode, user.agencyId).map(({ waitingSince, timeZone, ...row }) => ({
    ...row,
    reportedAt: formatDateTime(waitingSince, timeZone),
  }));
  return json({ rows });
}

export default function VerificationQueue() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Menunggu verifikasi</h1>
          <p>
            Penyelesaian yang dilaporkan penghubung dihitung selesai setelah
            diverifikasi. Yang paling lama menunggu ditampilkan paling atas (
            {formatNumber(rows.length)} rencana aksi).
          </p>
        </div>
      </div>
      <section className="panel">
        {rows.length === 0 ? (
          <p className="empty">
            Tidak ada penyelesaian yang menunggu verifikasi.
          </p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Rencana aksi</th>
                  <th scope="col">Pelaksana utama</th>
                  <th scope="col">Tenggat</th>
                  <th scope="col">Dilaporkan selesai</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/aksi/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>{r.leadAgencyName}</td>
                    <td>{formatCalendarDate(r.dueDate)}</td>
                    <td>{r.reportedAt}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
