// Writes the reference-data migration (regions, Subsatgas, national agencies) from the CSV files
// of the idn-area-data package. Run once when the reference data changes, then commit the SQL:
//   npx drizzle-kit generate --custom --name reference_data && tsx db/reference/generate.ts <file>
// Every statement is INSERT OR IGNORE, so applying it over existing rows changes nothing.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NATIONAL_AGENCIES, SUBSATGAS, provinceTimeZone } from "./agencies";
import { agencyKey } from "../../app/accounts/agency-key";
import { parseCsvRecords } from "../../app/documents/csv.server";

const target = process.argv[2];
if (!target) throw new Error("usage: tsx db/reference/generate.ts db/migrations/NNNN_reference_data.sql");

const require = createRequire(import.meta.url);
const dataDir = path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");

/** The rows of one of the package's CSV files, header left out (the app's one CSV reader). */
function readCsv(file: string): string[][] {
  const { records, errors } = parseCsvRecords(readFileSync(path.join(dataDir, file), "utf8"), ",");
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => `baris ${e.line}: ${e.message}`).join("; ")}`);
  return records.slice(1).map((r) => r.cells);
}
const q = (s: string | null) => (s === null ? "NULL" : `'${s.replace(/'/g, "''")}'`);

const out: string[] = [];
for (const [code, name] of readCsv("provinces.csv")) {
  out.push(
    `INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES (${q(code)}, ${q(name)}, 'provinsi', NULL, ${q(provinceTimeZone(code))});`,
  );
}
for (const [code, province, name] of readCsv("regencies.csv")) {
  out.push(
    `INSERT OR IGNORE INTO regions (code, name, level, parent_code, time_zone) VALUES (${q(code)}, ${q(name)}, 'kabupaten_kota', ${q(province)}, ${q(provinceTimeZone(province))});`,
  );
}
SUBSATGAS.forEach((s, i) => {
  out.push(`INSERT OR IGNORE INTO subsatgas (slug, name, position, active) VALUES (${q(s.slug)}, ${q(s.name)}, ${i + 1}, 1);`);
});
for (const a of NATIONAL_AGENCIES) {
  out.push(
    `INSERT OR IGNORE INTO agencies (name, short_name, name_key, region_code, national_member, active) VALUES (${q(a.name)}, ${q(a.shortName)}, ${q(agencyKey(a.name))}, NULL, 1, 1);`,
  );
  for (const alias of a.aliases) {
    out.push(
      `INSERT OR IGNORE INTO agency_aliases (agency_id, alias, alias_key) SELECT id, ${q(alias)}, ${q(agencyKey(alias))} FROM agencies WHERE name_key = ${q(agencyKey(a.name))};`,
    );
  }
}
out.push(`INSERT OR IGNORE INTO task_forces (region_code, scope_key, formed) VALUES (NULL, 'nasional', 1);`);
writeFileSync(target, out.join("\n--> statement-breakpoint\n") + "\n");
console.log(`${target}: ${out.length} statements`);
