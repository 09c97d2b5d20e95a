// Generated bundles for tests and benchmarks: N rakor, each with sites, attendees, agenda, a
// material, and outcomes carrying action items with a status history. Deterministic (the same
// options give the same bundle) and valid against the schema and the domain rules. The file writer
// produces one rakor at a time, so a 10,000-rakor / 60,000-action bundle is written without ever
// being held in memory.
//
//   import { writeGeneratedBundle } from "./db/bench/bundle-generator";
//   writeGeneratedBundle("/tmp/big.json", { rakor: 10_000, actionsPerRakor: 6 });
import { closeSync, openSync, writeSync } from "node:fs";
import type { Bundle, BundleAction, BundleRakor } from "../../app/bundle/types";
import type { TimeZone } from "../schema";

export interface GeneratorOptions {
  rakor: number;
  /** Action items per rakor (spread over three outcomes). Default 6. */
  actionsPerRakor?: number;
  /** Prefix of every ref, so several generated bundles can live in one database. Default 'gen'. */
  refPrefix?: string;
  /** Bump to change every record's title (for update runs). Default 0. */
  revision?: number;
}

const REGIONS: { code: string | null; zone: TimeZone }[] = [
  { code: null, zone: "Asia/Jakarta" },
  { code: "32", zone: "Asia/Jakarta" },
  { code: "32.12", zone: "Asia/Jakarta" },
  { code: "74", zone: "Asia/Makassar" },
  { code: "74.01", zone: "Asia/Makassar" },
  { code: "64.71", zone: "Asia/Makassar" },
  { code: "91.71", zone: "Asia/Jayapura" },
];
const SUBSATGAS = ["pencegahan", "rehabilitasi-medis", "rehabilitasi-sosial", "norma-hukum", "penegakan-hukum", "kerja-sama"];
const AGENCIES = [
  "Polri",
  "KemenPPPA",
  "Kementerian Sosial",
  "Kementerian Luar Negeri",
  "Kemnaker",
  "BP2MI",
  ...Array.from({ length: 24 }, (_, i) => `Dinas Uji Beban ${i + 1}`),
];
const STATUSES = ["not_started", "in_progress", "done", "blocked"] as const;

const pad = (n: number) => String(n).padStart(2, "0");
const OFFSET: Record<TimeZone, string> = { "Asia/Jakarta": "+07:00", "Asia/Makassar": "+08:00", "Asia/Jayapura": "+09:00" };

/** The i-th rakor of a generated bundle. */
export function generatedRakor(i: number, options: GeneratorOptions): BundleRakor {
  const prefix = options.refPrefix ?? "gen";
  const perRakor = options.actionsPerRakor ?? 6;
  const revision = options.revision ?? 0;
  const region = REGIONS[i % REGIONS.length];
  const level = region.code === null ? "nasional" : region.code.includes(".") ? "kabupaten_kota" : "provinsi";
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000);
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const offset = OFFSET[region.zone];
  const agency = (k: number) => AGENCIES[(i + k) % AGENCIES.length];
  const siteNames = [`Lokasi A rakor ${i}`, `Lokasi B rakor ${i}`];
  const actions: BundleAction[] = Array.from({ length: perRakor }, (_, j) => {
    const status = STATUSES[(i + j) % STATUSES.length];
    const progress = status === "done" ? 100 : status === "not_started" ? 0 : 10 * ((i + j) % 9) + 10;
    const updates =
      status === "not_started"
        ? undefined
        : [
            { at: `${date}T15:00:00${offset}`, status: "in_progress" as const, progress: 5, note: "Mulai dikerjakan." },
            { at: `${date}T16:30:00${offset}`, status, progress, note: `Pembaruan ${j}`, by: `Penghubung ${agency(j)}` },
          ];
    return {
      ref: `${prefix}-${i}-a${j}`,
      title: `Tindak lanjut ${j + 1} rakor ${i}${revision ? ` (revisi ${revision})` : ""}`,
      description: `Uraian tindak lanjut ${j + 1} dari rakor uji beban ${i}.`,
      subsatgas: SUBSATGAS[(i + j) % SUBSATGAS.length],
      agency: agency(j),
      supportingAgencies: [agency(j + 1)],
      ...(region.code === null ? {} : { regionCode: region.code }),
      dueDate: `${day.getUTCFullYear() + 1}-${pad(day.getUTCMonth() + 1)}-${pad(Math.min(day.getUTCDate(), 28))}`,
      status,
      progress,
      ...(updates ? { updates } : {}),
    };
  });
  const outcomes = [0, 1, 2].map((k) => ({
    text: `Hasil ${k + 1} rakor ${i}.`,
    actions: actions.filter((_, j) => j % 3 === k),
  }));
  return {
    ref: `${prefix}-${i}`,
    title: `Rakor uji beban ${i}${revision ? ` (revisi ${revision})` : ""}`,
    level,
    ...(region.code === null ? {} : { regionCode: region.code }),
    organizer: agency(0),
    status: "held",
    mode: "hybrid",
    startsAt: `${date}T09:00:00${offset}`,
    endsAt: `${date}T12:00:00${offset}`,
    timeZone: region.zone,
    venue: `Aula rakor ${i}`,
    online: { platform: "Zoom Meeting", url: `https://zoom.us/j/${100000 + i}` },
    chair: { name: `Ketua Rakor ${i}`, position: "Ketua Harian", agency: agency(0) },
    sites: siteNames.map((name, k) => ({ name, agency: agency(k + 2) })),
    attendees: [
      { name: `Ketua Rakor ${i}`, agency: agency(0), role: "chair", attendance: "in_person" },
      { name: `Narasumber ${i}`, agency: agency(1), role: "speaker", attendance: "online" },
      { name: `Peserta ${i}-1`, rank: "AKP", position: "Kasat", agency: agency(2), attendance: "online", site: siteNames[0] },
      { name: `Peserta ${i}-2`, agency: agency(3), attendance: "online", site: siteNames[1] },
      { name: `Notulis ${i}`, role: "secretary" },
    ],
    agenda: [
      { title: "Pembukaan", startsAt: `${date}T09:00:00${offset}` },
      { title: "Paparan", presenter: { name: `Narasumber ${i}`, agency: agency(1) } },
      { title: "Tanya jawab" },
    ],
    materials: [{ title: `Bahan rakor ${i}`, kind: "presentation", url: `https://contoh.go.id/bahan/${i}` }],
    outcomes,
  };
}

/** A generated bundle in memory (for moderate sizes; use writeGeneratedBundle for large ones). */
export function generateBundle(options: GeneratorOptions): Bundle {
  return {
    format: "sigap-tppo-bundle",
    version: 1,
    source: `Bundel uji beban: ${options.rakor} rakor`,
    rakor: Array.from({ length: options.rakor }, (_, i) => generatedRakor(i, options)),
  };
}

/** Writes a generated bundle to `file` one rakor at a time. Returns the number of action items. */
export function writeGeneratedBundle(file: string, options: GeneratorOptions, transform?: (r: BundleRakor, i: number) => BundleRakor): { rakor: number; actions: number } {
  const fd = openSync(file, "w");
  let actions = 0;
  try {
    writeSync(fd, `{"format":"sigap-tppo-bundle","version":1,"source":${JSON.stringify(`Bundel uji beban: ${options.rakor} rakor`)},"rakor":[\n`);
    for (let i = 0; i < options.rakor; i++) {
      let r = generatedRakor(i, options);
      if (transform) r = transform(r, i);
      actions += (r.outcomes ?? []).reduce((n, o) => n + (o.actions?.length ?? 0), 0);
      writeSync(fd, `${i ? ",\n" : ""}${JSON.stringify(r)}`);
    }
    writeSync(fd, "\n]}\n");
  } finally {
    closeSync(fd);
  }
  return { rakor: options.rakor, actions };
}
