// `npm run bench` as an operator uses it: `--data-only --db FILE` builds the synthetic data set with
// the bench accounts into FILE and says what it built; it never overwrites an existing file; bad
// arguments, or a --db file without the bench accounts, get an Indonesian message and a non-zero
// exit before anything is built or measured.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BENCH = path.join(ROOT, "app/cli/bench.server.ts");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "sigap-bench-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function bench(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["DATABASE_PATH", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID"]) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", BENCH, ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run bench -- --data-only --db FILE", () => {
  it("builds the data set with the bench accounts into FILE, and refuses to overwrite it", async () => {
    const file = path.join(dir, "nasional.db");
    const built = await bench("--data-only", "--scale", "0.01", "--years", "1", "--from-year", "2025", "--writers", "3", "--db", file);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`Data sintetis selesai dibangun: ${file}`);
    expect(built.stdout).toMatch(/\| rakor \| [\d,]+ \|/);

    const db = new Database(file, { readonly: true });
    try {
      const accounts = db.prepare("SELECT email, role, region_code AS regionCode FROM users ORDER BY id").all() as { email: string; role: string; regionCode: string | null }[];
      expect(accounts.map((a) => a.role)).toEqual(["pimpinan", "penghubung", "penghubung", "penghubung", "penghubung"]);
      expect(accounts.every((a) => a.email.endsWith("@bench.sigap.id"))).toBe(true);
      expect(accounts.filter((a) => a.regionCode !== null)).toHaveLength(3);
      const rakor = db.prepare("SELECT count(*) AS n, min(starts_at) AS first FROM rakor").get() as { n: number; first: number };
      expect(rakor.n).toBeGreaterThan(0);
      expect(new Date(rakor.first).getUTCFullYear()).toBe(2025);
      const described = JSON.parse(readFileSync(`${file}.json`, "utf8")) as { bytes: number; counts: { rakor: number } };
      expect(described.counts.rakor).toBe(rakor.n);
      expect(built.stdout).toContain(`(${(described.bytes / 1e6).toFixed(0)} MB; ${rakor.n.toLocaleString("en-US")} rakor`);
    } finally {
      db.close();
    }

    const before = statSync(file);
    const again = await bench("--data-only", "--scale", "0.01", "--db", file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Galat: Berkas ${file} sudah ada: --data-only tidak menimpa berkas yang ada.`);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).size).toBe(before.size);
  }, 60_000);

  it("refuses bad arguments in Indonesian before building or measuring anything", async () => {
    const cases: [string[], string][] = [
      [["--data-only", "--db"], "Galat: Opsi --db memerlukan nilai."],
      [["--db", "--scale", "1"], "Galat: Opsi --db memerlukan nilai."],
      [["--data-only", "--db", ""], "Galat: --db memerlukan nama berkas basis data"],
      [["--data-only", "--scale", "2", "--db", path.join(dir, "besar.db")], "Galat: --scale harus angka antara 0.001 dan 1."],
      [["--db", path.join(dir, "tidak-ada.db")], `Galat: Berkas data ${path.join(dir, "tidak-ada.db")} tidak ada. Bangun dulu dengan: npm run bench -- --data-only`],
      [["--db", dir], `Galat: --db ${dir} adalah folder`],
      [["--processes", "0"], "Galat: --processes harus bilangan bulat antara 1 dan 64."],
      [["--data-only", "--processes", "2"], "Galat: --processes hanya berlaku saat mengukur server, bukan dengan --data-only."],
    ];
    for (const [args, message] of cases) {
      const run = await bench(...args);
      expect({ args, code: run.code, stderr: run.stderr.split("\n")[0] }).toEqual({ args, code: 1, stderr: expect.stringContaining(message) });
    }
    expect(existsSync(path.join(dir, "besar.db"))).toBe(false);
    // Each case starts the script (tsx loads the app's modules): about 2 s apiece.
  }, 120_000);

  it("refuses to measure a database without the bench accounts, and leaves no copy behind", async () => {
    const file = path.join(dir, "kosong.db");
    const empty = new Database(file);
    empty.exec("CREATE TABLE catatan (isi TEXT)");
    empty.close();
    const out = path.join(dir, "hasil");
    const run = await bench("--db", file, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Galat: ${file} bukan data bench: akun bench (@bench.sigap.id) pimpinan, penghubung nasional, penghubung daerah tidak ada.`);
    expect(readdirSync(path.join(out, "data"))).toEqual([]);
  }, 60_000);
});
