// The bench's targets for issue 12, each a ratio: a page's time over the fixed cost of `/login`
// (p95, measured in the same run), `/healthz` under load over its quiet p50, a page at several
// clients over the same page alone. Pure: the bench passes the figures, the table shows the rows.

export interface TargetFigures {
  /** p95 of GET /login without a session (a Remix render without data), ms. */
  loginP95: number;
  /** The number of concurrent clients of the load pass. */
  concurrency: number;
  /** p95 of the national dashboard during the mixed pass (liaisons writing), ms. */
  mixedDashboardP95: number;
  /** p95 at one client of /aksi national, unfiltered and filtered by Subsatgas and status, ms. */
  actionsAllP95: number;
  actionsFilteredP95: number;
  /** /healthz p99 during the mixed pass and p50 just before it, ms. */
  healthzMixedP99: number;
  healthzQuietP50: number;
  /** Every measured page: p95 at one client and at `concurrency` clients, ms. */
  pages: { label: string; singleP95: number; loadedP95: number }[];
  /** p95 of one liaison's status update (POST), ms, and the back-to-back throughput, updates/s. */
  updateP95: number;
  updatesPerSecond: number;
}

export interface TargetRow {
  target: string;
  /** Where in the run the figure comes from. */
  measuredOn: string;
  /** The measured figure as shown ("2.4×", "312/s"). */
  measured: string;
  ok: boolean;
}

/** `a / b`, as shown in the tables: "2.4×"; "-" when either is missing. */
export function ratioText(a: number, b: number, digits = 1): string {
  const r = a / b;
  return Number.isFinite(r) ? `${r.toFixed(digits)}×` : "-";
}

/** A ratio within its limit; a missing figure (NaN, no samples) never meets a target. */
const within = (a: number, b: number, limit: number) => Number.isFinite(a / b) && a / b <= limit;

export function issue12Targets(f: TargetFigures): TargetRow[] {
  const login = (label: string, measuredOn: string, value: number, limit: number): TargetRow => ({
    target: `${label} ≤ ${limit}× /login p95`,
    measuredOn,
    measured: ratioText(value, f.loginP95),
    ok: within(value, f.loginP95, limit),
  });
  // The page that slows most with concurrent clients decides the concurrency target.
  // A page without figures counts as the worst.
  const slowdowns = f.pages.map((p) => ({ label: p.label, ratio: p.loadedP95 / p.singleP95 }));
  const score = (r: number) => (Number.isFinite(r) ? r : Infinity);
  const worst = slowdowns.reduce<(typeof slowdowns)[number] | null>((w, s) => (w === null || score(s.ratio) > score(w.ratio) ? s : w), null);
  return [
    login("Dasbor pimpinan nasional p95 saat penghubung menulis", "beban campuran", f.mixedDashboardP95, 3),
    login("/aksi nasional tanpa saringan p95", "halaman, c=1", f.actionsAllP95, 5),
    login("/aksi nasional per Subsatgas dan status p95", "halaman, c=1", f.actionsFilteredP95, 3),
    {
      target: "/healthz p99 saat beban campuran ≤ 20× p50 saat sepi",
      measuredOn: "beban campuran",
      measured: ratioText(f.healthzMixedP99, f.healthzQuietP50),
      ok: within(f.healthzMixedP99, f.healthzQuietP50, 20),
    },
    {
      target: `p95 dengan ${f.concurrency} klien serentak ≤ 2× p95 satu klien, di setiap halaman`,
      measuredOn: `halaman, c=${f.concurrency} ÷ c=1`,
      measured: worst === null ? "-" : `${ratioText(worst.ratio, 1)} (terburuk: ${worst.label})`,
      ok: slowdowns.length > 0 && slowdowns.every((s) => Number.isFinite(s.ratio) && s.ratio <= 2),
    },
    login("Pembaruan status p95", "1 penulis", f.updateP95, 3),
    {
      target: "Throughput pembaruan tanpa jeda ≥ 300/s",
      measuredOn: "penulis tanpa jeda",
      measured: Number.isFinite(f.updatesPerSecond) ? `${f.updatesPerSecond.toFixed(0)}/s` : "-",
      ok: f.updatesPerSecond >= 300,
    },
  ];
}
