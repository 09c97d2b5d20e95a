import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import { TaskList } from "~/components/TaskList";
import { getDb } from "~/db.server";
import { listActionsForAgency } from "~/action-plan/action.server";
import { ACCEPTED_EXTENSIONS } from "~/utils/upload.server";
import { requireRole } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Tugas Instansi Saya · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["penghubung"]);
  const db = getDb();
  const rows = listActionsForAgency(db, user.agencyId!, user.regionCode);
  const savedId = Number(new URL(request.url).searchParams.get("tersimpan")) || 0;
  return json({ user, rows, accept: ACCEPTED_EXTENSIONS, saved: rows.find((r) => r.id === savedId)?.title ?? null });
}

export default function MyTasks() {
  const { user, rows, accept, saved } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Tugas instansi saya</h1>
          <p>
            Rencana aksi {user.agencyName} sebagai pelaksana utama atau pendukung. Yang terlambat ditampilkan paling atas.
          </p>
        </div>
      </div>
      {saved ? (
        <div className="alert alert-ok" role="status">
          Pembaruan “{saved}” tersimpan.
        </div>
      ) : null}
      <section className="panel">
        <TaskList rows={rows} agencyId={user.agencyId!} accept={accept} returnTo="/aksi/saya" />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
