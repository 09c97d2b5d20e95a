// An uploaded bundle waits here between its preview and the user's confirmation: a file under a
// random token in a private temporary directory, bound to the user who uploaded it, for at most
// STAGING_TTL_MS. The confirmation reads the same bytes again and re-validates them; nothing the
// browser sends back (counts, lists) is trusted.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const STAGING_TTL_MS = 30 * 60 * 1000;
const TOKEN_RE = /^[a-f0-9]{32}$/;

export function stagingDir(): string {
  return process.env.BUNDLE_STAGING_DIR || path.join(os.tmpdir(), "sigap-bundle-staging");
}

interface StagedMeta {
  userId: number;
  fileName: string;
  createdAt: number;
}

export interface StagedBundle extends StagedMeta {
  token: string;
  /** The bundle's bytes on disk, for a file source. */
  path: string;
}

const files = (token: string) => ({ data: path.join(stagingDir(), `${token}.json`), meta: path.join(stagingDir(), `${token}.meta`) });

/** Removes staged bundles older than the time limit. */
export function purgeExpiredBundles(now = Date.now()) {
  let names: string[];
  try {
    names = readdirSync(stagingDir());
  } catch {
    return;
  }
  for (const name of names) {
    const full = path.join(stagingDir(), name);
    try {
      if (now - statSync(full).mtimeMs > STAGING_TTL_MS) rmSync(full, { force: true });
    } catch {
      // removed meanwhile
    }
  }
}

/** Keeps the uploaded bytes for the preview and the confirmation; returns the token. */
export function stageBundle(bytes: Buffer, meta: { userId: number; fileName: string }): string {
  purgeExpiredBundles();
  mkdirSync(stagingDir(), { recursive: true, mode: 0o700 });
  const token = randomBytes(16).toString("hex");
  const { data, meta: metaFile } = files(token);
  writeFileSync(data, bytes, { flag: "wx", mode: 0o600 });
  const record: StagedMeta = { userId: meta.userId, fileName: meta.fileName, createdAt: Date.now() };
  writeFileSync(metaFile, JSON.stringify(record), { flag: "wx", mode: 0o600 });
  return token;
}

/** The staged bundle of `token` if it exists, belongs to `userId` and has not expired. */
export function loadStagedBundle(token: string, userId: number, now = Date.now()): StagedBundle | null {
  if (!TOKEN_RE.test(token)) return null;
  const { data, meta } = files(token);
  let record: StagedMeta;
  try {
    record = JSON.parse(readFileSync(meta, "utf8")) as StagedMeta;
    statSync(data);
  } catch {
    return null;
  }
  if (record.userId !== userId) return null;
  if (now - record.createdAt > STAGING_TTL_MS) {
    discardStagedBundle(token);
    return null;
  }
  return { ...record, token, path: data };
}

export function discardStagedBundle(token: string) {
  if (!TOKEN_RE.test(token)) return;
  const { data, meta } = files(token);
  rmSync(data, { force: true });
  rmSync(meta, { force: true });
}
