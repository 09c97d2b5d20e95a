// The views of the coverage page (sort orders and status filters), shared by the model that
// queries them and the screen that offers them.

export const COVERAGE_SORTS = ["kode", "nama", "persen", "belum"] as const;
export type CoverageSort = (typeof COVERAGE_SORTS)[number];

export const REGION_STATUS_FILTERS = ["semua", "belum", "tanpa-dasar-hukum", "subsatgas-belum-lengkap"] as const;
export type RegionStatusFilter = (typeof REGION_STATUS_FILTERS)[number];

export const REGION_STATUS_LABELS: Record<RegionStatusFilter, string> = {
  semua: "Semua kabupaten/kota",
  belum: "Belum terbentuk",
  "tanpa-dasar-hukum": "Tanpa dasar hukum",
  "subsatgas-belum-lengkap": "Subsatgas belum lengkap",
};
