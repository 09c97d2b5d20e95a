// The action-plan journey in a real browser: a liaison signs in, finds an overdue item in "Tugas
// instansi saya", reports progress with a note and an evidence file in a couple of clicks, and
// the leader's dashboard shows it at once.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDF_BYTES } from "../support/aksi";
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

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

describe("liaison reports progress, leader sees it", () => {
  it("from the overdue list to the leader's dashboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await loginThroughForm(page, app.url, "polri@demo.sigap.id");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Tugas instansi saya");

    // The overdue group comes first and holds the item.
    const overdue = page.getByRole("region", { name: "Terlambat" });
    const task = overdue.getByRole("listitem").filter({ hasText: "Perkuat Satgas TPPO di seluruh Polda dan Polres" });
    await expect(task.getByText("Terlambat", { exact: true }).isVisible()).resolves.toBe(true);

    // Open its update form, report progress with a note and evidence, save.
    await task.getByText("Perbarui", { exact: true }).click();
    await task.getByLabel("Progres (%)").fill("80");
    await task.getByLabel("Catatan").fill("Satgas TPPO terbentuk di 28 Polda; sisanya ditargetkan Desember.");
    await task.getByLabel("Bukti dukung (opsional)").setInputFiles({ name: "rekap-satgas-polda.pdf", mimeType: "application/pdf", buffer: PDF_BYTES });
    await task.getByRole("button", { name: "Simpan pembaruan" }).click();
    await page.getByRole("status").filter({ hasText: "tersimpan" }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "tersimpan" }).textContent()).toContain("Perkuat Satgas TPPO di seluruh Polda dan Polres");
    await expect.poll(() => page.getByRole("region", { name: "Terlambat" }).getByRole("listitem").filter({ hasText: "Perkuat Satgas" }).textContent(), { timeout: 5000 }).toContain("80%");

    const stored = app.db.$client
      .prepare("SELECT u.progress, u.note, f.original_name AS file FROM action_updates u JOIN action_update_files uf ON uf.update_id = u.id JOIN files f ON f.id = uf.file_id ORDER BY u.id DESC LIMIT 1")
      .get() as { progress: number; note: string; file: string };
    expect(stored).toEqual({ progress: 80, note: "Satgas TPPO terbentuk di 28 Polda; sisanya ditargetkan Desember.", file: "rekap-satgas-polda.pdf" });
    expect(errors).toEqual([]);
    await context.close();

    // The leader's dashboard shows it at once.
    const leaderContext = await browser.newContext();
    const leader = await leaderContext.newPage();
    const leaderErrors = watchErrors(leader);
    await loginThroughForm(leader, app.url, "pimpinan@demo.sigap.id");
    await expect.poll(() => leader.getByRole("heading", { level: 1 }).textContent(), { timeout: 5000 }).toBe("Dasbor pimpinan");
    const recent = leader.getByRole("heading", { name: "Pembaruan terbaru" }).locator("..");
    const entry = recent.getByRole("listitem").first();
    await expect(entry.textContent()).resolves.toContain("Perkuat Satgas TPPO di seluruh Polda dan Polres");
    await expect(entry.textContent()).resolves.toContain("Berjalan 80%");
    await expect(entry.textContent()).resolves.toContain("Satgas TPPO terbentuk di 28 Polda; sisanya ditargetkan Desember.");
    await expect(entry.textContent()).resolves.toContain("Penghubung Polri");
    // The chart is drawn, and the evidence is one click away from the item.
    await expect(leader.locator(".chart-svg svg").count()).resolves.toBe(1);
    // Its numbers are a table named by its caption, one row per month, and its data a download.
    await leader.getByText("Lihat angka").click();
    const numbers = leader.getByRole("table", { name: /^Capaian per bulan · Nasional · / });
    await expect(numbers.getByRole("columnheader").allTextContents()).resolves.toEqual(["Bulan", "Rencana aksi", "Selesai", "Capaian"]);
    await expect(numbers.locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    await expect(leader.getByRole("link", { name: "Unduh data (CSV)" }).count()).resolves.toBe(2);
    await entry.getByRole("link", { name: "Perkuat Satgas TPPO di seluruh Polda dan Polres" }).click();
    await leader.getByRole("heading", { level: 1, name: "Perkuat Satgas TPPO di seluruh Polda dan Polres" }).waitFor();
    await expect(leader.getByRole("link", { name: "rekap-satgas-polda.pdf" }).isVisible()).resolves.toBe(true);
    await expect(leader.getByText("Perbarui status").count()).resolves.toBe(0); // leaders read only
    expect(leaderErrors).toEqual([]);
    await leaderContext.close();
  });
});
