// Reading a bundle record by record. A bundle can hold 10,000 rakor with 60,000 action items, so
// the file is never parsed whole: a small byte-level scanner walks the top-level object and hands
// out one element of `rakor`, `taskForces` or `caseStatistics` at a time (each parsed on its own
// with JSON.parse), plus the top-level scalars (format, version, exportedAt, source). Memory use is
// one read buffer and one record, whatever the size of the file. Synchronous on purpose: the
// import runs inside a better-sqlite3 transaction, which cannot span an await.
import { closeSync, openSync, readSync } from "node:fs";

export const BUNDLE_SECTIONS = ["rakor", "taskForces", "caseStatistics"] as const;
export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

export type BundleItem =
  /** A top-level member that is not one of the record arrays (or a record key whose value is not an array). */
  | { kind: "header"; key: string; value: unknown }
  /** The start of a record array, so that `"rakor": []` is seen too. */
  | { kind: "section"; section: BundleSection }
  | { kind: "record"; section: BundleSection; index: number; value: unknown };

/** Where a bundle comes from: a file (streamed), bytes (an upload), or an object already in memory. */
export type BundleSource = { kind: "file"; path: string } | { kind: "bytes"; bytes: Buffer } | { kind: "object"; value: unknown };

/** The file is not JSON, or not a JSON object. `offset` is the byte position of the problem. */
export class BundleSyntaxError extends Error {
  constructor(
    message: string,
    public offset: number | null,
  ) {
    super(message);
  }
}

const CHUNK_BYTES = 1 << 20;

const isSection = (key: string): key is BundleSection => (BUNDLE_SECTIONS as readonly string[]).includes(key);

/** The items of a bundle, in file order. Throws BundleSyntaxError on malformed JSON. */
export function* readBundle(source: BundleSource): Generator<BundleItem> {
  if (source.kind === "object") {
    yield* objectItems(source.value);
    return;
  }
  const scanner = source.kind === "bytes" ? new Scanner(() => null, source.bytes) : Scanner.forFile(source.path);
  try {
    yield* scanItems(scanner);
  } catch (error) {
    if (error instanceof BundleSyntaxError && error.offset !== null) {
      const { line, column } = lineAndColumn(source, error.offset);
      throw new BundleSyntaxError(`Berkas bukan JSON yang valid di baris ${line}, kolom ${column}: ${error.message}.`, error.offset);
    }
    throw error;
  } finally {
    scanner.close();
  }
}

/** Line and column (in characters) of a byte offset, for error messages. */
function lineAndColumn(source: BundleSource, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const count = (bytes: Buffer) => {
    for (const b of bytes) {
      if (b === 0x0a) {
        line++;
        column = 1;
      } else if ((b & 0xc0) !== 0x80) column++;
    }
  };
  if (source.kind === "bytes") count(source.bytes.subarray(0, offset));
  else if (source.kind === "file") {
    const fd = openSync(source.path, "r");
    try {
      const chunk = Buffer.alloc(CHUNK_BYTES);
      let read = 0;
      while (read < offset) {
        const n = readSync(fd, chunk, 0, Math.min(CHUNK_BYTES, offset - read), null);
        if (n === 0) break;
        count(chunk.subarray(0, n));
        read += n;
      }
    } finally {
      closeSync(fd);
    }
  }
  return { line, column };
}

function* objectItems(value: unknown): Generator<BundleItem> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BundleSyntaxError("Bundel harus berupa satu objek JSON ({ ... }).", null);
  }
  for (const [key, member] of Object.entries(value)) {
    if (isSection(key) && Array.isArray(member)) {
      yield { kind: "section", section: key };
      for (let index = 0; index < member.length; index++) yield { kind: "record", section: key, index, value: member[index] };
    } else {
      yield { kind: "header", key, value: member };
    }
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A forward-only view of the bytes with refill from a file; keeps bytes from `mark` on while capturing. */
class Scanner {
  buf: Buffer;
  pos = 0;
  /** Absolute offset of buf[0] in the source. */
  base = 0;
  mark = -1;
  private eof = false;

  constructor(
    private readChunk: () => Buffer | null,
    initial: Buffer = Buffer.alloc(0),
    private onClose: () => void = () => {},
  ) {
    this.buf = initial;
  }

  static forFile(path: string): Scanner {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (error) {
      throw new BundleSyntaxError(`Berkas tidak dapat dibuka: ${(error as Error).message}`, null);
    }
    const chunk = Buffer.alloc(CHUNK_BYTES);
    return new Scanner(
      () => {
        const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
        return n === 0 ? null : Buffer.from(chunk.subarray(0, n));
      },
      Buffer.alloc(0),
      () => closeSync(fd),
    );
  }

  close() {
    this.onClose();
  }

  /** Ensures buf[pos] exists; false at the end of the input. */
  more(): boolean {
    if (this.pos < this.buf.length) return true;
    if (this.eof) return false;
    const next = this.readChunk();
    if (next === null) {
      this.eof = true;
      return false;
    }
    const keepFrom = this.mark >= 0 ? this.mark : this.pos;
    this.buf = Buffer.concat([this.buf.subarray(keepFrom), next]);
    this.base += keepFrom;
    this.pos -= keepFrom;
    if (this.mark >= 0) this.mark = 0;
    return true;
  }

  offset() {
    return this.base + this.pos;
  }

  fail(message: string): never {
    throw new BundleSyntaxError(message, this.offset());
  }

  skipWs() {
    while (this.more() && WS.has(this.buf[this.pos])) this.pos++;
  }

  peek(): number {
    if (!this.more()) this.fail("berkas berakhir sebelum waktunya");
    return this.buf[this.pos];
  }

  expect(byte: number, what: string) {
    this.skipWs();
    if (this.peek() !== byte) this.fail(`diharapkan ${what}`);
    this.pos++;
  }

  /** Skips a string whose opening quote is at pos. */
  skipString() {
    this.pos++;
    for (;;) {
      if (!this.more()) this.fail("teks tidak ditutup tanda kutip");
      const b = this.buf[this.pos++];
      if (b === BACKSLASH) {
        if (!this.more()) this.fail("teks tidak ditutup tanda kutip");
        this.pos++;
      } else if (b === QUOTE) return;
    }
  }

  /** Captures one JSON value starting at pos (after white space) and parses it. */
  value(): unknown {
    this.skipWs();
    const first = this.peek();
    this.mark = this.pos;
    const start = this.offset();
    if (first === QUOTE) {
      this.skipString();
    } else if (first === 0x7b || first === 0x5b) {
      let depth = 0;
      for (;;) {
        if (!this.more()) this.fail("objek atau daftar tidak ditutup");
        const b = this.buf[this.pos];
        if (b === QUOTE) {
          this.skipString();
          continue;
        }
        this.pos++;
        if (b === 0x7b || b === 0x5b) depth++;
        else if (b === 0x7d || b === 0x5d) {
          depth--;
          if (depth === 0) break;
        }
      }
    } else {
      while (this.more()) {
        const b = this.buf[this.pos];
        if (WS.has(b) || b === 0x2c || b === 0x7d || b === 0x5d) break;
        this.pos++;
      }
    }
    const text = this.buf.subarray(this.mark, this.pos).toString("utf8");
    this.mark = -1;
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const offset = at ? start + Buffer.byteLength(text.slice(0, Number(at[1]))) : start;
      const detail = message.replace(/ in JSON at position \d+.*$/s, "").replace(/, ".*" is not valid JSON$/s, "");
      throw new BundleSyntaxError(`nilai tidak dapat dibaca (${detail})`, offset);
    }
  }

  /** After a member: true when another follows (a comma), false at `close`. */
  next(close: number, what: string): boolean {
    this.skipWs();
    const b = this.peek();
    this.pos++;
    if (b === 0x2c) return true;
    if (b === close) return false;
    this.pos--;
    this.fail(`diharapkan koma atau ${what}`);
  }
}

function* scanItems(s: Scanner): Generator<BundleItem> {
  s.skipWs();
  if (!s.more()) throw new BundleSyntaxError("Berkas kosong.", null);
  if (s.peek() !== 0x7b) throw new BundleSyntaxError("Bundel harus berupa satu objek JSON ({ ... }).", null);
  s.pos++;
  s.skipWs();
  if (s.peek() === 0x7d) {
    s.pos++;
  } else {
    do {
      s.skipWs();
      if (s.peek() !== QUOTE) s.fail("diharapkan nama properti dalam tanda kutip");
      const key = s.value() as string;
      s.expect(0x3a, "titik dua");
      s.skipWs();
      if (isSection(key) && s.peek() === 0x5b) {
        s.pos++;
        yield { kind: "section", section: key };
        s.skipWs();
        if (s.peek() === 0x5d) {
          s.pos++;
        } else {
          let index = 0;
          do {
            yield { kind: "record", section: key, index: index++, value: s.value() };
          } while (s.next(0x5d, "]"));
        }
      } else {
        yield { kind: "header", key, value: s.value() };
      }
    } while (s.next(0x7d, "}"));
  }
  s.skipWs();
  if (s.more()) s.fail("ada isi setelah objek bundel");
}
