// The report worker's entry point when the app runs from source (tests, tsx): plain JavaScript
// that registers tsx's TypeScript loader in this thread, then loads the worker itself. The build
// compiles worker.ts into BUILD_DIR/report-worker.js, which `npm start` uses without tsx.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
