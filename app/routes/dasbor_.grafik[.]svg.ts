// The completion-over-time chart of the dashboard as an SVG file (the same the report embeds).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { completionSeries } from "~/action-plan/dashboard.server";
import { completionChartSvg } from "~/documents/chart";
import { readYear, yearPeriod } from "~/utils/period";
import { requirePermission } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-dashboard");
  const year = readYear(new URL(request.url).searchParams);
  const svg = completionChartSvg(completionSeries(getDb(), user.regionCode, year ? yearPeriod(year) : null), user.regionName ?? "Nasional");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="capaian-rencana-aksi${year ? `-${year}` : ""}.svg"`,
      "Cache-Control": "private, no-store",
    },
  });
}
