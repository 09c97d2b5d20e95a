// Reading a bundle record by record. A bundle can hold 10,000 rakor with 60,000 action items, so
// the file is never parsed whole: @streamparser/json tokenizes it in chunks and hands out one
// element of `rakor`, `taskForces` or `caseStatistics` at a time (paths `$.rakor.*` and so on,
// each element dropped once handed out), plus the other top-level members (format, version,
// exportedAt, source). Memory use is one chunk and the records it completes, whatever the size of
// the file. Every string (keys included) is cleaned of characters XML cannot carry as it is read.
// Synchronous on purpose: the import runs inside a better-sqlite3 transaction, which cannot span
// an await.
import { closeSync, openSync, readSync } from "node:fs";
import { Tokenizer, TokenizerError, TokenParser, TokenParserError, TokenType, type ParsedTokenInfo } from "@streamparser/json";
import { cleanText, cleanValue } from "../utils/text";

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

const CHUNK_BYTES = 64 * 1024;
const NOT_AN_OBJECT = "Bundel harus berupa satu objek JSON ({ ... }).";

const isSection = (key: string): key is BundleSection => (BUNDLE_SECTIONS as readonly string[]).includes(key);

/** The items of a bundle, in file order. Throws BundleSyntaxError on malformed JSON. */
export function* readBundle(source: BundleSource): Generator<BundleItem> {
  if (source.kind === "object") {
    yield* objectItems(source.value);
    return;
  }
  let fd: number | null = null;
  if (source.kind === "file") {
    try {
      fd = openSync(source.path, "r");
    } catch (error) {
      throw new BundleSyntaxError(`Berkas tidak dapat dibuka: ${(error as Error).message}`, null);
    }
  }
  try {
    const reader = new BundleReader();
    const chunk = Buffer.alloc(CHUNK_BYTES);
    for (let at = 0; ; at += CHUNK_BYTES) {
      const piece = fd === null ? (source as { bytes: Buffer }).bytes.subarray(at, at + CHUNK_BYTES) : chunk.subarray(0, readSync(fd, chunk, 0, CHUNK_BYTES, null));
      if (piece.length === 0) break;
      reader.write(piece);
      yield* reader.take();
    }
    reader.end();
    yield* reader.take();
  } catch (error) {
    if (error instanceof BundleSyntaxError && error.offset !== null) {
      const { line, column } = lineAndColumn(source, error.offset);
      throw new BundleSyntaxError(`Berkas bukan JSON yang valid di baris ${line}, kolom ${column}: ${error.message}.`, error.offset);
    }
    throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The tokens of one bundle, watched at the top level: which member is being read, whether it is a
 * record array (its elements come from `records`, a TokenParser on the `$.<section>.*` paths that
 * drops each element once emitted) or another member (assembled whole by a TokenParser of its own).
 * `records` also checks the grammar of the whole file.
 */
class BundleReader {
  private tokenizer = new Tokenizer();
  private records = new TokenParser({ paths: BUNDLE_SECTIONS.map((s) => `$.${s}.*`), keepStack: false });
  private queue: BundleItem[] = [];
  /** Open objects and arrays, innermost last. */
  private containers: ("{" | "[")[] = [];
  private started = false;
  private ended = false;
  private key = "";
  private afterColon = false;
  /** The record array being read, while its elements are. */
  private section: BundleSection | null = null;
  /** Assembles the top-level member being read when it is not a record array. */
  private member: TokenParser | null = null;
  /** Where the input ends, for an error at the end. */
  private bytes = 0;
  /** The byte offset of the token being read, and the container it is read in (before it) and at what depth. */
  private offset = 0;
  private context: "{" | "[" | null = null;
  private depth = 0;

  constructor() {
    this.tokenizer.onToken = (token) => this.token(token);
    this.records.onValue = ({ value, key }) => {
      if (this.section) this.queue.push({ kind: "record", section: this.section, index: key as number, value });
    };
    this.records.onEnd = () => {
      this.ended = true;
    };
  }

  write(bytes: Uint8Array) {
    this.bytes += bytes.length;
    this.guard(() => this.tokenizer.write(bytes));
  }

  end() {
    this.guard(() => this.tokenizer.end());
    if (!this.started) throw new BundleSyntaxError("Berkas kosong.", null);
    if (!this.ended) throw new BundleSyntaxError("berkas berakhir sebelum waktunya", this.bytes);
  }

  /** The items completed so far, handed out once. */
  take(): BundleItem[] {
    return this.queue.splice(0);
  }

  private token(token: ParsedTokenInfo) {
    this.offset = token.offset;
    if (token.token === TokenType.STRING) token.value = cleanText(token.value as string);
    if (!this.started) {
      if (token.token !== TokenType.LEFT_BRACE) throw new BundleSyntaxError(NOT_AN_OBJECT, null);
      this.started = true;
    } else if (this.ended) {
      throw new BundleSyntaxError("ada isi setelah objek bundel", token.offset);
    }
    this.context = this.containers.at(-1) ?? null;
    const depth = (this.depth = this.containers.length);
    if (depth === 1 && this.member === null) {
      if (this.afterColon) {
        this.afterColon = false;
        if (isSection(this.key) && token.token === TokenType.LEFT_BRACKET) {
          this.section = this.key;
          this.queue.push({ kind: "section", section: this.key });
        } else {
          this.startMember(this.key);
        }
      } else if (token.token === TokenType.STRING) {
        this.key = token.value as string;
      } else if (token.token === TokenType.COLON) {
        this.afterColon = true;
      }
    }
    if (token.token === TokenType.LEFT_BRACE) this.containers.push("{");
    else if (token.token === TokenType.LEFT_BRACKET) this.containers.push("[");
    else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) {
      this.containers.pop();
      if (this.containers.length === 1) this.section = null;
    }
    this.member?.write(token);
    this.records.write(token);
  }

  private startMember(key: string) {
    const member = new TokenParser();
    member.onValue = ({ value, stack }) => {
      if (stack.length > 0) return;
      this.queue.push({ kind: "header", key, value });
      this.member = null;
    };
    this.member = member;
  }

  /** Runs `step`, turning the parser's errors into a BundleSyntaxError with an Indonesian message. */
  private guard(step: () => void) {
    try {
      step();
    } catch (error) {
      if (error instanceof BundleSyntaxError) throw error;
      if (error instanceof TokenizerError) {
        // "Unexpected "x" at chunk position "3" (absolute position "120") in state ..." or "ended in the middle of a token".
        const found = /^Unexpected "(.)".*absolute position "(\d+)"/su.exec(error.message);
        if (!this.started) throw new BundleSyntaxError(NOT_AN_OBJECT, null);
        if (!found) throw new BundleSyntaxError("berkas berakhir sebelum waktunya", this.bytes);
        const offset = Number(found[2]);
        if (this.ended) throw new BundleSyntaxError("ada isi setelah objek bundel", offset);
        throw new BundleSyntaxError(`nilai tidak dapat dibaca (karakter ${JSON.stringify(found[1])} tidak terduga)`, offset);
      }
      if (error instanceof TokenParserError) {
        // Inside a record or another member's value the value is what is broken; above them, the bundle's outline.
        const inValue = this.depth >= 3 || (this.member !== null && this.depth >= 2);
        const expected = this.expected(error.message);
        throw new BundleSyntaxError(inValue ? `nilai tidak dapat dibaca (${expected})` : expected, this.offset);
      }
      throw error;
    }
  }

  /** What the parser expected, from its message "Unexpected <TOKEN> (<value>) in state <STATE>". */
  private expected(message: string): string {
    const state = /in state (\w+)$/.exec(message)?.[1];
    if (state === "COMMA") return `diharapkan koma atau ${this.context === "[" ? "]" : "}"}`;
    if (state === "KEY") return "diharapkan nama properti dalam tanda kutip";
    if (state === "COLON") return "diharapkan titik dua";
    if (state === "ENDED") return "ada isi setelah objek bundel";
    return "diharapkan sebuah nilai";
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
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new BundleSyntaxError(NOT_AN_OBJECT, null);
  for (const [key, member] of Object.entries(value)) {
    if (isSection(key) && Array.isArray(member)) {
      yield { kind: "section", section: key };
      for (let index = 0; index < member.length; index++) yield { kind: "record", section: key, index, value: cleanValue(member[index]) };
    } else {
      yield { kind: "header", key: cleanText(key), value: cleanValue(member) };
    }
  }
}
