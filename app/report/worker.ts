// The report worker: receives jobs from pool.server.ts, builds each report (.docx) or annex (.xlsx)
// with its own read-only database connection (kept open between jobs) and sends the bytes back,
// transferred rather than copied. One job at a time; errors go back as messages, never as a crash of the server.
import { parentPort } from "node:worker_threads";
import type { Db } from "../../db/client";
import { generate, openReadOnly, ReportInputError, type ReportJob } from "./generate.server";

export interface JobMessage {
  id: number;
  job: ReportJob;
}

export type ResultMessage =
  | { id: number; ok: true; data: Uint8Array; ms: number }
  | { id: number; ok: false; message: string; input: boolean };

let connection: { file: string; db: Db } | null = null;

function database(file: string): Db {
  if (connection?.file !== file) {
    connection?.db.$client.close();
    connection = null;
    connection = { file, db: openReadOnly(file) };
  }
  return connection.db;
}

parentPort!.on("message", async (message: JobMessage) => {
  const started = performance.now();
  try {
    const data = await generate(database(message.job.databasePath), message.job);
    const result: ResultMessage = { id: message.id, ok: true, data, ms: Math.round(performance.now() - started) };
    parentPort!.postMessage(result, [data.buffer as ArrayBuffer]);
  } catch (error) {
    const result: ResultMessage = { id: message.id, ok: false, message: (error as Error).message, input: error instanceof ReportInputError };
    parentPort!.postMessage(result);
  }
});
