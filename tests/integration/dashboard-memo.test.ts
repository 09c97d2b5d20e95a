// The dashboard's aggregate figures are computed once per data version: a repeated read is served
// from memory, and any write — through the app or by another connection — is seen on the next read.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardNumbers } from "../../app/action-plan/dashboard.server";
import { actionId, formVersion, statusForm } from "../support/aksi";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const done = () => dashboardNumbers(app.db, null).totals.done;

describe("dashboard figures and the data version", () => {
  it("a repeated read returns the same figures object; a status update through the app changes them", async () => {
    const first = dashboardNumbers(app.db, null);
    expect(dashboardNumbers(app.db, null).subsatgas).toBe(first.subsatgas); // served from memory
    const before = first.totals.done;

    const polri = await app.loginAs("polri@demo.sigap.id");
    const polriItem = actionId(app, "rakornas-2025-06-04-a3");
    const res = await polri.post(`/aksi/${polriItem}`, statusForm({ status: "done", progress: 100, note: "Sistem deteksi dini berjalan.", version: await formVersion(polri, polriItem) }));
    expect(res.status).toBe(302);
    expect(done()).toBe(before + 1);
  });

  it("a commit by another connection (a command-line import, say) is seen too", () => {
    const before = done();
    const other = new Database(process.env.DATABASE_PATH!);
    other.prepare("UPDATE action_items SET status = 'done', progress = 100 WHERE ref = 'rakornas-2025-06-04-a6'").run();
    other.close();
    expect(done()).toBe(before + 1);
  });
});
