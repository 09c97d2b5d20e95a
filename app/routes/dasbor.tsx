import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DashboardView, PeriodPicker } from "~/components/DashboardView";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { dashboardNumbers, dashboardYears } from "~/action-plan/dashboard.server";
import { readYear, yearPeriod } from "~/utils/period";
import { requirePermission } from "~/accounts/auth.server";
import { can } from "~/accounts/policy";

export const meta: MetaFunction = () => [{ title: "Dasbor · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const db = getDb();
  const year = readYear(new URL(request.url).searchParams);
  return json({
    user,
    year,
    years: dashboardYears(db, user.regionCode),
    data: dashboardNumbers(db, user.regionCode, year ? yearPeriod(year) : null),
    canReview: can(user, "write-rakor"),
  });
}

export default function Dashboard() {
  const { user, year, years, data, canReview } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Dasbor pimpinan</h1>
          <p>
            Gugus Tugas {user.regionName ?? "Nasional"} · {year ? `rencana aksi bertenggat tahun ${year}` : "seluruh rencana aksi"} · angka terkini
          </p>
        </div>
      </div>
      <PeriodPicker years={years} year={year} action="/dasbor" />
      <DashboardView data={data} scopeName={user.regionName ?? "Nasional"} canReview={canReview} chartHref={`/dasbor/grafik.svg${year ? `?tahun=${year}` : ""}`} />
    </>
  );
}

export const ErrorBoundary = ErrorMessage;
