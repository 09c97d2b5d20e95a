import cluster from "node:cluster";
import { statSync } from "node:fs";
import { checkDatabaseSettings } from "../../db/client";
import { getDb } from "~/db.server";
import { logEvent } from "~/utils/log.server";

// Which of several server processes answered (its cluster worker number, not a pid): for
// operators and the multi-process tests. Absent when one process serves.
function processHeader(): Record<string, string> {
  return cluster.worker ? { "X-Server-Process": String(cluster.worker.id) } : {};
}

function unhealthy(reason: string) {
  return new Response(`tidak sehat: ${reason}`, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...processHeader() } });
}

// Public: 200 only when the database answers with the settings we require and its file is still
// where it was opened (an open connection keeps answering from a deleted or moved file, whose
// writes would then be lost).
export async function loader() {
  try {
    const db = getDb();
    const file = db.$client.name;
    if (file !== ":memory:" && !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      logEvent("database_file_missing", { file });
      return unhealthy("berkas basis data tidak ditemukan");
    }
    db.$client.prepare("SELECT 1").get();
    const problems = checkDatabaseSettings(db.$client);
    if (problems.length) return unhealthy(problems.join("; "));
    return new Response("ok", { status: 200, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store", ...processHeader() } });
  } catch {
    return unhealthy("basis data tidak dapat diakses");
  }
}
