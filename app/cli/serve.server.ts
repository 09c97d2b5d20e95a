// `npm start`: migrate the database and serve the built app. No demo data, no default account.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { checkDatabaseSettings, databasePath } from "../../db/client";
import { getDb } from "../db.server";
import { BUILD_PATH, createApp, loadBuild } from "../http.server";
import { purgeExpiredSessions } from "../accounts/session.server";
import { isProduction } from "../utils/env.server";
import { fail, isMain } from "./args.server";

export async function startServer(): Promise<Server> {
  if (isProduction() && !process.env.SESSION_SECRET) {
    fail(
      "SESSION_SECRET belum diatur. Di produksi aplikasi menolak berjalan tanpa kunci sesi: " +
        "atur SESSION_SECRET dengan nilai acak yang panjang, misalnya `export SESSION_SECRET=$(openssl rand -hex 32)`.",
    );
  }
  if (!existsSync(BUILD_PATH)) fail("Hasil build belum ada. Jalankan `npm run build` terlebih dahulu.");
  const db = getDb();
  const problems = checkDatabaseSettings(db.$client);
  if (problems.length) fail(`Pengaturan basis data tidak sesuai: ${problems.join("; ")}`);
  purgeExpiredSessions(db);
  setInterval(() => purgeExpiredSessions(db), 10 * 60 * 1000).unref();

  const app = createApp(await loadBuild());
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "0.0.0.0";
  return new Promise((resolve) => {
    const server = app.listen(port, host, () => {
      console.log(`SIGAP TPPO berjalan di http://localhost:${port} (basis data: ${databasePath()})`);
      resolve(server);
    });
  });
}

if (isMain(import.meta.url)) {
  await startServer();
}
