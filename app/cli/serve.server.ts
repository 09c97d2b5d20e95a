// `npm start`: migrate the database and serve the app. No demo data, no default account.
// This module is the Remix compiler's server entry (remix.config.js `server`): `remix build`
// compiles it together with the whole app into build/index.js, so the running server holds one
// copy of every module. It re-exports the server build, so build/index.js is also what the
// tests import to serve the app in their own process.
import * as build from "@remix-run/dev/server-build";
import type { Server, ServerResponse } from "node:http";
import { checkDatabaseSettings, databasePath } from "../../db/client";
import { getDb } from "../db.server";
import { createApp } from "../http.server";
import { sessionSecretProblem } from "../accounts/auth.server";
import { purgeExpiredSessions } from "../accounts/session.server";
import { logEvent } from "../utils/log.server";
import { fail, isMain } from "./args.server";

export * from "@remix-run/dev/server-build";

/** How long SIGTERM waits for requests in flight before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

export async function startServer(): Promise<Server> {
  const secretProblem = sessionSecretProblem();
  if (secretProblem) fail(secretProblem);
  const db = getDb();
  const problems = checkDatabaseSettings(db.$client);
  if (problems.length) fail(`Pengaturan basis data tidak sesuai: ${problems.join("; ")}`);
  purgeExpiredSessions(db);
  setInterval(() => purgeExpiredSessions(db), 10 * 60 * 1000).unref();

  const app = createApp(build);
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "0.0.0.0";
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  stopOnSignal(server);
  console.log(`SIGAP TPPO berjalan di http://localhost:${port} (basis data: ${databasePath()})`);
  return server;
}

/**
 * SIGTERM (and Ctrl-C): stop accepting connections, let the requests in flight finish, then stop
 * the report threads and close the database. After SHUTDOWN_TIMEOUT_MS the process exits anyway.
 */
function stopOnSignal(server: Server) {
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  server.on("request", (_req, res: ServerResponse) => {
    if (stopping) res.setHeader("Connection", "close");
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logEvent("server_stopping", { signal, inFlight: inFlight.size });
    setTimeout(() => {
      logEvent("server_stop_timeout", { ms: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    // Each connection closes once its answer is sent, so no keep-alive connection holds the process.
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    server.close(async () => {
      await globalThis.__sigapReportPool?.close();
      globalThis.__sigapDb?.$client.close();
      console.log("SIGAP TPPO berhenti.");
      process.exit(0);
    });
  };
  // Ctrl-C reaches both npm and the server, and npm passes it on: a repeated signal changes nothing.
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (isMain(import.meta.url)) {
  await startServer();
}
