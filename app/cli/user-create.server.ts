// npm run user:create -- --email E --password P --role admin|sekretariat|penghubung|pimpinan [--agency NAME] [--region CODE] [--name NAME]
import { z } from "zod";
import { databasePath } from "../../db/client";
import { ROLES } from "../../db/schema";
import { getDb } from "../db.server";
import { findAgencyByName } from "../accounts/agency.server";
import { getRegion } from "../task-forces/region.server";
import { createUser, DuplicateEmailError, MIN_PASSWORD_LENGTH } from "../accounts/user.server";
import { fail, parseCliArgs } from "./args.server";

const USAGE =
  "Pemakaian: npm run user:create -- --email EMAIL --password SANDI --role admin|sekretariat|penghubung|pimpinan [--agency NAMA] [--region KODE] [--name NAMA]";

const { values } = parseCliArgs(
  {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string" },
    agency: { type: "string" },
    region: { type: "string" },
    name: { type: "string" },
  },
  USAGE,
);

const Args = z.object({
  email: z.email({ error: "--email wajib diisi dengan alamat email yang valid." }),
  password: z
    .string({ error: "--password wajib diisi." })
    .min(MIN_PASSWORD_LENGTH, `--password paling sedikit ${MIN_PASSWORD_LENGTH} karakter.`),
  role: z.enum(ROLES, { error: `--role harus salah satu dari: ${ROLES.join(", ")}.` }),
  agency: z.string().optional(),
  region: z.string().optional(),
  name: z.string().optional(),
});

const parsed = Args.safeParse(values);
if (!parsed.success) fail(`${parsed.error.issues.map((i) => i.message).join("\n")}\n${USAGE}`);
const args = parsed.data;

const db = getDb();
if (args.role === "penghubung" && !args.agency) fail("Penghubung wajib memiliki instansi: tambahkan --agency NAMA.");
let agencyId: number | null = null;
if (args.agency) {
  const agency = findAgencyByName(db, args.agency);
  if (!agency) fail(`Instansi "${args.agency}" tidak dikenal. Tambahkan lewat layar Admin > Instansi, atau periksa ejaannya.`);
  agencyId = agency.id;
}
if (args.region && !getRegion(db, args.region)) fail(`Kode wilayah "${args.region}" tidak dikenal (contoh: 32 untuk provinsi, 32.12 untuk kabupaten/kota).`);

try {
  const user = await createUser(
    db,
    { email: args.email, name: args.name ?? args.email, password: args.password, role: args.role, agencyId, regionCode: args.region ?? null },
    null,
  );
  console.log(`Pengguna ${user.email} (${user.role}, ${user.regionCode ?? "nasional"}) dibuat di ${databasePath()}.`);
} catch (error) {
  if (error instanceof DuplicateEmailError) fail(`Email ${args.email} sudah terdaftar.`);
  throw error;
}
