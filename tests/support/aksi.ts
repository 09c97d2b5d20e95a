// Helpers shared by the action-plan tests (tests/*/aksi-*.test.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { vi } from "vitest";
import type { TestApp, TestClient } from "./server";

/** The id of the seed action item with this bundle ref. */
export function actionId(app: TestApp, ref: string): number {
  const row = app.db.$client.prepare("SELECT id FROM action_items WHERE ref = ?").get(ref) as { id: number } | undefined;
  if (!row) throw new Error(`no action ${ref}`);
  return row.id;
}

export function actionRow(app: TestApp, id: number) {
  return app.db.$client.prepare("SELECT status, progress, version, updated_at AS updatedAt FROM action_items WHERE id = ?").get(id) as {
    status: string;
    progress: number;
    version: number;
    updatedAt: number;
  };
}

export function count(app: TestApp, sql: string, ...params: unknown[]): number {
  return Number((app.db.$client.prepare(sql).raw().get(...params) as unknown[])[0]);
}

function countFiles(dir: string | undefined): number {
  if (!dir || !existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).length;
}

/** Everything a write could touch: every table but sessions/login attempts, and the upload folder. */
export function fingerprint(app: TestApp) {
  const c = app.db.$client;
  const tables = (
    c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('sessions', 'login_attempts') ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
  const hash = createHash("sha256");
  for (const t of tables) {
    hash.update(`\u0000${t}\u0000`);
    for (const row of c.prepare(`SELECT * FROM "${t}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return { data: hash.digest("hex"), files: countFiles(process.env.UPLOAD_DIR) };
}

/** The version an item's page carries in its status form. */
export async function formVersion(client: TestClient, id: number): Promise<number> {
  const html = await (await client.get(`/aksi/${id}`)).text();
  const m = /name="version" value="(\d+)"/.exec(html);
  if (!m) throw new Error(`no status form on /aksi/${id}`);
  return Number(m[1]);
}

export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const PNG_BYTES = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5b1c1f40000000049454e44ae426082", "hex");

/** A status-update form as the page posts it (multipart, with optional evidence files). */
export function statusForm(fields: { status: string; progress: number | string; note?: string; version: number; returnTo?: string }, files: { name: string; bytes: Buffer; type?: string }[] = []): FormData {
  const form = new FormData();
  form.set("intent", "status");
  form.set("status", fields.status);
  form.set("progress", String(fields.progress));
  form.set("note", fields.note ?? "");
  form.set("version", String(fields.version));
  if (fields.returnTo) form.set("returnTo", fields.returnTo);
  for (const f of files) form.append("evidence", new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? "application/octet-stream" }));
  if (files.length === 0) form.append("evidence", new File([], "", { type: "application/octet-stream" }));
  return form;
}

/** Captures the structured log lines the server prints while `fn` runs. */
export async function captureLog<T>(fn: () => Promise<T>): Promise<{ result: T; events: Record<string, unknown>[] }> {
  const quiet = process.env.SIGAP_QUIET_LOG;
  process.env.SIGAP_QUIET_LOG = "0";
  const events: Record<string, unknown>[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((line: unknown) => {
    try {
      events.push(JSON.parse(String(line)));
    } catch {
      /* not a structured line */
    }
  });
  try {
    return { result: await fn(), events };
  } finally {
    spy.mockRestore();
    process.env.SIGAP_QUIET_LOG = quiet;
  }
}

/** The secretariat's verification form on /aksi/:id (intent=verifikasi). */
export function verificationForm(fields: { hasil: string; catatan?: string; version: number }): FormData {
  const form = new FormData();
  form.set("intent", "verifikasi");
  form.set("hasil", fields.hasil);
  if (fields.catatan !== undefined) form.set("catatan", fields.catatan);
  form.set("version", String(fields.version));
  return form;
}
