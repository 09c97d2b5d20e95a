// templates/laporan.json: every heading and sentence of the report, so a secretariat can change
// the wording without touching code. Read at every generation (an edit shows in the next
// download) and checked against this schema, so a broken edit fails with the key to fix.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fillTemplate, templatesDir } from "../documents/notulen.server";

export { fillTemplate, templatesDir };

const text = z.string();
const texts = z.array(z.string());
const signer = z.object({ tempat: text, jabatan: text, nama: text, keterangan: text });

export const LaporanTemplateSchema = z.object({
  huruf: text,
  ukuran_huruf: z.number().min(9).max(14),
  penerima: z.object({ nasional: text, daerah: text }),
  penandatangan: z.object({ nasional: signer, daerah: signer, wilayah: z.record(z.string(), signer.partial()) }),
  sampul: z.object({ baris: texts, periode: text, tempat_tanggal: text }),
  kepala_halaman: text,
  kaki_halaman: text,
  daftar_isi: z.object({ judul: text, catatan: text }),
  pendahuluan: z.object({
    judul: text,
    umum: z.object({ judul: text, paragraf: texts }),
    maksud: z.object({ judul: text, paragraf: texts }),
    ruang_lingkup: z.object({ judul: text, paragraf: texts }),
    dasar_hukum: z.object({ judul: text, pengantar: text, daftar: texts, dasar_pembentukan: text }),
  }),
  koordinasi: z.object({
    judul: text,
    pengantar: text,
    kosong: text,
    tabel_tingkat: text,
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
    subbab: text,
    per_subsatgas: text,
    per_subsatgas_kosong: text,
    tabel_subsatgas: text,
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
    tabel: text,
    kolom: z.object({ no: text, judul: text, subsatgas: text, instansi: text, hambatan: text }),
    hambatan_kosong: text,
    catatan_pimpinan: text,
    rekomendasi_judul: text,
    rekomendasi_kosong: text,
  }),
  penutup: z.object({ judul: text, baku: text }),
  tanda_tangan: z.object({ tempat_tanggal: text, tanggal_saja: text, nama_kosong: text }),
});

export type LaporanTemplate = z.infer<typeof LaporanTemplateSchema>;

/** templates/laporan.json (or TEMPLATES_DIR), validated. */
export function loadLaporanTemplate(dir = templatesDir()): LaporanTemplate {
  const file = path.join(dir, "laporan.json");
  const parsed = LaporanTemplateSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`${file} is not a valid report template (check: ${where})`);
  }
  return parsed.data;
}
