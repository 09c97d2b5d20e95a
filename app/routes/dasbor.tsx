import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DashboardView, PeriodPicker } from "~/components/DashboardView";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { dashboardNumbers } from "~/action-plan/dashboard.server";
import { ALL_YEARS } from "~/action-plan/dashboard-year";
import { dashboardSelection } from "~/action-plan/dashboard-year.server";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";

export const meta: MetaFunction = () => [{ title: "Dasbor · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const db = getDb();
  const selection = dashboardSelection(db, user.regionCode, new URL(request.url).searchParams);
  return json({
    user,
    selection,
    data: dashboardNumbers(db, user.regionCode, selection.period),
    canReview: can(user, "write-rakor"),
  });
}

export default function Dashboard() {
  const { user, selection, data, canReview } = useLoaderData<typeof loader>();
  const { year } = selection;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dasbor pimpinan</h1>
          <p>
            Gugus Tugas {user.regionName ?? "Nasional"} · {year === ALL_YEARS ? "seluruh rencana aksi" : `rencana aksi bertenggat tahun ${year}`} · angka terkini
          </p>
        </div>
      </div>
      <PeriodPicker selection={selection} action="/dasbor" />
      <DashboardView data={data} year={year} scopeName={user.regionName ?? "Nasional"} canReview={canReview} />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
