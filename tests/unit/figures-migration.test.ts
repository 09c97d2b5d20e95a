// Migration 0005 carries the triggers of the maintained figures as db/figures-triggers.mjs writes
// them: the script is the readable description, the migration what databases run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("migration 0005", () => {
  it("ends with the views and triggers db/figures-triggers.mjs writes", () => {
    const script = new URL("../../db/figures-triggers.mjs", import.meta.url).pathname;
    const written = execFileSync(process.execPath, [script], { encoding: "utf8" });
    const migration = readFileSync(new URL("../../db/migrations/0005_figures.sql", import.meta.url), "utf8");
    expect(written).toContain("CREATE TRIGGER `figures_update_append`");
    expect(migration.endsWith(written)).toBe(true);
  });
});
