// Rakor series, as the Kepri secretariat uses them: a monthly rakor scheduled once becomes twelve
// real rakor in WIB; a rule that yields no date is refused at its field; an occurrence cannot be
// moved before the previous one; "this and the following" splits the series and moves only the
// occurrences not yet held; a cancelled occurrence is an EXDATE of the series' calendar file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "../support/aksi";
import { rakorForm, submit } from "../support/rakor";
import { startTestApp, type TestApp, type TestClient } from "../support/server";

let app: TestApp;
let secretariat: TestClient;
const TITLE = "Rakor Bulanan Gugus Tugas TPPO Provinsi Kepulauan Riau";

const kepri = (overrides: Record<string, string> = {}) =>
  rakorForm({
    title: TITLE,
    level: "provinsi",
    regionCode: "21",
    organizer: "Polda Kepulauan Riau",
    chairName: "Drs. Asep Safrudin",
    chairRank: "Irjen Pol",
    chairPosition: "Kapolda Kepulauan Riau",
    chairAgency: "Polda Kepulauan Riau",
    status: "scheduled",
    timeZone: "Asia/Jakarta",
    startsAt: "2026-01-25T09:00",
    endsAt: "2026-01-25T12:00",
    venue: "Aula Polda Kepri, Batam",
    onlineUrl: "https://zoom.us/j/2125",
    ulang: "monthly_day",
    ulangAkhir: "jumlah",
    ulangJumlah: "12",
    ...overrides,
  });

interface Row {
  id: number;
  series_id: number;
  series_starts_at: number;
  starts_at: number;
  ends_at: number;
  venue: string;
  status: string;
  title: string;
}
const occurrences = (): Row[] => app.db.$client.prepare("SELECT * FROM rakor WHERE title = ? AND series_id IS NOT NULL ORDER BY series_starts_at").all(TITLE) as Row[];
const seriesRows = () => app.db.$client.prepare("SELECT * FROM rakor_series ORDER BY id").all() as { id: number; rule: string; kind: string; time_zone: string; previous_series_id: number | null; starts_at: number }[];
const wib = (local: string) => Date.parse(`${local}:00+07:00`);
const editForm = (overrides: Record<string, string>) => {
  const { ulang: _u, ulangAkhir: _a, ulangJumlah: _j, ...fields } = kepri();
  return { ...fields, konfirmasiDuplikat: "", ...overrides };
};
const icsLines = (text: string) => text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);

beforeAll(async () => {
  app = await startTestApp();
  secretariat = await app.loginAs("sekretariat@demo.sigap.id");
});
afterAll(() => app.close());

describe("scheduling a monthly series", () => {
  it("previews the dates without writing anything", async () => {
    const res = await submit(secretariat, "/rakor/baru", { ...kepri(), intent: "pratinjau-seri" });
    expect(res.status).toBe(200);
    expect(res.text).toContain("12 pertemuan:");
    expect(res.text).toContain("Minggu, 25 Januari 2026, pukul 09.00 WIB s.d. 12.00 WIB");
    expect(res.text).toContain("Jumat, 25 Desember 2026, pukul 09.00 WIB s.d. 12.00 WIB");
    expect(count(app, "SELECT count(*) FROM rakor_series")).toBe(0);
  });

  it("a rule that yields no date is a field error and writes nothing", async () => {
    const before = count(app, "SELECT count(*) FROM rakor");
    const res = await submit(secretariat, "/rakor/baru", kepri({ ulangAkhir: "sampai", ulangSampai: "2026-01-10" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Aturan ini tidak menghasilkan satu tanggal pun: tanggal akhir sebelum rakor pertama (25 Januari 2026).");
    const weekday = await submit(secretariat, "/rakor/baru", kepri({ ulang: "monthly_weekday", ulangMinggu: "-1", startsAt: "2026-01-02T09:00", endsAt: "", ulangAkhir: "sampai", ulangSampai: "2026-01-20" }));
    expect(weekday.status).toBe(400);
    expect(weekday.text).toContain("Aturan ini tidak menghasilkan satu tanggal pun sampai tanggal itu (setiap Jumat terakhir).");
    expect(count(app, "SELECT count(*) FROM rakor")).toBe(before);
    expect(count(app, "SELECT count(*) FROM rakor_series")).toBe(0);
  });

  it("creates the series and twelve real rakor in Kepri's zone (WIB), in one go", async () => {
    expect(count(app, "SELECT count(*) FROM regions WHERE code = '21' AND time_zone = 'Asia/Jakarta'")).toBe(1);
    const res = await submit(secretariat, "/rakor/baru", kepri());
    expect(res.status).toBe(302);
    const rows = occurrences();
    expect(rows).toHaveLength(12);
    expect(res.location).toBe(`/rakor/${rows[0].id}`);
    const [series] = seriesRows();
    expect(series).toMatchObject({ kind: "monthly_day", rule: "FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12", time_zone: "Asia/Jakarta", starts_at: wib("2026-01-25T09:00") });
    expect(rows.map((r) => r.starts_at)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => wib(`2026-${m}-25T09:00`)));
    expect(rows.every((r) => r.series_id === series.id && r.series_starts_at === r.starts_at && r.ends_at - r.starts_at === 3 * 3600_000 && r.venue === "Aula Polda Kepri, Batam")).toBe(true);
  });

  it("names the series on the rakor page and in the list", async () => {
    const third = occurrences()[2];
    const page = await secretariat.text(`/rakor/${third.id}`);
    expect(page.text).toContain("Rakor bulanan · pertemuan ke-3 dari 12");
    expect(page.text).toContain("Pertemuan sebelumnya: Rabu, 25 Februari 2026, pukul 09.00 WIB s.d. 12.00 WIB");
    expect(page.text).toContain("Pertemuan berikutnya: Sabtu, 25 April 2026");
    const list = await secretariat.text("/rakor?q=Kepulauan+Riau&tahun=2026");
    expect(list.text).toContain("Rakor bulanan · 3/12");
  });

  it("asks before scheduling a series on the days of rakor already recorded", async () => {
    const before = count(app, "SELECT count(*) FROM rakor");
    const res = await submit(secretariat, "/rakor/baru", kepri({ konfirmasiDuplikat: "", ulangJumlah: "2" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain(`Rakor “${TITLE}” pada Minggu, 25 Januari 2026 (/rakor/${occurrences()[0].id})`);
    expect(res.text).toContain("Tetap simpan");
    expect(count(app, "SELECT count(*) FROM rakor")).toBe(before);
  });
});

describe("changing one occurrence", () => {
  it("refuses to move an occurrence to or before the previous one, writing nothing", async () => {
    const third = occurrences()[2];
    const res = await submit(secretariat, `/rakor/${third.id}/ubah`, editForm({ lingkup: "ini", startsAt: "2026-02-25T09:00", endsAt: "2026-02-25T12:00" }));
    expect(res.status).toBe(400);
    expect(res.text).toContain("Rakor ini tidak dapat dipindah ke Rabu, 25 Februari 2026, pukul 09.00 WIB: pertemuan sebelumnya dalam seri (ke-2) berlangsung Rabu, 25 Februari 2026, pukul 09.00 WIB.");
    const after = occurrences()[2];
    expect(after.starts_at).toBe(third.starts_at);
    const late = await submit(secretariat, `/rakor/${third.id}/ubah`, editForm({ lingkup: "ini", startsAt: "2026-04-25T09:00", endsAt: "2026-04-25T12:00" }));
    expect(late.status).toBe(400);
    expect(late.text).toContain("pertemuan berikutnya dalam seri (ke-4)");
  });

  it("moves only this rakor, keeping the start the rule gave it", async () => {
    const third = occurrences()[2];
    const res = await submit(secretariat, `/rakor/${third.id}/ubah`, editForm({ lingkup: "ini", startsAt: "2026-03-27T10:00", endsAt: "2026-03-27T12:00", venue: "Hotel Harmoni, Batam" }));
    expect(res.status).toBe(302);
    const rows = occurrences();
    expect(rows[2]).toMatchObject({ id: third.id, starts_at: wib("2026-03-27T10:00"), series_starts_at: wib("2026-03-25T09:00"), venue: "Hotel Harmoni, Batam" });
    expect(rows[3].venue).toBe("Aula Polda Kepri, Batam");
  });

  it("cancels one occurrence, which the series calendar lists as an EXDATE", async () => {
    const may = occurrences()[4];
    expect((await submit(secretariat, `/rakor/${may.id}/ubah`, editForm({ lingkup: "ini", startsAt: "2026-05-25T09:00", endsAt: "2026-05-25T12:00", status: "cancelled" }))).status).toBe(302);
    const res = await secretariat.get(`/rakor/${may.id}/seri.ics`);
    expect(res.headers.get("Content-Type")).toContain("text/calendar");
    const lines = icsLines(await res.text());
    expect(lines).toContain("RRULE:FREQ=MONTHLY;BYMONTHDAY=25;COUNT=12");
    expect(lines).toContain("DTSTART;TZID=Asia/Jakarta:20260125T090000");
    expect(lines).toContain("EXDATE;TZID=Asia/Jakarta:20260525T090000");
    expect(lines).toContain("RECURRENCE-ID;TZID=Asia/Jakarta:20260325T090000");
    expect(lines).toContain("DTSTART;TZID=Asia/Jakarta:20260327T100000");
  });
});

describe("this and the following", () => {
  it("splits the series and moves only the later occurrences not yet held", async () => {
    const rows = occurrences();
    const [september] = [rows[8]];
    // The September meeting already has its attendance recorded: a series change leaves it.
    app.db.$client.prepare("INSERT INTO attendees (rakor_id, position, name, role, attendance) VALUES (?, 1, 'Kompol Rudi', 'participant', 'in_person')").run(september.id);
    const july = rows[6];
    const res = await submit(secretariat, `/rakor/${july.id}/ubah`, editForm({ lingkup: "berikutnya", startsAt: "2026-07-27T13:00", endsAt: "2026-07-27T15:00", venue: "Gedung Daerah, Tanjungpinang" }));
    expect(res.status).toBe(302);
    const flash = await secretariat.text(`/rakor/${july.id}`);
    expect(flash.text).toContain("Perubahan tersimpan untuk rakor ini dan 4 rakor berikutnya dalam seri.");
    expect(flash.text).toContain(`Tidak dipindah karena sudah terlaksana, sudah ada peserta/hasil, atau notulennya sudah disetujui: Jumat, 25 September 2026 (/rakor/${september.id})`);

    const [old, continued] = seriesRows();
    expect(old.rule).toBe("FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20260725T015959Z");
    expect(continued).toMatchObject({ previous_series_id: old.id, rule: "FREQ=MONTHLY;BYMONTHDAY=27;COUNT=6", starts_at: wib("2026-07-27T13:00") });

    const after = occurrences();
    const byId = new Map(after.map((r) => [r.id, r]));
    for (const r of rows.slice(0, 6)) expect(byId.get(r.id)).toMatchObject({ series_id: old.id, starts_at: r.starts_at, venue: r.venue });
    const moved = [6, 7, 9, 10, 11].map((i) => byId.get(rows[i].id)!);
    expect(moved.map((r) => r.starts_at)).toEqual(["07", "08", "10", "11", "12"].map((m) => wib(`2026-${m}-27T13:00`)));
    expect(moved.every((r) => r.series_id === continued.id && r.venue === "Gedung Daerah, Tanjungpinang" && r.ends_at - r.starts_at === 2 * 3600_000)).toBe(true);
    expect(byId.get(september.id)).toMatchObject({ series_id: continued.id, starts_at: wib("2026-09-25T09:00"), series_starts_at: wib("2026-09-27T13:00"), venue: "Aula Polda Kepri, Batam" });

    const page = await secretariat.text(`/rakor/${rows[7].id}`);
    expect(page.text).toContain("Rakor bulanan · pertemuan ke-8 dari 12");
  });

  it("the series calendar carries both rules, the exception and the cancelled date, folded at 75 octets", async () => {
    const text = await (await secretariat.get(`/rakor/${occurrences()[0].id}/seri.ics`)).text();
    expect(text.endsWith("\r\n")).toBe(true);
    for (const raw of text.split("\r\n")) expect(Buffer.byteLength(raw, "utf8")).toBeLessThanOrEqual(75);
    const lines = icsLines(text);
    expect(lines.filter((l) => l.startsWith("RRULE:"))).toEqual(["RRULE:FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20260725T015959Z", "RRULE:FREQ=MONTHLY;BYMONTHDAY=27;COUNT=6"]);
    expect(lines).toContain("EXDATE;TZID=Asia/Jakarta:20260525T090000");
    expect(lines).toContain("DTSTART;TZID=Asia/Jakarta:20260727T130000");
    expect(lines).toContain("RECURRENCE-ID;TZID=Asia/Jakarta:20260927T130000");
    expect(lines).toContain("DTSTART;TZID=Asia/Jakarta:20260925T090000");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(4);
    expect(lines).toContain("TZID:Asia/Jakarta");
  });

  it("a one-off rakor has no series calendar", async () => {
    const id = count(app, "SELECT min(id) FROM rakor WHERE series_id IS NULL");
    expect((await secretariat.get(`/rakor/${id}/seri.ics`)).status).toBe(404);
  });
});
