// Minutes approved by another task force's system arrive with a bundle: their verification code
// is found by the public /verifikasi/<code> page, which says the source approved them and that no
// document is stored here to compare a file with (no hash), instead of failing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBundle } from "../../app/bundle/import.server";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ demo: false });
  writeBundle(
    app.db,
    {
      format: "sigap-tppo-bundle",
      version: 1,
      rakor: [
        {
          ref: "kepri-rakor-2026-01-25",
          title: "Rakor GT Provinsi Kepulauan Riau",
          level: "provinsi",
          regionCode: "21",
          organizer: "DP3AP2KB Provinsi Kepulauan Riau",
          mode: "in_person",
          startsAt: "2026-01-25T09:00:00+07:00",
          timeZone: "Asia/Jakarta",
          venue: "Aula Kantor Gubernur",
          minutes: { status: "approved", approvedAt: "2026-01-26T10:00:00+07:00", approvedBy: "Dr. Ketua Kepri", verificationCode: "KEPR-1000-0001" },
        },
      ],
    },
    null,
  );
});
afterAll(() => app.close());

describe("the public verification page for imported minutes", () => {
  it("shows who approved them at the source and that no file can be compared here", async () => {
    const res = await app.client().text("/verifikasi/KEPR-1000-0001");
    expect(res.status).toBe(200);
    const text = res.text;
    expect(text).toContain("notulen ini disahkan oleh sumbernya");
    expect(text).toContain("oleh Dr. Ketua Kepri");
    expect(text).toContain("dokumennya tidak tersimpan di sini, sehingga berkas tidak dapat dibandingkan");
    expect(text).not.toContain("SHA-256");
    const posted = await app.client().post("/verifikasi/KEPR-1000-0001", {});
    expect(posted.status).toBe(400);
  });
});
