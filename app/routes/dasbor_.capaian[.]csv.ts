// The dashboard's completion chart as data: one row per month of completionSeries, for the same
// ?tahun= and scope as /dasbor. Numbers as in every CSV of the app (csv.server.ts): capaian_persen
// 0-100 with a decimal comma ("62,5"), empty for a month with nothing to measure.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { completionSeries } from "~/action-plan/dashboard.server";
import { dashboardFileName } from "~/action-plan/dashboard-year";
import { dashboardSelection } from "~/action-plan/dashboard-year.server";
import { csvResponse, toCsv } from "~/documents/csv.server";
import { requirePermission } from "~/accounts/auth.server";

const COMPLETION_CSV_HEADER = ["bulan", "rencana_aksi", "selesai", "capaian_persen"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const db = getDb();
  const { year, period } = dashboardSelection(db, user.regionCode, new URL(request.url).searchParams);
  const rows = completionSeries(db, user.regionCode, period).map((p) => [p.month, p.total, p.done, p.completion]);
  return csvResponse(dashboardFileName("capaian-rencana-aksi-bulanan", year, "csv"), toCsv(COMPLETION_CSV_HEADER, rows));
}
