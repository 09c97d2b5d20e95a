// A form that fails, in a real Chromium: the focus lands on the error summary at the top of the
// form, each invalid control says so (aria-invalid, aria-describedby) and is outlined, the summary's
// links lead to the fields, and a typed password is gone.
import type { Browser, BrowserContext, Page } from "playwright-core";
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

/** --bad of app.css, as the browser computes it. */
const BAD = "rgb(179, 38, 30)";

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await loginThroughForm(page, app.url, email);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // A 400 is how a refused form answers; anything else logged as an error is a fault.
    if (m.type() === "error" && !/status of 400 \(Bad Request\)/.test(m.text())) errors.push(m.text());
  });
  return { context, page, errors };
}

/** What a sighted and a screen-reader user get from a control: its ARIA state and its outline. */
function controlState(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el);
    const describedBy = el.getAttribute("aria-describedby") ?? "";
    return {
      invalid: el.getAttribute("aria-invalid"),
      described: describedBy
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      outlineColor: style.outlineColor,
    };
  });
}

function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? { role: el.getAttribute("role"), summary: el.classList.contains("error-summary"), id: el.id, text: el.textContent ?? "" } : null;
  });
}

describe("a form that fails validation", () => {
  it("moves the focus to the error summary, outlines the invalid text input and clears the password", async () => {
    const { context, page, errors } = await signedIn("admin@demo.sigap.id");
    try {
      await page.goto(`${app.url}/admin/pengguna/baru`);
      await page.getByLabel("Email").fill("baru@uji.sigap.id");
      await page.getByLabel("Peran").selectOption("pimpinan");
      await page.getByLabel("Kata sandi").fill("kata-sandi-yang-panjang");
      // The name is left empty.
      await page.getByRole("button", { name: "Simpan" }).click();

      await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ role: "alert", summary: true });
      expect((await focused(page))!.text).toContain("Nama wajib diisi.");

      const name = await controlState(page, "#f-name");
      expect(name.invalid).toBe("true");
      expect(name.described).toContain("Nama wajib diisi.");
      expect(name.outlineStyle).toBe("solid");
      expect(parseFloat(name.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(name.outlineColor).toBe(BAD);
      // Valid fields are not marked.
      expect((await controlState(page, "#f-email")).invalid).toBeNull();

      // The typed password did not survive the failed save.
      expect(await page.getByLabel("Kata sandi").inputValue()).toBe("");

      // The summary's link takes the keyboard to the field.
      await page.locator(".error-summary").getByRole("link", { name: "Nama wajib diisi." }).click();
      expect((await focused(page))!.id).toBe("f-name");
      expect(new URL(page.url()).pathname).toBe("/admin/pengguna/baru");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("marks the cell of the row editor that is wrong, and focuses the summary again after each failed save", async () => {
    const { context, page, errors } = await signedIn("sekretariat@demo.sigap.id");
    try {
      const rakorId = Number((app.db.$client.prepare("SELECT id FROM rakor WHERE region_code IS NULL ORDER BY id LIMIT 1").raw().get() as unknown[])[0]);
      await page.goto(`${app.url}/rakor/${rakorId}/peserta?baris=3`);
      await waitForPage(page, (url) => url.pathname === `/rakor/${rakorId}/peserta`);
      const rows = await page.locator("table tbody tr").count();
      // The first empty row: a rank without a name.
      const blank = rows - 3;
      await page.getByLabel(`Pangkat baris ${blank + 1}`).fill("AKP");
      await page.getByRole("button", { name: "Simpan daftar peserta" }).click();

      await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ role: "alert", summary: true });
      const cell = await controlState(page, `[name="rows[${blank}].name"]`);
      expect(cell.invalid).toBe("true");
      expect(cell.described).toContain("Nama wajib diisi.");
      expect(cell.outlineStyle).toBe("solid");
      expect(cell.outlineColor).toBe(BAD);

      // The same mistake again: the focus comes back to the summary.
      await page.getByRole("button", { name: "Simpan daftar peserta" }).focus();
      await page.getByRole("button", { name: "Simpan daftar peserta" }).click();
      await expect.poll(() => focused(page), { timeout: 5000 }).toMatchObject({ summary: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
