// npm run import -- FILE.json [MORE.json ...]: imports bundles (shared/contract/bundle.schema.json)
// with national scope, all files in ONE transaction: either every file is valid and everything is
// written (exit 0, one summary line per file), or nothing is written (exit 1, every error listed
// with its JSON path). Honours DATABASE_PATH; an empty database is migrated first.
import { parseArgs } from "node:util";
import { databasePath } from "../../db/client";
import { getDb } from "../db.server";
import { formatError, importBundles, summaryLine } from "../bundle/import.server";
import { argsErrorMessage, fail, isMain } from "./args.server";

const USAGE = "Pemakaian: npm run import -- BERKAS.json [BERKAS-LAIN.json ...]";

export function runImport(files: string[]): number {
  const result = importBundles(
    getDb(),
    files.map((file) => ({ label: file, source: { kind: "file", path: file } })),
    { scope: null, actorId: null },
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
  try {
    // The shared parseCliArgs refuses positionals; here the files are exactly that.
    positionals = parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: true, strict: true }).positionals;
  } catch (error) {
    fail(`${argsErrorMessage(error)}\n${USAGE}`);
  }
  if (positionals.length === 0) fail(`sebutkan paling sedikit satu berkas bundel.\n${USAGE}`);
  try {
    process.exitCode = runImport(positionals);
  } catch (error) {
    // Not a refusal of the bundle (those are listed above) but a fault: the transaction was rolled back.
    console.error(`Galat tak terduga: ${(error as Error).message}\nTidak ada data yang disimpan ke ${databasePath()}.`);
    process.exitCode = 2;
  }
}
