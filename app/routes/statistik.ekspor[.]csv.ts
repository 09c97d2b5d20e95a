// The entries of the statistics page as CSV, in the upload's columns (so a file can be corrected
// and uploaded elsewhere): within the user's scope and the page's filter.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { CSV_HEADER, filterRegionScope, listStatisticsInScope, statisticFilterFromSearch } from "~/task-forces/case-statistic.server";
import { assertCan, requirePermission } from "~/accounts/auth.server";
import { FIGURES } from "~/task-forces/case-figures";
import { csvResponse, toCsv } from "~/documents/csv.server";

const MAX_EXPORT_ROWS = 100_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read-statistics");
  const params = new URL(request.url).searchParams;
  const filter = statisticFilterFromSearch(params);
  const filterRegion = filterRegionScope(filter);
  if (filterRegion !== undefined) assertCan(user, request, "read-statistics", { regionCode: filterRegion }, "statistics filter");
  const { rows } = listStatisticsInScope(getDb(), user.regionCode, filter, { limit: MAX_EXPORT_ROWS, offset: 0 });
  const { period } = filter;
  const body = rows.map((r) => [r.periodStart, r.periodEnd, r.regionCode ?? "nasional", r.regionName ?? "Nasional", r.agencyName, ...FIGURES.map((f) => r[f.key])]);
  return csvResponse(`statistik-kasus-tppo-${period.start}-${period.end}.csv`, toCsv(CSV_HEADER, body));
}
