// Changing the parts of a rakor: editing, reordering and removing agenda items, outcomes, sites
// and materials, each in one audited transaction, and never across rakor.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionItems, agencies, agendaItems, auditLog, materials, outcomes, rakor, rakorSites } from "../../db/schema";
import { createRakor, siteForm, submit } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;
let otherId: number;

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await createRakor(secretariat);
  otherId = await createRakor(secretariat, { title: "Rakor lain" });
});
afterAll(() => app?.close());

const agenda = (id = rakorId) => app.db.select().from(agendaItems).where(eq(agendaItems.rakorId, id)).orderBy(agendaItems.position).all();
const results = (id = rakorId) => app.db.select().from(outcomes).where(eq(outcomes.rakorId, id)).orderBy(outcomes.position).all();
const audits = (entity: string, action: string) => app.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.action, action))).get()!.n;

describe("the agenda", () => {
  it("edits an item, stores its time in the rakor's zone, and shows it", async () => {
    for (const title of ["Pembukaan", "Paparan regulasi", "Tanya jawab"]) {
      expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "add", title, date: "2025-06-04", time: "" })).status).toBe(302);
    }
    const [, second] = agenda();
    const res = await submit(secretariat, `/rakor/${rakorId}/agenda`, {
      intent: "update",
      id: String(second.id),
      title: "Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO",
      presenterName: "Drs. Eko",
      presenterRank: "Brigjen Pol",
      presenterPosition: "",
      presenterAgency: "Polri",
      date: "2025-06-04",
      time: "10:15",
      notes: "",
    });
    expect(res.status).toBe(302);
    expect(agenda()[1]).toMatchObject({ title: "Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO", presenterName: "Drs. Eko", startsAt: Date.UTC(2025, 5, 4, 2, 15) });
    expect(audits("agenda_item", "update")).toBe(1);
    const page = await secretariat.text(`/rakor/${rakorId}/agenda`);
    expect(page.text).toContain("2. Regulasi Gugus Tugas Pencegahan dan Penanganan TPPO · pukul 10.15 WITA");
  });

  it("refuses an unreadable time next to the field", async () => {
    const before = agenda();
    const res = await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "add", title: "Jam salah", date: "2025-06-04", time: "25:99" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Jam tidak valid");
    expect(agenda()).toEqual(before);
  });

  it("deletes an item and closes the gap", async () => {
    const [first] = agenda();
    expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "delete", id: String(first.id) })).status).toBe(302);
    expect(agenda().map((a) => a.position)).toEqual([1, 2]);
  });

  it("keeps a move at the edge in place", async () => {
    const before = agenda().map((a) => a.id);
    expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "move", id: String(before[0]), direction: "up" })).status).toBe(302);
    expect(agenda().map((a) => a.id)).toEqual(before);
  });

  it("answers 404 for another rakor's item and changes nothing", async () => {
    await submit(secretariat, `/rakor/${otherId}/agenda`, { intent: "add", title: "Agenda rakor lain", date: "", time: "" });
    const foreign = agenda(otherId)[0];
    const forms: Record<string, string>[] = [
      { intent: "delete", id: String(foreign.id) },
      { intent: "move", id: String(foreign.id), direction: "up" },
      { intent: "update", id: String(foreign.id), title: "Dibajak", date: "", time: "" },
    ];
    for (const form of forms) {
      expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, form)).status).toBe(404);
    }
    expect(agenda(otherId)).toEqual([foreign]);
  });

  it("refuses an unknown intent", async () => {
    expect((await submit(secretariat, `/rakor/${rakorId}/agenda`, { intent: "hapus-semua" })).status).toBe(400);
  });
});

describe("the outcomes", () => {
  it("edits and reorders outcomes", async () => {
    await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text: "- Hasil pertama\n- Hasil kedua\n\n- Hasil ketiga", perLine: "on" });
    expect(results().map((o) => o.text)).toEqual(["Hasil pertama", "Hasil kedua", "Hasil ketiga"]);
    const [a, , c] = results();
    expect((await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "update", id: String(a.id), text: "Hasil pertama, diperbaiki" })).status).toBe(302);
    expect((await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "move", id: String(c.id), direction: "up" })).status).toBe(302);
    expect(results().map((o) => o.text)).toEqual(["Hasil pertama, diperbaiki", "Hasil ketiga", "Hasil kedua"]);
  });

  it("keeps a whole outcome as one when not split by line", async () => {
    const before = results().length;
    await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text: "Satu hasil\nyang ditulis dalam dua baris" });
    expect(results()).toHaveLength(before + 1);
    expect(results().at(-1)!.text).toBe("Satu hasil\nyang ditulis dalam dua baris");
  });

  it("refuses an empty outcome", async () => {
    const before = results();
    const res = await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text: "   " });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Isi hasil rapat wajib diisi.");
    expect(results()).toEqual(before);
  });

  it("will not delete an outcome an action item was made from", async () => {
    const [first, second] = results();
    const polri = app.db.select().from(agencies).where(eq(agencies.shortName, "Polri")).get()!;
    app.db.insert(actionItems).values({ outcomeId: first.id, title: "Tindak lanjut uji", subsatgasSlug: "pencegahan", leadAgencyId: polri.id, dueDate: "2025-12-31" }).run();
    const refused = await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "delete", id: String(first.id) });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain("sudah menjadi dasar 1 rencana aksi");
    expect(results()[0].id).toBe(first.id);
    const page = await secretariat.text(`/rakor/${rakorId}/hasil`);
    expect(page.text).toContain("Tindak lanjut uji");
    expect((await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "delete", id: String(second.id) })).status).toBe(302);
    expect(results().map((o) => o.position)).toEqual(results().map((_, i) => i + 1));
  });
});

describe("sites and materials", () => {
  it("edits a site and deletes one that has nobody", async () => {
    await submit(secretariat, `/rakor/${rakorId}/lokasi`, siteForm("Polda Sumsel"));
    const site = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).get()!;
    const res = await submit(secretariat, `/rakor/${rakorId}/lokasi`, { ...siteForm("Polda Sumatera Selatan, Palembang", { agency: "Polda Sumatera Selatan", regionCode: "16.71" }), intent: "update", id: String(site.id) });
    expect(res.status).toBe(302);
    expect(app.db.select().from(rakorSites).where(eq(rakorSites.id, site.id)).get()).toMatchObject({ name: "Polda Sumatera Selatan, Palembang", regionCode: "16.71" });
    expect((await submit(secretariat, `/rakor/${rakorId}/lokasi`, { intent: "delete", id: String(site.id) })).status).toBe(302);
    expect(app.db.select().from(rakorSites).where(eq(rakorSites.id, site.id)).get()).toBeUndefined();
    expect(audits("rakor_site", "delete")).toBe(1);
  });

  it("renames a linked material and keeps its link valid", async () => {
    await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "link", title: "Perpres", kind: "regulation", url: "https://peraturan.go.id/perpres-19-2023" });
    const material = app.db.select().from(materials).where(eq(materials.rakorId, rakorId)).get()!;
    const bad = await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "update", id: String(material.id), title: "Perpres 19/2023", kind: "regulation", url: "" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Tautan wajib diisi.");
    const ok = await submit(secretariat, `/rakor/${rakorId}/bahan`, { intent: "update", id: String(material.id), title: "Perpres 19/2023 tentang RAN-PPTPPO", kind: "regulation", url: "https://peraturan.go.id/perpres-19-2023" });
    expect(ok.status).toBe(302);
    expect(app.db.select().from(materials).where(eq(materials.id, material.id)).get()!.title).toBe("Perpres 19/2023 tentang RAN-PPTPPO");
  });

  it("marks the rakor as changed whenever a part changes", async () => {
    const before = app.db.select().from(rakor).where(eq(rakor.id, rakorId)).get()!.updatedAt ?? 0;
    await new Promise((r) => setTimeout(r, 5));
    await submit(secretariat, `/rakor/${rakorId}/hasil`, { intent: "add", text: "Hasil tambahan" });
    expect(app.db.select().from(rakor).where(eq(rakor.id, rakorId)).get()!.updatedAt!).toBeGreaterThan(before);
  });
});
