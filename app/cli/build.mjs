// The second step of `npm run build` (after `remix build`, which compiles the server with the
// app into BUILD_DIR/index.js): compiles the report worker and the command-line scripts into
// BUILD_DIR, so that `npm start` and the commands run plain JavaScript. Every output sits directly
// in BUILD_DIR, one level below the project root like app/ and db/, so paths the code resolves
// from its own location (db/migrations) are the same from source and from the build.
// Packages stay imports from node_modules.
import { createRequire } from "node:module";
import { build } from "esbuild";

const buildDir = process.env.BUILD_DIR || "build";
const { dependencies = {}, devDependencies = {} } = createRequire(import.meta.url)("../../package.json");

await build({
  entryPoints: {
    "report-worker": "app/report/worker.ts",
    "user-create": "app/cli/user-create.server.ts",
    backup: "app/cli/backup.server.ts",
    "figures-rebuild": "app/cli/figures-rebuild.server.ts",
    report: "app/cli/report.server.ts",
    import: "app/cli/import.server.ts",
    export: "app/cli/export.server.ts",
    demo: "app/cli/demo.server.ts",
    "mail-send": "app/cli/mail-send.server.ts",
    reminders: "app/cli/reminders.server.ts",
  },
  outdir: buildDir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: [...Object.keys(dependencies), ...Object.keys(devDependencies)],
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
