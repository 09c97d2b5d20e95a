// Uploaded files (rakor materials, evidence of progress, signed legal-basis documents): one set
// of rules for all of them. The content decides the type (magic bytes; for Office files the zip's
// directory), never the name. Files live outside the web root under a generated name and are
// served only through resource routes that check the user's scope first.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { eq } from "drizzle-orm";
import { databasePath, type Db, type DbOrTx } from "../../db/client";
import { files } from "../../db/schema";

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Zip-bomb guards for Office files. */
export const MAX_ZIP_ENTRIES = 5000;
export const MAX_ZIP_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export type FileKind = "pdf" | "docx" | "pptx" | "xlsx" | "png" | "jpg";

const KINDS: Record<FileKind, { mediaType: string; extensions: string[]; label: string }> = {
  pdf: { mediaType: "application/pdf", extensions: [".pdf"], label: "PDF" },
  docx: { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: [".docx"], label: "DOCX" },
  pptx: { mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: [".pptx"], label: "PPTX" },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: [".xlsx"], label: "XLSX" },
  png: { mediaType: "image/png", extensions: [".png"], label: "PNG" },
  jpg: { mediaType: "image/jpeg", extensions: [".jpg", ".jpeg"], label: "JPG" },
};

export const ACCEPTED_EXTENSIONS = Object.values(KINDS).flatMap((k) => k.extensions).join(",");

export function uploadDir(): string {
  return process.env.UPLOAD_DIR || path.join(path.dirname(path.resolve(databasePath())), "uploads");
}

/** Walks a zip's central directory: entry names and the total uncompressed size, or null if not a readable zip. */
export function readZipDirectory(bytes: Buffer): { names: string[]; uncompressed: number } | null {
  const min = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return null; // zip64: far beyond our limits
  const names: string[] = [];
  let uncompressed = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (size === 0xffffffff) return null;
    uncompressed += size;
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString("utf8"));
    offset += 46 + nameLength + extraLength + commentLength;
    if (names.length > MAX_ZIP_ENTRIES) break;
  }
  return { names, uncompressed };
}

export type SniffResult = { ok: true; kind: FileKind } | { ok: false; error: string };

/** What the bytes are, judged by their content. */
export function sniffFile(bytes: Buffer): SniffResult {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return { ok: true, kind: "pdf" };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: "png" };
  if (starts([0xff, 0xd8, 0xff])) return { ok: true, kind: "jpg" };
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    const zip = readZipDirectory(bytes);
    if (!zip) return { ok: false, error: "Berkas Office rusak atau tidak dapat dibaca." };
    if (zip.names.length > MAX_ZIP_ENTRIES) return { ok: false, error: `Berkas Office berisi terlalu banyak bagian (lebih dari ${MAX_ZIP_ENTRIES}).` };
    if (zip.uncompressed > MAX_ZIP_UNCOMPRESSED_BYTES) return { ok: false, error: "Isi berkas Office terlalu besar setelah dibuka (lebih dari 200 MB)." };
    if (!zip.names.includes("[Content_Types].xml")) return { ok: false, error: "Berkas ZIP bukan dokumen Office (DOCX, PPTX atau XLSX)." };
    if (zip.names.some((n) => n.startsWith("word/"))) return { ok: true, kind: "docx" };
    if (zip.names.some((n) => n.startsWith("ppt/"))) return { ok: true, kind: "pptx" };
    if (zip.names.some((n) => n.startsWith("xl/"))) return { ok: true, kind: "xlsx" };
    return { ok: false, error: "Dokumen Office ini bukan DOCX, PPTX atau XLSX." };
  }
  return { ok: false, error: "Jenis berkas tidak diterima. Unggah PDF, DOCX, PPTX, XLSX, PNG atau JPG." };
}

const FILE_NAME_ERROR = "Nama berkas tidak valid: tidak boleh kosong, berisi garis miring, '..' atau lebih dari 200 karakter.";

/** Browsers send a bare file name; anything path-like is refused, not "cleaned". */
export function isSafeFileName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed !== "" && !/[/\\]|\.\.|[\u0000-\u001f]/.test(trimmed) && trimmed.length <= 200;
}

export type UploadCheck = { ok: true; kind: FileKind; mediaType: string; name: string } | { ok: false; error: string };

/** The whole rule set for one uploaded file: name, size, content, and name agreeing with content. */
export function checkUpload(name: string, bytes: Buffer): UploadCheck {
  const trimmed = name.trim();
  if (!isSafeFileName(trimmed)) return { ok: false, error: FILE_NAME_ERROR };
  if (bytes.length === 0) return { ok: false, error: "Berkas kosong." };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, error: "Ukuran berkas melebihi batas 25 MB." };
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) return sniffed;
  const kind = KINDS[sniffed.kind];
  const ext = path.extname(trimmed).toLowerCase();
  if (!kind.extensions.includes(ext)) {
    return { ok: false, error: `Isi berkas adalah ${kind.label}, tidak sesuai dengan nama berakhiran "${ext || "(tanpa ekstensi)"}".` };
  }
  return { ok: true, kind: sniffed.kind, mediaType: kind.mediaType, name: trimmed };
}

export type UploadForm = { ok: true; formData: FormData } | { ok: false; error: string };

/**
 * The file names of a multipart body exactly as the client sent them. Remix's parser keeps only the
 * part after the last slash, which would turn "../../x.pdf" into an innocent "x.pdf"; reading the
 * part headers ourselves lets the name rule refuse it instead.
 */
export function rawUploadNames(body: Buffer, contentType: string): string[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const names: string[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headerEnd = body.indexOf("\r\n\r\n", at + delimiter.length);
    if (headerEnd < 0) break;
    const headers = body.subarray(at + delimiter.length, headerEnd).toString("utf8");
    const name = /content-disposition:[^\r\n]*;\s*filename="([^"]*)"/i.exec(headers);
    if (name) names.push(name[1]);
    at = body.indexOf(delimiter, headerEnd);
  }
  return names;
}

/** The request body, or null when it is larger than `limit` bytes (declared or actually sent). */
async function readBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a multipart form, holding at most 25 MB per file in memory; an oversize file is an error,
 * not a crash, and so is a file name with a path in it.
 */
export async function readUploadForm(request: Request): Promise<UploadForm> {
  const tooBig = { ok: false as const, error: "Ukuran berkas melebihi batas 25 MB." };
  const limit = MAX_UPLOAD_BYTES + 1024 * 1024;
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) return tooBig;
  const body = await readBody(request, limit);
  if (!body) return tooBig;
  const contentType = request.headers.get("Content-Type") ?? "";
  if (rawUploadNames(body, contentType).some((name) => name !== "" && !isSafeFileName(name))) return { ok: false, error: FILE_NAME_ERROR };
  try {
    const replay = new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) });
    const formData = await unstable_parseMultipartFormData(replay, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
    return { ok: true, formData };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return tooBig;
    throw error;
  }
}

/** A posted form, multipart (with files) or urlencoded; an oversize upload is an error, not a crash. */
export async function readPostedForm(request: Request): Promise<UploadForm> {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return readUploadForm(request);
  return { ok: true, formData: await request.formData() };
}

/** A File field of a form, or null when none was chosen. */
export function fileField(formData: FormData, name: string): File | null {
  const value = formData.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}

export interface StagedFile {
  values: typeof files.$inferInsert;
  /** Removes the written bytes again, for when the transaction that records them fails. */
  discard: () => void;
}

/**
 * Writes checked bytes under a generated name. The caller inserts `values` inside its transaction
 * (see recordFile) and calls discard() if that transaction fails, so nothing is left half-written.
 */
export function stageFile(check: Extract<UploadCheck, { ok: true }>, bytes: Buffer, uploadedBy: number | null): StagedFile {
  const dir = uploadDir();
  mkdirSync(dir, { recursive: true });
  const storageKey = `${randomBytes(16).toString("hex")}.bin`;
  const target = path.join(dir, storageKey);
  writeFileSync(target, bytes, { flag: "wx", mode: 0o640 });
  return {
    values: {
      storageKey,
      originalName: check.name,
      mediaType: check.mediaType,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedBy,
    },
    discard: () => rmSync(target, { force: true }),
  };
}

export function recordFile(tx: DbOrTx, staged: StagedFile) {
  return tx.insert(files).values(staged.values).returning().get();
}

export function getFile(db: Db, id: number) {
  return db.select().from(files).where(eq(files.id, id)).get();
}

/** The download of a stored file: an attachment under its original name, never sniffed by the browser. */
export function fileResponse(file: typeof files.$inferSelect): Response {
  const body = readFileSync(path.join(uploadDir(), path.basename(file.storageKey)));
  const ascii = file.originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(body.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
