// The command line as an operator uses it: `npm run import -- FILE...` and `npm run export -- --out
// FILE ...`, honouring DATABASE_PATH (an empty database is created and migrated first): exit 0 and
// one summary line per file on success; exit 1, every error with its path, and nothing written
// when a bundle is refused.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import schema from "../../app/bundle/bundle.schema.json";
import type { Bundle } from "../../app/bundle/types";
import { EVERY_FIELD_PATH, loadJson, SEED_PATH, snapshot } from "../support/bundle";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-bundle-cli-"));
  dbPath = path.join(dir, "data", "cli.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI script as `npm run` does (node with tsx's loader), with only our database settings. */
function run(script: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dbPath, UPLOAD_DIR: path.join(dir, "uploads") };
  for (const key of ["SESSION_SECRET", "NODE_ENV", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID"]) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const importCli = (...files: string[]) => run("app/cli/import.server.ts", files);
const exportCli = (...args: string[]) => run("app/cli/export.server.ts", args);
function dbSnapshot() {
  const db = openDatabase(dbPath);
  try {
    process.env.UPLOAD_DIR = path.join(dir, "uploads");
    return snapshot(db);
  } finally {
    db.$client.close();
  }
}

describe("npm run import", () => {
  it("creates and migrates an empty database, imports, and prints one summary line per file", async () => {
    const result = await importCli(SEED_PATH, EVERY_FIELD_PATH);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      `${SEED_PATH}: 18 dibuat, 0 diperbarui, 0 tidak berubah (dibuat/diperbarui/tidak berubah: rakor 3/0/0, rencana aksi 12/0/0, gugus tugas daerah 3/0/0, statistik kasus 0/0/0)`,
      `${EVERY_FIELD_PATH}: 10 dibuat, 0 diperbarui, 0 tidak berubah (dibuat/diperbarui/tidak berubah: rakor 3/0/0, rencana aksi 3/0/0, gugus tugas daerah 2/0/0, statistik kasus 2/0/0)`,
    ]);
  });

  it("the same files again: exit 0, everything unchanged, nothing written", async () => {
    const before = dbSnapshot();
    const result = await importCli(SEED_PATH);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      `${SEED_PATH}: 0 dibuat, 0 diperbarui, 18 tidak berubah (dibuat/diperbarui/tidak berubah: rakor 0/0/3, rencana aksi 0/0/12, gugus tugas daerah 0/0/3, statistik kasus 0/0/0)`,
    );
    expect(dbSnapshot()).toEqual(before);
  });

  it("an invalid bundle: exit 1, every error with its path, nothing written (not even from the valid file)", async () => {
    const bad = loadJson<Bundle>(SEED_PATH);
    bad.rakor![0].venue = undefined;
    bad.rakor![2].attendees![0].site = "Aula Kecamatan";
    bad.rakor![2].ref = "polri-rakornas-2025-06-04";
    bad.rakor![0].title = "Judul baru yang tidak boleh tersimpan";
    const badPath = path.join(dir, "rusak.json");
    writeFileSync(badPath, JSON.stringify(bad));
    const good = loadJson<Bundle>(EVERY_FIELD_PATH);
    good.rakor![0].title = "Perubahan yang juga tidak boleh tersimpan";
    const goodPath = path.join(dir, "baik.json");
    writeFileSync(goodPath, JSON.stringify(good));

    const before = dbSnapshot();
    const result = await importCli(goodPath, badPath);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      `${goodPath}: valid, tetapi tidak disimpan karena berkas lain ditolak.`,
      `${badPath}: ditolak, 3 galat:`,
      "  rakor[0].venue: wajib diisi untuk rakor luring atau hybrid",
      '  rakor[2].attendees[0].site: "Aula Kecamatan" bukan nama salah satu lokasi (sites) rakor ini',
      '  rakor[2].ref: ref "polri-rakornas-2025-06-04" sudah dipakai oleh rakor[0] dalam bundel ini; ref harus unik',
      `Tidak ada data yang disimpan ke ${dbPath}.`,
    ]);
    expect(dbSnapshot()).toEqual(before);
  });

  it("a missing file or no file at all: exit 1 with an Indonesian message", async () => {
    const missing = await importCli(path.join(dir, "tidak-ada.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("(berkas): Berkas tidak dapat dibuka");
    const none = await importCli();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Galat: sebutkan paling sedikit satu berkas bundel.");
  });
});

describe("npm run export", () => {
  it("writes a bundle of a region and period that validates against the schema", async () => {
    const out = path.join(dir, "ekspor-sultra.json");
    const result = await exportCli("--out", out, "--region", "74", "--from", "2025-01-01", "--to", "2025-12-31");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Ekspor wilayah 74 ke ${out}: 1 rakor, 2 rencana aksi, 1 gugus tugas daerah, 1 statistik kasus.`);
    const bundle = JSON.parse(readFileSync(out, "utf8")) as Bundle;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    expect(ajv.validate(schema, bundle), JSON.stringify(ajv.errors)).toBe(true);
    expect(bundle.rakor!.map((r) => r.ref)).toEqual(["uji-semua-field-sultra-2025-06-04"]);
    // The material travels with its file.
    expect(bundle.rakor![0].materials![0].contentBase64).toBe(loadJson<Bundle>(EVERY_FIELD_PATH).rakor![1].materials![0].contentBase64);
  });

  it("the national export imported into another, empty database gives the same export", async () => {
    const out = path.join(dir, "ekspor-nasional.json");
    expect((await exportCli("--out", out)).code).toBe(0);
    const original = dbPath;
    dbPath = path.join(dir, "data", "salinan.db");
    try {
      const imported = await importCli(out);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain("rakor 6/0/0, rencana aksi 15/0/0, gugus tugas daerah 5/0/0, statistik kasus 2/0/0");
      const again = path.join(dir, "ekspor-salinan.json");
      expect((await exportCli("--out", again)).code).toBe(0);
      const strip = (file: string) => {
        const { exportedAt: _e, ...rest } = JSON.parse(readFileSync(file, "utf8")) as Bundle;
        return rest;
      };
      expect(strip(again)).toEqual(strip(out));
    } finally {
      dbPath = original;
    }
  });

  it("refuses bad arguments with exit 1", async () => {
    const cases: [string[], string][] = [
      [[], "Galat: --out wajib diisi."],
      [["--out", path.join(dir, "x.json"), "--region", "99.99"], 'Galat: kode wilayah "99.99" tidak dikenal'],
      [["--out", path.join(dir, "x.json"), "--from", "2025-02-30"], "Galat: --from harus tanggal yang valid"],
      [["--out", path.join(dir, "x.json"), "--from", "2025-12-31", "--to", "2025-01-01"], "Galat: --to tidak boleh sebelum --from."],
    ];
    for (const [args, message] of cases) {
      const result = await exportCli(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr).toContain(message);
    }
  });
});
