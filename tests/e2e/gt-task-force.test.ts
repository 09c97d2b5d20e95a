// Journeys in a real Chromium: the national secretariat records a province's legal basis with its
// signed PDF and sees the coverage summary change; a regency secretariat records a semester of
// case figures and reads the totals.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loginThroughForm, waitForPage } from "../support/browser";
import { makePdf } from "../support/gt-fixtures";
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
  page.on("console", (m) => {
    // A 400 is how a refused form answers; anything else logged as an error is a fault.
    if (m.type() === "error" && !/status of 400 \(Bad Request\)/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

describe("recording a legal basis with its signed document", () => {
  it("changes the coverage summary", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
    const errors = watchErrors(page);

    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Gugus Tugas" }).click();
    await waitForPage(page, /\/gugus-tugas$/);
    const sentence = page.getByTestId("coverage-sentence");
    expect(await sentence.textContent()).toBe(
      "Gugus Tugas terbentuk di 1 dari 38 provinsi dan 2 dari 514 kabupaten/kota; 0 provinsi dan 0 kabupaten/kota di antaranya dengan dasar hukum.",
    );

    await page.getByRole("row", { name: /Jawa Barat/ }).getByRole("link", { name: "Jawa Barat" }).click();
    await waitForPage(page, /\/gugus-tugas\/32$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Gugus Tugas Provinsi Jawa Barat");
    await page.getByRole("link", { name: "Perbarui data" }).click();
    await waitForPage(page, /\/gugus-tugas\/32\/ubah$/);

    const pdf = makePdf("Keputusan Gubernur Jawa Barat tentang Gugus Tugas PP-TPPO");
    await page.getByLabel("Sudah terbentuk").check();
    await page.getByLabel("Jenis").selectOption({ label: "SK Kepala Daerah" });
    await page.getByLabel("Nomor").fill("Kepgub 463/Kep.512-DP3AKB/2024");
    await page.getByLabel("Tanggal penetapan").fill("2024-05-20");
    await page.getByLabel("Tentang (judul)").fill("Gugus Tugas Pencegahan dan Penanganan TPPO Provinsi Jawa Barat");
    await page.getByLabel("Dokumen yang ditandatangani").setInputFiles({ name: "Kepgub-Jabar-GT-TPPO.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByLabel("Pencegahan", { exact: true }).check();
    await page.getByLabel("Penegakan Hukum").check();
    await page.getByLabel("Instansi sekretariat").fill("DP3AKB Provinsi Jawa Barat");
    await page.getByLabel("Nama narahubung").fill("Drs. Asep Supriatna");
    await page.getByRole("button", { name: "Simpan" }).click();

    await waitForPage(page, /\/gugus-tugas\/32$/);
    expect(await page.getByRole("status").textContent()).toContain("Data Gugus Tugas tersimpan.");
    expect(await page.locator("main").textContent()).toContain("SK Kepala Daerah Nomor Kepgub 463/Kep.512-DP3AKB/2024 tanggal 20 Mei 2024");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Kepgub-Jabar-GT-TPPO.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("Kepgub-Jabar-GT-TPPO.pdf");
    expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);

    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Gugus Tugas" }).click();
    await waitForPage(page, /\/gugus-tugas$/);
    expect(await page.getByTestId("coverage-sentence").textContent()).toBe(
      "Gugus Tugas terbentuk di 2 dari 38 provinsi dan 2 dari 514 kabupaten/kota; 1 provinsi dan 0 kabupaten/kota di antaranya dengan dasar hukum.",
    );
    const row = page.getByRole("row", { name: /Jawa Barat/ }).first();
    expect(await row.textContent()).toContain("Dasar hukum ada");
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a regency secretariat records a semester of case figures", () => {
  it("sees the privacy notice, an overlap refused, and the totals", async () => {
    const page = await browser.newPage();
    await loginThroughForm(page, app.url, "indramayu@demo.sigap.id");
    const errors = watchErrors(page);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Statistik Kasus" }).click();
    await waitForPage(page, /\/statistik$/);
    expect(await page.getByRole("complementary", { name: "Pelindungan data korban" }).textContent()).toContain("Undang-Undang Nomor 27 Tahun 2022");

    const record = async (agency: string, figures: Record<string, string>) => {
      await page.goto(`${app.url}/statistik/baru`);
      await page.getByLabel("Awal periode").fill("2025-01-01");
      await page.getByLabel("Akhir periode").fill("2025-06-30");
      expect(await page.getByLabel("Wilayah").inputValue()).toBe("32.12");
      await page.getByLabel("Instansi pelapor").fill(agency);
      for (const [label, value] of Object.entries(figures)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByRole("button", { name: "Simpan" }).click();
    };
    const figures = (reported: string, women: string) => ({
      "Kasus dilaporkan": reported,
      "Kasus dituntut (sampai penuntutan)": "4",
      Tersangka: "9",
      "Korban (jumlah seluruhnya)": "14",
      "Korban perempuan": women,
      "Korban anak (di bawah 18 tahun)": "3",
      "Korban yang direhabilitasi": "6",
      "Korban yang dipulangkan": "2",
    });

    await record("Polres Indramayu", figures("8", "10"));
    await waitForPage(page, /\/statistik\?dari=2025-01-01&sampai=2025-06-30$/);
    expect(await page.getByRole("status").textContent()).toContain("Entri statistik tersimpan.");

    // The same agency and region again for an overlapping period: refused, with the entry named.
    await record("Polres Indramayu", figures("8", "10"));
    expect(await page.locator("#f-periodStart-error").textContent()).toMatch(/^Periode ini tumpang tindih dengan entri #\d+ \(Polres Indramayu, Kabupaten Indramayu, 1 Januari s\.d\. 30 Juni 2025\)/);

    // Women above the total: refused next to the field.
    await record("Dinas Sosial Kabupaten Indramayu", figures("0", "15"));
    expect(await page.locator("#f-victimsWomen-error").textContent()).toBe("Korban perempuan (15) tidak boleh melebihi jumlah korban (14).");
    await page.getByLabel("Korban perempuan", { exact: true }).fill("11");
    await page.getByRole("button", { name: "Simpan" }).click();
    await waitForPage(page, /\/statistik\?dari=2025-01-01&sampai=2025-06-30$/);
    expect(await page.getByRole("status").textContent()).toContain("Entri statistik tersimpan.");

    const stat = (key: string) => page.locator(`[data-figure="${key}"] strong`).textContent();
    expect(await stat("casesReported")).toBe("8");
    expect(await stat("victimsTotal")).toBe("28");
    expect(await stat("victimsWomen")).toBe("21");
    expect(await page.locator("main").textContent()).toContain("Dijumlahkan dari 2 entri");
    expect(errors).toEqual([]);
  });
});
