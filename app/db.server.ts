// The one database client of the running app, opened (and migrated) on first use.
import { openDatabase, type Db } from "../db/client";

declare global {
  // Survives module reloads in development so one process keeps one connection.
  var __sigapDb: Db | undefined;
}

export function getDb(): Db {
  if (!globalThis.__sigapDb) globalThis.__sigapDb = openDatabase();
  return globalThis.__sigapDb;
}
