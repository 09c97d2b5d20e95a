// Recording a rakor with the same scope, day and title as one already recorded asks for
// confirmation first, and writes nothing until the secretariat confirms.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "../support/aksi";
import { createRakor, rakorForm, submit } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
const TITLE = "Rakor Evaluasi Bulanan Satgas TPPO Kepri";
const form = (overrides: Record<string, string> = {}) => rakorForm({ konfirmasiDuplikat: "", title: TITLE, level: "provinsi", regionCode: "21", timeZone: "Asia/Jakarta", startsAt: "2026-03-10T09:00", organizer: "Polda Kepulauan Riau", ...overrides });
const recorded = () => count(app, "SELECT count(*) FROM rakor WHERE title = ?", TITLE) + count(app, "SELECT count(*) FROM rakor WHERE title = ?", TITLE.toUpperCase());

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
});
afterAll(() => app.close());

describe("a rakor recorded twice", () => {
  it("is asked about, names the rakor already recorded, and writes nothing", async () => {
    const first = await createRakor(secretariat, form());
    const again = await submit(secretariat, "/rakor/baru", form({ title: `  ${TITLE.toUpperCase()} `, startsAt: "2026-03-10T14:00" }));
    expect(again.status).toBe(400);
    expect(again.text).toContain(`Rakor “${TITLE}” pada Selasa, 10 Maret 2026 sudah tercatat (/rakor/${first})`);
    expect(again.text).toContain("Tetap simpan");
    expect(recorded()).toBe(1);
  });

  it("is saved once the secretariat confirms it is another rakor", async () => {
    const res = await submit(secretariat, "/rakor/baru", form({ startsAt: "2026-03-10T14:00", konfirmasiDuplikat: "1" }));
    expect(res.status).toBe(302);
    expect(recorded()).toBe(2);
  });

  it("is not asked about on another day, in another scope, or when a rakor is saved again itself", async () => {
    expect((await submit(secretariat, "/rakor/baru", form({ startsAt: "2026-03-11T09:00" }))).status).toBe(302);
    expect((await submit(secretariat, "/rakor/baru", form({ regionCode: "21.71", level: "kabupaten_kota" }))).status).toBe(302);
    const id = count(app, "SELECT min(id) FROM rakor WHERE title = ?", TITLE);
    const saved = await submit(secretariat, `/rakor/${id}/ubah`, form({ notes: "Tempat dipindah." }));
    expect(saved.status).toBe(302);
  });

  it("the day is the rakor's own: 23.30 WIB and 00.30 WIB the next day are different days", async () => {
    const night = form({ title: "Rakor Malam", startsAt: "2026-04-01T23:30" });
    await createRakor(secretariat, night);
    expect((await submit(secretariat, "/rakor/baru", { ...night, startsAt: "2026-04-02T00:30" })).status).toBe(302);
    expect((await submit(secretariat, "/rakor/baru", { ...night, startsAt: "2026-04-01T08:00" })).status).toBe(400);
  });
});
