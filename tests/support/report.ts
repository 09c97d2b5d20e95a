// Helpers for the report tests (tests/*/report-*.test.ts): a known dataset on top of the demo data
// (written through the app's own write verbs), reading a .docx (its document.xml as text and as
// tables), converting it with LibreOffice headless and reading the PDF with pdftotext, and counts
// made directly with SQL to hold the report's figures against.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Db } from "../../db/client";
import { createActionItems, recordStatusUpdate } from "../../app/action-plan/action.server";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { saveStatistic } from "../../app/task-forces/case-statistic.server";
import { createRakor, type RakorInput } from "../../app/rakor/rakor.server";
import { saveTaskForce } from "../../app/task-forces/task-force.server";
import { todayIn } from "../../app/utils/period";

export const PERIOD = { start: "2025-01-01", end: "2025-06-30" };

function userId(db: Db, email: string): number {
  return (db.$client.prepare("SELECT id FROM users WHERE email = ?").get(email) as { id: number }).id;
}

function agencyId(db: Db, name: string): number {
  const a = findAgencyByName(db, name);
  if (!a) throw new Error(`no agency ${name}`);
  return a.id;
}

/** Texts the tests look for in the document. */
export const KNOWN = {
  doneNote: "Sosialisasi bahaya TPPO selesai di 12 kabupaten.",
  slowNote: "Menunggu pencairan anggaran triwulan II.",
  blockedNote: "Data LPK belum diserahkan pemerintah daerah.",
  regencyBlockedNote: "Belum ada SK tim kecil perlindungan korban.",
  provinceRakor: "Rapat Koordinasi Gugus Tugas PP-TPPO Provinsi Jawa Barat Semester I",
  papuaRakor: "Rakor Gugus Tugas PP-TPPO Provinsi Papua",
  scheduledRakor: "Rakor yang belum terlaksana",
  laterRakor: "Rakor bulan Juli",
  provinceBasis: "12 Tahun 2024",
};

/**
 * Adds, to the demo data: action items due in the first half of 2025 (national, Jawa Barat,
 * Indramayu, Papua) in every status with notes, items just outside the period, rakor held inside
 * and outside it (and one only scheduled), case statistics wholly inside, straddling and outside
 * the period, and the Jawa Barat task force with its legal basis.
 */
export function seedReportData(db: Db) {
  const actor = userId(db, "sekretariat@demo.sigap.id");
  const polri = agencyId(db, "Polri");
  const kemenpppa = agencyId(db, "KemenPPPA");
  const item = (title: string, subsatgasSlug: string, leadAgencyId: number, dueDate: string, regionCode: string | null = null) =>
    createActionItems(db, [{ title, description: null, subsatgasSlug, leadAgencyId, supportingAgencyIds: [], regionCode, dueDate }], null, actor)[0];
  const update = (id: number, status: "in_progress" | "done" | "blocked" | "cancelled" | "not_started", progress: number, note: string | null) => {
    const version = (db.$client.prepare("SELECT version FROM action_items WHERE id = ?").get(id) as { version: number }).version;
    const r = recordStatusUpdate(db, id, version, { status, progress, note }, [], actor);
    if (!r.ok) throw new Error(`update ${id} failed`);
  };

  const a1 = item("Sosialisasi bahaya TPPO di daerah kantong pekerja migran", "pencegahan", kemenpppa, "2025-03-31");
  update(a1, "in_progress", 50, "Separuh kabupaten sudah dijangkau.");
  update(a1, "done", 100, KNOWN.doneNote);
  const a2 = item("Penyusunan modul deteksi dini", "pencegahan", kemenpppa, "2025-04-30");
  update(a2, "in_progress", 40, KNOWN.slowNote);
  update(a2, "in_progress", 45, null);
  const a3 = item("Pengawasan LPK dan P3MI", "pencegahan", polri, "2025-06-15");
  update(a3, "blocked", 20, KNOWN.blockedNote);
  item("Pelatihan penyidik berbasis korban", "penegakan-hukum", polri, "2025-02-28");
  const b2 = item("Operasi gabungan yang dibatalkan", "penegakan-hukum", polri, "2025-05-31");
  update(b2, "cancelled", 0, "Digabung dengan operasi nasional.");
  const c1 = item("Nota kesepahaman dengan Interpol", "kerja-sama", polri, PERIOD.end);
  update(c1, "done", 100, "Nota kesepahaman ditandatangani.");
  const d1 = item("Rumah aman korban Jawa Barat", "rehabilitasi-sosial", kemenpppa, "2025-04-30", "32");
  update(d1, "in_progress", 60, "Dua rumah aman beroperasi.");
  const d2 = item("Tim kecil perlindungan korban Indramayu", "pencegahan", kemenpppa, "2025-05-15", "32.12");
  update(d2, "blocked", 10, KNOWN.regencyBlockedNote);
  item("Perda perlindungan pekerja migran Papua", "norma-hukum", polri, PERIOD.end, "91");
  // Just outside the period: must not be counted.
  item("Rencana aksi bertenggat Juli", "pencegahan", polri, "2025-07-01");
  item("Rencana aksi bertenggat 2024", "pencegahan", polri, "2024-12-31");

  const rakor = (title: string, over: Partial<RakorInput>) =>
    createRakor(
      db,
      {
        title,
        level: "provinsi",
        regionCode: "32",
        organizer: "Polri",
        chair: { name: "Dr. H. Ahmad Sutisna, M.Si.", rank: "Brigjen Pol", position: "Wakapolda Jawa Barat", agency: "Polda Jawa Barat" },
        mode: "in_person",
        status: "held",
        startsAt: Date.parse("2025-03-10T09:00:00+07:00"),
        endsAt: Date.parse("2025-03-10T12:00:00+07:00"),
        timeZone: "Asia/Jakarta",
        venue: "Aula Polda Jawa Barat, Bandung",
        onlinePlatform: null,
        onlineUrl: null,
        notes: null,
        ...over,
      },
      actor,
    );
  rakor(KNOWN.provinceRakor, {});
  // 1 July 01.00 WIT is still 30 June 23.00 WIB: inside the national period (read in WIB).
  rakor(KNOWN.papuaRakor, {
    regionCode: "91",
    chair: { name: "Yohanes Wenda", rank: null, position: "Asisten I Sekda Provinsi Papua", agency: null },
    mode: "virtual",
    venue: null,
    onlinePlatform: "Zoom Meeting",
    onlineUrl: "https://zoom.example/j/1",
    startsAt: Date.parse("2025-07-01T01:00:00+09:00"),
    endsAt: null,
    timeZone: "Asia/Jayapura",
  });
  rakor(KNOWN.scheduledRakor, { status: "scheduled", startsAt: Date.parse("2025-05-05T09:00:00+07:00"), endsAt: null });
  rakor(KNOWN.laterRakor, { startsAt: Date.parse("2025-07-01T09:00:00+07:00"), endsAt: null });

  const stat = (periodStart: string, periodEnd: string, regionCode: string | null, agency: string, f: number[]) => {
    const [casesReported, casesProsecuted, suspects, victimsTotal, victimsWomen, victimsChildren, victimsRehabilitated, victimsRepatriated] = f;
    const r = saveStatistic(
      db,
      null,
      { periodStart, periodEnd, regionCode, agency, casesReported, casesProsecuted, suspects, victimsTotal, victimsWomen, victimsChildren, victimsRehabilitated, victimsRepatriated },
      { id: actor, scope: null },
    );
    if (!r.ok) throw new Error(`statistic: ${JSON.stringify(r.errors)}`);
  };
  stat("2025-01-01", "2025-06-30", null, "Polri", [412, 260, 530, 1234, 700, 215, 980, 640]);
  stat("2025-01-01", "2025-03-31", "32", "Polri", [12, 8, 15, 40, 25, 10, 30, 20]);
  stat("2025-04-01", "2025-06-30", "32.12", "Disduk-P3A Kabupaten Indramayu", [5, 3, 6, 9, 6, 2, 7, 5]);
  stat("2024-07-01", "2025-06-30", null, "KemenPPPA", [90, 40, 50, 100, 60, 20, 80, 40]); // straddles the start: not summed
  stat("2025-07-01", "2025-12-31", null, "KemenPPPA", [70, 30, 35, 80, 40, 10, 60, 30]); // after the period

  saveTaskForce(
    db,
    "32",
    {
      formed: true,
      legalBasis: { kind: "perkada", number: KNOWN.provinceBasis, date: "2024-05-03", title: null },
      subsatgas: ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"],
      secretariat: "DP3AKB Provinsi Jawa Barat",
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      removeDocument: false,
    },
    actor,
    null,
  );
}

// ---------------------------------------------------------------------------------------------
// Counts straight from SQL (independent of the app's queries)
// ---------------------------------------------------------------------------------------------

/** Today in each zone, for the overdue rule written out in SQL below. */
function todays(now = Date.now()) {
  return { wib: todayIn("Asia/Jakarta", now), wita: todayIn("Asia/Makassar", now), wit: todayIn("Asia/Jayapura", now) };
}

/** Scope clause on a region column: null = everything, '32' = 32 and 32.xx; `own`: the scope's own records only (national: no region). */
function scopeSql(column: string, scope: string | null, own = false): string {
  if (own) return scope === null ? `${column} IS NULL` : `${column} = '${scope}'`;
  if (scope === null) return "1 = 1";
  return `(${column} = '${scope}' OR ${column} LIKE '${scope}.%')`;
}

/** Per active Subsatgas: the items due in the period within scope (or, `own`, of the scope's own task force only). */
export function sqlActionCounts(db: Db, scope: string | null, period = PERIOD, own = false) {
  const t = todays();
  const rows = db.$client
    .prepare(
      `SELECT s.slug, s.name, count(a.id) AS total,
         coalesce(sum(a.status = 'done'), 0) AS done, coalesce(sum(a.status = 'in_progress'), 0) AS inProgress,
         coalesce(sum(a.status = 'blocked'), 0) AS blocked, coalesce(sum(a.status = 'not_started'), 0) AS notStarted,
         coalesce(sum(a.status = 'cancelled'), 0) AS cancelled,
         coalesce(sum(a.status NOT IN ('done', 'cancelled') AND a.due_date < CASE coalesce(r.time_zone, 'Asia/Jakarta')
           WHEN 'Asia/Makassar' THEN @wita WHEN 'Asia/Jayapura' THEN @wit ELSE @wib END), 0) AS overdue
       FROM subsatgas s
       LEFT JOIN action_items a ON a.subsatgas_slug = s.slug AND a.due_date BETWEEN @start AND @end AND ${scopeSql("a.region_code", scope, own)}
       LEFT JOIN regions r ON r.code = a.region_code
       WHERE s.active = 1 GROUP BY s.slug ORDER BY s.position`,
    )
    .all({ ...t, start: period.start, end: period.end }) as { slug: string; name: string; total: number; done: number; inProgress: number; blocked: number; notStarted: number; cancelled: number; overdue: number }[];
  return rows;
}

/** The rakor held in the period, by level and mode, reading the period in `zone` (the scope's). */
export function sqlRakorHeld(db: Db, scope: string | null, period = PERIOD, offset = "+07:00") {
  const from = Date.parse(`${period.start}T00:00:00${offset}`);
  const to = Date.parse(`${period.end}T00:00:00${offset}`) + 86_400_000;
  return db.$client
    .prepare(`SELECT id, title, level, mode FROM rakor WHERE status = 'held' AND starts_at >= ? AND starts_at < ? AND ${scopeSql("region_code", scope)} ORDER BY starts_at`)
    .all(from, to) as { id: number; title: string; level: string; mode: string }[];
}

export function sqlCaseTotals(db: Db, scope: string | null, period = PERIOD) {
  return db.$client
    .prepare(
      `SELECT count(*) AS entries, coalesce(sum(cases_reported), 0) AS casesReported, coalesce(sum(cases_prosecuted), 0) AS casesProsecuted,
         coalesce(sum(suspects), 0) AS suspects, coalesce(sum(victims_total), 0) AS victimsTotal, coalesce(sum(victims_women), 0) AS victimsWomen,
         coalesce(sum(victims_children), 0) AS victimsChildren, coalesce(sum(victims_rehabilitated), 0) AS victimsRehabilitated,
         coalesce(sum(victims_repatriated), 0) AS victimsRepatriated
       FROM case_statistics WHERE period_start >= ? AND period_end <= ? AND ${scopeSql("region_code", scope)}`,
    )
    .get(period.start, period.end) as Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Reading a .docx
// ---------------------------------------------------------------------------------------------

function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<w:br\/>/g, "\n")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export interface DocxTable {
  /** The caption paragraph right before the table ("Tabel 3. ..."). */
  caption: string;
  /** Cell texts, header row first; line breaks inside a cell become "\n". */
  rows: string[][];
}

export interface OpenedDocx {
  files: Record<string, Uint8Array>;
  xml: string;
  /** The document's text, one paragraph per line. */
  text: string;
  tables: DocxTable[];
  table: (captionStart: string) => DocxTable;
}

export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]);
  const tables: DocxTable[] = [];
  const re = /<w:tbl>([\s\S]*?)<\/w:tbl>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const before = xml.slice(0, m.index);
    const lastPara = before.slice(before.lastIndexOf("<w:p>"));
    const rows = [...m[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => xmlText(c[1]).trim()));
    tables.push({ caption: xmlText(lastPara).trim(), rows });
  }
  return {
    files,
    xml,
    text: xmlText(xml),
    tables,
    table: (captionStart) => {
      const t = tables.find((x) => x.caption.replace(/^Tabel \d+\.\s*/, "").startsWith(captionStart));
      if (!t) throw new Error(`no table "${captionStart}" among: ${tables.map((x) => x.caption).join(" | ")}`);
      return t;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// LibreOffice headless and pdftotext
// ---------------------------------------------------------------------------------------------

/** Converts a .docx to PDF with LibreOffice (its own profile, so parallel runs do not collide) and returns the PDF's text and page count. */
export function docxToPdfText(bytes: Uint8Array): { text: string; pages: number; images: number; pdf: string; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigap-laporan-pdf-"));
  const file = path.join(dir, "laporan.docx");
  writeFileSync(file, bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
  const pdf = path.join(dir, "laporan.pdf");
  readFileSync(pdf);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const list = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" });
  const images = list.split("\n").slice(2).filter((l) => l.trim()).length;
  return { text, pages, images, pdf, dir };
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/** Whitespace folded, for matching text that LibreOffice may break across lines. */
export function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
