// The report journey in a real browser: a leader opens the report, picks the period, checks a
// figure against the records behind it, writes the recommendation, saves the draft and downloads
// the .docx, which carries the text just written.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
import { startTestApp, type TestApp } from "../support/server";
import { KNOWN, openDocx, seedReportData, sqlRakorHeld } from "../support/report";

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  seedReportData(app.db);
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

describe("a leader prepares the report to the President", () => {
  it("previews, checks a figure, writes the recommendation and downloads the .docx", async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await loginThroughForm(page, app.url, "pimpinan@demo.sigap.id");

    // From the navigation to the report; choose the first half of 2025.
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Laporan" }).click();
    await page.getByRole("heading", { level: 1, name: "Laporan kepada Presiden" }).waitFor();
    const picker = page.getByRole("form", { name: "Periode dan wilayah laporan" });
    await picker.getByLabel("Dari").fill("2025-01-01");
    await picker.getByLabel("Sampai").fill("2025-06-30");
    await picker.getByLabel("Wilayah").selectOption("nasional");
    await picker.getByRole("button", { name: "Tampilkan" }).click();
    await waitForPage(page, (u) => u.searchParams.get("dari") === "2025-01-01" && u.searchParams.get("sampai") === "2025-06-30");
    const preview = page.getByRole("article", { name: "Pratinjau laporan" });
    await preview.getByRole("heading", { name: "III. CAPAIAN RENCANA AKSI" }).waitFor();
    await page.screenshot({ path: "/tmp/sigap-laporan-preview.png", fullPage: false });

    // A figure leads to the records behind it: the rakor held in the period.
    const held = sqlRakorHeld(app.db, null).length;
    await preview.getByText("telah dilaksanakan", { exact: false }).getByRole("link", { name: String(held), exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `Rakor terlaksana: ${held}` }).waitFor();
    await expect(page.getByRole("link", { name: KNOWN.provinceRakor }).isVisible()).resolves.toBe(true);
    await page.goBack();
    await preview.getByRole("heading", { name: "VI. KENDALA DAN REKOMENDASI" }).waitFor();

    // Write the recommendation and save the draft.
    const recommendation = "Mohon arahan Bapak Presiden agar seluruh pemerintah daerah menyerahkan data LPK paling lambat Agustus 2025.";
    await page.getByLabel("Rekomendasi (Bab VI, B)").fill(recommendation);
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await page.getByRole("status").filter({ hasText: "Draf tersimpan." }).waitFor();
    await expect(preview.getByText(recommendation).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel("Rekomendasi (Bab VI, B)").inputValue()).resolves.toBe(recommendation);

    // Download the .docx: it carries the recommendation just written.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh .docx" }).last().click()]);
    expect(download.suggestedFilename()).toBe("laporan-gt-pp-tppo-nasional-2025-01-01-sd-2025-06-30.docx");
    const file = await download.path();
    const doc = openDocx(new Uint8Array(readFileSync(file!)));
    expect(doc.text).toContain(recommendation);
    expect(doc.text).toContain("Periode 1 Januari s.d. 30 Juni 2025");
    // a national report names the national rakor; the others are counted in the level × mode table
    const heldNational = sqlRakorHeld(app.db, null).filter((r) => r.level === "nasional").length;
    expect(heldNational).toBeGreaterThan(0);
    expect(doc.table("Daftar rakor yang dilaksanakan").rows.length).toBe(1 + heldNational);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
