// What the layout draws around every page: the flash message and the breadcrumbs.
// - A save redirects to the page's own address (no flag in the query); the page it lands on says
//   what was saved once, in the layout's one status area, and a reload no longer does. The
//   message travels in a short-lived signed cookie: a forged one is not shown.
// - Every nested page has its whole trail from Beranda, each step a link but the page itself.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionItems, rakor, regions } from "../../db/schema";
import { actionId, formVersion, statusForm } from "../support/aksi";
import { htmlToText, startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let polri: TestClient;
let item: number;
const TITLE = "Perkuat Satgas TPPO di seluruh Polda dan Polres";
const MESSAGE = `Pembaruan “${TITLE}” tersimpan.`;

beforeAll(async () => {
  app = await startTestApp();
  polri = await app.loginAs("polri@demo.sigap.id");
  item = actionId(app, "rakornas-2025-06-04-a1");
});
afterAll(() => app.close());

/** The text of the layout's status area(s) on a page. */
function statusTexts(html: string): string[] {
  return [...html.matchAll(/<div class="alert alert-ok" role="status">([\s\S]*?)<\/div>/g)].map((m) => htmlToText(m[1]));
}

async function saveStatus(note: string) {
  const res = await polri.post(`/aksi/${item}`, statusForm({ status: "in_progress", progress: 70, note, version: await formVersion(polri, item), returnTo: "/aksi/saya" }));
  expect(res.status).toBe(302);
  return res;
}

describe("after a save", () => {
  it("redirects to the address without a flag and sets a short-lived, signed, HttpOnly cookie", async () => {
    const res = await saveStatus("Rapat koordinasi Polda dijadwalkan.");
    expect(res.headers.get("Location")).toBe("/aksi/saya");
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("sigap_flash="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=60\b/i);
  });

  it("shows the message once on the page it lands on, and a reload no longer does", async () => {
    const first = await polri.get("/aksi/saya");
    expect(first.status).toBe(200);
    expect(first.headers.getSetCookie().some((c) => c.startsWith("sigap_flash=;") && /Max-Age=0/i.test(c))).toBe(true);
    expect(statusTexts(await first.text())).toEqual([MESSAGE]);

    const reload = await polri.get("/aksi/saya");
    expect(statusTexts(await reload.text())).toEqual([]);
  });

  it("reaches a client-side navigation through the root's data, once", async () => {
    await saveStatus("Surat edaran dikirim ke seluruh Polda.");
    const data = await polri.get("/aksi/saya?_data=root");
    expect((await data.json()).flash).toBe(MESSAGE);
    const again = await polri.get("/aksi/saya?_data=root");
    expect((await again.json()).flash).toBeNull();
  });

  it("is not shown to anyone else, nor from a forged cookie", async () => {
    await saveStatus("Satgas Polda Sulawesi Tenggara terbentuk.");
    const other = await app.loginAs("polri@demo.sigap.id");
    expect(statusTexts(await (await other.get("/aksi/saya")).text())).toEqual([]);
    // A cookie with the right name but no valid signature.
    other.cookies.set("sigap_flash", encodeURIComponent(Buffer.from(JSON.stringify("Pesan palsu")).toString("base64")));
    const forged = await (await other.get("/aksi/saya")).text();
    expect(forged).not.toContain("Pesan palsu");
    expect(statusTexts(forged)).toEqual([]);
  });
});

/** The breadcrumb trail of a page: each step's text and link (null for the page itself). */
function breadcrumbs(html: string): [string, string | null][] | null {
  const nav = /<nav class="breadcrumb[^"]*" aria-label="Jejak halaman"><ol>([\s\S]*?)<\/ol><\/nav>/.exec(html);
  if (!nav) return null;
  return [...nav[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => [htmlToText(li[1]), /href="([^"]*)"/.exec(li[1])?.[1] ?? null]);
}

describe("breadcrumbs", () => {
  it("give every nested page its whole trail from Beranda", async () => {
    const admin = await app.loginAs("admin@demo.sigap.id");
    const r = app.db.select().from(rakor).where(eq(rakor.ref, "polri-rakornas-2025-06-04")).get()!;
    const a = app.db.select().from(actionItems).where(eq(actionItems.id, item)).get()!;
    const province = app.db.select().from(regions).where(eq(regions.code, "32")).get()!.name;
    const regency = app.db.select().from(regions).where(eq(regions.code, "32.12")).get()!.name;
    const trails: [string, [string, string | null][]][] = [
      [`/rakor/${r.id}`, [["Beranda", "/"], ["Rakor", "/rakor"], [r.title, null]]],
      [`/rakor/${r.id}/peserta`, [["Beranda", "/"], ["Rakor", "/rakor"], [r.title, `/rakor/${r.id}`], ["Peserta", null]]],
      [`/rakor/${r.id}/peserta/impor`, [["Beranda", "/"], ["Rakor", "/rakor"], [r.title, `/rakor/${r.id}`], ["Peserta", `/rakor/${r.id}/peserta`], ["Impor CSV", null]]],
      [`/rakor/${r.id}/agenda`, [["Beranda", "/"], ["Rakor", "/rakor"], [r.title, `/rakor/${r.id}`], ["Agenda", null]]],
      ["/rakor/kalender", [["Beranda", "/"], ["Rakor", "/rakor"], ["Kalender", null]]],
      [`/aksi/${a.id}`, [["Beranda", "/"], ["Rencana Aksi", "/aksi"], [a.title, null]]],
      [`/aksi/${a.id}/ubah`, [["Beranda", "/"], ["Rencana Aksi", "/aksi"], [a.title, `/aksi/${a.id}`], ["Ubah", null]]],
      ["/gugus-tugas/32.12", [["Beranda", "/"], ["Gugus Tugas", "/gugus-tugas"], [province, "/gugus-tugas/32"], [regency, null]]],
      ["/gugus-tugas/32.12/ubah", [["Beranda", "/"], ["Gugus Tugas", "/gugus-tugas"], [province, "/gugus-tugas/32"], [regency, "/gugus-tugas/32.12"], ["Perbarui data", null]]],
      ["/statistik/baru", [["Beranda", "/"], ["Statistik Kasus", "/statistik"], ["Catat angka", null]]],
      ["/admin/pengguna/baru", [["Beranda", "/"], ["Pengguna", "/admin/pengguna"], ["Tambah pengguna", null]]],
    ];
    for (const [path, trail] of trails) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(200);
      expect(breadcrumbs(await res.text()), path).toEqual(trail);
    }
    const rincian = breadcrumbs(await (await admin.get("/laporan/rincian?jenis=rakor&dari=2025-01-01&sampai=2025-06-30&wilayah=nasional")).text());
    expect(rincian).toEqual([["Beranda", "/"], ["Laporan", "/laporan?dari=2025-01-01&amp;sampai=2025-06-30&amp;wilayah=nasional"], ["Rincian angka", null]]);
  });

  it("are left off the top-level pages the navigation already names", async () => {
    const admin = await app.loginAs("admin@demo.sigap.id");
    for (const path of ["/", "/rakor", "/aksi", "/statistik", "/admin/audit"]) expect(breadcrumbs(await (await admin.get(path)).text()), path).toBeNull();
  });
});
