// The typed agency and region filters in a real Chromium: a secretariat types part of an agency's
// name, picks a suggestion with the mouse, picks a region with the keyboard, applies the filter,
// and the list (and its address, with ids) follows.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
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

describe("searchable filters of the action list", () => {
  it("type, pick a suggestion, apply", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
    await page.goto(`${app.url}/aksi`);
    await waitForPage(page, (url) => url.pathname === "/aksi");

    // The agency: type part of the short name, click the suggestion.
    const agency = page.getByRole("combobox", { name: "Instansi", exact: true });
    await agency.fill("polr");
    await page.getByRole("option", { name: "Kepolisian Negara Republik Indonesia (Polri)" }).click();
    expect(await agency.inputValue()).toBe("Kepolisian Negara Republik Indonesia");
    expect(await agency.getAttribute("aria-expanded")).toBe("false");

    // The region: type, then arrow down and Enter.
    const region = page.getByRole("combobox", { name: "Wilayah", exact: true });
    await region.fill("nas");
    await page.getByRole("option", { name: "Nasional" }).waitFor();
    await region.press("ArrowDown");
    expect(await region.getAttribute("aria-activedescendant")).toBe("f-wilayah-saran-0");
    await region.press("Enter");
    expect(await region.inputValue()).toBe("Nasional");

    await page.getByRole("button", { name: "Terapkan" }).click();
    const polri = app.db.$client.prepare("SELECT id FROM agencies WHERE short_name = 'Polri'").pluck().get() as number;
    await waitForPage(page, (url) => url.searchParams.get("instansi") === String(polri) && url.searchParams.get("wilayah") === "nasional");
    const expected = app.db.$client
      .prepare("SELECT count(*) FROM action_items WHERE region_code IS NULL AND (lead_agency_id = ? OR id IN (SELECT action_id FROM action_supporting_agencies WHERE agency_id = ?))")
      .pluck()
      .get(polri, polri) as number;
    expect(await page.getByRole("status").filter({ hasText: "sesuai saringan" }).textContent()).toContain(`${expected} rencana aksi sesuai saringan.`);
    expect(await page.getByRole("combobox", { name: "Instansi", exact: true }).inputValue()).toBe("Kepolisian Negara Republik Indonesia");
    expect(await page.getByRole("link", { name: "Perkuat Satgas TPPO di seluruh Polda dan Polres" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
