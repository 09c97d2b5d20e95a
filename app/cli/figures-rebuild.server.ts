// npm run figures:rebuild: recomputes every maintained figure (the dashboard's and the report's
// numbers) from the records, in one transaction, and says whether the maintained ones had drifted.
// The server keeps them current on every write; this is for after a repair made outside the app
// (or a change of the region reference data), and proves the two agree.
import { databasePath, openDatabase } from "../../db/client";
import { FIGURE_TABLES, figureSnapshot, rebuildFigures } from "../../db/figures";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE = "Pemakaian: npm run figures:rebuild";

/** Rebuilds the figures of `file`; returns the tables whose maintained rows differed from the rebuilt ones. */
export function rebuildDatabaseFigures(file: string): { changed: string[]; rows: Record<string, number>; ms: number } {
  const db = openDatabase(file);
  try {
    const started = performance.now();
    const before = figureSnapshot(db.$client);
    rebuildFigures(db.$client);
    const after = figureSnapshot(db.$client);
    const changed = FIGURE_TABLES.filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
    const rows = Object.fromEntries(FIGURE_TABLES.map((t) => [t, after[t].length]));
    return { changed, rows, ms: performance.now() - started };
  } finally {
    db.$client.close();
  }
}

if (isMain(import.meta.url)) {
  parseCliArgs({}, USAGE);
  try {
    const { changed, rows, ms } = rebuildDatabaseFigures(databasePath());
    for (const [table, n] of Object.entries(rows)) console.log(`${table}: ${n.toLocaleString("id-ID")} baris`);
    console.log(
      changed.length === 0
        ? `Angka dihitung ulang dari catatan dalam ${(ms / 1000).toFixed(1)} detik: semuanya sama dengan yang dipelihara.`
        : `Angka dihitung ulang dari catatan dalam ${(ms / 1000).toFixed(1)} detik. Berbeda sebelumnya dan kini diperbaiki: ${changed.join(", ")}.`,
    );
  } catch (error) {
    fail((error as Error).message);
  }
}
