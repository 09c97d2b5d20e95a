// Command-line helpers: Indonesian argument errors, and recognising the started script even when
// the project lives in a folder whose name has spaces.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { argsErrorMessage, isMain } from "../../app/cli/args.server";

function parseError(args: string[]): unknown {
  try {
    parseArgs({ args, options: { email: { type: "string" } }, strict: true, allowPositionals: false });
  } catch (error) {
    return error;
  }
  throw new Error("expected parseArgs to fail");
}

describe("argsErrorMessage", () => {
  it("names an unknown option in Indonesian", () => {
    expect(argsErrorMessage(parseError(["--surel", "a@b.id"]))).toBe("Opsi --surel tidak dikenal.");
  });
  it("says which option lacks its value", () => {
    expect(argsErrorMessage(parseError(["--email"]))).toBe("Opsi --email memerlukan nilai.");
  });
  it("refuses a stray word and explains quoting", () => {
    expect(argsErrorMessage(parseError(["--email", "a@b.id", "Santoso"]))).toBe(
      'Argumen "Santoso" tidak dikenal. Nilai yang berisi spasi ditulis di antara tanda kutip, misalnya --name "Budi Santoso".',
    );
  });
});

describe("isMain", () => {
  it("matches the started script in a folder with spaces, and through a symlink", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sigap args "));
    try {
      mkdirSync(path.join(dir, "app dir"));
      const file = path.join(dir, "app dir", "serve.ts");
      writeFileSync(file, "");
      const url = pathToFileURL(file).href;
      expect(url).toContain("%20");
      expect(isMain(url, file)).toBe(true);
      const link = path.join(dir, "tautan.ts");
      symlinkSync(file, link);
      expect(isMain(url, link)).toBe(true);
      expect(isMain(url, path.join(dir, "lain.ts"))).toBe(false);
      expect(isMain(url, undefined)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
