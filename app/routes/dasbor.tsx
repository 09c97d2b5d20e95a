import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DashboardView, PeriodPicker } from "~/components/DashboardView";
import { ErrorMessage } from "~/components/ErrorMessage";
import { getDb } from "~/db.server";
import { dashboardNumbers, dashboardYears, yearPeriod } from "~/action-plan/dashboard.server";
import { parseActionFilter } from "~/action-plan/action-filter";
import { requireRole } from "~/accounts/auth.server";

export const meta: MetaFunction = () => [{ title: "Dasbor · SIGAP TPPO" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["pimpinan", "sekretariat", "admin"]);
  const db = getDb();
  const year = parseActionFilter(new URL(request.url).searchParams).year ?? null;
  return json({
    user,
    year,
    years: dashboardYears(db, user.regionCode),
    data: dashboardNumbers(db, user.regionCode, year ? yearPeriod(year) : null),
    canReview: user.role === "sekretariat" || user.role === "admin",
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
