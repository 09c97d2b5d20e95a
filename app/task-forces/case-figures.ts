// The eight aggregate figures of a case-statistics entry: their keys (as in db/schema.ts and the
// bundle), the Indonesian labels users read and the CSV column names. Shared by the server
// (validation, CSV) and the screens. Aggregate counts only: nothing here names or identifies a victim.

export const FIGURE_KEYS = [
  "casesReported",
  "casesProsecuted",
  "suspects",
  "victimsTotal",
  "victimsWomen",
  "victimsChildren",
  "victimsRehabilitated",
  "victimsRepatriated",
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number>;

export interface FigureDef {
  key: FigureKey;
  label: string;
  /** Short column heading for tables. */
  short: string;
  csv: string;
  /** Part of the victims in total: may never exceed it. */
  withinTotal: boolean;
}

export const FIGURES: readonly FigureDef[] = [
  { key: "casesReported", label: "Kasus dilaporkan", short: "Kasus dilaporkan", csv: "kasus_dilaporkan", withinTotal: false },
  { key: "casesProsecuted", label: "Kasus dituntut (sampai penuntutan)", short: "Kasus dituntut", csv: "kasus_dituntut", withinTotal: false },
  { key: "suspects", label: "Tersangka", short: "Tersangka", csv: "tersangka", withinTotal: false },
  { key: "victimsTotal", label: "Korban (jumlah seluruhnya)", short: "Korban", csv: "korban_total", withinTotal: false },
  { key: "victimsWomen", label: "Korban perempuan", short: "Perempuan", csv: "korban_perempuan", withinTotal: true },
  { key: "victimsChildren", label: "Korban anak (di bawah 18 tahun)", short: "Anak", csv: "korban_anak", withinTotal: true },
  { key: "victimsRehabilitated", label: "Korban yang direhabilitasi", short: "Direhabilitasi", csv: "korban_direhabilitasi", withinTotal: true },
  { key: "victimsRepatriated", label: "Korban yang dipulangkan", short: "Dipulangkan", csv: "korban_dipulangkan", withinTotal: true },
];

/** The CSV columns, in the order of the template. */
export const CSV_COLUMNS = ["periode_mulai", "periode_selesai", "kode_wilayah", "instansi", ...FIGURES.map((f) => f.csv)] as const;

/** Limits of one CSV upload. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_CSV_ROWS = 5000;

/** The largest count accepted for one figure of one entry. */
export const MAX_FIGURE = 10_000_000;

export const PRIVACY_NOTICE =
  "Hanya angka agregat. Jangan mencantumkan nama, NIK, alamat, foto, nomor kontak atau keterangan lain yang dapat mengenali korban. " +
  "Data anak dan catatan kejahatan adalah data pribadi yang bersifat spesifik menurut Pasal 4 ayat (2) Undang-Undang Nomor 27 Tahun 2022 " +
  "tentang Pelindungan Data Pribadi; sistem ini tidak memiliki satu kolom pun untuk identitas korban.";
