// The demo data set, shared by `npm run demo` and the tests: the three rakor of the seed bundle
// (shared/contract/examples/seed-2025.json, copied here) with their actions, and one user of each role.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { rakor, users, type Role } from "../schema";
import { writeBundle } from "../../app/bundle/import.server";
import type { Bundle } from "../../app/bundle/types";
import { findAgencyByName } from "../../app/accounts/agency.server";
import { createUser } from "../../app/accounts/user.server";
// Imported, not read from disk: the compiled `npm run demo` carries them in its bundle.
import seedJson from "./seed-2025.json";
import extrasJson from "./extras.json";

export const DEMO_PASSWORD = "sigap-demo-2025";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  agency?: string;
  region?: string;
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: "sekretariat@demo.sigap.id", name: "Sekretariat GT PP-TPPO Pusat", role: "sekretariat", description: "Sekretariat nasional" },
  { email: "polri@demo.sigap.id", name: "Penghubung Polri", role: "penghubung", agency: "Polri", description: "Penghubung Polri" },
  { email: "kemenpppa@demo.sigap.id", name: "Penghubung KemenPPPA", role: "penghubung", agency: "KemenPPPA", description: "Penghubung KemenPPPA" },
  { email: "pimpinan@demo.sigap.id", name: "Ketua Harian GT PP-TPPO", role: "pimpinan", description: "Pimpinan nasional" },
  { email: "indramayu@demo.sigap.id", name: "Sekretariat GT PP-TPPO Kab. Indramayu", role: "sekretariat", region: "32.12", description: "Sekretariat Kabupaten Indramayu" },
  { email: "admin@demo.sigap.id", name: "Administrator SIGAP", role: "admin", description: "Administrator" },
];

export function loadSeedBundle(): Bundle {
  return structuredClone(seedJson) as unknown as Bundle;
}

/**
 * What only `npm run demo` adds on top of the shared seed, so a first look is not empty: two
 * provincial task forces with their legal basis, illustrative (made-up, labelled) case figures,
 * and a rakor scheduled two weeks from now. Tests use seedDemo alone.
 */
export function seedDemoExtras(db: Db, now = Date.now()): boolean {
  const upcomingRef = "demo-rakor-evaluasi-berikutnya";
  if (db.select({ id: rakor.id }).from(rakor).where(eq(rakor.ref, upcomingRef)).get()) return false;
  const extras = structuredClone(extrasJson) as unknown as Bundle;
  // two weeks ahead, moved to a working day (Monday to Friday)
  const date = new Date(now + 14 * 24 * 60 * 60 * 1000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  const day = date.toISOString().slice(0, 10);
  extras.rakor = [
    {
      ref: upcomingRef,
      title: "Rapat Koordinasi Evaluasi Rencana Aksi Gugus Tugas PP-TPPO",
      level: "nasional",
      organizer: "Polri",
      status: "scheduled",
      mode: "hybrid",
      startsAt: `${day}T09:00:00+07:00`,
      endsAt: `${day}T12:00:00+07:00`,
      timeZone: "Asia/Jakarta",
      venue: "Ruang Rapat Utama Bareskrim Polri, Jakarta",
      online: { platform: "Zoom Meeting", url: "https://zoom.us/j/0000000000" },
      chair: { name: "Ketua Harian GT PP-TPPO", agency: "Polri" },
      agenda: [{ title: "Evaluasi capaian rencana aksi per Subsatgas" }, { title: "Persiapan laporan kepada Presiden" }],
    },
  ];
  writeBundle(db, extras, null);
  return true;
}

/** Loads the demo rakor and users unless they are there already. Returns whether anything was added. */
export async function seedDemo(db: Db): Promise<boolean> {
  let added = false;
  const bundle = loadSeedBundle();
  const firstRef = bundle.rakor?.[0]?.ref;
  if (firstRef && !db.select({ id: rakor.id }).from(rakor).where(eq(rakor.ref, firstRef)).get()) {
    writeBundle(db, bundle, null);
    added = true;
  }
  for (const u of DEMO_USERS) {
    if (db.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) continue;
    const agencyId = u.agency ? (findAgencyByName(db, u.agency)?.id ?? null) : null;
    await createUser(db, { email: u.email, name: u.name, password: DEMO_PASSWORD, role: u.role, agencyId, regionCode: u.region ?? null }, null);
    added = true;
  }
  return added;
}
