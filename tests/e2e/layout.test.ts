// The layout in a real browser. At phone width (360 x 740) the navigation folds into a "Menu"
// button that opens it, every link reachable without sideways scrolling, and a wide table scrolls
// inside its panel instead of widening the page; on a wide screen the links show without the
// button. The flash message after a save shows once, and is gone on the next page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "../../app/notifications/notify.server";
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

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

async function freshPage(options: Parameters<Browser["newContext"]>[0]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { context, page, errors };
}

/** The page's width against the window's (a phone browser zooms out to fit a page too wide, growing innerWidth). */
const widths = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/** The widest table's wrapper: how wide its table is, and how wide the wrapper shows it. */
const widestTable = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("main .table-wrap")]
      .map((w) => ({ scrollWidth: w.scrollWidth, clientWidth: w.clientWidth, overflowX: getComputedStyle(w).overflowX }))
      .sort((a, b) => b.scrollWidth - a.scrollWidth)[0],
  );

describe("at phone width (360 x 740)", () => {
  it("opens the navigation from the Menu button, every link inside the window, on a page with a wide table", async () => {
    const { context, page, errors } = await freshPage(PHONE);
    try {
      // An unread notification, so the Notifikasi link carries its count.
      const adminId = Number(app.db.$client.prepare("SELECT id FROM users WHERE email = 'admin@demo.sigap.id'").pluck().get());
      notify(app.db, { userId: adminId, kind: "invitation", title: "Undangan rakor uji tata letak", href: "/rakor" });
      await loginThroughForm(page, app.url, "admin@demo.sigap.id");
      await page.goto(`${app.url}/admin/audit`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Log audit");

      // The audit table is wider than the phone and scrolls inside its wrapper; the page does not.
      const table = await widestTable(page);
      expect(table.scrollWidth).toBeGreaterThan(table.clientWidth);
      expect(table.overflowX).toBe("auto");
      expect(await widths(page)).toEqual({ scrollWidth: expect.any(Number), innerWidth: 360 });
      expect((await widths(page)).scrollWidth).toBeLessThanOrEqual(360);

      // Closed, the menu shows only its button.
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      const menu = page.locator("summary", { hasText: "Menu" });
      expect(await menu.isVisible()).toBe(true);
      expect(await nav.getByRole("link").count()).toBe(0);

      await menu.click();
      const labels = ["Beranda", "Dasbor", "Rakor", "Rencana Aksi", "Verifikasi", "Gugus Tugas", "Statistik Kasus", "Laporan", "Pertukaran Data", "Pengguna", "Instansi", "Audit", "Surel", "Notifikasi1 belum dibaca", "Profil"];
      await expect.poll(() => nav.getByRole("link").allTextContents(), { timeout: 5000 }).toEqual(labels);
      for (const [i, label] of labels.entries()) {
        const link = nav.getByRole("link").nth(i);
        expect(await link.isVisible(), label).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.x, label).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, label).toBeLessThanOrEqual(360);
      }
      // The unread count shows inside the window too, and is read out with the link.
      expect(await nav.getByRole("link", { name: "Notifikasi 1 belum dibaca", exact: true }).isVisible()).toBe(true);
      const badge = (await nav.locator(".nav-count").boundingBox())!;
      expect(badge.width).toBeGreaterThan(0);
      expect(badge.x + badge.width).toBeLessThanOrEqual(360);
      expect((await widths(page)).scrollWidth).toBeLessThanOrEqual(360);

      // A link leads on, and the menu is closed again on the next page.
      await nav.getByRole("link", { name: "Rencana Aksi", exact: true }).click();
      await waitForPage(page, /\/aksi$/);
      expect(await nav.getByRole("link").count()).toBe(0);
      expect(await menu.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("keeps every main page within the window: lists, tables, forms and the report", async () => {
    const { context, page, errors } = await freshPage(PHONE);
    try {
      await loginThroughForm(page, app.url, "admin@demo.sigap.id");
      const rakorId = app.db.$client.prepare("SELECT id FROM rakor ORDER BY id LIMIT 1").pluck().get() as number;
      for (const path of ["/dasbor", "/rakor", "/rakor/kalender", `/rakor/${rakorId}`, `/rakor/${rakorId}/peserta`, "/aksi", "/gugus-tugas", "/statistik", "/laporan", "/admin/pengguna", "/admin/instansi"]) {
        await page.goto(`${app.url}${path}`);
        const { scrollWidth, innerWidth } = await widths(page);
        expect(innerWidth, path).toBe(360);
        expect(scrollWidth, `${path} is ${scrollWidth}px wide in a 360px window`).toBeLessThanOrEqual(360);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("on a wide screen", () => {
  it("shows the navigation links without a Menu button", async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 1280, height: 800 } });
    try {
      await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      expect(await page.locator("summary", { hasText: "Menu" }).isVisible()).toBe(false);
      for (const label of ["Beranda", "Rakor", "Rencana Aksi", "Laporan"]) expect(await nav.getByRole("link", { name: label, exact: true }).isVisible(), label).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the flash message", () => {
  it("shows after a save on the page the save leads to, and not on the next page", async () => {
    const { context, page, errors } = await freshPage({ viewport: { width: 1280, height: 800 } });
    try {
      await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
      const rakorId = app.db.$client.prepare("SELECT id FROM rakor ORDER BY id LIMIT 1").pluck().get() as number;
      await page.goto(`${app.url}/rakor/${rakorId}/agenda`);
      await page.getByLabel("Judul agenda").fill("Paparan Satgas TPPO Polda");
      await page.getByRole("button", { name: "Tambah agenda" }).click();
      const flash = page.getByRole("status").filter({ hasText: "Agenda ditambahkan." });
      await flash.waitFor();
      expect(new URL(page.url()).search).toBe("");

      await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Rencana Aksi", exact: true }).click();
      await waitForPage(page, /\/aksi$/);
      expect(await page.getByText("Agenda ditambahkan.").count()).toBe(0);
      await page.reload();
      expect(await page.getByText("Agenda ditambahkan.").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
