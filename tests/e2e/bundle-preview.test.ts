// Journey in a real Chromium: a secretariat uploads a bundle, reads the preview (a refused one
// first, with its errors), uploads the corrected one, confirms, and downloads an export.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { rakor } from "../../db/schema";
import type { Bundle } from "../../app/bundle/types";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
import { loadJson, SEED_PATH } from "../support/bundle";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

const asFile = (name: string, bundle: Bundle) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle, null, 2)) });

describe("importing a bundle from the browser", () => {
  it("shows the errors of a refused bundle, then previews and imports the corrected one", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
    const errors = watchErrors(page);

    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pertukaran Data" }).click();
    await waitForPage(page, /\/pertukaran-data$/);

    const bundle = loadJson<Bundle>(SEED_PATH);
    bundle.rakor![2].title = "Rakor GT PP-TPPO Kabupaten Indramayu 2025 (hasil impor)";
    const broken = structuredClone(bundle);
    broken.rakor![2].venue = undefined;

    await page.getByLabel("Berkas bundel (.json, paling besar 25 MB)").setInputFiles(asFile("indramayu-salah.json", broken));
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await waitForPage(page, /\/pertukaran-data\/pratinjau\/[0-9a-f]{32}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pratinjau impor: indramayu-salah.json");
    expect(await page.getByRole("alert").textContent()).toContain("Bundel ditolak: 1 kesalahan.");
    expect(await page.getByRole("list", { name: "Daftar kesalahan" }).textContent()).toBe("rakor[2].venue: wajib diisi untuk rakor luring atau hybrid");
    expect(await page.getByRole("button", { name: "Impor sekarang" }).count()).toBe(0);
    await page.getByRole("button", { name: "Batalkan dan unggah berkas lain" }).click();
    await waitForPage(page, /\/pertukaran-data$/);

    await page.getByLabel("Berkas bundel (.json, paling besar 25 MB)").setInputFiles(asFile("indramayu.json", bundle));
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await waitForPage(page, /\/pertukaran-data\/pratinjau\/[0-9a-f]{32}$/);
    expect(await page.getByRole("status").textContent()).toContain("Bundel valid untuk cakupan nasional.");
    const summary = page.getByRole("table", { name: "Ringkasan: apa yang akan terjadi pada setiap data" });
    expect(await summary.getByRole("row", { name: /^Rakor/ }).textContent()).toBe("Rakor0120");
    expect(await page.getByRole("row", { name: /indramayu-rakor-gt-2025-08-12/ }).textContent()).toContain("Diperbarui");

    await page.getByRole("button", { name: "Impor sekarang" }).click();
    await waitForPage(page, /\/pertukaran-data$/);
    expect(await page.getByRole("status").textContent()).toContain('Impor "indramayu.json" selesai: 0 data baru, 1 diperbarui, 17 tidak berubah.');
    expect(app.db.select().from(rakor).where(eq(rakor.ref, "indramayu-rakor-gt-2025-08-12")).get()?.title).toBe(bundle.rakor![2].title);

    await page.getByLabel("Wilayah").selectOption("32.12");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh bundel (.json)" }).click()]);
    expect(download.suggestedFilename()).toBe("sigap-bundel-32.12.json");
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as Bundle;
    expect(exported.rakor!.map((r) => r.title)).toEqual([bundle.rakor![2].title]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
