// Migrations 0005 and 0008 carry the triggers of the maintained figures as db/figures-triggers.mjs
// writes them: the script is the readable description, the migrations what databases run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const script = new URL("../../db/figures-triggers.mjs", import.meta.url).pathname;
const written = (...args: string[]) => execFileSync(process.execPath, [script, ...args], { encoding: "utf8" });
const migration = (file: string) => readFileSync(new URL(`../../db/migrations/${file}`, import.meta.url), "utf8");

describe("migration 0005", () => {
  it("ends with the views and triggers db/figures-triggers.mjs writes", () => {
    const out = written("0005");
    expect(out).toContain("CREATE TRIGGER `figures_update_append`");
    expect(out).not.toContain("awaiting_verification");
    expect(migration("0005_figures.sql").endsWith(out)).toBe(true);
  });
});

describe("migration 0008", () => {
  it("drops and recreates the views and triggers as db/figures-triggers.mjs writes them, counting awaiting_verification", () => {
    const out = written();
    expect(out).toContain("DROP TRIGGER `figures_update_append`");
    expect(out).toContain("awaiting_verification = awaiting_verification + excluded.awaiting_verification");
    expect(migration("0008_completion_verification.sql").endsWith(out)).toBe(true);
  });
});
