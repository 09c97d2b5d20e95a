// The report worker's entry point, plain JavaScript so that it starts the same way from the built
// server (whose bundle does not contain this file), from `npm start` and from the command line:
// it registers tsx's TypeScript loader in this thread, then loads the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
