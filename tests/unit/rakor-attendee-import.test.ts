// Reading attendees from pasted lists, our CSV and Zoom's participants report: every broken row
// is reported by its line number, and a person who joined Zoom twice becomes one attendee.
import { describe, expect, it } from "vitest";
import { mergeZoomSessions, parseAttendeeCsv, parsePastedList, personKey, readZoomTime } from "../../app/rakor/attendee-import.server";
import { parseCsvRecords } from "../../app/documents/csv.server";

const ZOOM_REPORT = [
  "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
  "812 3456 7890,Rakor Nasional GT PP-TPPO,06/04/2025 09:55:12 AM,06/04/2025 12:35:40 PM,astamaops@polri.go.id,161,4",
  "",
  "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
  "Polresta Balikpapan (Zoom Polresta),humas.balikpapan@polri.go.id,06/04/2025 09:58:01 AM,06/04/2025 10:40:12 AM,43,Yes",
  '"Ir. H. A. Abbas, M.Si",,06/04/2025 10:01:00 AM,06/04/2025 12:31:00 PM,150,Yes',
  "Polresta Balikpapan,HUMAS.BALIKPAPAN@polri.go.id,06/04/2025 10:45:30 AM,06/04/2025 12:30:00 PM,105,Yes",
  "Nurman,,06/04/2025 10:02:00 AM,06/04/2025 11:00:00 AM,58,Yes",
  "nurman,,06/04/2025 11:05:00 AM,06/04/2025 12:30:00 PM,85,Yes",
].join("\r\n");

describe("the Zoom participants report", () => {
  it("skips the meeting summary, keeps each name whole, merges rejoiners by email or name and sums their minutes", () => {
    const result = parseAttendeeCsv(`\uFEFF${ZOOM_REPORT}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("zoom");
    expect(result.people.map((p) => [p.name, p.durationMinutes, p.attendance])).toEqual([
      ["Polresta Balikpapan (Zoom Polresta)", 148, "online"],
      ["Ir. H. A. Abbas, M.Si", 150, "online"],
      ["Nurman", 143, "online"],
    ]);
    expect(result.people[0].email).toBe("humas.balikpapan@polri.go.id");
    expect(result.people[0].line).toBe(5);
    // Both parts of "Name (Original Name)" are offered as a possible agency; the importer links only a known one.
    expect(result.people[0].agencyHints).toEqual(["Polresta Balikpapan", "Zoom Polresta"]);
    expect(result.people[1].agencyHints).toEqual(["Ir. H. A. Abbas, M.Si"]);
  });

  it("reports each broken row by its line number and returns nobody", () => {
    const broken = [
      "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
      "Budi,budi@example.go.id,06/04/2025 10:00:00 AM,06/04/2025 11:00:00 AM,60,No",
      ",,06/04/2025 10:00:00 AM,06/04/2025 11:00:00 AM,60,No",
      "Siti,,06/04/2025 10:00:00 AM,06/04/2025 11:00:00 AM,enam puluh,No",
      "Rina,,06/04/2025 11:00:00 AM,06/04/2025 10:00:00 AM,60,No",
      "Agus,bukan-email,kemarin,06/04/2025 10:00:00 AM,60,No",
    ].join("\n");
    const result = parseAttendeeCsv(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, message: "Nama kosong." },
      { line: 4, message: 'Durasi "enam puluh" bukan angka menit.' },
      { line: 5, message: "Waktu keluar lebih awal dari waktu bergabung." },
      { line: 6, message: 'Email "bukan-email" tidak valid.' },
      { line: 6, message: 'Waktu bergabung "kemarin" tidak terbaca.' },
    ]);
  });

  it("reads Zoom's time formats", () => {
    expect(readZoomTime("06/04/2025 12:30:00 PM")! > readZoomTime("06/04/2025 10:45:30 AM")!).toBe(true);
    expect(readZoomTime("06/04/2025 12:05:00 AM")! < readZoomTime("06/04/2025 01:00:00 AM")!).toBe(true);
    expect(readZoomTime("2025-06-04 10:00:00")).not.toBeNull();
    expect(readZoomTime("2025-06-04T25:00")).toBeNull();
    expect(readZoomTime("pukul sepuluh")).toBeNull();
  });

  it("merges by email before name", () => {
    const people = mergeZoomSessions([
      { line: 2, name: "HP Samsung", email: "a@x.id", durationMinutes: 10, rank: null, jobTitle: null, agency: null, site: null, role: null, attendance: "online" },
      { line: 3, name: "Ahmad (Polres Kolaka)", email: "a@x.id", durationMinutes: 20, rank: null, jobTitle: null, agency: null, site: null, role: null, attendance: "online" },
    ]);
    expect(people).toHaveLength(1);
    expect(people[0].durationMinutes).toBe(30);
  });
});

describe("our own attendee CSV", () => {
  it("reads the columns in any order, with semicolons as Indonesian Excel writes them", () => {
    const csv = [
      "Instansi;Nama;Pangkat;Jabatan;Lokasi;Peran;Kehadiran;Email",
      'Polresta Balikpapan;"Anton Firmanto, S.H., S.I.K., M.Si.";Kombes Pol;Kapolresta Balikpapan;Ruang Rapat Setya Haprabu;pimpinan;hadir daring;',
      "Polresta Balikpapan;Sangidun;Ipda;Kasi Humas;Ruang Rapat Setya Haprabu;Notulis;Daring;",
      "Dinas Sosial Kota Balikpapan;Perwakilan Dinas Sosial;;;;;;",
    ].join("\n");
    const result = parseAttendeeCsv(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe("csv");
    expect(result.people[0]).toMatchObject({ name: "Anton Firmanto, S.H., S.I.K., M.Si.", rank: "Kombes Pol", role: "chair", attendance: "online", site: "Ruang Rapat Setya Haprabu", agency: "Polresta Balikpapan" });
    expect(result.people[1]).toMatchObject({ role: "secretary", attendance: "online" });
    expect(result.people[2]).toMatchObject({ role: null, attendance: null, site: null, rank: null });
  });

  it("reports unknown roles, attendance, extra cells and unknown columns by line", () => {
    const result = parseAttendeeCsv(["Nama,Pangkat,Peran,Kehadiran", "Budi,AKP,ketua umum,hadir", "Siti,,peserta,setengah hadir", "Rina,Iptu,peserta,hadir,lebih"].join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(result.errors[0].message).toContain('Peran "ketua umum" tidak dikenal');
    const unknown = parseAttendeeCsv("Nama,Instnsi\nBudi,Polri");
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('"Instnsi"') });
  });

  it("names the line of an unclosed quote and of a missing header", () => {
    const quote = parseAttendeeCsv('Nama,Instansi\nBudi,Polri\n"Siti,Polri\nRina,Polri');
    expect(quote.ok).toBe(false);
    if (!quote.ok) expect(quote.errors).toEqual([{ line: 3, message: 'Tanda kutip (") dibuka tetapi tidak ditutup.' }]);
    const header = parseAttendeeCsv("Budi,Polri\nSiti,Polri");
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.errors[0].line).toBe(1);
    expect(parseAttendeeCsv("").ok).toBe(false);
  });

  it("keeps line numbers right when a quoted cell spans lines", () => {
    const { records } = parseCsvRecords('Nama,Jabatan\n"Budi","Kepala\nBidang"\n\nSiti,Staf\r\n');
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, "Nama"],
      [2, "Budi"],
      [5, "Siti"],
    ]);
  });
});

describe("a pasted list", () => {
  it("drops characters XML cannot carry from every part", () => {
    const result = parsePastedList("Budi\uFFFF Santoso; Iptu\u0007; Kanit\uFFFE PPA; Polri");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.people[0]).toMatchObject({ name: "Budi Santoso", rank: "Iptu", jobTitle: "Kanit PPA", agency: "Polri" });
  });

  it("takes one person a line with semicolons or spreadsheet tabs, empty parts allowed", () => {
    const result = parsePastedList("Dadang R; Iptu; Ps. Kasat Binmas; Polresta Balikpapan\n\nPerwakilan Dinas Sosial;;;Dinas Sosial Kota Balikpapan\nHerlambang, S.H.\tIpda\tKanit PPA\tPolresta Balikpapan\n");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people.map((p) => [p.line, p.name, p.rank, p.jobTitle, p.agency])).toEqual([
      [1, "Dadang R", "Iptu", "Ps. Kasat Binmas", "Polresta Balikpapan"],
      [3, "Perwakilan Dinas Sosial", null, null, "Dinas Sosial Kota Balikpapan"],
      [4, "Herlambang, S.H.", "Ipda", "Kanit PPA", "Polresta Balikpapan"],
    ]);
  });

  it("reports empty names and too many parts by line", () => {
    const result = parsePastedList("Budi; AKP\n; Iptu; Kanit; Polri\nSiti; a; b; c; d");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it("treats spellings of one name alike", () => {
    expect(personKey("Anton Firmanto, S.H.")).toBe(personKey("anton  firmanto SH"));
  });
});
