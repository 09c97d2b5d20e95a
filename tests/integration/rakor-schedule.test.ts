// Scheduling and changing a rakor: the form's rules (app/rakor/rules.ts: venue, platform and link,
// end after start, region agreeing with level and scope), times in the meeting's zone, the views,
// and who may do what.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, rakor } from "../../db/schema";
import { rakorForm, submit } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let indramayu: TestClient;
let nationalId: number;
let indramayuId: number;

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  indramayu = await app.loginAs("indramayu@demo.sigap.id");
  nationalId = app.db.select().from(rakor).where(eq(rakor.ref, "polri-rakornas-2025-06-04")).get()!.id;
  indramayuId = app.db.select().from(rakor).where(eq(rakor.ref, "indramayu-rakor-gt-2025-08-12")).get()!.id;
});
afterAll(() => app?.close());

const rakorCount = () => app.db.select({ n: count() }).from(rakor).get()!.n;

/** The 4 June 2025 rakor's form, ending at 12.30. */
const hybridForm = (overrides: Record<string, string> = {}) => rakorForm({ endsAt: "2025-06-04T12:30", onlineUrl: "https://zoom.us/j/1234567890", ...overrides });
const postForm = submit;

describe("scheduling a rakor", () => {
  it("stores the 10.00 WITA start as UTC with its zone, audits it, and shows it in all three zones", async () => {
    const before = rakorCount();
    const res = await postForm(secretariat, "/rakor/baru", hybridForm());
    expect(res.status).toBe(302);
    const id = Number(/\/rakor\/(\d+)/.exec(res.location!)![1]);
    const row = app.db.select().from(rakor).where(eq(rakor.id, id)).get()!;
    expect(rakorCount()).toBe(before + 1);
    expect(row.startsAt).toBe(Date.UTC(2025, 5, 4, 2, 0));
    expect(row.endsAt).toBe(Date.UTC(2025, 5, 4, 4, 30));
    expect(row.timeZone).toBe("Asia/Makassar");
    expect(row.regionCode).toBeNull();
    const audit = app.db.select().from(auditLog).where(eq(auditLog.entityId, String(id))).all();
    expect(audit.some((a) => a.entity === "rakor" && a.action === "create")).toBe(true);

    const page = await secretariat.text(`/rakor/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Rabu, 4 Juni 2025, pukul 10.00 WITA s.d. 12.30 WITA");
    expect(page.text).toContain("09.00–11.30 WIB · 11.00–13.30 WIT");
    expect(page.text).toContain("Irjen Pol Dr. Endi Sutendi (Wakil Asisten Operasi Kapolri)");
  });

  it("refuses a luring rakor without a venue, next to the field, and writes nothing", async () => {
    const before = rakorCount();
    const res = await postForm(secretariat, "/rakor/baru", hybridForm({ mode: "in_person", venue: "", onlinePlatform: "", onlineUrl: "" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Tempat wajib diisi untuk rakor luring atau hybrid.");
    expect(rakorCount()).toBe(before);
  });

  it("refuses an end before the start and writes nothing", async () => {
    const before = rakorCount();
    const res = await postForm(secretariat, "/rakor/baru", hybridForm({ endsAt: "2025-06-04T09:00" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Waktu selesai tidak boleh sebelum waktu mulai (Rabu, 4 Juni 2025, pukul 10.00 WITA).");
    expect(rakorCount()).toBe(before);
  });

  it("requires the platform for daring and a full http(s) link, and reports every problem at once", async () => {
    const before = rakorCount();
    const res = await postForm(secretariat, "/rakor/baru", hybridForm({ mode: "virtual", onlinePlatform: "", onlineUrl: "zoom.us/j/1", title: "" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Platform daring wajib diisi untuk rakor daring atau hybrid.");
    expect(res.text).toContain("Tautan rapat daring harus alamat lengkap yang diawali http:// atau https://.");
    expect(res.text).toContain("Judul rakor wajib diisi.");
    const script = await postForm(secretariat, "/rakor/baru", hybridForm({ onlineUrl: "javascript:alert(document.cookie)" }));
    expect(script.status).toBe(400);
    expect(script.text).toContain("Tautan rapat daring harus alamat lengkap yang diawali http:// atau https://.");
    expect(rakorCount()).toBe(before);
  });

  it("requires the meeting link of a scheduled daring or hybrid rakor, not of one recorded after it was held", async () => {
    const before = rakorCount();
    const scheduled = await postForm(secretariat, "/rakor/baru", hybridForm({ status: "scheduled", onlineUrl: "" }));
    expect(scheduled.status).toBe(400);
    expect(scheduled.text).toContain("Tautan rapat daring wajib diisi untuk rakor daring atau hybrid yang dijadwalkan (dikirim bersama undangan).");
    expect(rakorCount()).toBe(before);
    const held = await postForm(secretariat, "/rakor/baru", hybridForm({ status: "held", onlineUrl: "", title: "Rakor yang sudah terlaksana" }));
    expect(held.status).toBe(302);
    expect(rakorCount()).toBe(before + 1);
  });

  it("accepts a rakor spanning several days", async () => {
    const res = await postForm(secretariat, "/rakor/baru", hybridForm({ title: "Rakor dua hari", startsAt: "2025-07-01T08:00", endsAt: "2025-07-02T16:00", timeZone: "Asia/Jayapura" }));
    expect(res.status).toBe(302);
    const id = Number(/\/rakor\/(\d+)/.exec(res.location!)![1]);
    const page = await secretariat.text(`/rakor/${id}`);
    expect(page.text).toContain("Selasa, 1 Juli 2025, pukul 08.00 WIT s.d. Rabu, 2 Juli 2025, pukul 16.00 WIT");
  });

  it("requires a region that agrees with the level", async () => {
    const before = rakorCount();
    const missing = await postForm(secretariat, "/rakor/baru", hybridForm({ level: "provinsi" }));
    expect(missing.status).toBe(400);
    expect(missing.text).toContain("Wilayah wajib diisi untuk rakor tingkat provinsi.");
    const wrongLevel = await postForm(secretariat, "/rakor/baru", hybridForm({ level: "provinsi", regionCode: "64.71 · Kota Balikpapan" }));
    expect(wrongLevel.text).toContain("Wilayah harus provinsi untuk rakor tingkat provinsi; Kota Balikpapan (64.71) adalah kabupaten/kota.");
    const national = await postForm(secretariat, "/rakor/baru", hybridForm({ regionCode: "74" }));
    expect(national.text).toContain("Wilayah tidak boleh diisi untuk rakor tingkat nasional.");
    expect(rakorCount()).toBe(before);
    const ok = await postForm(secretariat, "/rakor/baru", hybridForm({ level: "kabupaten_kota", regionCode: "Kota Balikpapan", title: "Rakor Balikpapan" }));
    expect(ok.status).toBe(302);
    const id = Number(/\/rakor\/(\d+)/.exec(ok.location!)![1]);
    expect(app.db.select().from(rakor).where(eq(rakor.id, id)).get()!.regionCode).toBe("64.71");
  });

  it("keeps a regency secretariat within its own regency", async () => {
    const before = rakorCount();
    const national = await postForm(indramayu, "/rakor/baru", hybridForm());
    expect(national.status).toBe(400);
    expect(national.text).toContain("Tingkat nasional di luar cakupan Anda (Kabupaten Indramayu).");
    const elsewhere = await postForm(indramayu, "/rakor/baru", hybridForm({ level: "kabupaten_kota", regionCode: "64.71" }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.text).toContain("Wilayah Kota Balikpapan (64.71) di luar cakupan Anda (Kabupaten Indramayu).");
    expect(rakorCount()).toBe(before);
    const own = await postForm(indramayu, "/rakor/baru", hybridForm({ level: "kabupaten_kota", regionCode: "32.12", timeZone: "Asia/Jakarta", title: "Rakor GT Indramayu September" }));
    expect(own.status).toBe(302);
  });
});

describe("changing a rakor", () => {
  it("shows the stored values and saves changes", async () => {
    const form = await secretariat.text(`/rakor/${nationalId}/ubah`);
    expect(form.status).toBe(200);
    const res = await postForm(secretariat, `/rakor/${nationalId}/ubah`, hybridForm({ title: "Rakornas TPPO (diubah)" }));
    expect(res.status).toBe(302);
    expect(app.db.select().from(rakor).where(eq(rakor.id, nationalId)).get()!.title).toBe("Rakornas TPPO (diubah)");
  });

  it("leaves the rakor untouched when the change is invalid", async () => {
    const before = app.db.select().from(rakor).where(eq(rakor.id, nationalId)).get()!;
    const res = await postForm(secretariat, `/rakor/${nationalId}/ubah`, hybridForm({ title: "Tidak tersimpan", venue: "" }));
    expect(res.status).toBe(400);
    expect(app.db.select().from(rakor).where(eq(rakor.id, nationalId)).get()).toEqual(before);
  });
});

describe("who may see and change a rakor", () => {
  it("denies the Indramayu secretariat the national rakor: page, documents, edits", async () => {
    for (const path of [`/rakor/${nationalId}`, `/rakor/${nationalId}/undangan.ics`, `/rakor/${nationalId}/notulen.docx`, `/rakor/${nationalId}/daftar-hadir`, `/rakor/${nationalId}/peserta`]) {
      expect((await indramayu.get(path)).status, path).toBe(403);
    }
    const before = app.db.select().from(rakor).where(eq(rakor.id, nationalId)).get()!;
    const res = await indramayu.post(`/rakor/${nationalId}/ubah`, hybridForm({ title: "Dibajak" }));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Anda tidak berwenang");
    expect(app.db.select().from(rakor).where(eq(rakor.id, nationalId)).get()).toEqual(before);
  });

  it("lets the Indramayu secretariat work on its own rakor", async () => {
    expect((await indramayu.get(`/rakor/${indramayuId}`)).status).toBe(200);
    expect((await indramayu.get(`/rakor/${indramayuId}/agenda`)).status).toBe(200);
  });

  it("lets leaders and liaisons read but not write", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const liaison = await app.loginAs("polri@demo.sigap.id");
    for (const c of [leader, liaison]) {
      expect((await c.get(`/rakor/${nationalId}`)).status).toBe(200);
      expect((await c.get(`/rakor/${nationalId}/undangan.ics`)).status).toBe(200);
      expect((await c.get(`/rakor/${nationalId}/ubah`)).status).toBe(403);
      expect((await c.get("/rakor/baru")).status).toBe(403);
      expect((await c.post(`/rakor/${nationalId}/hasil`, { intent: "add", text: "Tidak boleh" })).status).toBe(403);
    }
    const page = await leader.text(`/rakor/${nationalId}`);
    expect(page.text).not.toContain("Ubah data rakor");
  });

  it("sends a visitor without a session to the login page", async () => {
    const res = await app.client().get(`/rakor/${nationalId}`);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toContain("/login");
  });

  it("answers 404 for a rakor that does not exist", async () => {
    expect((await secretariat.get("/rakor/999999")).status).toBe(404);
  });
});

describe("the list and the calendar", () => {
  it("lists only rakor within the user's scope", async () => {
    const page = await indramayu.text("/rakor");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Kabupaten Indramayu Tahun 2025");
    expect(page.text).not.toContain("Webinar Sinergi");
  });

  it("filters by year, level, mode, status, region and text", async () => {
    const byYear = await secretariat.text("/rakor?tahun=2023");
    expect(byYear.text).toContain("Webinar Sinergi");
    expect(byYear.text).not.toContain("Kabupaten Indramayu Tahun 2025");
    const byMode = await secretariat.text("/rakor?bentuk=in_person");
    expect(byMode.text).toContain("Kabupaten Indramayu Tahun 2025");
    expect(byMode.text).not.toContain("Webinar Sinergi");
    const byRegion = await secretariat.text("/rakor?wilayah=32");
    expect(byRegion.text).toContain("Kabupaten Indramayu Tahun 2025");
    expect(byRegion.text).not.toContain("Webinar Sinergi");
    const byText = await secretariat.text("/rakor?q=webinar");
    expect(byText.text).toContain("Webinar Sinergi");
    expect(byText.text).toContain("1 rakor sesuai pilihan");
    const byLevelStatus = await secretariat.text("/rakor?tingkat=kabupaten_kota&status=held");
    expect(byLevelStatus.text).toContain("Kabupaten Indramayu Tahun 2025");
    expect(byLevelStatus.text).not.toContain("Webinar Sinergi");
  });

  it("pages through long lists", async () => {
    for (let i = 0; i < 22; i++) {
      const res = await secretariat.post("/rakor/baru", hybridForm({ title: `Rakor rutin nomor ${i + 1}`, startsAt: `2030-01-${String(i + 1).padStart(2, "0")}T09:00`, endsAt: "" }));
      expect(res.status).toBe(302);
    }
    const first = await secretariat.text("/rakor?tahun=2030");
    expect(first.text).toContain("22 rakor sesuai pilihan");
    expect(first.text).toContain("Halaman 1 dari 2");
    expect(first.text).toContain("Rakor rutin nomor 22");
    const second = await secretariat.text("/rakor?tahun=2030&halaman=2");
    expect(second.text).toContain("Rakor rutin nomor 1 ");
    expect(second.text).not.toContain("Rakor rutin nomor 22");
  });

  it("places rakor on the month calendar by their own zone's date", async () => {
    const page = await secretariat.text("/rakor/kalender?bulan=2025-06");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Juni 2025");
    expect(page.text).toContain("10.00 WITA");
    const other = await indramayu.text("/rakor/kalender?bulan=2025-06");
    expect(other.text).not.toContain("10.00 WITA");
  });
});
