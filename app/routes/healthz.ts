import { checkDatabaseSettings } from "../../db/client";
import { getDb } from "~/db.server";

// Public: 200 only when the database answers with the settings we require.
export async function loader() {
  try {
    const db = getDb();
    db.$client.prepare("SELECT 1").get();
    const problems = checkDatabaseSettings(db.$client);
    if (problems.length) return new Response(`tidak sehat: ${problems.join("; ")}`, { status: 503, headers: { "Cache-Control": "no-store" } });
    return new Response("ok", { status: 200, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  } catch {
    return new Response("tidak sehat: basis data tidak dapat diakses", { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
