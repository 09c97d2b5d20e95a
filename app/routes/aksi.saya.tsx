import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ErrorMessage";
import type { BreadcrumbHandle } from "~/components/Breadcrumbs";
import { TaskList } from "~/components/TaskList";
import { getDb } from "~/db.server";
import { listActionsForAgency } from "~/action-plan/action.server";
import { withReturnedCompletions } from "~/action-plan/verification.server";
import { ACCEPTED_EXTENSIONS } from "~/utils/upload.server";
import { requirePermission } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Tugas Instansi Saya · SIGAP TPPO" }];

export const handle: BreadcrumbHandle<typeof loader> = {
  breadcrumbs: () => [{ label: "Rencana Aksi", to: "/aksi" }, { label: "Tugas instansi saya" }],
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-agency-tasks");
  const db = getDb();
  const rows = withReturnedCompletions(db, listActionsForAgency(db, user.agencyId!, user.regionCode));
  return json({ user, rows, accept: ACCEPTED_EXTENSIONS });
}

export default function MyTasks() {
  const { user, rows, accept } = useLoaderData<typeof loader>();
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
      <section className="panel">
        <TaskList rows={rows} agencyId={user.agencyId!} accept={accept} returnTo="/aksi/saya" />
      </section>
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
