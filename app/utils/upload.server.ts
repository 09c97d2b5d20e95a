// Uploaded files (rakor materials, evidence of progress, signed legal-basis documents): one set
// of rules for all of them. The content decides the type (magic bytes; for Office files the zip's
// entries), never the name. Files live outside the web root under a generated name and are
// served only through resource routes that check the user's scope first.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { Unzip, UnzipInflate } from "fflate";
import { databasePath, type Db, type DbOrTx } from "../../db/client";
import { files } from "../../db/schema";

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Room in a multipart body beyond its file, for the form's other fields and the part headers. */
const MULTIPART_MARGIN_BYTES = 1024 * 1024;
/** The largest multipart body read: one file of MAX_UPLOAD_BYTES plus the form's other fields. */
export const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + MULTIPART_MARGIN_BYTES;
/** Zip-bomb guards for Office files: entries counted and bytes actually inflated, never sizes the zip declares. */
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

/** Zip data is pushed in pieces this small: a piece of deflate data inflates to at most about 1,000 times its size. */
const ZIP_PIECE = 16 * 1024;

class ZipLimitError extends Error {}

/**
 * The entry names of a zip (fflate's streaming Unzip), inflating every entry to count the bytes it
 * really holds: reading stops as soon as the entries or the inflated bytes pass the limits,
 * whatever sizes the zip's headers declare. The inflated bytes are counted, not kept.
 */
export function readZip(bytes: Uint8Array): { ok: true; names: string[] } | { ok: false; error: string } {
  const names: string[] = [];
  let inflated = 0;
  const unzip = new Unzip((file) => {
    if (names.push(file.name) > MAX_ZIP_ENTRIES) throw new ZipLimitError(`Berkas Office berisi terlalu banyak bagian (lebih dari ${MAX_ZIP_ENTRIES}).`);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      inflated += chunk.length;
      if (inflated > MAX_ZIP_UNCOMPRESSED_BYTES) throw new ZipLimitError(`Isi berkas Office terlalu besar setelah dibuka (lebih dari ${MAX_ZIP_UNCOMPRESSED_BYTES / (1024 * 1024)} MB).`);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += ZIP_PIECE) unzip.push(bytes.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= bytes.length);
  } catch (error) {
    if (error instanceof ZipLimitError) return { ok: false, error: error.message };
    // fflate's errors (bad headers, corrupt or truncated data, unknown compression) carry a numeric code.
    if (typeof (error as { code?: unknown }).code === "number") return { ok: false, error: "Berkas Office rusak atau tidak dapat dibaca." };
    throw error;
  }
  return { ok: true, names };
}

export type SniffResult = { ok: true; kind: FileKind } | { ok: false; error: string };

/** What the bytes are, judged by their content. */
export function sniffFile(bytes: Buffer): SniffResult {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return { ok: true, kind: "pdf" };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, kind: "png" };
  if (starts([0xff, 0xd8, 0xff])) return { ok: true, kind: "jpg" };
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    const zip = readZip(bytes);
    if (!zip.ok) return zip;
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

/** A read form, or why not: 413 for a body over the limit, 400 for anything else. */
export type UploadForm = { ok: true; formData: FormData } | { ok: false; error: string; status: 400 | 413 };

/** The request body, or null when it is larger than `limit` bytes (declared or actually sent). */
async function readBody(request: Request, limit: number): Promise<Blob | null> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  if (!request.body) return new Blob(chunks);
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
  return new Blob(chunks);
}

/**
 * Reads a multipart form, at most `maxBytes` per file (and that plus MULTIPART_MARGIN_BYTES in all), with the
 * platform's parser: the Fetch standard's multipart/form-data parser, the one browsers implement.
 * It keeps every file name as the browser sent it ("a=b.pdf", 'laporan "final".pdf', any Unicode
 * name), and a path-like name arrives whole, to be refused here rather than cut to its last part.
 * An oversize file, a path in a name or a body that is not a readable form is an error, not a crash.
 */
export async function readUploadForm(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<UploadForm> {
  const tooBig = { ok: false as const, error: `Ukuran berkas melebihi batas ${maxBytes / (1024 * 1024)} MB.`, status: 413 as const };
  const limit = maxBytes + MULTIPART_MARGIN_BYTES;
  if (Number(request.headers.get("Content-Length") ?? 0) > limit) return tooBig;
  const body = await readBody(request, limit);
  if (!body) return tooBig;
  let formData: FormData;
  try {
    formData = await new Request(request.url, { method: request.method, headers: request.headers, body }).formData();
  } catch {
    return { ok: false, error: "Formulir unggahan tidak dapat dibaca. Pilih berkasnya lalu kirim lagi.", status: 400 };
  }
  for (const value of formData.values()) {
    if (typeof value === "string") continue;
    if (value.name !== "" && !isSafeFileName(value.name)) return { ok: false, error: FILE_NAME_ERROR, status: 400 };
    if (value.size > maxBytes) return { ...tooBig, status: 400 };
  }
  return { ok: true, formData };
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
