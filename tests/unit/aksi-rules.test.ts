// Pure rules of the action plan: status-update rules, who may do what, the URL filter, the audit
// diff and the charts (valid SVG that resvg renders to PNG for the report).
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { historyOrderProblems, normalizeStatusUpdate, progressProblems, statusUpdateProblems } from "../../app/action-plan/rules";
import { problemSentence } from "../../app/utils/rules";
import { can } from "../../app/accounts/policy";
import { seriesMonths } from "../../app/action-plan/figures.server";
import { actionFilterQuery, parseActionFilter } from "../../app/action-plan/action-filter";
import { auditChanges } from "../../app/accounts/audit-diff";
import { barChartSvg, completionChartSvg, escapeXml, lineChartSvg } from "../../app/documents/chart";
import { completionPercent } from "../../app/action-plan/completion";

const current = { status: "in_progress" as const, progress: 40 };
const liaison = (role: "penghubung" | "sekretariat" | "admin" | "pimpinan" | null = "penghubung") => ({ role, evidenceCount: 0, current });
/** The problems of one update as field -> message. */
const problems = (input: Parameters<typeof statusUpdateProblems>[0], context: Parameters<typeof statusUpdateProblems>[1]) =>
  Object.fromEntries(statusUpdateProblems(input, context).map((p) => [p.field, p.message]));

describe("status update rules", () => {
  it("Selesai needs a note or evidence", () => {
    expect(problems({ status: "done", progress: 100, note: null }, liaison())).toEqual({ note: "wajib diisi untuk status selesai bila tidak ada bukti dukung" });
    expect(problems({ status: "done", progress: 100, note: "   " }, liaison()).note).toBeDefined();
    expect(problems({ status: "done", progress: 100, note: "Laporan akhir dikirim." }, liaison())).toEqual({});
    expect(problems({ status: "done", progress: 100, note: null }, { ...liaison(), evidenceCount: 1 })).toEqual({});
  });

  it("Terhambat needs a note saying what blocks it, evidence or not", () => {
    expect(problems({ status: "blocked", progress: 40, note: null }, liaison())).toEqual({ note: "wajib diisi untuk status terhambat" });
    expect(problems({ status: "blocked", progress: 40, note: null }, { ...liaison(), evidenceCount: 2 }).note).toBeDefined();
    expect(problems({ status: "blocked", progress: 40, note: "Anggaran belum turun." }, liaison())).toEqual({});
  });

  it("progress is a whole number 0-100, 0 while Belum dimulai and 100 when Selesai", () => {
    for (const progress of [101, -1, 12.5]) expect(problems({ status: "in_progress", progress, note: "x" }, liaison())).toEqual({ progress: "harus bilangan bulat 0 sampai 100" });
    expect(problems({ status: "not_started", progress: 10, note: "x" }, liaison())).toEqual({ progress: "harus 0% bila status belum dimulai" });
    expect(problems({ status: "done", progress: 90, note: "x" }, liaison())).toEqual({ progress: "harus 100% bila status selesai" });
    expect(progressProblems({ status: "not_started", progress: 0 })).toEqual([]);
  });

  it("only the roles the policy lets cancel (secretariats, admins) cancel; the command line may", () => {
    expect(problems({ status: "cancelled", progress: 40, note: "Digabung." }, liaison())).toEqual({ status: "dibatalkan hanya dapat dipilih oleh sekretariat" });
    expect(problems({ status: "cancelled", progress: 40, note: "Digabung." }, liaison("pimpinan")).status).toBeDefined();
    expect(problems({ status: "cancelled", progress: 40, note: "Digabung." }, liaison("sekretariat"))).toEqual({});
    expect(problems({ status: "cancelled", progress: 40, note: "Digabung." }, liaison("admin"))).toEqual({});
    expect(problems({ status: "cancelled", progress: 40, note: "Digabung." }, liaison(null))).toEqual({});
  });

  it("an update that changes nothing and says nothing is refused (when the writer's view of the item is known)", () => {
    expect(problems({ status: "in_progress", progress: 40, note: null }, liaison())._form).toMatch(/^Tidak ada perubahan/);
    expect(problems({ status: "in_progress", progress: 40, note: "Rapat teknis digelar." }, liaison())).toEqual({});
    expect(problems({ status: "in_progress", progress: 40, note: null }, { role: null, evidenceCount: 0 })).toEqual({});
  });

  it("a history is in time order", () => {
    expect(historyOrderProblems([1, 3, 2, 4])).toEqual([
      { field: "updates[2].at", message: "tidak boleh sebelum pembaruan sebelumnya (updates[1]); riwayat status harus urut dari yang terlama" },
    ]);
    expect(historyOrderProblems([1, 1, 2])).toEqual([]);
  });

  it("Selesai is recorded as 100 %", () => {
    expect(normalizeStatusUpdate({ status: "done", progress: 70, note: "x" }).progress).toBe(100);
    expect(normalizeStatusUpdate({ status: "in_progress", progress: 70, note: null }).progress).toBe(70);
  });

  it("a form shows a problem as a sentence after the field's label", () => {
    expect(problemSentence({ field: "note", message: "wajib diisi untuk status terhambat" }, { note: "Catatan" })).toBe("Catatan wajib diisi untuk status terhambat.");
    expect(problemSentence({ field: "_form", message: "Tidak ada perubahan: ubah status" }, { note: "Catatan" })).toBe("Tidak ada perubahan: ubah status.");
  });
});

describe("who may do what", () => {
  const item = { regionCode: "32.12", leadAgencyId: 10, supporting: [{ id: 20 }] };
  const user = (role: "penghubung" | "sekretariat" | "admin" | "pimpinan", regionCode: string | null, agencyId: number | null = null) => ({ id: 1, role, regionCode, agencyId });

  it("liaisons update the items their agency leads or supports, within their scope", () => {
    expect(can(user("penghubung", null, 10), "update-action-status", item)).toBe(true);
    expect(can(user("penghubung", null, 20), "update-action-status", item)).toBe(true);
    expect(can(user("penghubung", null, 30), "update-action-status", item)).toBe(false);
    expect(can(user("penghubung", "74", 10), "update-action-status", item)).toBe(false);
  });

  it("secretariats and admins update and manage within scope; leaders only read", () => {
    expect(can(user("sekretariat", "32", null), "update-action-status", item)).toBe(true);
    expect(can(user("sekretariat", "32.01", null), "update-action-status", item)).toBe(false);
    expect(can(user("pimpinan", null, null), "update-action-status", item)).toBe(false);
    expect(can(user("admin", null), "manage-actions", { regionCode: "32.12" })).toBe(true);
    expect(can(user("sekretariat", "32.12"), "manage-actions", { regionCode: null })).toBe(false);
    expect(can(user("pimpinan", null), "manage-actions", { regionCode: null })).toBe(false);
    expect(can(user("pimpinan", "32"), "read-actions", item)).toBe(true);
    expect(can(user("pimpinan", "74"), "read-actions", item)).toBe(false);
  });
});

describe("the list filter in the URL", () => {
  it("round-trips and ignores malformed values", () => {
    const filter = parseActionFilter(new URLSearchParams("q=%20sosialisasi%20&subsatgas=pencegahan&instansi=3&peran=utama&wilayah=32.12&status=blocked&terlambat=1&rakor=2&tahun=2025&urut=tenggat"));
    expect(filter).toEqual({ q: "sosialisasi", subsatgas: "pencegahan", agencyId: 3, leadOnly: true, region: "32.12", status: "blocked", overdue: true, rakorId: 2, year: 2025, sort: "tenggat" });
    expect(parseActionFilter(new URLSearchParams(actionFilterQuery(filter)))).toEqual(filter);
    expect(parseActionFilter(new URLSearchParams("instansi=abc&status=hapus&wilayah=32'--&subsatgas=%3Cscript%3E&tahun=99999&urut=x"))).toEqual({});
  });
});

describe("completion %", () => {
  it("counts selesai over items not cancelled, one decimal", () => {
    expect(completionPercent(1, 3, 0)).toBe(33.3);
    expect(completionPercent(1, 3, 1)).toBe(50);
    expect(completionPercent(0, 2, 2)).toBeNull();
    expect(completionPercent(0, 0, 0)).toBeNull();
  });
});

describe("the audit diff", () => {
  it("lists the fields that changed", () => {
    expect(auditChanges({ status: "in_progress", progress: 40, version: 2 }, { status: "done", progress: 100, version: 3, note: "Selesai." })).toEqual([
      { field: "status", before: "in_progress", after: "done" },
      { field: "progress", before: "40", after: "100" },
      { field: "version", before: "2", after: "3" },
      { field: "note", before: "–", after: "Selesai." },
    ]);
    expect(auditChanges(null, { title: "Baru" })).toEqual([{ field: "title", before: null, after: "Baru" }]);
  });
});

describe("charts", () => {
  it("the months of a chart end at now, in the scope's zone", () => {
    const now = Date.parse("2026-03-31T18:00:00Z"); // 1 April 2026 01.00 WIB
    const months = seriesMonths(null, "Asia/Jakarta", now);
    expect(months).toHaveLength(12);
    expect(months[0].month).toBe("2025-05");
    expect(months.at(-1)!.month).toBe("2026-04");
    expect(months.at(-1)!.at).toBe(now);
    const year = seriesMonths({ start: "2025-01-01", end: "2025-12-31" }, "Asia/Jayapura", now);
    expect(year.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`));
    expect(year.at(-1)!.at).toBe(Date.parse("2025-12-31T14:59:59.999Z")); // end of December in WIT
  });

  it("escapes text, so names with < & \" cannot break the SVG", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    const svg = barChartSvg({ title: "Uji <b>", items: [{ label: "Kerja Sama & Koordinasi", value: 50 }] });
    expect(svg).toContain("Kerja Sama &amp; Koordinasi");
    expect(svg).not.toContain("<b>");
  });

  it("draws values at the right heights and leaves gaps for missing values", () => {
    const svg = lineChartSvg({ title: "t", categories: ["a", "b", "c", "d"], series: [{ label: "s", values: [0, 100, null, 50] }], width: 400, height: 300 });
    // plot: top 48, height 300 - 48 - 52 = 200; 0% at y=248, 100% at y=48, 50% at y=148
    expect(svg).toContain('cy="248"');
    expect(svg).toContain('cy="48"');
    expect(svg).toContain('cy="148"');
    expect(svg.match(/<polyline/g)).toHaveLength(1); // the gap splits the line; a lone point draws no line
    expect(svg).toContain(">50%<");
  });

  it("renders to PNG with resvg (for the report), with text", () => {
    const svg = completionChartSvg(
      [
        { month: "2026-01", total: 10, completion: 10 },
        { month: "2026-02", total: 10, completion: 25.5 },
        { month: "2026-03", total: 0, completion: null },
        { month: "2026-04", total: 10, completion: 40 },
      ],
      "Nasional",
    );
    const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
    expect(png.width).toBe(720);
    expect(png.height).toBe(320);
    const bytes = png.asPng();
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // The same chart without any text renders to fewer bytes: the labels were drawn.
    const bare = new Resvg(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ""), { font: { loadSystemFonts: true } }).render().asPng();
    expect(bytes.length).toBeGreaterThan(bare.length + 1000);
  });
});
