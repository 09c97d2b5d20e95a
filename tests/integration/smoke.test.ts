import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("a liaison signs in", () => {
  it("lands on its agency's tasks", async () => {
    const polri = await app.loginAs("polri@demo.sigap.id");
    const page = await polri.text("/");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Tugas instansi saya");
    expect(page.text).toContain("Perkuat Satgas TPPO di seluruh Polda dan Polres");
    // KemenPPPA's own item is not Polri's
    expect(page.text).not.toContain("Sosialisasi bahaya dan modus TPPO kepada kelompok rentan");
  });
});
