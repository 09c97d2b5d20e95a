// npm run backup -- --out FILE: an online, consistent copy of the database while the app serves
// (SQLite's backup API copies page by page and restarts if a writer changes a copied page).
// The copy is checked with PRAGMA integrity_check before the command reports success. It is one
// self-contained file (rollback journal, no -wal/-shm beside it) that only its owner can read.
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databasePath, openDatabase } from "../../db/client";
import { fail, isMain, parseCliArgs } from "./args.server";

const USAGE = "Pemakaian: npm run backup -- --out BERKAS.db";

export async function backupDatabase(source: string, out: string): Promise<{ pages: number; bytes: number }> {
  const db = openDatabase(source);
  const tmp = `${out}.partial`;
  removeDatabaseFiles(tmp);
  try {
    // Created empty with owner-only permissions before any page is written (SQLite keeps them).
    writeFileSync(tmp, "", { mode: 0o600, flag: "wx" });
    const progress = await db.$client.backup(tmp);
    const copy = new Database(tmp);
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("integrity_check", { simple: true });
    const bytes = (copy.pragma("page_count", { simple: true }) as number) * (copy.pragma("page_size", { simple: true }) as number);
    copy.close();
    if (check !== "ok") throw new Error(`Salinan gagal diperiksa (integrity_check: ${String(check)}).`);
    renameSync(tmp, out);
    return { pages: progress.totalPages, bytes };
  } finally {
    removeDatabaseFiles(tmp);
    db.$client.close();
  }
}

function removeDatabaseFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

if (isMain(import.meta.url)) {
  const { values } = parseCliArgs({ out: { type: "string" } }, USAGE);
  if (!values.out) fail(`--out wajib diisi.\n${USAGE}`);
  const out = path.resolve(values.out);
  if (out === path.resolve(databasePath())) fail("--out tidak boleh sama dengan basis data yang sedang dipakai.");
  if (existsSync(out)) fail(`Berkas ${out} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.`);
  try {
    const { pages, bytes } = await backupDatabase(databasePath(), out);
    console.log(`Cadangan ${databasePath()} -> ${out}: ${pages} halaman, ${(bytes / 1024 / 1024).toFixed(1)} MB, integrity_check ok.`);
  } catch (error) {
    fail((error as Error).message);
  }
}
