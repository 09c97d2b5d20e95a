// The seed's Kemendagri webinar came with a date only ("startsAt": "2023-05-23"): no page, list,
// calendar, invitation or notulen writes it as "pukul 00.00"; each says the time is not known.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rakor } from "../../db/schema";
import { openDocx } from "../support/report";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let webinarId: number;

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  webinarId = app.db.select().from(rakor).where(eq(rakor.ref, "kemendagri-webinar-2023-05-23")).get()!.id;
});
afterAll(() => app.close());

describe("a rakor recorded with a date only", () => {
  it("is shown with its date and 'waktu belum ditentukan' on its pages and in the lists", async () => {
    for (const path of [`/rakor/${webinarId}`, `/rakor/${webinarId}/daftar-hadir`, "/rakor?tahun=2023"]) {
      const page = await secretariat.text(path);
      expect(page.status, path).toBe(200);
      expect(page.text, path).toContain("Selasa, 23 Mei 2023, waktu belum ditentukan");
      expect(page.text, path).not.toMatch(/00\.00/);
    }
    const calendar = await secretariat.text("/rakor/kalender?bulan=2023-05");
    expect(calendar.text).toContain("Webinar Sinergi Penanganan dan Pencegahan Tindak Pidana Perdagangan Orang");
    expect(calendar.text).not.toMatch(/00\.00/);
  });

  it("is an all-day event in its invitation and has no hour in its notulen", async () => {
    const ics = await (await secretariat.get(`/rakor/${webinarId}/undangan.ics`)).text();
    expect(ics).toContain("DTSTART;VALUE=DATE:20230523");
    expect(ics).not.toMatch(/DTSTART;TZID/);
    const docx = openDocx(new Uint8Array(await (await secretariat.get(`/rakor/${webinarId}/notulen.docx`)).arrayBuffer()));
    expect(docx.text).toContain("Selasa, 23 Mei 2023");
    expect(docx.text).toContain("belum ditentukan");
    expect(docx.text).not.toMatch(/00\.00/);
  });
});
