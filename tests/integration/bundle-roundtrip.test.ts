// Round trip: the export of an import gives back the same records, for the seed example and for a
// bundle that uses every field of the schema; exports validate against the schema and re-import
// as "unchanged"; the scope and period filters of the export.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { actionItems, rakor } from "../../db/schema";
import schema from "../../app/bundle/bundle.schema.json";
import { importBundles, type ImportOptions } from "../../app/bundle/import.server";
import { exportBundle, exportBundleText } from "../../app/bundle/export.server";
import { resolveAgencyId } from "../../app/accounts/agency.server";
import type { Bundle } from "../../app/bundle/types";
import { comparable, EVERY_FIELD_PATH, freshDb, loadJson, recordsOf, SEED_PATH, snapshot } from "../support/bundle";

let db: Db;
let close: () => void;
beforeAll(() => {
  ({ db, close } = freshDb());
});
afterAll(() => close());

const NATIONAL: ImportOptions = { scope: null, actorId: null };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const importObject = (bundle: unknown) => importBundles(db, [{ label: "uji.json", source: { kind: "object", value: bundle } }], NATIONAL);

describe("round trip", () => {
  it("the seed example: export of the import gives back the same records (order, defaults and agency aliases aside)", () => {
    const input = loadJson(SEED_PATH);
    expect(importObject(input).ok).toBe(true);
    const output = exportBundle(db, { region: null });
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(comparable(db, output)).toEqual(comparable(db, input));
    // (The comparison does see a difference when there is one.)
    const changed = structuredClone(output);
    changed.rakor![0].attendees![0].role = "speaker";
    expect(comparable(db, changed)).not.toEqual(comparable(db, input));
    // Exact where the seed writes an agency by its own name and every default: the Indramayu rakor.
    const indramayu = output.rakor!.find((r) => r.ref === "indramayu-rakor-gt-2025-08-12")!;
    expect(indramayu.outcomes!.map((o) => o.text)).toEqual(input.rakor![2].outcomes!.map((o) => o.text));
    expect(indramayu.startsAt).toBe("2025-08-12T09:00:00+07:00");
    expect(output.rakor!.find((r) => r.ref === "kemendagri-webinar-2023-05-23")!.startsAt).toBe("2023-05-23");
  });

  it("a bundle using every field of the schema comes back exactly", () => {
    const input = loadJson(EVERY_FIELD_PATH);
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    expect(importObject(input).ok).toBe(true);
    const output = exportBundle(db, { region: null });
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const exported = recordsOf(output);
    const expected = recordsOf(input);
    for (const r of expected.rakor) expect(exported.rakor.find((x) => x.ref === r.ref)).toEqual(r);
    for (const t of expected.taskForces) expect(exported.taskForces.find((x) => x.regionCode === t.regionCode)).toEqual(t);
    for (const s of expected.caseStatistics) expect(exported.caseStatistics.find((x) => x.periodStart === s.periodStart && x.regionCode === s.regionCode)).toEqual(s);
  });

  it("the every-field fixture uses every property of the contract", () => {
    type Node = { $ref?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
    const defs = (schema as { $defs: Record<string, Node> }).$defs;
    const resolve = (n: Node): Node => (n.$ref ? resolve(defs[n.$ref.replace("#/$defs/", "")]) : n);
    const contract = new Set<string>();
    const walk = (n: Node, at: string) => {
      const node = resolve(n);
      for (const [k, child] of Object.entries(node.properties ?? {})) {
        contract.add(`${at}.${k}`);
        walk(child, `${at}.${k}`);
      }
      if (node.items) walk(node.items, `${at}[]`);
    };
    walk(schema as Node, "");
    const used = new Set<string>();
    const collect = (v: unknown, at: string) => {
      if (Array.isArray(v)) v.forEach((x) => collect(x, `${at}[]`));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) (used.add(`${at}.${k}`), collect(x, `${at}.${k}`));
    };
    collect(loadJson(EVERY_FIELD_PATH), "");
    expect([...contract].filter((p) => !used.has(p))).toEqual([]);
  });

  it("re-importing an export changes nothing", () => {
    const before = snapshot(db);
    const output = exportBundle(db, { region: null });
    const result = importObject(output);
    expect(result.ok).toBe(true);
    const s = result.files[0].summary;
    expect([s.rakor.created + s.rakor.updated, s.actions.created + s.actions.updated, s.taskForces.updated, s.caseStatistics.updated]).toEqual([0, 0, 0, 0]);
    expect(s.rakor.unchanged).toBe(6);
    expect(snapshot(db)).toEqual(before);
  });
});

describe("export filters", () => {
  it("a region: its records and those below it, nothing national", () => {
    const province = exportBundle(db, { region: "74" });
    expect(province.rakor!.map((r) => r.ref)).toEqual(["uji-semua-field-sultra-2025-06-04"]);
    // The Kolaka action (74.01) lies below the province; it stays with its rakor.
    expect(province.rakor![0].outcomes![0].actions!.map((a) => a.ref)).toEqual(["uji-semua-field-sultra-a1", "uji-semua-field-sultra-a2"]);
    expect(province.taskForces!.map((t) => t.regionCode)).toEqual(["74"]);
    expect(province.caseStatistics!.map((s) => s.regionCode)).toEqual(["74"]);
    const regency = exportBundle(db, { region: "74.01" });
    expect(regency.rakor).toEqual([]);
    const indramayu = exportBundle(db, { region: "32.12" });
    expect(indramayu.rakor!.map((r) => r.ref)).toEqual(["indramayu-rakor-gt-2025-08-12"]);
    expect(indramayu.taskForces!.map((t) => t.regionCode)).toEqual(["32.12"]);
  });

  it("a period: rakor by their start in their own zone, case statistics by the start of their period", () => {
    // The Sultra rakor starts 2025-06-04 10.15 WITA; the rakornas 2025-06-04 10.00 WITA.
    const june4 = exportBundle(db, { region: null, from: "2025-06-04", to: "2025-06-04" });
    expect(june4.rakor!.map((r) => r.ref).sort()).toEqual(["polri-rakornas-2025-06-04", "uji-semua-field-sultra-2025-06-04"]);
    expect(june4.caseStatistics).toEqual([]);
    // The Jayapura rakor starts 14 October 00.00 WIT = 13 October 22.00 WIB: it belongs to the 14th.
    expect(exportBundle(db, { region: null, from: "2025-10-14", to: "2025-10-14" }).rakor!.map((r) => r.ref)).toEqual(["uji-semua-field-jayapura-2025-10-14"]);
    expect(exportBundle(db, { region: null, to: "2025-10-13" }).rakor!.map((r) => r.ref)).not.toContain("uji-semua-field-jayapura-2025-10-14");
    const h1 = exportBundle(db, { region: null, from: "2025-01-01", to: "2025-01-31" });
    expect(h1.caseStatistics!.length).toBe(2);
    expect(h1.rakor).toEqual([]);
  });

  it("records entered in the app without a ref get one at their first export, kept for the next", () => {
    const organizerAgencyId = resolveAgencyId(db, "Polri", null);
    const id = db
      .insert(rakor)
      .values({ title: "Rakor dari aplikasi", level: "nasional", organizerAgencyId, mode: "virtual", status: "held", startsAt: Date.parse("2025-11-03T02:00:00Z"), timeZone: "Asia/Jakarta", onlinePlatform: "Zoom Meeting" })
      .returning()
      .get().id;
    const first = exportBundleText(db, { region: null, from: "2025-11-03", to: "2025-11-03" }, null);
    const ref = db.select().from(rakor).where(eq(rakor.id, id)).get()!.ref;
    expect(ref).toMatch(/^rakor-[0-9a-f]{16}$/);
    const bundle = JSON.parse(first.text) as Bundle;
    expect(bundle.rakor!.map((r) => r.ref)).toEqual([ref]);
    expect(JSON.parse(exportBundleText(db, { region: null, from: "2025-11-03", to: "2025-11-03" }, null).text).rakor[0].ref).toBe(ref);
    const before = snapshot(db);
    expect(importObject(bundle).files[0].summary.rakor.unchanged).toBe(1);
    expect(snapshot(db)).toEqual(before);
    expect(db.select().from(actionItems).all().every((a) => a.ref !== null)).toBe(true);
  });
});
