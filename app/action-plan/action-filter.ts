// The filters of the action-plan lists, read from and written back to the query string, so every
// list, summary and CSV export of the same URL shows the same items. Parameter names are the
// Indonesian ones users see in the address bar.
import { ACTION_STATUSES, type ActionStatus } from "../../db/schema";
import { readYear } from "../utils/period";

export const ACTION_SORTS = ["subsatgas", "tenggat", "diperbarui"] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

/** What each order of the list is, as the list says it ("default": no ?urut=). */
export const ACTION_SORT_LABELS: Record<ActionSort | "default", { option: string; description: string }> = {
  default: {
    option: "Belum selesai dulu, tenggat terawal",
    description: "yang belum selesai dulu, tenggat terawal di atas (yang paling lama terlambat paling atas); lalu yang selesai atau dibatalkan, tenggat terbaru dulu",
  },
  subsatgas: { option: "Subsatgas, lalu tenggat", description: "per Subsatgas; di tiap Subsatgas yang terlambat dulu, lalu tenggat terawal" },
  tenggat: { option: "Tenggat terawal (semua status)", description: "tenggat terawal dulu, apa pun statusnya" },
  diperbarui: { option: "Terakhir diperbarui", description: "yang terakhir diperbarui dulu" },
};

export interface ActionFilter {
  /** Free text: every word must appear in the title, description, outcome or an agency's name. */
  q?: string;
  subsatgas?: string;
  /** Lead or supporting agency (only lead when `leadOnly`). */
  agencyId?: number;
  leadOnly?: boolean;
  /** Exact region code, or "nasional" for national items (region null). */
  region?: string;
  status?: ActionStatus;
  overdue?: boolean;
  rakorId?: number;
  /** Items due in this calendar year (the dashboard's period). */
  year?: number;
  sort?: ActionSort;
}

export const PAGE_SIZE = 25;

/** A suggestion for a typed filter field: `value` fills the field, `label` is shown. */
export interface Suggestion {
  value: string;
  label: string;
}

/** A typed field of the filter bar (agency, region) as the page shows it. */
export interface FilterFieldState {
  /** The chosen agency's name or region's label, or the text as typed when it did not resolve. */
  value: string;
  error?: string;
  /** Several matches: each a link to the same list filtered by it. */
  choices?: { label: string; href: string }[];
}

export interface ActionFilterFields {
  agency: FilterFieldState;
  region: FilterFieldState;
}

function positiveInt(value: string | null): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Reads the filter from a URL's query string; unknown or malformed values are ignored. */
export function parseActionFilter(params: URLSearchParams): ActionFilter {
  const filter: ActionFilter = {};
  const q = params.get("q")?.trim();
  if (q) filter.q = q.slice(0, 200);
  const subsatgas = params.get("subsatgas");
  if (subsatgas && /^[a-z0-9-]{1,60}$/.test(subsatgas)) filter.subsatgas = subsatgas;
  const agencyId = positiveInt(params.get("instansi"));
  if (agencyId) filter.agencyId = agencyId;
  if (params.get("peran") === "utama") filter.leadOnly = true;
  const region = params.get("wilayah");
  if (region && (region === "nasional" || /^\d{2}(\.\d{2})?$/.test(region))) filter.region = region;
  const status = params.get("status");
  if (status && (ACTION_STATUSES as readonly string[]).includes(status)) filter.status = status as ActionStatus;
  if (params.get("terlambat") === "1") filter.overdue = true;
  const rakorId = positiveInt(params.get("rakor"));
  if (rakorId) filter.rakorId = rakorId;
  const year = readYear(params);
  if (year) filter.year = year;
  const sort = params.get("urut");
  if (sort && (ACTION_SORTS as readonly string[]).includes(sort)) filter.sort = sort as ActionSort;
  return filter;
}

/** The query string (without "?") that reproduces `filter`, plus extra parameters. */
export function actionFilterQuery(filter: ActionFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.subsatgas) params.set("subsatgas", filter.subsatgas);
  if (filter.agencyId) params.set("instansi", String(filter.agencyId));
  if (filter.leadOnly) params.set("peran", "utama");
  if (filter.region) params.set("wilayah", filter.region);
  if (filter.status) params.set("status", filter.status);
  if (filter.overdue) params.set("terlambat", "1");
  if (filter.rakorId) params.set("rakor", String(filter.rakorId));
  if (filter.year) params.set("tahun", String(filter.year));
  if (filter.sort) params.set("urut", filter.sort);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") params.set(k, String(v));
  return params.toString();
}

export function isFiltered(filter: ActionFilter): boolean {
  return Boolean(filter.q || filter.subsatgas || filter.agencyId || filter.region || filter.status || filter.overdue || filter.rakorId || filter.year);
}
