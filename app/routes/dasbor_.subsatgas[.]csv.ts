// The dashboard's table per Subsatgas as data: one row per Subsatgas of subsatgasSummary, for the
// same ?tahun= and scope as /dasbor. capaian_persen is written as in capaian.csv ("62,5"; empty when
// nothing is left to measure). selesai counts approved completions; menunggu_verifikasi those a
// liaison reported that wait for the secretariat.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { subsatgasSummary } from "~/action-plan/dashboard.server";
import { dashboardFileName } from "~/action-plan/dashboard-year";
import { dashboardSelection } from "~/action-plan/dashboard-year.server";
import { csvResponse, toCsv } from "~/documents/csv.server";
import { requirePermission } from "~/accounts/auth.server";

const SUBSATGAS_CSV_HEADER = ["subsatgas", "total", "selesai", "menunggu_verifikasi", "berjalan", "terhambat", "terlambat", "capaian_persen"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const db = getDb();
  const { year, period } = dashboardSelection(db, user.regionCode, new URL(request.url).searchParams);
  const rows = subsatgasSummary(db, user.regionCode, period).map((s) => [s.name, s.total, s.done, s.awaitingVerification, s.inProgress, s.blocked, s.overdue, s.completion]);
  return csvResponse(dashboardFileName("capaian-rencana-aksi-per-subsatgas", year, "csv"), toCsv(SUBSATGAS_CSV_HEADER, rows));
}
