// The national member agencies of the Gugus Tugas PP-TPPO (Perpres 49/2023 on GT PP-TPPO, with the
// ministries renamed or split by the 2024-2029 cabinet). Loaded once by migration; admins edit them
// afterwards in the app. Aliases are the other names the same agency appears under in documents and
// bundles (old names included), so "KemenPPPA" and "Kementerian PPPA" land on one record.
export interface ReferenceAgency {
  name: string;
  shortName: string;
  aliases: string[];
}

export const NATIONAL_AGENCIES: ReferenceAgency[] = [
  { name: "Kepolisian Negara Republik Indonesia", shortName: "Polri", aliases: ["Polri", "Mabes Polri", "Kepolisian RI"] },
  {
    name: "Kementerian Koordinator Bidang Politik dan Keamanan",
    shortName: "Kemenko Polkam",
    aliases: ["Kemenko Polkam", "Kemenko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"],
  },
  {
    name: "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    shortName: "Kemenko PMK",
    aliases: ["Kemenko PMK"],
  },
  {
    name: "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
    shortName: "KemenPPPA",
    aliases: ["KemenPPPA", "Kementerian PPPA", "KPPPA", "Kemen PPPA"],
  },
  { name: "Kementerian Sosial", shortName: "Kemensos", aliases: ["Kemensos"] },
  { name: "Kementerian Kesehatan", shortName: "Kemenkes", aliases: ["Kemenkes"] },
  { name: "Kementerian Dalam Negeri", shortName: "Kemendagri", aliases: ["Kemendagri"] },
  { name: "Kementerian Luar Negeri", shortName: "Kemenlu", aliases: ["Kemenlu"] },
  {
    name: "Kementerian Hukum",
    shortName: "Kemenkum",
    aliases: ["Kemenkum", "Kementerian Hukum dan HAM", "Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham"],
  },
  { name: "Kementerian Hak Asasi Manusia", shortName: "KemenHAM", aliases: ["KemenHAM"] },
  { name: "Kementerian Imigrasi dan Pemasyarakatan", shortName: "KemenImipas", aliases: ["KemenImipas", "Ditjen Imigrasi"] },
  { name: "Kementerian Ketenagakerjaan", shortName: "Kemnaker", aliases: ["Kemnaker", "Kemenaker"] },
  {
    name: "Kementerian Pelindungan Pekerja Migran Indonesia",
    shortName: "KemenP2MI",
    aliases: ["KemenP2MI", "KP2MI", "BP2MI", "Badan Pelindungan Pekerja Migran Indonesia"],
  },
  { name: "Kejaksaan Republik Indonesia", shortName: "Kejaksaan RI", aliases: ["Kejaksaan RI", "Kejaksaan Agung", "Kejagung"] },
  { name: "Kementerian Perhubungan", shortName: "Kemenhub", aliases: ["Kemenhub"] },
  { name: "Kementerian Kelautan dan Perikanan", shortName: "KKP", aliases: ["KKP"] },
  {
    name: "Kementerian Desa dan Pembangunan Daerah Tertinggal",
    shortName: "Kemendes PDT",
    aliases: ["Kemendes PDT", "Kemendes PDTT", "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"],
  },
  {
    name: "Kementerian Komunikasi dan Digital",
    shortName: "Komdigi",
    aliases: ["Komdigi", "Kominfo", "Kementerian Komunikasi dan Informatika"],
  },
  {
    name: "Kementerian Pendidikan Dasar dan Menengah",
    shortName: "Kemendikdasmen",
    aliases: ["Kemendikdasmen", "Kemendikbudristek"],
  },
  { name: "Kementerian Agama", shortName: "Kemenag", aliases: ["Kemenag"] },
  { name: "Kementerian Pariwisata", shortName: "Kemenpar", aliases: ["Kemenpar", "Kemenparekraf"] },
  { name: "Kementerian Keuangan", shortName: "Kemenkeu", aliases: ["Kemenkeu"] },
  {
    name: "Kementerian Perencanaan Pembangunan Nasional/Bappenas",
    shortName: "Bappenas",
    aliases: ["Bappenas", "Kementerian PPN/Bappenas"],
  },
  { name: "Tentara Nasional Indonesia", shortName: "TNI", aliases: ["TNI"] },
  { name: "Badan Intelijen Negara", shortName: "BIN", aliases: ["BIN"] },
  { name: "Lembaga Perlindungan Saksi dan Korban", shortName: "LPSK", aliases: ["LPSK"] },
  { name: "Pusat Pelaporan dan Analisis Transaksi Keuangan", shortName: "PPATK", aliases: ["PPATK"] },
];

export const SUBSATGAS = [
  { slug: "pencegahan", name: "Pencegahan" },
  { slug: "rehabilitasi-medis", name: "Rehabilitasi Medis (Kesehatan)" },
  { slug: "rehabilitasi-sosial", name: "Rehabilitasi Sosial, Pemulangan, dan Reintegrasi" },
  { slug: "norma-hukum", name: "Pengembangan Norma Hukum" },
  { slug: "penegakan-hukum", name: "Penegakan Hukum" },
  { slug: "kerja-sama", name: "Kerja Sama dan Koordinasi" },
];

/** Provinces outside WIB. Kalimantan Barat (61) and Tengah (62) are WIB; the rest of Kalimantan is WITA. */
const WITA = ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"];
const WIT = ["81", "82", "91", "92", "93", "94", "95", "96"];

export function provinceTimeZone(provinceCode: string): "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura" {
  if (WITA.includes(provinceCode)) return "Asia/Makassar";
  if (WIT.includes(provinceCode)) return "Asia/Jayapura";
  return "Asia/Jakarta";
}
