// Sites and attendees: thirty people in one paste, the row editor, CSV and Zoom imports that
// write all or nothing, and the printable attendance list.
import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, attendees, auditLog, rakorSites } from "../../db/schema";
import { createRakor, rowsForm, siteForm, submit, uploadForm } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
let rakorId: number;
let kolaka: number;
let balikpapan: number;

const people = () => app.db.select().from(attendees).where(eq(attendees.rakorId, rakorId)).orderBy(attendees.position).all();
const peopleCount = () => app.db.select({ n: count() }).from(attendees).where(eq(attendees.rakorId, rakorId)).get()!.n;

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
  rakorId = await createRakor(secretariat);
});
afterAll(() => app?.close());

describe("sites", () => {
  it("adds sites with agency, region and their own chair", async () => {
    const a = await submit(secretariat, `/rakor/${rakorId}/lokasi`, siteForm("Aula Kemitraan Polres Kolaka", { agency: "Polres Kolaka", regionCode: "74.01 · Kabupaten Kolaka" }));
    expect(a.status).toBe(302);
    const b = await submit(
      secretariat,
      `/rakor/${rakorId}/lokasi`,
      siteForm("Ruang Rapat Setya Haprabu, Lantai 2 Polresta Balikpapan", {
        agency: "Polresta Balikpapan",
        regionCode: "Kota Balikpapan",
        chairName: "Anton Firmanto, S.H., S.I.K., M.Si.",
        chairRank: "Kombes Pol",
        chairPosition: "Kapolresta Balikpapan",
        chairAgency: "Polresta Balikpapan",
      }),
    );
    expect(b.status).toBe(302);
    const sites = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).orderBy(rakorSites.position).all();
    expect(sites.map((s) => [s.position, s.regionCode, s.chairName])).toEqual([
      [1, "74.01", null],
      [2, "64.71", "Anton Firmanto, S.H., S.I.K., M.Si."],
    ]);
    [kolaka, balikpapan] = sites.map((s) => s.id);
    const page = await secretariat.text(`/rakor/${rakorId}`);
    expect(page.text).toContain("Kombes Pol Anton Firmanto, S.H., S.I.K., M.Si. (Kapolresta Balikpapan)");
  });

  it("refuses a site without a name or with an unknown region, writing nothing", async () => {
    const res = await submit(secretariat, `/rakor/${rakorId}/lokasi`, siteForm("", { regionCode: "Kota Atlantis" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Nama lokasi wajib diisi.");
    expect(res.text).toContain("Wilayah tidak ditemukan");
    expect(app.db.select({ n: count() }).from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).get()!.n).toBe(2);
  });

  it("reorders sites", async () => {
    expect((await submit(secretariat, `/rakor/${rakorId}/lokasi`, { intent: "move", id: String(balikpapan), direction: "up" })).status).toBe(302);
    const order = app.db.select().from(rakorSites).where(eq(rakorSites.rakorId, rakorId)).orderBy(rakorSites.position).all().map((s) => s.id);
    expect(order).toEqual([balikpapan, kolaka]);
  });
});

describe("adding people quickly", () => {
  it("adds thirty people from one pasted list, at the chosen site", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Peserta ${i + 1}; Bripka; Anggota Unit ${i + 1}; Polres Kolaka`);
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta`, { intent: "paste", list: lines.join("\n"), site: String(kolaka), role: "participant", attendance: "online" });
    expect(res.status).toBe(302);
    const rows = people();
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.siteId === kolaka && r.attendance === "online" && r.rank === "Bripka")).toBe(true);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const polresKolaka = app.db.select().from(agencies).where(eq(agencies.name, "Polres Kolaka")).all();
    expect(polresKolaka).toHaveLength(1);
    const audits = app.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, "attendee"), eq(auditLog.action, "create"))).get()!.n;
    expect(audits).toBeGreaterThanOrEqual(30);
  });

  it("reports a broken pasted line by number and adds nobody", async () => {
    const before = peopleCount();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta`, { intent: "paste", list: "Budi; AKP; Kasat; Polri\n\n; Iptu; Kanit; Polri", site: "", role: "participant", attendance: "in_person" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Baris 3: Nama kosong.");
    expect(peopleCount()).toBe(before);
  });

  it("refuses a site that belongs to another rakor", async () => {
    const before = peopleCount();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta`, { intent: "paste", list: "Budi", site: "999999", role: "participant", attendance: "in_person" });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Lokasi tidak dikenal.");
    expect(peopleCount()).toBe(before);
  });
});

describe("the row editor", () => {
  it("updates, removes and adds rows in one save", async () => {
    const [first, second] = people();
    const res = await submit(
      secretariat,
      `/rakor/${rakorId}/peserta`,
      rowsForm([
        { rowId: String(first.id), name: "Ridwan", rank: "AKP", jobTitle: "Kasat Binmas", agency: "Polres Kolaka", site: String(kolaka), attendance: "online" },
        { rowId: String(second.id), name: second.name, site: String(kolaka), remove: true },
        { name: "Dr. Endi Sutendi", rank: "Irjen Pol", jobTitle: "Wakil Asisten Operasi Kapolri", agency: "Polri", role: "chair", attendance: "in_person" },
        { name: "Sangidun", rank: "Ipda", jobTitle: "Kasi Humas Polresta Balikpapan", agency: "Polresta Balikpapan", site: String(balikpapan), role: "secretary", attendance: "online" },
        {},
        {},
      ]),
    );
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/rakor/${rakorId}/peserta`);
    expect((await secretariat.text(res.location!)).text).toContain("Tersimpan: 2 peserta ditambahkan, 1 diperbarui, 1 dihapus.");
    const rows = people();
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ name: "Ridwan", rank: "AKP", jobTitle: "Kasat Binmas" });
    expect(rows.some((r) => r.id === second.id)).toBe(false);
    expect(rows.find((r) => r.name === "Dr. Endi Sutendi")).toMatchObject({ siteId: null, role: "chair", attendance: "in_person" });
    expect(rows.find((r) => r.name === "Sangidun")).toMatchObject({ siteId: balikpapan, role: "secretary" });
  });

  it("marks a row without a name and saves none of the rows", async () => {
    const before = people();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta`, rowsForm([{ rowId: String(before[0].id), name: "Nama Baru" }, { rank: "AKP", jobTitle: "Kanit" }]));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Belum tersimpan: perbaiki isian yang ditandai merah pada tabel.");
    expect(res.text).toContain("Nama wajib diisi.");
    expect(people()).toEqual(before);
  });

  it("reports each row's error under rows[<index>].<field>, on that row's cell", async () => {
    const before = people();
    const form = rowsForm([{ rowId: String(before[0].id), name: before[0].name }, { name: "Tamu", site: "999999" }, { rank: "AKP" }, {}]);
    const data = await secretariat.post(`/rakor/${rakorId}/peserta?_data=${encodeURIComponent("routes/rakor.$id.peserta")}`, form);
    expect(data.status).toBe(400);
    expect(((await data.json()) as { errors: Record<string, string> }).errors).toEqual({ "rows[1].site": "Lokasi tidak dikenal.", "rows[2].name": "Nama wajib diisi." });

    const html = await (await secretariat.post(`/rakor/${rakorId}/peserta`, form)).text();
    const cell = /<input[^>]*name="rows\[2\]\.name"[^>]*>/.exec(html)?.[0] ?? "";
    expect(cell).toContain('aria-invalid="true"');
    expect(cell).toContain('aria-describedby="f-rows[2].name-error"');
    expect(html).toMatch(/id="f-rows\[2\]\.name-error"[^>]*>Nama wajib diisi\./);
    expect(/<select[^>]*name="rows\[1\]\.site"[^>]*>/.exec(html)?.[0]).toContain('aria-invalid="true"');
    // The summary at the top of the form links to both cells.
    expect(html).toContain('href="#f-rows[1].site"');
    expect(html).toContain('href="#f-rows[2].name"');
    expect(people()).toEqual(before);
  });

  it("records an address for invitations, refuses a malformed one at its cell, and keeps it when a row is saved without one", async () => {
    await submit(secretariat, `/rakor/${rakorId}/peserta`, { intent: "paste", list: "Kasat PPA Uji Surel", site: "", role: "participant", attendance: "in_person" });
    const person = people().find((p) => p.name === "Kasat PPA Uji Surel")!;
    const row = { rowId: String(person.id), name: person.name };
    const bad = await secretariat.post(`/rakor/${rakorId}/peserta?_data=${encodeURIComponent("routes/rakor.$id.peserta")}`, rowsForm([{ ...row, email: "bukan-alamat" }]));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors).toEqual({ "rows[0].email": "Alamat surel tidak valid; tulis misalnya nama@instansi.go.id." });
    expect(people().find((p) => p.id === person.id)!.email).toBeNull();

    expect((await submit(secretariat, `/rakor/${rakorId}/peserta`, rowsForm([{ ...row, email: " Kasat.PPA@Polri.go.id " }]))).status).toBe(302);
    expect(people().find((p) => p.id === person.id)!.email).toBe("kasat.ppa@polri.go.id");
    expect(await (await secretariat.get(`/rakor/${rakorId}/peserta`)).text()).toContain('value="kasat.ppa@polri.go.id"');
    // a row posted without the address field (an older form) keeps it
    expect((await submit(secretariat, `/rakor/${rakorId}/peserta`, rowsForm([{ ...row, jobTitle: "Kasat PPA" }]))).status).toBe(302);
    expect(people().find((p) => p.id === person.id)!.email).toBe("kasat.ppa@polri.go.id");
  });

  it("will not touch an attendee of another rakor", async () => {
    const other = await createRakor(secretariat, { title: "Rakor lain" });
    await submit(secretariat, `/rakor/${other}/peserta`, { intent: "paste", list: "Orang rakor lain", site: "", role: "participant", attendance: "in_person" });
    const foreign = app.db.select().from(attendees).where(eq(attendees.rakorId, other)).get()!;
    const before = peopleCount();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta`, rowsForm([{ rowId: String(foreign.id), name: "Diambil alih" }]));
    expect(res.status).toBe(400);
    expect(app.db.select().from(attendees).where(eq(attendees.id, foreign.id)).get()!.name).toBe("Orang rakor lain");
    expect(peopleCount()).toBe(before);
  });
});

describe("a site with people", () => {
  it("cannot be deleted while people are recorded there", async () => {
    const res = await submit(secretariat, `/rakor/${rakorId}/lokasi`, { intent: "delete", id: String(kolaka) });
    expect(res.status).toBe(409);
    expect(res.text).toContain("Lokasi ini masih memiliki 29 peserta.");
    expect(app.db.select().from(rakorSites).where(eq(rakorSites.id, kolaka)).get()).toBeDefined();
  });
});

const ZOOM_CSV = [
  "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
  "Polda Sumsel (Operator Polda),ops.sumsel@polri.go.id,06/04/2025 09:58:01 AM,06/04/2025 10:40:12 AM,43,Yes",
  "Asisten Deputi KemenPPPA,asdep@kemenpppa.go.id,06/04/2025 10:00:00 AM,06/04/2025 12:00:00 PM,120,Yes",
  "Polda Sumsel,ops.sumsel@polri.go.id,06/04/2025 10:45:30 AM,06/04/2025 12:30:00 PM,105,Yes",
  "Sangidun,,06/04/2025 10:00:00 AM,06/04/2025 12:00:00 PM,120,Yes",
].join("\n");

describe("importing a CSV", () => {
  it("imports Zoom's participants report: a person who rejoined is one attendee with the minutes summed", async () => {
    const before = peopleCount();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "online" }, { name: "participants_81234567890.csv", bytes: ZOOM_CSV, type: "text/csv" }));
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/rakor/${rakorId}/peserta`);
    expect((await secretariat.text(res.location!)).text).toContain("Tersimpan: 2 peserta ditambahkan, 1 diperbarui.");
    expect(peopleCount()).toBe(before + 2);
    const sumsel = app.db.select().from(attendees).where(and(eq(attendees.rakorId, rakorId), eq(attendees.email, "ops.sumsel@polri.go.id"))).all();
    expect(sumsel).toHaveLength(1);
    // The name as shown in Zoom is kept whole, from the person's first session.
    expect(sumsel[0]).toMatchObject({ name: "Polda Sumsel (Operator Polda)", durationMinutes: 148, attendance: "online", siteId: null });
    // Sangidun was already on the list: matched by name, given his Zoom minutes, not duplicated.
    const sangidun = app.db.select().from(attendees).where(and(eq(attendees.rakorId, rakorId), eq(attendees.name, "Sangidun"))).all();
    expect(sangidun).toHaveLength(1);
    expect(sangidun[0]).toMatchObject({ durationMinutes: 120, siteId: balikpapan, role: "secretary" });
  });

  it("importing the same report again changes nobody's count", async () => {
    const before = peopleCount();
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "online" }, { name: "participants.csv", bytes: ZOOM_CSV }));
    expect(res.status).toBe(302);
    expect((await secretariat.text(res.location!)).text).toContain("Tidak ada perubahan: 3 peserta sudah tercatat.");
    expect(peopleCount()).toBe(before);
    expect(app.db.select().from(attendees).where(eq(attendees.email, "ops.sumsel@polri.go.id")).get()!.durationMinutes).toBe(148);
  });

  it("reports broken rows by line number and writes nothing", async () => {
    const before = people();
    const auditBefore = app.db.select({ n: count() }).from(auditLog).get()!.n;
    const csv = ["Nama,Pangkat,Jabatan,Instansi,Lokasi,Peran,Kehadiran", "Budi,AKP,Kasat,Polri,,peserta,hadir luring", ",Iptu,Kanit,Polri,,peserta,hadir luring", "Siti,,,Polri,Gedung Tidak Ada,peserta,hadir", "Rina,,,Polri,,kepala,hadir"].join("\n");
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "in_person" }, { name: "hadir.csv", bytes: csv }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Tidak ada yang diimpor");
    expect(res.text).toContain("Baris 3: Nama kosong.");
    expect(res.text).toContain('Baris 4: Lokasi "Gedung Tidak Ada" tidak ada di rakor ini');
    expect(res.text).toContain('Baris 5: Peran "kepala" tidak dikenal');
    expect(people()).toEqual(before);
    expect(app.db.select({ n: count() }).from(auditLog).get()!.n).toBe(auditBefore);
  });

  it("reports a location the rakor does not have, and writes nothing", async () => {
    const before = peopleCount();
    const csv = "Nama;Instansi;Lokasi\nBudi;Polri;Aula Kemitraan Polres Kolaka\nSiti;Polri;Gedung Tidak Ada";
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "in_person" }, { name: "hadir.csv", bytes: csv }));
    expect(res.status).toBe(400);
    expect(res.text).toContain('Baris 3: Lokasi "Gedung Tidak Ada" tidak ada di rakor ini');
    expect(peopleCount()).toBe(before);
  });

  it("imports our own CSV into the named sites", async () => {
    const csv = "Nama,Pangkat,Jabatan,Instansi,Lokasi,Peran,Kehadiran\nNurman,IPDA,Kaurbiops Satreskrim,Polres Kolaka,Aula Kemitraan Polres Kolaka,peserta,hadir daring\nPerwakilan Dinas Sosial,,,Dinas Sosial Kota Balikpapan,,peserta,tidak hadir\n";
    const res = await submit(secretariat, `/rakor/${rakorId}/peserta/impor`, uploadForm({ site: "", role: "participant", attendance: "in_person" }, { name: "hadir.csv", bytes: csv }));
    expect(res.status).toBe(302);
    expect(app.db.select().from(attendees).where(and(eq(attendees.rakorId, rakorId), eq(attendees.name, "Nurman"))).get()).toMatchObject({ siteId: kolaka, attendance: "online", rank: "IPDA" });
    expect(app.db.select().from(attendees).where(and(eq(attendees.rakorId, rakorId), eq(attendees.name, "Perwakilan Dinas Sosial"), isNull(attendees.siteId))).get()).toMatchObject({ attendance: "absent" });
  });

  it("offers its CSV template", async () => {
    const res = await secretariat.get("/rakor/templat-peserta.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("attachment");
    expect(await res.text()).toContain("Nama,Pangkat,Jabatan,Instansi,Lokasi,Peran,Kehadiran,Email");
  });
});

describe("the printable attendance list", () => {
  it("lists everyone by place, with a signature column and blank rows on request", async () => {
    const page = await secretariat.text(`/rakor/${rakorId}/daftar-hadir?kosong=5`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("DAFTAR HADIR");
    expect(page.text).toContain("Tanda tangan");
    expect(page.text).toContain("Tempat utama: Mabes Polri, Jakarta");
    expect(page.text).toContain("Irjen Pol / Wakil Asisten Operasi Kapolri");
    expect(page.text).toContain("Aula Kemitraan Polres Kolaka");
    expect(page.text).toContain(`${peopleCount() + 5}.`);
  });

  it("is readable by a leader, who gets no editing tabs", async () => {
    const leader = await app.loginAs("pimpinan@demo.sigap.id");
    const page = await leader.text(`/rakor/${rakorId}/daftar-hadir`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("Peserta Agenda Bahan");
    expect((await leader.get(`/rakor/${rakorId}/peserta`)).status).toBe(403);
  });
});
