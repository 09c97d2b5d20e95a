// A secretariat records a hybrid rakor with a site and two attendees, in real Chromium, through
// the pages a person uses: the schedule form (first with a mistake), the sites page, the row editor.
import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendees, rakor, rakorSites } from "../../db/schema";
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

const TITLE = "Rakor Hybrid Uji Peramban Gugus Tugas TPPO";

async function fieldError(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  const describedBy = await input.getAttribute("aria-describedby");
  return describedBy ? page.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent() : null;
}

describe("recording a hybrid rakor in the browser", () => {
  it("schedules it, adds a site and two attendees, and shows them", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The deliberate mistake below answers 400, which Chromium logs; anything else is a real error.
    page.on("console", (m) => m.type() === "error" && !m.text().includes("status of 400") && errors.push(m.text()));
    await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");

    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Rakor" }).click();
    await page.getByRole("link", { name: "Jadwalkan rakor" }).click();
    await waitForPage(page, "**/rakor/baru");

    await page.getByLabel("Judul rakor").fill(TITLE);
    await page.getByLabel("Penyelenggara").fill("Polri");
    await page.getByLabel("Bentuk").selectOption({ label: "Hybrid" });
    await page.getByLabel("Zona waktu").selectOption({ label: "WITA (UTC+8)" });
    await page.getByLabel("Mulai").fill("2025-06-04T10:00");
    await page.getByLabel("Platform daring").fill("Zoom Meeting");
    await page.getByLabel("Tautan rapat daring").fill("https://zoom.us/j/81234567890");
    await page.getByLabel("Nama (dengan gelar)").fill("Dr. Endi Sutendi");
    await page.getByLabel("Pangkat").fill("Irjen Pol");
    // Forgot the venue: the error appears next to the field and nothing is saved.
    await page.getByRole("button", { name: "Simpan rakor" }).click();
    // The summary at the top of the form names it too.
    await page.locator(".error-summary").getByRole("link", { name: "Tempat wajib diisi untuk rakor luring atau hybrid." }).waitFor();
    expect(await fieldError(page, "Tempat")).toBe("Tempat wajib diisi untuk rakor luring atau hybrid.");
    expect(app.db.select().from(rakor).where(eq(rakor.title, TITLE)).get()).toBeUndefined();
    // What was typed is still there.
    expect(await page.getByLabel("Judul rakor").inputValue()).toBe(TITLE);

    await page.getByLabel("Tempat", { exact: true }).fill("Mabes Polri, Jakarta");
    await page.getByRole("button", { name: "Simpan rakor" }).click();
    await page.getByText("Rakor tersimpan.").waitFor();
    const saved = app.db.select().from(rakor).where(eq(rakor.title, TITLE)).get()!;
    expect(saved).toMatchObject({ startsAt: Date.UTC(2025, 5, 4, 2, 0), timeZone: "Asia/Makassar", mode: "hybrid", venue: "Mabes Polri, Jakarta" });

    // A site, with its own chair.
    await page.getByRole("navigation", { name: "Bagian rakor" }).getByRole("link", { name: "Lokasi" }).click();
    await waitForPage(page, `**/rakor/${saved.id}/lokasi`);
    await page.getByLabel("Nama lokasi").fill("Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan");
    await page.getByLabel("Instansi", { exact: true }).first().fill("Polresta Balikpapan");
    await page.getByLabel("Wilayah").fill("64.71 · Kota Balikpapan");
    await page.getByLabel("Nama (dengan gelar)").fill("Anton Firmanto, S.H., S.I.K., M.Si.");
    await page.getByLabel("Pangkat").fill("Kombes Pol");
    await page.getByRole("button", { name: "Tambah lokasi" }).click();
    await page.getByText("Lokasi ditambahkan.").waitFor();
    const site = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, saved.id)).get()!;
    expect(site).toMatchObject({ regionCode: "64.71", chairName: "Anton Firmanto, S.H., S.I.K., M.Si." });

    // Two attendees in the row editor: the chair at the venue, the notulis at the site.
    await page.getByRole("navigation", { name: "Bagian rakor" }).getByRole("link", { name: "Peserta" }).click();
    await waitForPage(page, `**/rakor/${saved.id}/peserta`);
    await page.getByLabel("Nama baris 10", { exact: true }).waitFor();
    expect(await page.getByLabel(/^Nama baris \d+$/).count()).toBe(10);
    await page.getByRole("button", { name: "Tambah 10 baris" }).click();
    expect(await page.getByLabel(/^Nama baris \d+$/).count()).toBe(20);
    await page.getByLabel("Nama baris 1", { exact: true }).fill("Dr. Endi Sutendi");
    await page.getByLabel("Pangkat baris 1", { exact: true }).fill("Irjen Pol");
    await page.getByLabel("Instansi baris 1", { exact: true }).fill("Polri");
    await page.getByLabel("Peran baris 1", { exact: true }).selectOption({ label: "Pimpinan rapat" });
    await page.getByLabel("Nama baris 2", { exact: true }).fill("Sangidun");
    await page.getByLabel("Jabatan baris 2", { exact: true }).fill("Kasi Humas Polresta Balikpapan");
    await page.getByLabel("Lokasi baris 2", { exact: true }).selectOption({ label: "Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan" });
    await page.getByLabel("Peran baris 2", { exact: true }).selectOption({ label: "Notulis" });
    await page.getByLabel("Kehadiran baris 2", { exact: true }).selectOption({ label: "Hadir daring" });
    await page.getByRole("button", { name: "Simpan daftar peserta" }).click();
    await page.getByText("Tersimpan: 2 peserta ditambahkan.").waitFor();
    const people = app.db.select().from(attendees).where(eq(attendees.rakorId, saved.id)).orderBy(attendees.position).all();
    expect(people.map((p) => [p.name, p.siteId, p.role, p.attendance])).toEqual([
      ["Dr. Endi Sutendi", null, "chair", "in_person"],
      ["Sangidun", site.id, "secretary", "online"],
    ]);

    // The overview shows it all, with the time in the other zones.
    await page.getByRole("navigation", { name: "Bagian rakor" }).getByRole("link", { name: "Ringkasan" }).click();
    await waitForPage(page, `**/rakor/${saved.id}`);
    await page.getByRole("heading", { name: "Keterangan" }).waitFor();
    const overview = await page.locator("main").innerText();
    expect(overview).toContain("Rabu, 4 Juni 2025, pukul 10.00 WITA");
    expect(overview).toContain("Sama dengan 09.00 WIB · 11.00 WIT");
    expect(overview).toContain("Kombes Pol Anton Firmanto, S.H., S.I.K., M.Si.");
    expect(overview).toContain("Sangidun");
    expect(app.db.select().from(attendees).where(and(eq(attendees.rakorId, saved.id), eq(attendees.name, "Sangidun"))).all()).toHaveLength(1);

    // The invitation downloads from the page.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh undangan kalender (.ics)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^undangan-2025-06-04-.+\.ics$/);
    expect(errors, errors.join("\n")).toEqual([]);
  });

  it("renders and hydrates every rakor page without an error", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && errors.push(`${page.url()}: ${m.text()}`));
    await loginThroughForm(page, app.url, "sekretariat@demo.sigap.id");
    const held = app.db.select().from(rakor).where(eq(rakor.ref, "polri-rakornas-2025-06-04")).get()!;
    const id = held.id;
    // A national rakor scheduled after the held one: its carry-over review has a previous rakor and
    // changes since (the demo's items that fell due after June 2025 are newly overdue).
    const next = app.db
      .insert(rakor)
      .values({ title: "Rakor Nasional Uji Tinjauan Peramban", level: "nasional", regionCode: null, organizerAgencyId: held.organizerAgencyId, mode: "hybrid", status: "scheduled", startsAt: Date.now() + 14 * 86_400_000, timeZone: "Asia/Jakarta" })
      .returning()
      .get().id;
    const paths = [
      "/rakor",
      "/rakor/kalender?bulan=2025-06",
      "/rakor/baru",
      ...["", "/ubah", "/lokasi", "/peserta", "/peserta/impor", "/agenda", "/bahan", "/hasil", "/daftar-hadir", "/tinjauan"].map((p) => `/rakor/${id}${p}`),
      `/rakor/${next}`,
      `/rakor/${next}/tinjauan`,
    ];
    for (const path of paths) {
      await page.goto(app.url + path);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("h1").first().textContent(), path).toBeTruthy();
    }
    expect(errors, errors.join("\n")).toEqual([]);
    // the review (the last page) is still drawn after hydration, with its lists of changes and the confirm
    expect(await page.locator("h1").first().textContent()).toBe("Tinjauan rencana aksi untuk agenda rakor");
    await page.getByText(/^Rakor sebelumnya:/).waitFor();
    expect(await page.locator("h3", { hasText: /^Baru terlambat \([1-9]\d*\)$/ }).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Tambahkan ke agenda" }).waitFor();
  });
});
