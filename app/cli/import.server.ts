// npm run import -- FILE.json [MORE.json ...]: imports bundles (shared/contract/bundle.schema.json)
// with national scope, all files in ONE transaction: either every file is valid and everything is
// written (exit 0, one summary line per file), or nothing is written (exit 1, every error listed
// with its JSON path). Honours DATABASE_PATH; an empty database is migrated first.
// An agency name that matches no agency or alias but resembles some ("Polda Sumsel") refuses the
// import with its proposals, unless answered: --map "Polda Sumsel=Polda Sumatera Selatan" links it
// to that agency (the name as written is kept; repeatable), --create-agencies creates every such name.
import { parseArgs } from "node:util";
import { databasePath } from "../../db/client";
import { getDb } from "../db.server";
import type { Db } from "../../db/client";
import { findAgencyByName } from "../accounts/agency.server";
import { agencyKey } from "../accounts/agency-key";
import { formatError, importBundles, summaryLine } from "../bundle/import.server";
import { argsErrorMessage, fail, isMain } from "./args.server";

const USAGE =
  'Pemakaian: npm run import -- [--map "Nama di bundel=Nama instansi terdaftar" ...] [--create-agencies] BERKAS.json [BERKAS-LAIN.json ...]';

export interface ImportCliOptions {
  /** "Name as written=Registered agency name" pairs. */
  map?: string[];
  createAgencies?: boolean;
}

/** The --map pairs as answers; an unknown target or a malformed pair is an error message. */
export function readAgencyMap(db: Db, pairs: string[]): { answers: Map<string, number> } | { error: string } {
  const answers = new Map<string, number>();
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const from = pair.slice(0, Math.max(at, 0)).trim();
    const to = pair.slice(at + 1).trim();
    if (at < 0 || !from || !to) return { error: `--map "${pair}" tidak valid; tulis "Nama di bundel=Nama instansi terdaftar".` };
    const target = findAgencyByName(db, to);
    if (!target) return { error: `--map "${pair}": instansi “${to}” tidak terdaftar.` };
    answers.set(agencyKey(from), target.id);
  }
  return { answers };
}

export function runImport(files: string[], options: ImportCliOptions = {}): number {
  const map = readAgencyMap(getDb(), options.map ?? []);
  if ("error" in map) {
    console.error(map.error);
    return 1;
  }
  const result = importBundles(
    getDb(),
    files.map((file) => ({ label: file, source: { kind: "file", path: file } })),
    { scope: null, actorId: null, agencyAnswers: map.answers, createUnanswered: options.createAgencies },
  );
  if (result.ok) {
    for (const file of result.files) console.log(summaryLine(file));
    return 0;
  }
  for (const file of result.files) {
    if (file.errors.length === 0) {
      console.error(`${file.label}: valid, tetapi tidak disimpan karena berkas lain ditolak.`);
      continue;
    }
    const total = file.errors.length + file.errorsOmitted;
    console.error(`${file.label}: ditolak, ${total} galat:`);
    for (const error of file.errors) console.error(`  ${formatError(error)}`);
    if (file.errorsOmitted) console.error(`  ... dan ${file.errorsOmitted} galat lainnya.`);
  }
  console.error(`Tidak ada data yang disimpan ke ${databasePath()}.`);
  return 1;
}

if (isMain(import.meta.url)) {
  let positionals: string[] = [];
  let options: ImportCliOptions = {};
  try {
    // The shared parseCliArgs refuses positionals; here the files are exactly that.
    const parsed = parseArgs({
      args: process.argv.slice(2),
      options: { map: { type: "string", multiple: true }, "create-agencies": { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    positionals = parsed.positionals;
    options = { map: parsed.values.map, createAgencies: parsed.values["create-agencies"] };
  } catch (error) {
    fail(`${argsErrorMessage(error)}\n${USAGE}`);
  }
  if (positionals.length === 0) fail(`sebutkan paling sedikit satu berkas bundel.\n${USAGE}`);
  try {
    process.exitCode = runImport(positionals, options);
  } catch (error) {
    // Not a refusal of the bundle (those are listed above) but a fault: the transaction was rolled back.
    console.error(`Galat tak terduga: ${(error as Error).message}\nTidak ada data yang disimpan ke ${databasePath()}.`);
    process.exitCode = 2;
  }
}
