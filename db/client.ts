// Opening, configuring and migrating the embedded SQLite database. Used by the server, every
// command-line script and the tests, so all of them see the same settings and schema.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { figuresMissing, rebuildFigures } from "./figures";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/sigap.db";
export const BUSY_TIMEOUT_MS = 5000;

// This file runs from db/ (scripts, tests) and bundled into build/ (the server): both sit one
// level below the project root, so the migrations folder resolves the same way from either.
const MIGRATIONS_DIR = fileURLToPath(new URL("../db/migrations", import.meta.url));

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/** Opens (creating if missing) and migrates the database at `file`, with the settings we require. */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = drizzle(sqlite, { schema }) as Db;
  // Several processes write to the file (the server's workers, the CLI). A transaction takes the
  // write lock at BEGIN (IMMEDIATE, waiting up to busy_timeout for it): a deferred one that read
  // first would fail at its first write with SQLITE_BUSY, at once, whenever another connection
  // committed in between. Read-only transactions (exports) ask for { behavior: "deferred" }.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => transaction(fn, { behavior: "immediate", ...config })) as Db["transaction"];
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  if (figuresMissing(sqlite)) rebuildFigures(sqlite);
  const problems = checkDatabaseSettings(sqlite);
  if (problems.length > 0) {
    sqlite.close();
    throw new Error(`Database ${file} is not configured as required: ${problems.join("; ")}`);
  }
  return db;
}

/** What is wrong with the connection's settings; empty when all is as required. */
export function checkDatabaseSettings(sqlite: Database.Database): string[] {
  const problems: string[] = [];
  const journal = String(sqlite.pragma("journal_mode", { simple: true }));
  if (journal !== "wal" && sqlite.name !== ":memory:") problems.push(`journal_mode=${journal}, expected wal`);
  if (sqlite.pragma("foreign_keys", { simple: true }) !== 1) problems.push("foreign_keys is off");
  const sync = Number(sqlite.pragma("synchronous", { simple: true }));
  if (sync !== 2) problems.push(`synchronous=${sync}, expected 2 (FULL)`);
  const busy = Number(sqlite.pragma("busy_timeout", { simple: true }));
  if (busy < BUSY_TIMEOUT_MS) problems.push(`busy_timeout=${busy}, expected >= ${BUSY_TIMEOUT_MS}`);
  return problems;
}

/** A transaction handle, or the database itself, for query verbs that run inside either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
