// The pages the benchmark measures, each with the model calls its loader makes, so the bench can
// time the bare SQL under a page (the floor) and the query-plan test can EXPLAIN exactly the
// statements a page runs. The SQL is captured from the model functions through a drizzle logger on
// the same connection, never copied by hand: when a model changes, the bench and the test follow.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import * as schema from "../schema";
import type { ActionStatus } from "../schema";
import { actionFilterOptions } from "../../app/action-plan/action-form.server";
import { listActionsForAgency, searchActions } from "../../app/action-plan/action.server";
import { dashboardNumbers } from "../../app/action-plan/dashboard.server";
import { dashboardSelection } from "../../app/action-plan/dashboard-year.server";
import { getRakorHead, listRakorInScope, listRakorYears, rakorFilterCondition } from "../../app/rakor/rakor.server";
import { listRegionsInScope } from "../../app/task-forces/region.server";
import { PAGE_SIZE } from "../../app/action-plan/action-filter";
import { loadOverview } from "../../app/rakor/overview.server";

/** Who looks at the pages, and what they look at (ids from the data set). */
export interface PageContext {
  /** The national Polri liaison's agency (national scope). */
  nationalLiaisonAgencyId: number;
  /** A regency/city police liaison's agency and region. */
  regionalLiaison: { agencyId: number; regionCode: string };
  subsatgas: string;
  status: ActionStatus;
  /** A national rakor with sites, attendees and action items. */
  rakorId: number;
  /** The year of the one-year dashboard (the data set's last year). */
  year: number;
}

export type BenchUserKey = "pimpinan" | "liaisonNational" | "liaisonRegional";

export interface PageDef {
  key: string;
  label: string;
  /** The p95 the page must stay under, in ms. */
  targetP95: number;
  user: BenchUserKey;
  path: (ctx: PageContext) => string;
  /** The model calls the page's loader makes (the session lookup of the guard aside). */
  queries: (db: Db, ctx: PageContext) => unknown;
}

export const RAKOR_LIST_PAGE_SIZE = 20;

/** The national dashboard's loader: the year the URL (or the default) selects, then its figures. */
function dashboardQueries(db: Db, params: URLSearchParams) {
  const selection = dashboardSelection(db, null, params);
  return [selection, dashboardNumbers(db, null, selection.period)];
}

export const PAGES: PageDef[] = [
  {
    key: "dashboard",
    label: "Dasbor pimpinan nasional (/dasbor)",
    targetP95: 50,
    user: "pimpinan",
    path: () => "/dasbor",
    queries: (db) => dashboardQueries(db, new URLSearchParams()),
  },
  {
    key: "dashboard-year",
    label: "Dasbor pimpinan nasional, satu tahun (/dasbor?tahun)",
    targetP95: 50,
    user: "pimpinan",
    path: (ctx) => `/dasbor?tahun=${ctx.year}`,
    queries: (db, ctx) => dashboardQueries(db, new URLSearchParams({ tahun: String(ctx.year) })),
  },
  {
    key: "liaison-national",
    label: "Tugas instansi saya, penghubung Polri nasional (/aksi/saya)",
    targetP95: 30,
    user: "liaisonNational",
    path: () => "/aksi/saya",
    queries: (db, ctx) => listActionsForAgency(db, ctx.nationalLiaisonAgencyId, null),
  },
  {
    key: "liaison-regional",
    label: "Tugas instansi saya, penghubung Polres (/aksi/saya)",
    targetP95: 30,
    user: "liaisonRegional",
    path: () => "/aksi/saya",
    queries: (db, ctx) => listActionsForAgency(db, ctx.regionalLiaison.agencyId, ctx.regionalLiaison.regionCode),
  },
  {
    key: "actions-filtered",
    label: "Rencana aksi per Subsatgas dan status, nasional (/aksi?subsatgas&status)",
    targetP95: 30,
    user: "pimpinan",
    path: (ctx) => `/aksi?subsatgas=${ctx.subsatgas}&status=${ctx.status}`,
    queries: (db, ctx) => [
      searchActions(db, null, { subsatgas: ctx.subsatgas, status: ctx.status }, { limit: PAGE_SIZE, offset: 0 }),
      actionFilterOptions(db),
    ],
  },
  {
    key: "actions-all",
    label: "Rencana aksi tanpa saringan, nasional (/aksi)",
    targetP95: 30,
    user: "pimpinan",
    path: () => "/aksi",
    queries: (db) => [searchActions(db, null, {}, { limit: PAGE_SIZE, offset: 0 }), actionFilterOptions(db)],
  },
  {
    key: "rakor-list",
    label: "Daftar rakor nasional (/rakor)",
    targetP95: 30,
    user: "pimpinan",
    path: () => "/rakor",
    queries: (db) => [
      listRegionsInScope(db, null),
      listRakorInScope(db, null, { limit: RAKOR_LIST_PAGE_SIZE, offset: 0 }, rakorFilterCondition({ year: null, level: null, region: null, mode: null, status: null, q: null })),
      listRakorYears(db, null),
    ],
  },
  {
    key: "rakor-detail",
    label: "Rincian rakor nasional (/rakor/:id)",
    targetP95: 30,
    user: "pimpinan",
    path: (ctx) => `/rakor/${ctx.rakorId}`,
    queries: (db, ctx) => [getRakorHead(db, ctx.rakorId), loadOverview(db, ctx.rakorId)],
  },
];

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

/** A drizzle handle on `client` that records every statement it runs. */
export function recordingDb(client: Database.Database): { db: Db; queries: CapturedQuery[] } {
  const queries: CapturedQuery[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => queries.push({ sql: query, params }) } }) as unknown as Db;
  return { db, queries };
}

/** The statements `fn` runs against `client`, in order. */
export function captureQueries(client: Database.Database, fn: (db: Db) => unknown): CapturedQuery[] {
  const { db, queries } = recordingDb(client);
  fn(db);
  return queries;
}

/** Statements prepared once, run as bare better-sqlite3 calls: the floor under a page. */
export function bareRunner(client: Database.Database, queries: CapturedQuery[]): () => number {
  const prepared = queries.map((q) => ({ stmt: client.prepare(q.sql), params: q.params }));
  return () => {
    let rows = 0;
    for (const p of prepared) {
      if (p.stmt.reader) rows += p.stmt.raw().all(...(p.params as unknown[])).length;
      else p.stmt.run(...(p.params as unknown[]));
    }
    return rows;
  };
}

/** The ids a page context needs, read from a bench data set. */
export function benchPageContext(db: Db, liaisons: { nationalAgencyId: number; regional: { agencyId: number; regionCode: string } }, year: number): PageContext {
  const rakor = db.get<{ id: number }>(sql`
    SELECT r.id FROM rakor r
    WHERE r.region_code IS NULL AND EXISTS (SELECT 1 FROM rakor_sites s WHERE s.rakor_id = r.id)
    ORDER BY r.starts_at DESC LIMIT 1`);
  if (!rakor) throw new Error("no national rakor with sites in the data set");
  return { nationalLiaisonAgencyId: liaisons.nationalAgencyId, regionalLiaison: liaisons.regional, subsatgas: "penegakan-hukum", status: "in_progress", rakorId: rakor.id, year };
}
