// The completion-over-time chart of the dashboard as an SVG file, for the same ?tahun= as /dasbor.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { completionSeries } from "~/action-plan/dashboard.server";
import { ALL_YEARS, dashboardFileName } from "~/action-plan/dashboard-year";
import { dashboardSelection } from "~/action-plan/dashboard-year.server";
import { completionChartSvg } from "~/documents/chart";
import { requirePermission } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const db = getDb();
  const { year, period } = dashboardSelection(db, user.regionCode, new URL(request.url).searchParams);
  const svg = completionChartSvg(completionSeries(db, user.regionCode, period), user.regionName ?? "Nasional", year === ALL_YEARS ? null : year);
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dashboardFileName("capaian-rencana-aksi", year, "svg")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
