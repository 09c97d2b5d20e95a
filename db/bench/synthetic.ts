// A deterministic synthetic national data set for the benchmark and the scale tests: the 553 task
// forces (national, 38 provinces, 514 regencies/cities, from the regions reference table), each
// holding a rakor every month for `years` years with 25 attendees, three outcomes and six action
// items with four status updates each; the regional task forces with their legal basis; and case
// statistics per region per semester. Every value comes from a seeded PRNG keyed by (task force,
// month), so the same options give byte-identical bundles, and a year can be generated on its own.
//
// The data goes into the database through the real import path (importBundles, the code behind
// `npm run import`), one bundle file per year written record by record (never held in memory).
// Accounts are not part of the bundle format: the bench users are made with createUser.
//
//   const db = openDatabase(file);
//   const plan = planTaskForces(loadReference(db), { scale: 0.05 });
//   importSynthetic(db, plan, { dir: "/tmp/bundles" });
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { agencies, regions, users, type ActionStatus, type RakorLevel, type RakorMode, type Role, type TimeZone } from "../schema";
import { importBundles, formatError, type ImportSummary } from "../../app/bundle/import.server";
import type { BundleAction, BundleActionUpdate, BundleAttendee, BundleCaseStatistic, BundleRakor, BundleTaskForce } from "../../app/bundle/types";
import { createUser, hashPassword } from "../../app/accounts/user.server";
import { recordAudit } from "../../app/accounts/audit.server";
import { resolveAgencyId } from "../../app/accounts/agency.server";

export interface SyntheticOptions {
  /** PRNG seed; the same seed gives the same data set. */
  seed: number;
  /** Share of the 552 regional task forces included (the national one always is); 1 = national scale. */
  scale: number;
  fromYear: number;
  years: number;
  attendeesPerRakor: number;
  /** Spread over three outcomes; must be a multiple of 3. */
  actionsPerRakor: number;
  updatesPerAction: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  seed: 20250604,
  scale: 1,
  fromYear: 2021,
  years: 5,
  attendeesPerRakor: 25,
  actionsPerRakor: 6,
  updatesPerAction: 4,
};

export const SUBSATGAS_SLUGS = ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"] as const;
type Slug = (typeof SUBSATGAS_SLUGS)[number];

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** A 32-bit hash of a few integers (for per-record seeds, so records are independent of order). */
export function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for test data. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Task forces and their agencies
// ---------------------------------------------------------------------------------------------

export interface RegionRef {
  code: string;
  name: string;
  level: "provinsi" | "kabupaten_kota";
  timeZone: TimeZone;
}

export interface Reference {
  regions: RegionRef[];
  /** Full names of the national member agencies, keyed by short name. */
  national: Map<string, string>;
}

/** The regions and national agencies loaded by migration: the data set is built on them. */
export function loadReference(db: Db): Reference {
  const rows = db.select({ code: regions.code, name: regions.name, level: regions.level, timeZone: regions.timeZone }).from(regions).orderBy(regions.code).all();
  const national = db
    .select({ name: agencies.name, shortName: agencies.shortName })
    .from(agencies)
    .where(and(isNull(agencies.regionCode), eq(agencies.nationalMember, true)))
    .all();
  return { regions: rows, national: new Map(national.map((a) => [a.shortName ?? a.name, a.name])) };
}

/** Roles of the six regional member agencies, by index in TaskForcePlan.agencies. */
const REGIONAL = { pppa: 0, police: 1, social: 2, health: 3, labour: 4, prosecutor: 5 } as const;

export interface TaskForcePlan {
  index: number;
  /** 'nasional' or the region code. */
  key: string;
  regionCode: string | null;
  level: RakorLevel;
  /** "Nasional", "Jawa Barat", "Kabupaten Indramayu". */
  name: string;
  zone: TimeZone;
  /** Member agencies by name; regional ones are created by the import. */
  agencies: string[];
  secretariat: string;
  police: string;
  /** Lead-agency candidates per Subsatgas (indices into agencies). */
  leads: Record<Slug, number[]>;
}

function regionalAgencies(r: RegionRef): string[] {
  const province = r.level === "provinsi";
  const place = province ? `Provinsi ${r.name}` : r.name;
  return [
    `Dinas Pemberdayaan Perempuan dan Perlindungan Anak ${place}`,
    province ? `Polda ${r.name}` : `Polres ${r.name}`,
    `Dinas Sosial ${place}`,
    `Dinas Kesehatan ${place}`,
    `Dinas Tenaga Kerja ${place}`,
    province ? `Kejaksaan Tinggi ${r.name}` : `Kejaksaan Negeri ${r.name}`,
  ];
}

const NATIONAL_SHORT = [
  "Polri",
  "KemenPPPA",
  "Kemensos",
  "Kemenkes",
  "Kemnaker",
  "Kejaksaan RI",
  "KemenP2MI",
  "Kemenlu",
  "KemenImipas",
  "Kemenkum",
  "Kemendagri",
  "Komdigi",
  "Kemenko PMK",
  "Kemenko Polkam",
  "Kemendes PDT",
  "PPATK",
];

/**
 * The task forces of the data set: the national one, then a seeded sample of `scale` of the
 * regional ones (all of them at scale 1), each with its member agencies.
 */
export function planTaskForces(ref: Reference, options: Partial<SyntheticOptions> = {}): TaskForcePlan[] {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  const missing = NATIONAL_SHORT.filter((s) => !ref.national.has(s));
  if (missing.length) throw new Error(`reference agencies missing: ${missing.join(", ")}`);
  const nat = NATIONAL_SHORT.map((s) => ref.national.get(s)!);
  const plans: TaskForcePlan[] = [
    {
      index: 0,
      key: "nasional",
      regionCode: null,
      level: "nasional",
      name: "Nasional",
      zone: "Asia/Jakarta",
      agencies: nat,
      secretariat: nat[0],
      police: nat[0],
      leads: {
        pencegahan: [1, 4, 6, 11, 14],
        "rehabilitasi-medis": [3],
        "rehabilitasi-sosial": [2, 1, 7],
        "norma-hukum": [9, 13, 10],
        "penegakan-hukum": [0, 5, 8, 15],
        "kerja-sama": [7, 12, 10, 6],
      },
    },
  ];
  const chosen = o.scale >= 1 ? ref.regions : ref.regions.filter((r) => mix(o.seed, ...r.code.split(".").map(Number)) / 4294967296 < o.scale);
  // At tiny scales keep at least one province and one regency, so every page has something to show.
  const regionsIn = chosen.length ? chosen : ref.regions.slice(0, 2);
  for (const r of regionsIn) {
    const list = regionalAgencies(r);
    plans.push({
      index: plans.length,
      key: r.code,
      regionCode: r.code,
      level: r.level === "provinsi" ? "provinsi" : "kabupaten_kota",
      name: r.name,
      zone: r.timeZone,
      agencies: list,
      secretariat: list[REGIONAL.pppa],
      police: list[REGIONAL.police],
      leads: {
        pencegahan: [REGIONAL.pppa, REGIONAL.labour],
        "rehabilitasi-medis": [REGIONAL.health],
        "rehabilitasi-sosial": [REGIONAL.social, REGIONAL.pppa],
        "norma-hukum": [REGIONAL.pppa, REGIONAL.prosecutor],
        "penegakan-hukum": [REGIONAL.police, REGIONAL.prosecutor],
        "kerja-sama": [REGIONAL.pppa, REGIONAL.police, REGIONAL.labour],
      },
    });
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

const GIVEN = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Oktaviani", "Putu", "Rina", "Sri", "Teguh", "Utami", "Wahyu", "Yohanes", "Yuni", "Zainal", "Andi", "Bambang", "Dian", "Fajar", "Hasan", "Ketut", "Maria", "Novi", "Ratna", "Samuel", "Siti", "Taufik"];
const FAMILY = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Lubis", "Siregar", "Nasution", "Pratama", "Kurniawan", "Setiawan", "Hutapea", "Manurung", "Rahman", "Simanjuntak", "Wibowo", "Gunawan", "Susanto", "Permana", "Tanjung", "Sinaga", "Pakpahan", "Mahendra", "Rumbiak", "Wonda", "Daeng", "Pattiasina", "Latuconsina", "Sembiring"];
const POLICE_RANKS = ["AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Brigpol"];
const CIVIL_RANKS = ["Pembina Utama Muda", "Pembina Tingkat I", "Pembina", "Penata Tingkat I", "Penata"];
const POSITIONS = ["Kepala Dinas", "Sekretaris Dinas", "Kepala Bidang Perlindungan Perempuan", "Kepala Seksi", "Analis Kebijakan", "Pekerja Sosial", "Kasat Reskrim", "Kanit PPA", "Jaksa Fungsional", "Pengantar Kerja", "Dokter", "Staf"];
const TOPICS = ["pekerja migran nonprosedural", "eksploitasi anak secara daring", "perekrutan melalui media sosial", "pengantin pesanan", "awak kapal perikanan", "penipuan lowongan kerja luar negeri", "eksploitasi seksual", "jalur pemberangkatan ilegal"];
const ACTION_TITLES: Record<Slug, string[]> = {
  pencegahan: ["Sosialisasi pencegahan TPPO di desa rawan", "Penyuluhan calon pekerja migran", "Kampanye literasi digital untuk pelajar", "Pembentukan satgas desa peduli TPPO"],
  "rehabilitasi-medis": ["Pemeriksaan kesehatan korban yang dipulangkan", "Layanan pemulihan psikologis korban", "Penyiapan rumah sakit rujukan korban TPPO"],
  "rehabilitasi-sosial": ["Pendampingan reintegrasi korban ke keluarga", "Penyediaan rumah aman sementara", "Pelatihan keterampilan bagi penyintas"],
  "norma-hukum": ["Penyusunan rancangan peraturan daerah pencegahan TPPO", "Kajian perlindungan saksi dan korban", "Harmonisasi SOP penanganan korban"],
  "penegakan-hukum": ["Penyelidikan jaringan perekrut ilegal", "Operasi gabungan di pelabuhan dan bandara", "Percepatan pelimpahan berkas perkara TPPO", "Pemetaan modus perdagangan orang daring"],
  "kerja-sama": ["Rapat koordinasi lintas instansi penanganan korban", "Penandatanganan nota kesepahaman rujukan korban", "Pertukaran data kasus antarwilayah"],
};
const OUTCOME_TEXTS = [
  "Memperkuat pengawasan jalur keberangkatan pekerja migran",
  "Mempercepat penanganan dan pemulangan korban",
  "Meningkatkan edukasi masyarakat tentang modus perekrutan",
  "Menyelaraskan data kasus antarinstansi",
  "Menindak tegas perekrut dan penyalur ilegal",
  "Menyiapkan layanan rehabilitasi yang mudah dijangkau",
];
const MODES: { mode: RakorMode; weight: number }[] = [
  { mode: "in_person", weight: 0.4 },
  { mode: "virtual", weight: 0.25 },
  { mode: "hybrid", weight: 0.35 },
];

const OFFSET: Record<TimeZone, string> = { "Asia/Jakarta": "+07:00", "Asia/Makassar": "+08:00", "Asia/Jayapura": "+09:00" };
const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of a UTC day number. */
function dateOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function person(rng: Rng): string {
  return `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
}

function pickMode(rng: Rng): RakorMode {
  let x = rng.next();
  for (const m of MODES) {
    if (x < m.weight) return m.mode;
    x -= m.weight;
  }
  return "hybrid";
}

/** The bundle ref of a task force's rakor in a month (and of its actions, with a suffix). */
export function rakorRef(tf: TaskForcePlan, year: number, month: number): string {
  return `bench-${tf.key}-${year}${pad(month)}`;
}

/** The status history of one action item: `n` updates from just after the rakor to shortly after the due date. */
function history(rng: Rng, n: number, fromMs: number, dueMs: number, offset: string, by: string): { updates: BundleActionUpdate[]; status: ActionStatus; progress: number } {
  const end = dueMs + rng.int(-20, 45) * DAY_MS;
  const span = Math.max(n, Math.round((end - fromMs) / DAY_MS));
  // The outcome: most items finish, some stall or are still going.
  const roll = rng.next();
  const final: ActionStatus = roll < 0.62 ? "done" : roll < 0.8 ? "in_progress" : roll < 0.92 ? "blocked" : roll < 0.96 ? "not_started" : "cancelled";
  const updates: BundleActionUpdate[] = [];
  let progress = 0;
  let day = 0;
  for (let k = 0; k < n; k++) {
    day = k === n - 1 ? span : Math.max(day + 1, Math.round(((k + 1) * span) / n) - rng.int(0, 3));
    const last = k === n - 1;
    let status: ActionStatus;
    if (last) status = final === "not_started" ? "in_progress" : final;
    else status = k === n - 2 && final === "blocked" ? "blocked" : "in_progress";
    if (status === "done") progress = 100;
    else if (status !== "cancelled") progress = Math.min(95, progress + rng.int(10, 30));
    // At office hours (08.00-16.59 local) of that day.
    const localDay = dateOf(fromMs + Number(offset.slice(1, 3)) * 3_600_000 + day * DAY_MS);
    const iso = `${localDay}T${pad(rng.int(8, 16))}:${pad(rng.int(0, 59))}:00${offset}`;
    const note =
      status === "blocked"
        ? "Terkendala anggaran dan ketersediaan personel; menunggu dukungan instansi terkait."
        : status === "done"
          ? "Kegiatan selesai dilaksanakan; laporan dan dokumentasi telah disampaikan."
          : status === "cancelled"
            ? "Dibatalkan karena digabung dengan kegiatan lain."
            : `Pelaksanaan tahap ${k + 1} berjalan sesuai rencana.`;
    updates.push({ at: iso, status, progress, note, by });
  }
  const lastUpdate = updates[updates.length - 1];
  return { updates, status: lastUpdate.status, progress: lastUpdate.progress ?? 0 };
}

/** The rakor of task force `tf` in `month` of `year`, with its attendees and action items. */
export function syntheticRakor(tf: TaskForcePlan, year: number, month: number, options: Partial<SyntheticOptions> = {}): BundleRakor {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  const rng = new Rng(mix(o.seed, tf.index, year, month));
  const ref = rakorRef(tf, year, month);
  const offset = OFFSET[tf.zone];
  const day = rng.int(3, 27);
  const hour = rng.pick([8, 9, 9, 10, 13]);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const startMs = Date.parse(`${date}T${pad(hour)}:00:00${offset}`);
  const mode = pickMode(rng);
  const hasVenue = mode !== "virtual";
  const hasOnline = mode !== "in_person";
  const topic = rng.pick(TOPICS);
  const chairName = person(rng);
  const sitesCount = hasOnline ? (tf.level === "nasional" ? rng.int(2, 4) : rng.int(0, 2)) : 0;
  const sites = Array.from({ length: sitesCount }, (_, k) => ({
    name: `Lokasi ${k + 1}: ${tf.level === "nasional" ? `Polda ${rng.pick(["Sumatera Selatan", "Sulawesi Tenggara", "Kalimantan Timur", "Nusa Tenggara Timur", "Jawa Timur", "Kepulauan Riau"])}` : `Kantor ${tf.agencies[(k + 1) % tf.agencies.length]}`}`,
    agency: tf.agencies[(k + 1) % tf.agencies.length],
    ...(tf.regionCode ? { regionCode: tf.regionCode } : {}),
    chair: { name: person(rng), position: "Pimpinan lokasi" },
  }));

  const attendees: BundleAttendee[] = [];
  const n = o.attendeesPerRakor;
  for (let i = 0; i < n; i++) {
    const agency = i === 0 ? tf.secretariat : tf.agencies[rng.int(0, tf.agencies.length - 1)];
    const police = agency === tf.police;
    const role = i === 0 ? "chair" : i <= 2 ? "speaker" : i === 3 ? "secretary" : "participant";
    const attendance = rng.chance(0.06) ? "absent" : mode === "in_person" ? "in_person" : mode === "virtual" ? "online" : rng.chance(0.5) ? "in_person" : "online";
    const site = sites.length && attendance === "online" && rng.chance(0.5) ? rng.pick(sites).name : undefined;
    attendees.push({
      name: i === 0 ? chairName : person(rng),
      ...(rng.chance(0.7) ? { rank: police ? rng.pick(POLICE_RANKS) : rng.pick(CIVIL_RANKS) } : {}),
      position: rng.pick(POSITIONS),
      agency,
      role,
      attendance,
      ...(site ? { site } : {}),
    });
  }

  const perOutcome = o.actionsPerRakor / 3;
  const outcomes = [0, 1, 2].map((k) => {
    const actions: BundleAction[] = [];
    for (let j = 0; j < perOutcome; j++) {
      const a = k * perOutcome + j;
      const slug = rng.pick(SUBSATGAS_SLUGS);
      const lead = tf.agencies[rng.pick(tf.leads[slug])];
      let support = tf.agencies[rng.int(0, tf.agencies.length - 1)];
      if (support === lead) support = tf.agencies[(tf.agencies.indexOf(lead) + 1) % tf.agencies.length];
      const dueMs = startMs + rng.int(30, 180) * DAY_MS;
      const h = history(rng, o.updatesPerAction, startMs + DAY_MS, dueMs, offset, `Penghubung ${lead}`);
      actions.push({
        ref: `${ref}-a${a + 1}`,
        title: `${rng.pick(ACTION_TITLES[slug])}: ${topic}`,
        description: `Tindak lanjut hasil rakor ${tf.name} ${pad(month)}/${year} tentang ${topic}.`,
        subsatgas: slug,
        agency: lead,
        supportingAgencies: [support],
        dueDate: dateOf(dueMs + Number(offset.slice(1, 3)) * 3_600_000),
        status: h.status,
        progress: h.progress,
        updates: h.updates,
      });
    }
    return { text: `${rng.pick(OUTCOME_TEXTS)} (${topic}).`, actions };
  });

  return {
    ref,
    title: `Rakor Gugus Tugas PP-TPPO ${tf.level === "nasional" ? "Nasional" : tf.name} ${pad(month)}/${year}: ${topic}`,
    level: tf.level,
    ...(tf.regionCode ? { regionCode: tf.regionCode } : {}),
    organizer: tf.secretariat,
    status: "held",
    mode,
    startsAt: `${date}T${pad(hour)}:00:00${offset}`,
    endsAt: `${date}T${pad(hour + 3)}:00:00${offset}`,
    timeZone: tf.zone,
    ...(hasVenue ? { venue: `Aula ${tf.secretariat}` } : {}),
    ...(hasOnline ? { online: { platform: "Zoom Meeting", url: `https://zoom.us/j/${8_000_000_000 + (mix(o.seed, tf.index, year, month) % 999_999_999)}` } } : {}),
    chair: { name: chairName, position: "Ketua Harian", agency: tf.secretariat },
    ...(sites.length ? { sites } : {}),
    attendees,
    agenda: [
      { title: "Pembukaan dan arahan ketua", presenter: { name: chairName, agency: tf.secretariat }, startsAt: `${date}T${pad(hour)}:00:00${offset}` },
      { title: `Paparan situasi: ${topic}`, presenter: { name: attendees[1]?.name ?? chairName, agency: attendees[1]?.agency ?? tf.secretariat } },
      { title: "Tinjauan tindak lanjut rakor sebelumnya" },
    ],
    materials: [{ title: `Bahan paparan ${topic}`, kind: "presentation", url: `https://sigap.contoh.go.id/bahan/${ref}.pdf` }],
    outcomes,
  };
}

/** The regional task forces' legal basis (all formed, most with all six Subsatgas). */
export function syntheticTaskForces(plan: TaskForcePlan[], options: Partial<SyntheticOptions> = {}): BundleTaskForce[] {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  return plan
    .filter((tf) => tf.regionCode !== null)
    .map((tf) => {
      const rng = new Rng(mix(o.seed, tf.index, 0xf0));
      const formed = rng.chance(0.8) ? [...SUBSATGAS_SLUGS] : SUBSATGAS_SLUGS.filter(() => rng.chance(0.7));
      const year = rng.int(2019, o.fromYear);
      return {
        regionCode: tf.regionCode!,
        legalBasis: {
          kind: rng.pick(["sk_kepala_daerah", "perkada", "sk_kepala_daerah"] as const),
          number: `188.45/Kep.${rng.int(10, 999)}-DP3A/${year}`,
          date: `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
          title: `Pembentukan Gugus Tugas PP-TPPO ${tf.name}`,
        },
        subsatgasFormed: formed,
        secretariat: tf.secretariat,
      };
    });
}

/** Case statistics of `year`: one row per task force per semester, reported by its police. */
export function syntheticCaseStatistics(plan: TaskForcePlan[], year: number, options: Partial<SyntheticOptions> = {}): BundleCaseStatistic[] {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  const out: BundleCaseStatistic[] = [];
  for (const tf of plan) {
    for (const half of [1, 2]) {
      const rng = new Rng(mix(o.seed, tf.index, year, 0x5e + half));
      const size = tf.level === "nasional" ? 40 : tf.level === "provinsi" ? 6 : 1;
      const reported = rng.int(0, 8) * size;
      const total = reported + rng.int(0, 6) * size;
      out.push({
        periodStart: half === 1 ? `${year}-01-01` : `${year}-07-01`,
        periodEnd: half === 1 ? `${year}-06-30` : `${year}-12-31`,
        ...(tf.regionCode ? { regionCode: tf.regionCode } : {}),
        agency: tf.police,
        casesReported: reported,
        casesProsecuted: Math.floor(reported * rng.next()),
        suspects: reported + rng.int(0, 4) * size,
        victimsTotal: total,
        victimsWomen: Math.floor(total * (0.4 + 0.4 * rng.next())),
        victimsChildren: Math.floor(total * 0.3 * rng.next()),
        victimsRehabilitated: Math.floor(total * rng.next()),
        victimsRepatriated: Math.floor(total * 0.5 * rng.next()),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bundle files and the import
// ---------------------------------------------------------------------------------------------

export interface YearBundle {
  year: number;
  file: string;
  bytes: number;
  rakor: number;
  actions: number;
}

/** Writes the bundle of one year (its rakor, case statistics, and the task forces in the first year) record by record. */
export function writeYearBundle(file: string, plan: TaskForcePlan[], year: number, options: Partial<SyntheticOptions> = {}): YearBundle {
  const o = { ...DEFAULT_SYNTHETIC, ...options };
  const fd = openSync(file, "w");
  let rakorCount = 0;
  let actions = 0;
  try {
    writeSync(fd, `{"format":"sigap-tppo-bundle","version":1,"source":${JSON.stringify(`Data sintetis SIGAP bench, seed ${o.seed}, tahun ${year}`)},"rakor":[\n`);
    for (let month = 1; month <= 12; month++) {
      for (const tf of plan) {
        const r = syntheticRakor(tf, year, month, o);
        actions += (r.outcomes ?? []).reduce((n, x) => n + (x.actions?.length ?? 0), 0);
        writeSync(fd, `${rakorCount ? ",\n" : ""}${JSON.stringify(r)}`);
        rakorCount++;
      }
    }
    writeSync(fd, "\n]");
    if (year === o.fromYear) writeSync(fd, `,"taskForces":${JSON.stringify(syntheticTaskForces(plan, o))}`);
    writeSync(fd, `,"caseStatistics":${JSON.stringify(syntheticCaseStatistics(plan, year, o))}}\n`);
  } finally {
    closeSync(fd);
  }
  return { year, file, bytes: statSync(file).size, rakor: rakorCount, actions };
}

/**
 * Registers the regional member agencies with their region, as an admin would before the first
 * import (the importer would otherwise create an agency first named by an attendee without one).
 */
export function registerAgencies(db: Db, plan: TaskForcePlan[]): number {
  return db.transaction((tx) => {
    let n = 0;
    for (const tf of plan) {
      if (tf.regionCode === null) continue;
      for (const name of tf.agencies) {
        resolveAgencyId(tx, name, null, tf.regionCode);
        n++;
      }
    }
    return n;
  });
}

export interface ImportTiming {
  year: number;
  bytes: number;
  rakor: number;
  actions: number;
  generateMs: number;
  importMs: number;
  summary: ImportSummary;
}

/**
 * Generates the data set year by year and imports each year's bundle through importBundles (one
 * transaction per year, national scope, as `npm run import` does). The bundle files are removed
 * after their import unless `keepFiles`.
 */
export function importSynthetic(
  db: Db,
  plan: TaskForcePlan[],
  opts: { dir: string; options?: Partial<SyntheticOptions>; keepFiles?: boolean; onYear?: (t: ImportTiming) => void },
): ImportTiming[] {
  const o = { ...DEFAULT_SYNTHETIC, ...opts.options };
  mkdirSync(opts.dir, { recursive: true });
  const out: ImportTiming[] = [];
  for (let year = o.fromYear; year < o.fromYear + o.years; year++) {
    const file = path.join(opts.dir, `bench-${o.seed}-${year}.json`);
    let t = performance.now();
    const written = writeYearBundle(file, plan, year, o);
    const generateMs = performance.now() - t;
    t = performance.now();
    const result = importBundles(db, [{ label: path.basename(file), source: { kind: "file", path: file } }], { scope: null, actorId: null, maxRecords: 0, createUnanswered: true });
    const importMs = performance.now() - t;
    if (!opts.keepFiles) rmSync(file, { force: true });
    if (!result.ok) {
      const errors = result.files.flatMap((f) => f.errors).slice(0, 10);
      throw new Error(`synthetic bundle ${year} refused:\n${errors.map(formatError).join("\n")}`);
    }
    const timing = { year, bytes: written.bytes, rakor: written.rakor, actions: written.actions, generateMs, importMs, summary: result.files[0].summary };
    opts.onYear?.(timing);
    out.push(timing);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

export const BENCH_PASSWORD = "sigap-bench-2025";

export interface BenchUser {
  email: string;
  name: string;
  role: Role;
  agency: string | null;
  regionCode: string | null;
}

/**
 * The bench accounts: the national leader, the national Polri liaison, and up to `liaisons`
 * liaisons of regency/city police (each the lead agency of its own items, so their writes never
 * touch the same item).
 */
export function benchUsers(plan: TaskForcePlan[], liaisons = 50): BenchUser[] {
  const list: BenchUser[] = [
    { email: "pimpinan@bench.sigap.id", name: "Ketua Harian (bench)", role: "pimpinan", agency: null, regionCode: null },
    { email: "polri@bench.sigap.id", name: "Penghubung Polri (bench)", role: "penghubung", agency: plan[0].police, regionCode: null },
  ];
  const regencies = plan.filter((tf) => tf.level === "kabupaten_kota");
  const step = Math.max(1, Math.floor(regencies.length / liaisons));
  for (let i = 0; i < regencies.length && list.length < liaisons + 2; i += step) {
    const tf = regencies[i];
    list.push({ email: `penghubung-${tf.key}@bench.sigap.id`, name: `Penghubung ${tf.police}`, role: "penghubung", agency: tf.police, regionCode: tf.regionCode });
  }
  // Small scales have fewer regencies than liaisons: the rest are provincial police liaisons.
  for (const tf of plan.filter((p) => p.level === "provinsi")) {
    if (list.length >= liaisons + 2) break;
    list.push({ email: `penghubung-${tf.key}@bench.sigap.id`, name: `Penghubung ${tf.police}`, role: "penghubung", agency: tf.police, regionCode: tf.regionCode });
  }
  return list;
}

/**
 * Creates the bench accounts. The first goes through createUser (argon2id, audit row); the rest
 * reuse its hash (same password), since hashing 50 passwords is not what is being measured.
 */
export async function createBenchUsers(db: Db, list: BenchUser[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const names = [...new Set(list.map((u) => u.agency).filter((a): a is string => a !== null))];
  const agencyIds = new Map(db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.name, names)).all().map((a) => [a.name, a.id]));
  const hash = await hashPassword(BENCH_PASSWORD);
  for (const u of list) {
    const agencyId = u.agency === null ? null : (agencyIds.get(u.agency) ?? null);
    if (u.agency !== null && agencyId === null) throw new Error(`bench user ${u.email}: agency ${u.agency} not found`);
    if (ids.size === 0) {
      const created = await createUser(db, { email: u.email, name: u.name, password: BENCH_PASSWORD, role: u.role, agencyId, regionCode: u.regionCode }, null);
      ids.set(u.email, created.id);
      continue;
    }
    const id = db.transaction((tx) => {
      const created = tx.insert(users).values({ email: u.email, name: u.name, passwordHash: hash, role: u.role, agencyId, regionCode: u.regionCode }).returning().get();
      const { passwordHash: _omit, ...after } = created;
      recordAudit(tx, { userId: null, action: "create", entity: "user", entityId: created.id, after });
      return created.id;
    });
    ids.set(u.email, id);
  }
  return ids;
}
