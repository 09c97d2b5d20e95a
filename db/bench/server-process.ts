// Runs the real server (the built BUILD_DIR/index.js, as `npm start` does) as a child process: for
// the benchmark (app/cli/bench.server.ts) and for tests that need a separate process (production
// mode, crashes, what the server prints).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The server bundle resolves its packages from its own folder upwards: a BUILD_DIR outside the
 * project (/tmp/build-x) gets a node_modules link next to it. Returns the build directory.
 */
export function ensureBuildResolvable(root = process.cwd()): string {
  const buildDir = path.resolve(root, process.env.BUILD_DIR || "build");
  const link = path.join(buildDir, "node_modules");
  if (!buildDir.startsWith(root + path.sep) && existsSync(buildDir) && !existsSync(link)) symlinkSync(path.join(root, "node_modules"), link, "dir");
  return buildDir;
}

/** The built server's main module, BUILD_DIR/index.js (what `npm start` runs). */
export function serverEntry(): string {
  return path.join(ensureBuildResolvable(), "index.js");
}

export async function startServerProcess(env: Record<string, string>, timeoutMs = 20_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry()], {
    env: { ...process.env, SIGAP_QUIET_LOG: "0", HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), timeoutMs);
    const check = () => {
      if (out.includes("berjalan di")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`server exited:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
