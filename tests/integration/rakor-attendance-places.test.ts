// Attendance as it happened at the 4 June 2025 rakor: Zoom's participants report keeps each name
// whole with the minutes connected (summed over rejoins), puts nobody at a site, and writes nothing
// when imported again; the daftar hadir and the notulen count the venue, each site and online apart.
import { readFileSync } from "node:fs";
import { and, count, eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, attendees, auditLog, rakor, rakorSites } from "../../db/schema";
import { createRakor, siteForm, submit, uploadForm } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

const ZOOM_REPORT = readFileSync("tests/fixtures/zoom-participants-2025-06-04.csv", "utf8");

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;
let kolaka: number;
let balikpapan: number;

const people = () => app.db.select().from(attendees).where(eq(attendees.rakorId, rakorId)).orderBy(attendees.position).all();
const auditCount = () => app.db.select({ n: count() }).from(auditLog).get()!.n;
const agencyCount = () => app.db.select({ n: count() }).from(agencies).get()!.n;
const updatedAt = () => app.db.select({ t: rakor.updatedAt }).from(rakor).where(eq(rakor.id, rakorId)).get()!.t;
const importReport = (csv: string, site = "") =>
  submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site, role: "participant", attendance: "online" }, { name: "participants_81234567890.csv", bytes: csv, type: "text/csv" }));

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await createRakor(secretariat);
  for (const [name, agency] of [
    ["Aula Kemitraan Polres Kolaka", "Polres Kolaka"],
    ["Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan", "Polresta Balikpapan"],
  ]) {
    expect((await submit(secretariat, `/rakor/${rakorId}/lokasi`, siteForm(name, { agency }))).status).toBe(302);
  }
  [kolaka, balikpapan] = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).orderBy(rakorSites.position).all().map((s) => s.id);
  const paste = (list: string, site: string, attendance: string) => submit(secretariat, `/rakor/${rakorId}/peserta`, { intent: "paste", list, site, role: "participant", attendance });
  expect((await paste("Dr. Endi Sutendi; Irjen Pol; Wakil Asisten Operasi Kapolri; Polri\nDrs. Eko; Brigjen Pol;; Polri\nPerwakilan Kemenlu;;; Kementerian Luar Negeri", "", "in_person")).status).toBe(302);
  expect((await paste("Ridwan; AKP; Kasat Binmas; Polres Kolaka\nIr. H. A. Abbas, M.Si;; Asisten II Bupati Kolaka; Pemerintah Kabupaten Kolaka", String(kolaka), "online")).status).toBe(302);
  // One invitee at the venue who did not come: listed, not counted as present.
  const absent = await paste("Perwakilan Dinas Sosial;;; Dinas Sosial Kota Balikpapan", "", "absent");
  expect(absent.status).toBe(302);
});
afterAll(() => app?.close());

describe("importing Zoom's participants report", () => {
  it("refuses a report with a broken line, naming the line, and writes nothing", async () => {
    const before = people();
    const audits = auditCount();
    const broken = ZOOM_REPORT.replace("Nurman,,06/04/2025 10:02:00 AM,06/04/2025 11:00:00 AM,58,Yes", "Nurman,,06/04/2025 10:02:00 AM,06/04/2025 11:00:00 AM,lima puluh,Yes");
    const res = await importReport(broken);
    expect(res.status).toBe(400);
    expect(res.text).toContain("Tidak ada yang diimpor");
    expect(res.text).toContain('Baris 9: Durasi "lima puluh" bukan angka menit.');
    expect(people()).toEqual(before);
    expect(auditCount()).toBe(audits);
  });

  it("keeps each name whole, sums a rejoin, keeps the e-mail and puts every participant online at no site", async () => {
    const agenciesBefore = agencyCount();
    // The form still offers a site for people without one (here Kolaka): Zoom participants are not put there.
    const res = await importReport(ZOOM_REPORT, String(kolaka));
    expect(res.status).toBe(302);
    expect((await secretariat.text(res.location!)).text).toContain("Tersimpan: 4 peserta ditambahkan.");
    const zoom = people().filter((p) => p.durationMinutes !== null);
    expect(zoom.map((p) => [p.name, p.durationMinutes, p.email, p.attendance, p.siteId])).toEqual([
      ["Polresta Balikpapan (Anton Firmanto)", 148, "humas.balikpapan@polri.go.id", "online", null],
      ["Asisten Deputi KemenPPPA", 120, "asdep@kemenpppa.go.id", "online", null],
      ["Polda Sumsel (Operator Polda)", 150, "ops.sumsel@polri.go.id", "online", null],
      ["Nurman", 143, null, "online", null],
    ]);
    // The agency part of a name is linked when that agency is known; no agency is made from a Zoom name.
    const polrestaBalikpapan = app.db.select().from(agencies).where(eq(agencies.name, "Polresta Balikpapan")).get()!;
    expect(zoom[0].agencyId).toBe(polrestaBalikpapan.id);
    expect(zoom[3].agencyId).toBeNull();
    expect(agencyCount()).toBe(agenciesBefore);
  });

  it("writes nothing when the same report is imported again, and says so", async () => {
    const before = people();
    const audits = auditCount();
    const touched = updatedAt();
    const res = await importReport(ZOOM_REPORT);
    expect(res.status).toBe(302);
    expect((await secretariat.text(res.location!)).text).toContain("Tidak ada perubahan: 4 peserta sudah tercatat.");
    expect(people()).toEqual(before);
    expect(auditCount()).toBe(audits);
    expect(updatedAt()).toBe(touched);
  });

  it("updates only what changed: one more session for one participant", async () => {
    const longer = `${ZOOM_REPORT}Asisten Deputi KemenPPPA,asdep@kemenpppa.go.id,06/04/2025 12:10:00 PM,06/04/2025 12:30:00 PM,20,Yes\r\n`;
    const res = await importReport(longer);
    expect(res.status).toBe(302);
    expect((await secretariat.text(res.location!)).text).toContain("Tersimpan: 1 diperbarui; 3 peserta sudah tercatat.");
    expect(app.db.select().from(attendees).where(and(eq(attendees.rakorId, rakorId), eq(attendees.email, "asdep@kemenpppa.go.id"))).get()).toMatchObject({ durationMinutes: 140, siteId: null });
  });
});

describe("counting the venue, each site and online apart", () => {
  it("the daftar hadir counts each place once and shows the minutes connected", async () => {
    const page = await secretariat.text(`/rakor/${rakorId}/daftar-hadir`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Jumlah hadir — Hadir di tempat: 3; Aula Kemitraan Polres Kolaka: 2; Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan: 0; Daring: 4.");
    expect(page.text).toContain("Daring (tanpa lokasi)");
    expect(page.text).toContain("Hadir daring · 148 menit");
    expect(page.text).toContain("Hadir daring · 143 menit");
    // The online participants are listed under Daring, after the sites, not at the venue or in Kolaka.
    const text = page.text;
    expect(text.indexOf("Polresta Balikpapan (Anton Firmanto)")).toBeGreaterThan(text.indexOf("Daring (tanpa lokasi)"));
    expect(text.indexOf("Daring (tanpa lokasi)")).toBeGreaterThan(text.indexOf("Ir. H. A. Abbas, M.Si"));
  });

  it("moving a participant to a site moves the count there", async () => {
    const nurman = people().find((p) => p.name === "Nurman")!;
    app.db.update(attendees).set({ siteId: balikpapan }).where(eq(attendees.id, nurman.id)).run();
    try {
      const page = await secretariat.text(`/rakor/${rakorId}/daftar-hadir`);
      expect(page.text).toContain("Aula Kemitraan Polres Kolaka: 2; Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan: 1; Daring: 3.");
    } finally {
      app.db.update(attendees).set({ siteId: null }).where(eq(attendees.id, nurman.id)).run();
    }
  });

  it("the notulen counts the venue, each site and online apart, and lists the minutes connected", async () => {
    const res = await secretariat.get(`/rakor/${rakorId}/notulen.docx`);
    expect(res.status).toBe(200);
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]);
    const paragraphs = xml
      .split("</w:p>")
      .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("").replace(/&amp;/g, "&"))
      .filter((p) => p.trim() !== "");
    const text = paragraphs.join("\n");
    expect(text).toContain("Tempat utama (Mabes Polri, Jakarta): 3 orang");
    expect(text).toContain("Aula Kemitraan Polres Kolaka: 2 orang");
    expect(text).toContain("Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan: 0 orang");
    expect(text).toContain("Daring (tanpa lokasi): 4 orang");
    expect(text).toContain("Lokasi: Daring (tanpa lokasi)");
    expect(text).toContain("Polresta Balikpapan (Anton Firmanto)");
    expect(text).toContain("Hadir daring (148 menit)");
    expect(text).toContain("Rapat dihadiri oleh 9 orang (3 hadir luring dan 6 hadir daring)");
  });

  it("a rakor without sites lists the venue and online when both have people", async () => {
    const other = await createRakor(secretariat, { title: "Rakor tanpa lokasi", startsAt: "2025-06-05T10:00" });
    await submit(secretariat, `/rakor/${other}/peserta`, { intent: "paste", list: "Budi; AKP; Kasat; Polri", site: "", role: "participant", attendance: "in_person" });
    const imported = await submit(secretariat, `/rakor/${other}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "online" }, { name: "zoom.csv", bytes: ZOOM_REPORT }));
    expect(imported.status).toBe(302);
    const page = await secretariat.text(`/rakor/${other}/daftar-hadir`);
    expect(page.text).toContain("Jumlah hadir — Hadir di tempat: 1; Daring: 4.");
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await (await secretariat.get(`/rakor/${other}/notulen.docx`)).arrayBuffer()))["word/document.xml"]);
    const plain = xml.replace(/<[^>]+>/g, "");
    expect(plain).toContain("Rapat diikuti di tempat utama dan secara daring");
    expect(plain).toContain("Daring (tanpa lokasi): 4 orang");
  });
});
