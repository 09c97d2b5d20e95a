// Completion verification and notifications in a real browser: the secretariat's queue shows when
// each completion was reported in the item's zone, drawn the same by the server and the browser
// (no hydration error), with only its own navigation link marked; the verification history of an
// item and the notifications page load without errors, their buttons readable and each
// notification's date on its own line under the title.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formVersion, PDF_BYTES, statusForm } from "../support/aksi";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
import { startTestApp, type TestApp } from "../support/server";

let app: TestApp;
let browser: Browser;
/** A Polri-led national item the liaison reported selesai. */
let reported: number;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const polri = await app.loginAs("polri@demo.sigap.id");
  reported = Number(
    app.db.$client
      .prepare("SELECT i.id FROM action_items i JOIN users u ON u.agency_id = i.lead_agency_id WHERE u.email = 'polri@demo.sigap.id' AND i.region_code IS NULL AND i.status = 'in_progress' ORDER BY i.id")
      .pluck()
      .get(),
  );
  const form = statusForm({ status: "done", progress: 100, note: "Selesai, notulen terlampir.", version: await formVersion(polri, reported) }, [{ name: "notulen.pdf", bytes: PDF_BYTES }]);
  expect((await polri.post(`/aksi/${reported}`, form)).status).toBe(302);
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

/** The navigation links marked as the current page. */
const currentLinks = (page: Page) => page.locator('nav[aria-label="Navigasi utama"] a[aria-current="page"]').allTextContents();

describe("the secretariat's verification pages", () => {
  it("the queue, the item's history and the notifications load without a console error", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");

      await page.goto(`${app.url}/aksi/verifikasi`);
      await waitForPage(page, `${app.url}/aksi/verifikasi`);
      const row = page.getByRole("row").filter({ has: page.locator(`a[href="/aksi/${reported}"]`) });
      // the time in the item's zone (a national item: WIB), as the server wrote it
      await expect.poll(() => row.textContent(), { timeout: 5000 }).toMatch(/pukul \d{2}\.\d{2} WIB/);
      expect(await page.locator("main").textContent()).not.toContain("undefined");
      expect(await currentLinks(page)).toEqual(["Verifikasi"]);

      await page.goto(`${app.url}/aksi/${reported}`);
      await waitForPage(page, `${app.url}/aksi/${reported}`);
      expect(await page.getByRole("form", { name: "Verifikasi penyelesaian" }).isVisible()).toBe(true);
      expect(await currentLinks(page)).toEqual(["Rencana Aksi"]);

      await page.goto(`${app.url}/notifikasi`);
      await waitForPage(page, `${app.url}/notifikasi`);
      expect(await currentLinks(page)).toEqual(["Notifikasi1 belum dibaca"]);
      const item = page.locator(".notification.unread").first();
      const markOne = item.getByRole("button", { name: "Tandai sudah dibaca" });
      const markAll = page.getByRole("button", { name: "Tandai semua sudah dibaca" });
      for (const button of [markOne, markAll]) {
        expect(await button.isVisible()).toBe(true);
        // the label is drawn in a colour of its own, not the colour of what is behind it
        const colours = await button.evaluate((el) => {
          let back = getComputedStyle(el).backgroundColor;
          for (let node = el.parentElement; node && back === "rgba(0, 0, 0, 0)"; node = node.parentElement) back = getComputedStyle(node).backgroundColor;
          return { text: getComputedStyle(el).color, back };
        });
        expect(colours.text).not.toBe(colours.back);
        expect(colours.text).not.toBe("rgb(255, 255, 255)");
      }
      // the date sits under the title, not beside it
      const title = (await item.locator("strong").first().boundingBox())!;
      const date = (await item.locator("small").first().boundingBox())!;
      expect(date.y).toBeGreaterThanOrEqual(title.y + title.height - 1);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
