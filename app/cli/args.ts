// Tiny helpers shared by the command-line scripts.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Prints an Indonesian error and exits non-zero. */
export function fail(message: string): never {
  console.error(`Galat: ${message}`);
  process.exit(1);
}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

/** Whether this module is the script node was started with. */
export function isMain(importMetaUrl: string): boolean {
  return importMetaUrl === `file://${process.argv[1]}`;
}
