// Real Chromium (Debian's package) driven by playwright-core, for journey tests.
import { chromium, type Browser, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../db/demo/seed";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

type UrlMatch = Parameters<Page["waitForURL"]>[0];

/**
 * Waits for a navigation to `url` to be finished, not merely started: Remix changes the address
 * as soon as the new page's data has loaded, a moment before React has drawn it. Waits for the
 * router (and every fetcher) to be idle and for the page to be drawn for that address (the
 * shell's <main data-page>).
 */
export async function waitForPage(page: Page, url: UrlMatch) {
  await page.waitForURL(url);
  await page.waitForFunction(() => {
    const router = (window as unknown as { __remixRouter?: { state: { navigation: { state: string }; revalidation: string; fetchers: Map<string, { state: string }> } } }).__remixRouter;
    if (!router) return document.readyState === "complete";
    const { navigation, revalidation, fetchers } = router.state;
    const idle = navigation.state === "idle" && revalidation === "idle" && [...fetchers.values()].every((f) => f.state === "idle");
    return idle && document.querySelector("main#isi")?.getAttribute("data-page") === location.pathname + location.search;
  });
}

/** Signs in through the login form, as a person would, and waits for the home page. */
export async function loginThroughForm(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await waitForPage(page, (url) => !url.pathname.startsWith("/login"));
}
