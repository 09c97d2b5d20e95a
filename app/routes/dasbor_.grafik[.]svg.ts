// The completion-over-time chart of the dashboard as an SVG file (the same the report embeds).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { completionSeries, yearPeriod } from "~/action-plan/dashboard.server";
import { completionChartSvg } from "~/documents/chart";
import { parseActionFilter } from "~/action-plan/action-filter";
import { requireRole } from "~/accounts/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["pimpinan", "sekretariat", "admin"]);
  const year = parseActionFilter(new URL(request.url).searchParams).year ?? null;
  const svg = completionChartSvg(completionSeries(getDb(), user.regionCode, year ? yearPeriod(year) : null), user.regionName ?? "Nasional");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="capaian-rencana-aksi${year ? `-${year}` : ""}.svg"`,
      "Cache-Control": "private, no-store",
    },
  });
}
