// The queries behind the measured pages use indexes on a data set large enough to matter: 3,000+
// rakor, 20,000 action items, 80,000 status updates, 84,000 attendees (db/bench/synthetic.ts at
// scale 0.1, through the real importer). The statements are captured from the same model functions
// the loaders call (db/bench/pages.ts, a drizzle logger), then EXPLAINed. A full scan of a growing
// table, or a paged statement that sorts every match to return one page, is a finding.
//
// Findings that remain are listed in KNOWN with the reason and what would remove them; the test
// fails on any finding not listed (a regression) and on any listed one that no longer occurs (so
// the list only shrinks). A test shows each index migration 0003 added is needed.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../db/client";
import { benchPageContext, captureQueries, PAGES, type CapturedQuery, type PageContext } from "../../db/bench/pages";
import { explain, planFindings, type FindingKind } from "../../db/bench/query-plan";
import { benchUsers, createBenchUsers, importSynthetic, loadReference, planTaskForces, registerAgencies } from "../../db/bench/synthetic";
import { getAction, recordStatusUpdate, searchActions } from "../../app/action-plan/action.server";
import { recentUpdates } from "../../app/action-plan/dashboard.server";
import { ACTION_STATUSES } from "../../db/schema";

const OPTIONS = { scale: 0.1, years: 5 };

/** Findings still present, per page: table, kind, and why (with what would remove it). */
const KNOWN: Record<string, { table: string; kind: FindingKind; why: string }[]> = {
  "rakor-list": [{ table: "rakor", kind: "full-scan", why: "count(*) of every rakor in scope for the pager (a covering-index count: 33,000 entries nationally)" }],
};

let dir: string;
let db: Db;
let ctx: PageContext;
let liaisonUserId: number;
let liaisonActionId: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-scale-plans-"));
  db = openDatabase(path.join(dir, "plans.db"));
  const plan = planTaskForces(loadReference(db), OPTIONS);
  registerAgencies(db, plan);
  importSynthetic(db, plan, { dir, options: OPTIONS });
  const users = benchUsers(plan, 2);
  await createBenchUsers(db, users);
  const row = (email: string) => db.$client.prepare("SELECT id, agency_id AS agencyId, region_code AS regionCode FROM users WHERE email = ?").get(email) as { id: number; agencyId: number; regionCode: string };
  const national = row(users.find((u) => u.role === "penghubung" && u.regionCode === null)!.email);
  const regional = row(users.find((u) => u.role === "penghubung" && u.regionCode !== null)!.email);
  ctx = benchPageContext(db, { nationalAgencyId: national.agencyId, regional: { agencyId: regional.agencyId, regionCode: regional.regionCode } }, 2025);
  liaisonUserId = regional.id;
  liaisonActionId = db.$client.prepare("SELECT id FROM action_items WHERE lead_agency_id = ? ORDER BY id LIMIT 1").pluck().get(regional.agencyId) as number;
}, 600_000);

afterAll(() => {
  db?.$client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => Number(db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get());

function findingsOf(queries: CapturedQuery[]) {
  return queries.flatMap((q) => planFindings(db.$client, q));
}

describe("the data set is large enough to matter", () => {
  it("has thousands of rakor and tens of thousands of items, updates and attendees", () => {
    expect(count("rakor")).toBeGreaterThanOrEqual(3000);
    expect(count("action_items")).toBeGreaterThanOrEqual(18_000);
    expect(count("action_updates")).toBeGreaterThanOrEqual(72_000);
    expect(count("attendees")).toBeGreaterThanOrEqual(75_000);
    expect(count("audit_log")).toBeGreaterThanOrEqual(20_000);
  });
});

describe("query plans of the measured pages", () => {
  for (const page of PAGES) {
    it(`${page.key}: every statement uses indexes, except the known findings`, () => {
      const queries = captureQueries(db.$client, (d) => page.queries(d, ctx));
      expect(queries.length).toBeGreaterThan(0);
      const found = findingsOf(queries);
      const foundKeys = [...new Set(found.map((f) => `${f.table} ${f.kind}`))].sort();
      const knownKeys = [...new Set((KNOWN[page.key] ?? []).map((k) => `${k.table} ${k.kind}`))].sort();
      const unexpected = found.filter((f) => !knownKeys.includes(`${f.table} ${f.kind}`));
      // A new full scan or paged sort is a regression: the message shows the plan line and SQL.
      expect(unexpected.map((f) => `${f.detail}\n    in: ${f.sql.slice(0, 200)}`)).toEqual([]);
      // A known finding that no longer occurs must leave KNOWN.
      expect(foundKeys).toEqual(knownKeys);
    });
  }

  it("the status update path (the page's read and the versioned write) searches by key only", () => {
    const queries = captureQueries(db.$client, (d) => {
      const item = getAction(d, liaisonActionId)!;
      const result = recordStatusUpdate(d, liaisonActionId, item.version, { status: "in_progress", progress: 40, note: "uji rencana kueri" }, [], liaisonUserId);
      expect(result.ok).toBe(true);
    });
    expect(queries.length).toBeGreaterThan(3);
    expect(findingsOf(queries.filter((q) => /^\s*select/i.test(q.sql)))).toEqual([]);
    // The write itself touched one item and appended one update and one audit row.
    expect(db.$client.prepare("SELECT count(*) FROM action_updates WHERE note = 'uji rencana kueri'").pluck().get()).toBe(1);
  });

  it("the liaison workspace reads the agency's items through the agency indexes, not every item", () => {
    const queries = captureQueries(db.$client, (d) => PAGES.find((p) => p.key === "liaison-national")!.queries(d, ctx));
    const plan = queries.flatMap((q) => explain(db.$client, q).map((r) => r.detail)).join("\n");
    expect(plan).toMatch(/SEARCH \w+ USING (COVERING )?INDEX action_items_agency_idx \(lead_agency_id=\?\)/);
    expect(plan).toMatch(/SEARCH \w+ USING (COVERING )?INDEX action_supporting_agency_idx \(agency_id=\?\)/);
    expect(plan).not.toMatch(/SCAN action_items\b/);
  });
});

describe("the indexes of migration 0003 (scale_indexes) are each needed", () => {
  /** What 0003 changed: an index it added (no columns before) or redefined (its columns before). */
  const SCALE_INDEXES: { name: string; table: string; before: string[] | null }[] = [
    { name: "action_updates_at_idx", table: "action_updates", before: null },
    { name: "action_items_subsatgas_idx", table: "action_items", before: ["subsatgas_slug", "status", "due_date"] },
  ];

  /** Runs `fn` with the index as it was before 0003 (dropped, or its old columns), then restores it. */
  function withoutScaleIndex(name: string, fn: () => void) {
    const index = SCALE_INDEXES.find((i) => i.name === name)!;
    db.$client.exec("BEGIN");
    try {
      db.$client.exec(`DROP INDEX ${index.name}`);
      if (index.before) db.$client.exec(`CREATE INDEX ${index.name} ON ${index.table} (${index.before.join(", ")})`);
      fn();
    } finally {
      db.$client.exec("ROLLBACK");
    }
  }

  it("are in the migrated database as 0003 defines them", () => {
    const columns = (name: string) => (db.$client.prepare(`PRAGMA index_info(${name})`).all() as { seqno: number; name: string }[]).sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
    expect(columns("action_updates_at_idx")).toEqual(["at"]);
    expect(columns("action_items_subsatgas_idx")).toEqual(["subsatgas_slug", "status", "due_date", "region_code"]);
  });

  it("action_updates_at_idx: without it the latest updates sort every status update", () => {
    const queries = captureQueries(db.$client, (d) => recentUpdates(d, null));
    expect(findingsOf(queries)).toEqual([]);
    withoutScaleIndex("action_updates_at_idx", () => {
      const without = findingsOf(queries).map((f) => `${f.table} ${f.kind}`);
      expect(without).toContain("action_updates full-scan");
      expect(without).toContain("action_updates paged-temp-sort");
    });
    expect(findingsOf(queries)).toEqual([]);
  });

  it("action_items_subsatgas_idx with region_code: the filtered list walks its ids in order from the index alone", () => {
    const page = PAGES.find((p) => p.key === "actions-filtered")!;
    const plan = () =>
      captureQueries(db.$client, (d) => page.queries(d, ctx))
        .filter((q) => /^select "id", "due_date", "region_code" from "action_items"/i.test(q.sql))
        .flatMap((q) => explain(db.$client, q).map((r) => r.detail))
        .join("\n");
    expect(plan()).toMatch(/SEARCH action_items USING COVERING INDEX action_items_subsatgas_idx \(subsatgas_slug=\? AND status=\?\)/);
    expect(plan()).not.toMatch(/TEMP B-TREE/);
    withoutScaleIndex("action_items_subsatgas_idx", () => {
      expect(plan()).toMatch(/SEARCH action_items USING INDEX action_items_subsatgas_idx \(subsatgas_slug=\? AND status=\?\)/);
      expect(plan()).not.toMatch(/COVERING INDEX action_items_subsatgas_idx/);
    });
  });
});

describe("the action list reads one page by walking an index, never sorting every item", () => {
  const plans = (fn: (d: Db) => unknown) => captureQueries(db.$client, fn).map((q) => ({ sql: q.sql, plan: explain(db.$client, q).map((r) => r.detail) }));
  const idStatements = (fn: (d: Db) => unknown) => plans(fn).filter((s) => /^select "id"/i.test(s.sql));

  it("unfiltered national: each open status's range of the (status, due date) index, merged in due-date order; the total is the maintained count", () => {
    // A liaison's selesai waits for verification: the item is open, and listed among the open ones by its due date.
    const waiting = db.$client.prepare("SELECT id, due_date AS dueDate FROM action_items WHERE lead_agency_id = ? AND status IN ('not_started', 'in_progress', 'blocked') ORDER BY id LIMIT 1").get(ctx.regionalLiaison.agencyId) as { id: number; dueDate: string };
    const done = recordStatusUpdate(db, waiting.id, getAction(db, waiting.id)!.version, { status: "done", progress: 100, note: "uji menunggu verifikasi" }, [], liaisonUserId);
    expect(done.ok).toBe(true);
    expect(getAction(db, waiting.id)!.status).toBe("awaiting_verification");
    const openStatuses = ACTION_STATUSES.filter((s) => s !== "done" && s !== "cancelled");
    expect(openStatuses).toContain("awaiting_verification");

    const all = plans((d) => PAGES.find((p) => p.key === "actions-all")!.queries(d, ctx));
    const [ids] = all.filter((s) => /^select "id"/i.test(s.sql));
    expect(ids.plan).toContain("MERGE (UNION ALL)");
    expect(ids.plan.filter((l) => l === "SEARCH action_items USING COVERING INDEX action_items_due_idx (status=?)")).toHaveLength(openStatuses.length);
    const lines = all.filter((s) => s.sql.includes('"action_items"')).flatMap((s) => s.plan).join("\n");
    expect(lines).not.toMatch(/TEMP B-TREE/);
    expect(lines).not.toMatch(/SCAN action_items/);

    const before = Number(
      db.$client
        .prepare("SELECT count(*) FROM action_items WHERE status NOT IN ('done', 'cancelled') AND (due_date < ? OR (due_date = ? AND id < ?))")
        .pluck()
        .get(waiting.dueDate, waiting.dueDate, waiting.id),
    );
    const page = searchActions(db, null, {}, { limit: 1, offset: before });
    expect(page.rows.map((r) => r.id)).toEqual([waiting.id]);
    expect(page.total).toBe(count("action_items"));
  });

  it("a page past the open items continues with the closed ones, still from the index", () => {
    const openItems = count("action_items") - Number(db.$client.prepare("SELECT count(*) FROM action_items WHERE status IN ('done', 'cancelled')").pluck().get());
    const statements = idStatements((d) => searchActions(d, null, {}, { limit: 25, offset: openItems + 100 }));
    expect(statements.length).toBeGreaterThanOrEqual(2); // the open part (empty), then the closed part
    expect(statements.flatMap((s) => s.plan).join("\n")).not.toMatch(/TEMP B-TREE|SCAN action_items/);
  });

  it("a regional scope reads its own items through the region index, not the status index across every region", () => {
    const statements = idStatements((d) => searchActions(d, ctx.regionalLiaison.regionCode.slice(0, 2), {}, { limit: 25, offset: 0 }));
    const lines = statements.flatMap((s) => s.plan).join("\n");
    expect(lines).toMatch(/SEARCH action_items USING INDEX action_items_region_idx \(region_code>\? AND region_code<\?\)/);
    expect(lines).not.toMatch(/action_items_due_idx/);
  });
});
