// Tiny helpers shared by the command-line scripts.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Prints an Indonesian error and exits non-zero. */
export function fail(message: string): never {
  console.error(`Galat: ${message}`);
  process.exit(1);
}

/** node:util parseArgs errors, in Indonesian. */
export function argsErrorMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Opsi ${quoted} tidak dikenal.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Opsi ${quoted.split(" ")[0]} memerlukan nilai.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argumen "${quoted}" tidak dikenal. Nilai yang berisi spasi ditulis di antara tanda kutip, misalnya --name "Budi Santoso".`;
    default:
      return message;
  }
}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string, args = process.argv.slice(2)) {
  try {
    // No positionals: a stray word (an unquoted name with a space) is an error, not silently dropped.
    return parseArgs({ args, options, allowPositionals: false, strict: true });
  } catch (error) {
    fail(`${argsErrorMessage(error)}\n${usage}`);
  }
}

/** Whether this module is the script node was started with (also from a path with spaces or symlinks). */
export function isMain(importMetaUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1) return false;
  let file = argv1;
  try {
    file = realpathSync(argv1);
  } catch {
    // keep the path as given
  }
  return importMetaUrl === pathToFileURL(file).href;
}
