import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/demo/seed";
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

/** A fresh browser context (no cookies) and a page that records console errors and page errors. */
async function freshPage(options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { context, page, errors };
}

const PHONE_WIDTH = 390;

/**
 * The page's width against the window's. A phone browser zooms out to fit a page that is too
 * wide, which makes innerWidth grow with it: both must stay at the phone's 390 px.
 */
function overflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

describe("signing in from a real browser", () => {
  // email, the home page's heading, something only that role's home shows, nav links it has, nav links it must not have
  const homes: Array<[string, string, string, string[], string[]]> = [
    ["polri@demo.sigap.id", "Tugas instansi saya", "Rencana aksi Kepolisian Negara Republik Indonesia", ["Tugas Instansi Saya"], ["Pengguna"]],
    ["kemenpppa@demo.sigap.id", "Tugas instansi saya", "Rencana aksi Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", ["Tugas Instansi Saya"], ["Pengguna"]],
    ["pimpinan@demo.sigap.id", "Dasbor pimpinan", "Capaian rencana aksi", ["Dasbor", "Rencana Aksi"], ["Pengguna"]],
    ["sekretariat@demo.sigap.id", "Beranda", "Rakor terbaru", ["Rakor", "Rencana Aksi"], ["Pengguna"]],
    ["indramayu@demo.sigap.id", "Beranda", "Gugus Tugas Kabupaten Indramayu", ["Rakor"], ["Pengguna"]],
    ["admin@demo.sigap.id", "Beranda", "Kelola pengguna", ["Pengguna", "Instansi"], []],
  ];

  it.each(homes)("lands %s on its home page (%s) without console errors", async (email, heading, content, navHas, navLacks) => {
    const { context, page, errors } = await freshPage();
    try {
      await loginThroughForm(page, app.url, email);
      expect(new URL(page.url()).pathname).toBe("/");
      // The URL changes a moment before the new page is drawn after a client-side navigation.
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe(heading);
      expect(await page.locator("main").textContent()).toContain(content);
      // Signed in: the role's navigation and the logout button are there.
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      const links = await nav.getByRole("link").allTextContents();
      for (const label of navHas) expect(links, email).toContain(label);
      for (const label of navLacks) expect(links, email).not.toContain(label);
      expect(await page.getByRole("button", { name: "Keluar" }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows the Indonesian error next to the form on a wrong password and stays on /login", async () => {
    const { context, page, errors } = await freshPage();
    try {
      await page.goto(`${app.url}/login`);
      await page.getByLabel("Email").fill("polri@demo.sigap.id");
      await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect.poll(() => page.getByText("Email atau kata sandi salah.").isVisible(), { timeout: 5000 }).toBe(true);
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await page.getByLabel("Email").inputValue()).toBe("polri@demo.sigap.id");
      expect(await context.cookies()).toEqual([]);
      // The 400 of the failed login is the only "error" a browser may log.
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("comes back to the page asked for after signing in, and logs out with the Keluar button", async () => {
    const { context, page, errors } = await freshPage();
    try {
      await page.goto(`${app.url}/?asal=tautan`);
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/?asal=tautan");
      await page.getByLabel("Email").fill("sekretariat@demo.sigap.id");
      await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Masuk" }).click();
      await waitForPage(page, (url) => url.pathname === "/" && url.searchParams.get("asal") === "tautan");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Beranda");

      await page.getByRole("button", { name: "Keluar" }).click();
      await waitForPage(page, (url) => url.pathname === "/login");
      await page.goto(`${app.url}/`);
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("at phone width (390 x 844)", () => {
  const phone = { viewport: { width: PHONE_WIDTH, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

  it("renders the login page without horizontal overflow", async () => {
    const { context, page, errors } = await freshPage(phone);
    try {
      await page.goto(`${app.url}/login`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Masuk ke SIGAP TPPO");
      const { scrollWidth, innerWidth } = await overflow(page);
      expect(innerWidth).toBe(PHONE_WIDTH);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
      // The form fits: the button is inside the window.
      const box = await page.getByRole("button", { name: "Masuk" }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE_WIDTH);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([["sekretariat@demo.sigap.id"], ["polri@demo.sigap.id"], ["pimpinan@demo.sigap.id"], ["admin@demo.sigap.id"]])(
    "renders the home page of %s without horizontal overflow",
    async (email) => {
      const { context, page, errors } = await freshPage(phone);
      try {
        await loginThroughForm(page, app.url, email);
        expect(new URL(page.url()).pathname).toBe("/");
        await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).not.toBe("Masuk ke SIGAP TPPO");
        const { scrollWidth, innerWidth } = await overflow(page);
        expect(innerWidth, "the phone browser zoomed out to fit a page that is too wide").toBe(PHONE_WIDTH);
        expect(scrollWidth, `page ${scrollWidth}px wide in a ${PHONE_WIDTH}px window`).toBeLessThanOrEqual(PHONE_WIDTH);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
