// Preloaded with `--import` (in NODE_OPTIONS) by tests that check what a process loads: appends
// the URL of every module loaded through Node's ES module loader to the file SIGAP_MODULE_LOG.
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.SIGAP_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}

// This file is also loaded in the thread that runs the hooks: register them once, from the main thread.
if (isMainThread) register(import.meta.url);
