// The action lists' typed agency and region filters (a name resolves to its id in the address,
// several or no matches are said at the field, suggestions stay within scope and are capped) and
// the list's order and pages (open items by due date, then closed ones; each page continues the
// previous one, whichever index or sort the filter uses).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActionItems, searchActions } from "../../app/action-plan/action.server";
import { resolveAgencyId } from "../../app/accounts/agency.server";
import { createUser } from "../../app/accounts/user.server";
import type { ActionFilter } from "../../app/action-plan/action-filter";
import type { ActionStatus } from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/demo/seed";
import { count } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let sekretariat: TestClient;
let indramayu: TestClient;
let jabar: TestClient;
const agency: Record<string, number> = {};

const STATUSES: ActionStatus[] = ["not_started", "in_progress", "blocked", "done", "cancelled"];
const DUE_DATES = ["2020-03-01", "2020-03-01", "2021-06-30", "2024-01-15", "2029-05-05", "2030-12-31", "2030-12-31", "2031-01-01"];

beforeAll(async () => {
  app = await startTestApp();
  sekretariat = await app.loginAs("sekretariat@demo.sigap.id");
  indramayu = await app.loginAs("indramayu@demo.sigap.id");
  const adminId = count(app, "SELECT id FROM users WHERE email = 'admin@demo.sigap.id'");
  await createUser(app.db, { email: "pimpinan-jabar@uji.sigap.id", name: "Pimpinan Jawa Barat", password: DEMO_PASSWORD, role: "pimpinan", agencyId: null, regionCode: "32" }, adminId);
  jabar = await app.loginAs("pimpinan-jabar@uji.sigap.id");
  for (const [name, region] of [
    ["Polda Sulawesi Tenggara", "74"],
    ["Polda Jawa Barat", "32"],
    ["Polres Kolaka", "74.01"],
    ...Array.from({ length: 22 }, (_, i) => [`Dinas Uji Coba ${String(i + 1).padStart(2, "0")}`, null]),
  ] as [string, string | null][]) {
    agency[name] = resolveAgencyId(app.db, name, adminId, region);
  }
  app.db.$client.prepare("UPDATE agencies SET short_name = 'Polda Sultra' WHERE id = ?").run(agency["Polda Sulawesi Tenggara"]);
  const item = (title: string, leadAgencyId: number, regionCode: string | null, i: number, subsatgasSlug = i % 2 ? "penegakan-hukum" : "pencegahan") => ({
    title,
    description: null,
    subsatgasSlug,
    leadAgencyId,
    supportingAgencyIds: [],
    regionCode,
    dueDate: DUE_DATES[i % DUE_DATES.length],
  });
  const ids = createActionItems(
    app.db,
    [
      // 40 items in Konawe (74.02): every status, due dates with ties, two Subsatgas.
      ...Array.from({ length: 40 }, (_, i) => item(`Operasi Konawe ${i + 1}`, agency["Polda Sulawesi Tenggara"], "74.02", i)),
      ...Array.from({ length: 6 }, (_, i) => item(`Operasi Jawa Barat ${i + 1}`, agency["Polda Jawa Barat"], "32", i)),
      ...Array.from({ length: 3 }, (_, i) => item(`Patroli Kolaka ${i + 1}`, agency["Polres Kolaka"], "74.01", i)),
      ...Array.from({ length: 22 }, (_, i) => item(`Uji coba dinas ${i + 1}`, agency[`Dinas Uji Coba ${String(i + 1).padStart(2, "0")}`], null, i)),
    ],
    null,
    adminId,
  );
  const setStatus = app.db.$client.prepare("UPDATE action_items SET status = ? WHERE id = ?");
  ids.forEach((id, i) => setStatus.run(STATUSES[(i * 3) % STATUSES.length], id));
});
afterAll(() => app.close());

/** The element with this id in the page, as HTML. */
function element(html: string, id: string): string {
  return new RegExp(`<[a-z]+[^>]* id="${id}"[^>]*>`).exec(html)?.[0] ?? "";
}

describe("typed agency filter", () => {
  it("a full name, a suggestion's label, a short name or a unique part of a name redirects to the list with the agency's id, other filters kept", async () => {
    const polri = count(app, "SELECT id FROM agencies WHERE short_name = 'Polri'");
    const sultra = agency["Polda Sulawesi Tenggara"];
    for (const [typed, id] of [
      ["Kepolisian Negara Republik Indonesia", polri],
      ["kepolisian  negara republik indonesia", polri],
      ["Kepolisian Negara Republik Indonesia (Polri)", polri],
      ["Polri", polri],
      ["polda sultra", sultra],
      ["sulawesi tenggara", sultra],
    ] as const) {
      const res = await sekretariat.get(`/aksi?status=in_progress&instansi=${encodeURIComponent(typed)}&halaman=3`);
      expect(res.status, typed).toBe(302);
      expect(res.headers.get("Location"), typed).toBe(`/aksi?instansi=${id}&status=in_progress`);
    }
    // The per-view pages resolve the same way, to their own address.
    const res = await sekretariat.get("/aksi/wilayah?instansi=Polri");
    expect(res.headers.get("Location")).toBe(`/aksi/wilayah?instansi=${polri}`);
  });

  it("the field shows the chosen agency's name; the page ships no list of agencies", async () => {
    const html = await (await sekretariat.get(`/aksi?instansi=${agency["Polda Sulawesi Tenggara"]}`)).text();
    expect(element(html, "f-instansi")).toContain('value="Polda Sulawesi Tenggara"');
    expect(htmlToText(html)).toContain("40 rencana aksi sesuai saringan.");
    expect((html.match(/<option/g) ?? []).length).toBeLessThan(30);
    expect(html).not.toContain("Dinas Uji Coba 07");
  });

  it("several matches: the field says so and links to each, and nothing is listed until one is chosen", async () => {
    const res = await sekretariat.get("/aksi?instansi=polda&status=blocked");
    expect(res.status).toBe(200);
    const html = await res.text();
    const text = htmlToText(html);
    expect(text).toContain("Beberapa instansi cocok dengan “polda”: pilih salah satu.");
    expect(text).toContain("Saringan belum diterapkan");
    expect(html).toContain(`href="/aksi?instansi=${agency["Polda Jawa Barat"]}&amp;status=blocked"`);
    expect(html).toContain(`href="/aksi?instansi=${agency["Polda Sulawesi Tenggara"]}&amp;status=blocked"`);
    expect(element(html, "f-instansi")).toContain('aria-invalid="true"');
    expect(element(html, "f-instansi")).toContain('value="polda"');
    expect(text).not.toMatch(/\d+ rencana aksi sesuai saringan\./);
    // A region typed alongside resolves into the links; text still unresolved stays in them.
    const both = await (await sekretariat.get("/aksi?instansi=polda&wilayah=Kabupaten+Konawe")).text();
    expect(both).toContain(`href="/aksi?instansi=${agency["Polda Jawa Barat"]}&amp;wilayah=74.02"`);
    const neither = await (await sekretariat.get("/aksi?instansi=polda&wilayah=atlantis")).text();
    expect(neither).toContain(`href="/aksi?instansi=${agency["Polda Jawa Barat"]}&amp;wilayah=atlantis"`);
    expect(htmlToText(neither)).toContain("Tidak ada wilayah yang cocok dengan “atlantis”");
    // More than 20 matches: 20 links and a word to type more.
    const many = await (await sekretariat.get("/aksi/instansi?instansi=dinas+uji")).text();
    expect(htmlToText(many)).toContain("Beberapa instansi cocok dengan “dinas uji”: pilih salah satu; ada lebih banyak lagi, ketik nama yang lebih lengkap.");
    expect((many.match(/href="\/aksi\/instansi\?instansi=\d+"/g) ?? []).length).toBe(20);
  });

  it("no match: a clear message at the field", async () => {
    const text = htmlToText(await (await sekretariat.get("/aksi/subsatgas?instansi=tidak+ada+instansi+ini")).text());
    expect(text).toContain("Tidak ada instansi yang cocok dengan “tidak ada instansi ini” di antara instansi yang terlibat dalam rencana aksi di cakupan Anda.");
  });

  it("a part of a name matches only agencies with items in the user's scope", async () => {
    // Indramayu (32.12) has no Polda item: "polda" matches nothing there.
    expect(htmlToText(await (await indramayu.get("/aksi?instansi=polda")).text())).toContain("Tidak ada instansi yang cocok dengan “polda”");
    // West Java (32) has one: it resolves without asking.
    expect((await jabar.get("/aksi?instansi=polda")).headers.get("Location")).toBe(`/aksi?instansi=${agency["Polda Jawa Barat"]}`);
  });
});

describe("typed region filter", () => {
  it("a code, a suggestion's label, Nasional, an exact or unique name redirects to the list with the code", async () => {
    for (const [typed, code] of [
      ["74.02 · Kabupaten Konawe", "74.02"],
      [" 74.02 ", "74.02"],
      ["Nasional", "nasional"],
      ["Kabupaten Kolaka", "74.01"],
      ["konawe", "74.02"],
      ["Jawa Barat", "32"],
    ] as const) {
      const res = await sekretariat.get(`/aksi?wilayah=${encodeURIComponent(typed)}`);
      expect(res.headers.get("Location"), typed).toBe(`/aksi?wilayah=${code}`);
    }
    const html = await (await sekretariat.get("/aksi?wilayah=74.02")).text();
    expect(element(html, "f-wilayah")).toContain('value="74.02 · Kabupaten Konawe"');
  });

  it("several or no matches are said at the field", async () => {
    const several = await (await sekretariat.get("/aksi/wilayah?wilayah=kabupaten")).text();
    expect(htmlToText(several)).toContain("Beberapa wilayah cocok dengan “kabupaten”: pilih salah satu.");
    expect(several).toContain('href="/aksi/wilayah?wilayah=74.02"');
    expect(several).toContain('href="/aksi/wilayah?wilayah=32.12"');
    expect(htmlToText(await (await sekretariat.get("/aksi?wilayah=atlantis")).text())).toContain("Tidak ada wilayah yang cocok dengan “atlantis”");
    expect(htmlToText(await (await sekretariat.get("/aksi?wilayah=99.99+%C2%B7+Entah")).text())).toContain("Tidak ada wilayah berkode 99.99.");
    // Kolaka (74.01) has items; Kolaka Utara and Kolaka Timur have none, so "kolaka" is unique.
    expect((await sekretariat.get("/aksi?wilayah=kolaka")).headers.get("Location")).toBe("/aksi?wilayah=74.01");
  });
});

describe("suggestions (/aksi/saran)", () => {
  async function suggestions(client: TestClient, kind: string, q: string) {
    const res = await client.get(`/aksi/saran?jenis=${kind}&q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    return ((await res.json()) as { suggestions: { value: string; label: string }[] }).suggestions;
  }

  it("suggest agencies by part of the name or short name, with the short name shown, at most 20", async () => {
    expect(await suggestions(sekretariat, "instansi", "polda")).toEqual([
      { value: "Polda Jawa Barat", label: "Polda Jawa Barat" },
      { value: "Polda Sulawesi Tenggara", label: "Polda Sulawesi Tenggara (Polda Sultra)" },
    ]);
    expect(await suggestions(sekretariat, "instansi", "polri")).toEqual([{ value: "Kepolisian Negara Republik Indonesia", label: "Kepolisian Negara Republik Indonesia (Polri)" }]);
    const many = await suggestions(sekretariat, "instansi", "dinas uji");
    expect(many).toHaveLength(20);
    expect(many[0].value).toBe("Dinas Uji Coba 01");
    expect(await suggestions(sekretariat, "instansi", "")).toEqual([]);
  });

  it("stay within the user's scope", async () => {
    expect((await suggestions(indramayu, "instansi", "a")).map((s) => s.value)).toEqual(["Disdukcapil Kabupaten Indramayu", "Disduk-P3A Kabupaten Indramayu", "Disnaker Kabupaten Indramayu"].sort());
    expect((await suggestions(jabar, "instansi", "polda")).map((s) => s.value)).toEqual(["Polda Jawa Barat"]);
    expect(await suggestions(jabar, "wilayah", "kabupaten")).toEqual([{ value: "32.12 · Kabupaten Indramayu", label: "32.12 · Kabupaten Indramayu" }]);
    expect(await suggestions(jabar, "wilayah", "nas")).toEqual([]);
    expect(await suggestions(indramayu, "wilayah", "74")).toEqual([]);
  });

  it("suggest regions with items by name or code, Nasional for national users", async () => {
    expect(await suggestions(sekretariat, "wilayah", "nas")).toEqual([{ value: "Nasional", label: "Nasional" }]);
    // Province 74 itself has no item, Kolaka and Konawe have.
    expect((await suggestions(sekretariat, "wilayah", "74")).map((s) => s.value)).toEqual(["74.01 · Kabupaten Kolaka", "74.02 · Kabupaten Konawe"]);
    expect((await suggestions(sekretariat, "wilayah", "kolaka")).map((s) => s.value)).toEqual(["74.01 · Kabupaten Kolaka"]);
  });

  it("refuse an unknown kind", async () => {
    expect((await sekretariat.get("/aksi/saran?jenis=rakor&q=a")).status).toBe(400);
  });
});

describe("list order and pages", () => {
  interface Row {
    id: number;
    status: ActionStatus;
    due: string;
    subsatgas: string;
    region: string | null;
    lead: number;
  }
  const rows = () => app.db.$client.prepare("SELECT id, status, due_date AS due, subsatgas_slug AS subsatgas, region_code AS region, lead_agency_id AS lead FROM action_items").all() as Row[];
  const closed = (r: Row) => r.status === "done" || r.status === "cancelled";
  const today = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(Date.now());
  const zoneOf = (region: string | null) => (region ? (app.db.$client.prepare("SELECT time_zone FROM regions WHERE code = ?").pluck().get(region) as string) : "Asia/Jakarta");

  /** Reads the pages of `filter` with `pageSize` items per page, up to one past the last. */
  function allPages(scope: string | null, filter: ActionFilter, pageSize: number) {
    const pages: number[][] = [];
    let total = 0;
    for (let offset = 0; offset <= total; offset += pageSize) {
      const page = searchActions(app.db, scope, filter, { limit: pageSize, offset });
      total = page.total;
      if (page.rows.length > 0) pages.push(page.rows.map((r) => r.id));
    }
    return { pages, total };
  }

  const CASES: [string, string | null, () => ActionFilter, (r: Row) => boolean][] = [
    ["national, no filter (walks the due-date index)", null, () => ({}), () => true],
    ["a Subsatgas (walks its index)", null, () => ({ subsatgas: "penegakan-hukum" }), (r) => r.subsatgas === "penegakan-hukum"],
    ["a Subsatgas and a status", null, () => ({ subsatgas: "penegakan-hukum", status: "in_progress" }), (r) => r.subsatgas === "penegakan-hukum" && r.status === "in_progress"],
    ["a lead agency", null, () => ({ agencyId: agency["Polda Sulawesi Tenggara"], leadOnly: true }), (r) => r.lead === agency["Polda Sulawesi Tenggara"]],
    ["only closed items", null, () => ({ status: "done" }), (r) => r.status === "done"],
    ["terlambat", null, () => ({ overdue: true }), (r) => !closed(r) && r.due < today(zoneOf(r.region))],
    ["a year", null, () => ({ year: 2030 }), (r) => r.due.startsWith("2030-")],
    ["a region (sorts its matches)", null, () => ({ region: "74.02" }), (r) => r.region === "74.02"],
    ["a province's scope (sorts its matches)", "74", () => ({}), (r) => r.region?.startsWith("74") ?? false],
  ];

  it.each(CASES)("%s: open items by due date, then closed ones latest first; pages continue without overlap", (_, scope, filterOf, matches) => {
    const filter = filterOf();
    const expected = rows().filter(matches);
    expect(expected.length).toBeGreaterThan(3);
    for (const pageSize of [7, 25]) {
      const { pages, total } = allPages(scope, filter, pageSize);
      const ids = pages.flat();
      expect(total).toBe(expected.length);
      expect(new Set(ids).size).toBe(ids.length); // no item twice
      expect([...ids].sort((a, b) => a - b)).toEqual(expected.map((r) => r.id).sort((a, b) => a - b)); // none missing
      expect(pages.slice(0, -1).every((p) => p.length === pageSize)).toBe(true);
      const byId = new Map(expected.map((r) => [r.id, r]));
      const keys = ids.map((id) => byId.get(id)!);
      for (let i = 1; i < keys.length; i++) {
        const [a, b] = [keys[i - 1], keys[i]];
        const ok = closed(a) === closed(b) ? (closed(a) ? a.due >= b.due : a.due <= b.due) : !closed(a);
        expect(ok, `${a.status} ${a.due} before ${b.status} ${b.due}`).toBe(true);
      }
    }
  });

  it("?urut=tenggat: every status by due date, through the pages", () => {
    const { pages, total } = allPages(null, { sort: "tenggat" }, 7);
    const ids = pages.flat();
    expect(total).toBe(rows().length);
    expect(new Set(ids).size).toBe(total);
    const due = new Map(rows().map((r) => [r.id, r.due]));
    for (let i = 1; i < ids.length; i++) expect(due.get(ids[i - 1])! <= due.get(ids[i])!).toBe(true);
  });

  it("the page says the order, and page 2 continues page 1", async () => {
    const page1 = await (await sekretariat.get("/aksi?wilayah=74.02")).text();
    expect(htmlToText(page1)).toContain("40 rencana aksi sesuai saringan. Urutan: yang belum selesai dulu, tenggat terawal di atas");
    const page2 = await (await sekretariat.get("/aksi?wilayah=74.02&halaman=2")).text();
    const ids = (html: string) => [...html.matchAll(/href="\/aksi\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids(page1)).toHaveLength(25);
    expect(ids(page2)).toHaveLength(15);
    expect(new Set([...ids(page1), ...ids(page2)]).size).toBe(40);
    expect(ids(page1)).toEqual(searchActions(app.db, null, { region: "74.02" }, { limit: 25, offset: 0 }).rows.map((r) => r.id));
    // The unfiltered national list counts every item, and says how it is ordered.
    const all = htmlToText(await (await sekretariat.get("/aksi")).text());
    expect(all).toContain(`${count(app, "SELECT count(*) FROM action_items")} rencana aksi. Urutan: yang belum selesai dulu`);
    expect(htmlToText(await (await sekretariat.get("/aksi?urut=diperbarui")).text())).toContain("Urutan: yang terakhir diperbarui dulu.");
  });
});
