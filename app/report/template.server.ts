// templates/laporan.json: every heading and sentence of the report, so a secretariat can change
// the wording without touching code; templates/dasar-hukum.json: the legal references ("Dasar"),
// each with the years it applies to; templates/logo.png (optional): the emblem on the cover. Read
// at every generation (an edit shows in the next download) and checked against these schemas, so
// a broken edit fails with the key to fix.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fillTemplate, templatesDir } from "../documents/notulen.server";

export { fillTemplate, templatesDir };

const text = z.string();
const texts = z.array(z.string());
/** The signer: rank (pangkat) and NIP (civil servants) or NRP (police) may be left blank. */
const signer = z.object({ tempat: text, jabatan: text, nama: text, pangkat: text.default(""), nip: text.default(""), nrp: text.default(""), keterangan: text });

export const LaporanTemplateSchema = z.object({
  huruf: text,
  ukuran_huruf: z.number().min(9).max(14),
  penerima: z.object({ nasional: text, daerah: text }),
  penandatangan: z.object({ nasional: signer, daerah: signer, wilayah: z.record(z.string(), signer.partial()) }),
  sampul: z.object({ logo: text, logo_lebar_cm: z.number().min(1).max(6), baris: texts, tentang: texts, periode: text, tempat_tanggal: text }),
  kepala_halaman: text,
  kaki_halaman: text,
  daftar_isi: z.object({ judul: text, catatan: text }),
  pendahuluan: z.object({
    judul: text,
    umum: z.object({ judul: text, paragraf: texts }),
    maksud: z.object({ judul: text, paragraf: texts }),
    ruang_lingkup: z.object({ judul: text, paragraf: texts }),
    dasar_hukum: z.object({ judul: text, pengantar: text, dasar_pembentukan: text }),
  }),
  koordinasi: z.object({
    judul: text,
    pengantar: text,
    kosong: text,
    tabel_tingkat: text,
    daftar: text,
    daftar_kosong: text,
    tabel_daftar: text,
    kolom: z.object({ tingkat: text, jumlah: text, no: text, tanggal: text, judul: text, tempat: text, pimpinan: text }),
    daring: text,
    daring_tanpa_platform: text,
    hybrid: text,
    pimpinan_kosong: text,
  }),
  rencana_aksi: z.object({
    judul: text,
    pengantar: text,
    kosong: text,
    tabel_ringkasan: text,
    gambar: text,
    judul_grafik: text,
    kolom_ringkasan: z.object({ subsatgas: text, total: text, selesai: text, berjalan: text, terhambat: text, terlambat: text, capaian: text, jumlah: text }),
    wilayah_judul: text,
    wilayah_pengantar: z.object({ nasional: text, provinsi: text }),
    tabel_wilayah: text,
    baris_sendiri: z.object({ nasional: text, provinsi: text }),
    subbab: text,
    per_subsatgas: text,
    per_subsatgas_kosong: text,
    per_subsatgas_sendiri: text,
    per_subsatgas_sendiri_kosong: text,
    tabel_subsatgas: text,
    lainnya: text,
    kolom_rincian: z.object({ no: text, judul: text, instansi: text, tenggat: text, status: text, progres: text, catatan: text }),
    tanda_terlambat: text,
    keterangan_terlambat: text,
    catatan_kosong: text,
    tidak_ada_angka: text,
  }),
  kasus: z.object({
    judul: text,
    pengantar: text,
    kosong: text,
    sebagian: text,
    catatan: text,
    tabel_jumlah: text,
    tabel_wilayah_kasus: text,
    tabel_wilayah_korban: text,
    kolom: z.object({ uraian: text, jumlah: text, wilayah: text, nasional: text, total: text }),
  }),
  kelembagaan: z.object({
    judul: text,
    pengantar: text,
    dasar_hukum_sendiri: text,
    dasar_hukum_sendiri_kosong: text,
    subsatgas_sendiri: text,
    subsatgas_sendiri_kosong: text,
    tabel_provinsi: text,
    tabel_kabupaten: text,
    kosong: text,
    kolom: z.object({ no: text, provinsi: text, kabupaten: text, terbentuk: text, dasar_hukum: text, subsatgas: text, kabupaten_terbentuk: text }),
    ya: text,
    belum: text,
    lengkap: text,
    tidak_lengkap: text,
    tanpa_dasar_hukum: text,
    kabupaten_terbentuk: text,
  }),
  kendala: z.object({
    judul: text,
    kendala_judul: text,
    pengantar: text,
    kosong: text,
    tabel_subsatgas: text,
    pengantar_wilayah: text,
    tabel_wilayah: text,
    terlama: text,
    terlama_semua: text,
    tabel: text,
    kolom: z.object({ no: text, judul: text, subsatgas: text, instansi: text, sejak: text, hambatan: text, jumlah: text, terhambat: text, persen: text }),
    hambatan_kosong: text,
    sejak_kosong: text,
    catatan_pimpinan: text,
    rekomendasi_judul: text,
    rekomendasi_kosong: text,
  }),
  penutup: z.object({ judul: text, baku: text }),
  tanda_tangan: z.object({ tempat_tanggal: text, tanggal_saja: text, nama_kosong: text }),
});

const year = z.number().int().min(1945).max(2100).nullable().default(null);

/** templates/dasar-hukum.json: the legal references the secretariat keeps, each with the years it applies to. */
export const DasarHukumSchema = z.object({
  acuan: z.array(
    z.object({
      teks: z.string().trim().min(1),
      berlaku_mulai: year,
      berlaku_sampai: year,
      /** Only the reports of these scopes ("nasional" or a region code, which includes the regions below it). */
      wilayah: z.array(z.string()).optional(),
      /** The act that forms the national task force (cited in chapter V when its own record has none). */
      pembentukan_nasional: z.boolean().default(false),
    }),
  ),
});

export type LegalReference = z.infer<typeof DasarHukumSchema>["acuan"][number];

export type LaporanTemplate = z.infer<typeof LaporanTemplateSchema> & {
  /** The legal references of templates/dasar-hukum.json, in their order. */
  acuan: LegalReference[];
  /** templates/<sampul.logo> as base64 PNG, when the file is there. */
  logo: { png: string; widthCm: number } | null;
};

function readJson<T>(file: string, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`${file} is not a valid ${what} (check: ${where})`);
  }
  return parsed.data;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** templates/laporan.json, dasar-hukum.json and the logo (or those of TEMPLATES_DIR), validated. */
export function loadLaporanTemplate(dir = templatesDir()): LaporanTemplate {
  const wording = readJson(path.join(dir, "laporan.json"), LaporanTemplateSchema, "report template");
  const { acuan } = readJson(path.join(dir, "dasar-hukum.json"), DasarHukumSchema, "list of legal references");
  let logo: LaporanTemplate["logo"] = null;
  const logoFile = wording.sampul.logo.trim() ? path.join(dir, wording.sampul.logo.trim()) : null;
  if (logoFile && existsSync(logoFile)) {
    const bytes = readFileSync(logoFile);
    if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error(`${logoFile} is not a PNG image (check: sampul.logo)`);
    logo = { png: bytes.toString("base64"), widthCm: wording.sampul.logo_lebar_cm };
  }
  return { ...wording, acuan, logo };
}

/**
 * The references of a report on `scope` (null = national) for `period`: those whose years overlap
 * the period's and whose regions, if named, include the scope.
 */
export function referencesFor(acuan: LegalReference[], scope: string | null, period: { start: string; end: string }): LegalReference[] {
  const [from, to] = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  const key = scope ?? "nasional";
  return acuan.filter(
    (a) =>
      (a.berlaku_mulai === null || a.berlaku_mulai <= to) &&
      (a.berlaku_sampai === null || a.berlaku_sampai >= from) &&
      (!a.wilayah || a.wilayah.some((w) => w === key || (w !== "nasional" && key.startsWith(`${w}.`)))),
  );
}
