// The dashboard's period for a request, by the rule of dashboard-year.ts, in the scope's clock.
import type { Db } from "../../db/client";
import type { ScopeCode } from "../accounts/scope";
import { currentYear } from "../utils/period";
import { dashboardYears, scopeTimeZone } from "./dashboard.server";
import { selectDashboardYear, type DashboardSelection } from "./dashboard-year";

/** What the dashboard of `scope` shows for the URL's ?tahun= (a valid year, "semua", or the default). */
export function dashboardSelection(db: Db, scope: ScopeCode, params: URLSearchParams, now = Date.now()): DashboardSelection {
  return selectDashboardYear(params, dashboardYears(db, scope), currentYear(scopeTimeZone(db, scope), now));
}
