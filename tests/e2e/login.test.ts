import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loginThroughForm } from "../support/browser";
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

describe("signing in from a real browser", () => {
  it("takes a leader to the dashboard", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await loginThroughForm(page, app.url, "pimpinan@demo.sigap.id");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dasbor pimpinan");
    expect(await page.getByRole("navigation", { name: "Navigasi utama" }).textContent()).toContain("Rencana Aksi");
    expect(errors).toEqual([]);
  });
});
