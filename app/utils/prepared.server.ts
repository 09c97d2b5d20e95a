// Statements of the write verbs, prepared once per transaction: the bundle importer writes a year
// of national data (200,000 items, 800,000 status updates) in one transaction through the same
// verbs the app calls once per request, so preparing each statement once per transaction keeps
// the import fast and costs a request nothing more than an unprepared query would.
import type { Tx } from "../../db/client";

const preparedByTx = new WeakMap<Tx, Map<string, unknown>>();

/** The statement `name` of this transaction, built (and prepared) on its first use. */
export function prepared<T>(tx: Tx, name: string, build: () => T): T {
  let cache = preparedByTx.get(tx);
  if (!cache) preparedByTx.set(tx, (cache = new Map()));
  let statement = cache.get(name) as T | undefined;
  if (statement === undefined) cache.set(name, (statement = build()));
  return statement;
}
