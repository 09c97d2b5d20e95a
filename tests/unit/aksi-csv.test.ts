// The CSV dialect for Excel in Indonesian offices: UTF-8 BOM, ";" separator, CRLF, quoting,
// decimal comma, no formula injection.
import { describe, expect, it } from "vitest";
import { csvCell, csvResponse, toCsv } from "../../app/documents/csv.server";

/** A minimal RFC 4180 reader with ";" (what Excel does), to read back what we write. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe("CSV for Excel", () => {
  const csv = toCsv(
    ["Judul", "Instansi", "Progres (%)", "Capaian (%)", "Terlambat"],
    [
      ["Sosialisasi bahaya TPPO; kelompok rentan", "Kementerian PPPA", 60, 45.5, true],
      ['Kata "kunci" dan baris\nkedua', "Dinas Sosial Provinsi Nusa Tenggara Timur – Kupang", 0, null, false],
      ["=HYPERLINK(\"http://x\")", "-Polri", 100, 100, false],
      ["  spasi di tepi ", "Pemkab Kolaka (WITA) · Sultra", 5, 12.25, false],
    ],
  );

  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toHaveLength(6); // header, 4 rows, trailing empty
    expect(csv.slice(1).split("\r\n")[0]).toBe("Judul;Instansi;Progres (%);Capaian (%);Terlambat");
  });

  it("reads back cell for cell, with separators, quotes, line breaks and non-ASCII text intact", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual(["Sosialisasi bahaya TPPO; kelompok rentan", "Kementerian PPPA", "60", "45,5", "Ya"]);
    expect(rows[2]).toEqual(['Kata "kunci" dan baris\nkedua', "Dinas Sosial Provinsi Nusa Tenggara Timur – Kupang", "0", "", "Tidak"]);
    expect(rows[4]).toEqual(["  spasi di tepi ", "Pemkab Kolaka (WITA) · Sultra", "5", "12,25", "Tidak"]);
  });

  it("neutralises text Excel would run as a formula, but keeps numbers numbers", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[3][0]).toBe("'=HYPERLINK(\"http://x\")");
    expect(rows[3][1]).toBe("'-Polri");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("+62 812")).toBe("'+62 812");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes decimals with a comma and no thousands separator", () => {
    expect(csvCell(1234.5)).toBe("1234,5");
    expect(csvCell(33.333)).toBe("33,33");
    expect(csvCell(null)).toBe("");
  });

  it("is served as a UTF-8 CSV attachment", async () => {
    const res = csvResponse("rencana-aksi-2025-10-01.csv", csv);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="rencana-aksi-2025-10-01.csv"; filename*=UTF-8''rencana-aksi-2025-10-01.csv`);
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain("Dinas Sosial Provinsi Nusa Tenggara Timur – Kupang");
  });
});
