import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DashboardView, PeriodPicker } from "~/components/DashboardView";
import { ErrorMessage } from "~/components/ErrorMessage";
import { SubsatgasTable } from "~/components/SubsatgasTable";
import { TaskList } from "~/components/TaskList";
import { getDb } from "~/db.server";
import { formatNumber } from "~/utils/format";
import { countAwaitingVerification } from "~/action-plan/verification.server";
import { listActionsForAgency } from "~/action-plan/action.server";
import { withReturnedCompletions } from "~/action-plan/verification.server";
import { dashboardNumbers, nextRakor, subsatgasSummary } from "~/action-plan/dashboard.server";
import { dashboardSelection } from "~/action-plan/dashboard-year.server";
import { ACCEPTED_EXTENSIONS } from "~/utils/upload.server";
import { listRakorInScope } from "~/rakor/rakor.server";
import { requireUser } from "~/accounts/auth.server";
import { MODE_LABELS, RAKOR_STATUS_LABELS, ROLE_LABELS } from "~/utils/labels";
import { rakorWhen } from "~/rakor/rakor-format";

export const meta: MetaFunction = () => [{ title: "Beranda · SIGAP TPPO" }];

// Each role lands on what it needs first: liaisons their agency's tasks, leaders the numbers,
// secretariats the coming rakor and the action plan, admins the accounts.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const scope = user.regionCode;
  const next = nextRakor(db, scope);
  const nextView = next ? { ...next, when: rakorWhen(next.startsAt, null, next.timeZone) } : null;
  switch (user.role) {
    case "penghubung": {
      const tasks = withReturnedCompletions(db, listActionsForAgency(db, user.agencyId!, scope));
      return json({ kind: "penghubung" as const, user, tasks, accept: ACCEPTED_EXTENSIONS, next: nextView });
    }
    case "pimpinan": {
      // The same period /dasbor opens on (see dashboard-year.ts).
      const selection = dashboardSelection(db, scope, new URLSearchParams());
      return json({ kind: "pimpinan" as const, user, dashboard: dashboardNumbers(db, scope, selection.period), selection, next: nextView });
    }
    case "sekretariat": {
      const recent = listRakorInScope(db, scope, { limit: 5, offset: 0 }).rows.map((r) => ({ ...r, when: rakorWhen(r.startsAt, null, r.timeZone) }));
      const awaiting = countAwaitingVerification(db, scope, user.agencyId);
      return json({ kind: "sekretariat" as const, user, summary: subsatgasSummary(db, scope), recent, awaiting, next: nextView });
    }
    case "admin":
      return json({ kind: "admin" as const, user, next: nextView });
  }
}

function NextRakor({ next }: { next: { id: number; title: string; when: string } | null }) {
  return (
    <section className="panel">
      <h2>Rakor berikutnya</h2>
      {next ? (
        <p>
          <Link to={`/rakor/${next.id}`}>{next.title}</Link>
          <br />
          <span className="muted">{next.when}</span>
        </p>
      ) : (
        <p className="empty">Belum ada rakor yang dijadwalkan.</p>
      )}
    </section>
  );
}

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const scopeName = data.user.regionName ?? "Nasional";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>
            {data.kind === "penghubung" ? "Tugas instansi saya" : data.kind === "pimpinan" ? "Dasbor pimpinan" : "Beranda"}
          </h1>
          <p>
            {ROLE_LABELS[data.user.role]} · Gugus Tugas {scopeName}
            {data.user.agencyName ? ` · ${data.user.agencyName}` : ""}
          </p>
        </div>
      </div>
      {data.kind === "penghubung" ? (
        <>
          <section className="panel">
            <h2>Rencana aksi {data.user.agencyName}</h2>
            <p className="muted">Yang terlambat ditampilkan paling atas. Instansi Anda sebagai pelaksana utama atau pendukung.</p>
            <TaskList rows={data.tasks} agencyId={data.user.agencyId!} accept={data.accept} returnTo="/" />
          </section>
        </>
      ) : null}
      {data.kind === "pimpinan" ? (
        <>
          <PeriodPicker selection={data.selection} action="/dasbor" />
          <DashboardView data={data.dashboard} year={data.selection.year} scopeName={scopeName} canReview={false} />
        </>
      ) : null}
      {data.kind === "sekretariat" && data.awaiting > 0 ? (
        <p className="alert" role="status">
          <Link to="/aksi/verifikasi">{formatNumber(data.awaiting)} penyelesaian menunggu verifikasi</Link>: periksa bukti dukungnya sebelum dihitung selesai.
        </p>
      ) : null}
      {data.kind === "sekretariat" ? (
        <section className="panel">
          <h2>Capaian rencana aksi</h2>
          <SubsatgasTable rows={data.summary} href={(slug) => `/aksi?subsatgas=${slug}`} />
          <p>
            <Link to="/dasbor">Buka dasbor lengkap</Link> · <Link to="/aksi?terlambat=1">Rencana aksi terlambat</Link> · <Link to="/aksi/baru">Tambah rencana aksi</Link>
          </p>
        </section>
      ) : null}
      {data.kind === "sekretariat" ? (
        <section className="panel">
          <h2>Rakor terbaru</h2>
          {data.recent.length === 0 ? (
            <p className="empty">Belum ada rakor tercatat.</p>
          ) : (
            <ul>
              {data.recent.map((r) => (
                <li key={r.id}>
                  <Link to={`/rakor/${r.id}`}>{r.title}</Link> <small>· {r.when} · {MODE_LABELS[r.mode]} · {RAKOR_STATUS_LABELS[r.status]}</small>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {data.kind === "admin" ? (
        <section className="panel">
          <h2>Administrasi</h2>
          <ul>
            <li>
              <Link to="/admin/pengguna">Kelola pengguna</Link>: buat akun, atur peran dan cakupan, nonaktifkan akun.
            </li>
            <li>
              <Link to="/admin/instansi">Kelola instansi</Link>: nama resmi, singkatan dan nama lain.
            </li>
            <li>
              <Link to="/admin/audit">Log audit</Link>: setiap perubahan data, siapa, kapan, sebelum dan sesudah.
            </li>
          </ul>
        </section>
      ) : null}
      {data.kind === "pimpinan" ? null : <NextRakor next={data.next} />}
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
