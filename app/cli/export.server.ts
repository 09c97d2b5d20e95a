// npm run export -- --out FILE.json [--region CODE] [--from DATE] [--to DATE]: writes a bundle of
// the records in a scope (a region and the regions below it; national when --region is absent)
// and period (rakor by their start, case statistics by the start of their period). Material
// files travel inside the bundle (contentBase64). Honours DATABASE_PATH.
import path from "node:path";
import { databasePath } from "../../db/client";
import { getDb } from "../db.server";
import { writeExportFile } from "../bundle/export.server";
import { getRegion } from "../task-forces/region.server";
import { isCalendarDate } from "../utils/period";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE = "Pemakaian: npm run export -- --out BERKAS.json [--region KODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]";

if (isMain(import.meta.url)) {
  const { values } = parseCliArgs(
    { out: { type: "string" }, region: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
    USAGE,
  );
  if (!values.out) fail(`--out wajib diisi.\n${USAGE}`);
  const db = getDb();
  if (values.region !== undefined && !getRegion(db, values.region)) {
    fail(`kode wilayah "${values.region}" tidak dikenal (contoh: 32 untuk provinsi, 32.12 untuk kabupaten/kota).`);
  }
  for (const key of ["from", "to"] as const) {
    const value = values[key];
    if (value !== undefined && !isCalendarDate(value)) fail(`--${key} harus tanggal yang valid dengan bentuk YYYY-MM-DD, bukan "${value}".`);
  }
  if (values.from && values.to && values.to < values.from) fail("--to tidak boleh sebelum --from.");
  const out = path.resolve(values.out);
  if (out === path.resolve(databasePath())) fail("--out tidak boleh sama dengan basis data yang sedang dipakai.");
  try {
    const counts = writeExportFile(db, { region: values.region ?? null, from: values.from, to: values.to }, out, null);
    console.log(
      `Ekspor ${values.region ? `wilayah ${values.region}` : "nasional"} ke ${out}: ${counts.rakor} rakor, ${counts.actions} rencana aksi, ` +
        `${counts.taskForces} gugus tugas daerah, ${counts.caseStatistics} statistik kasus.`,
    );
  } catch (error) {
    fail(`ekspor gagal: ${(error as Error).message}`);
  }
}
