// Loaded into the server process by the bench (NODE_OPTIONS="--import <this file>"), never by the
// app itself: samples the main thread's event-loop delay and, on SIGUSR2, prints the figures since
// the previous signal as one JSON line (event "bench_eventloop") and starts over.
import { monitorEventLoopDelay } from "node:perf_hooks";

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on("SIGUSR2", () => {
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  console.log(
    JSON.stringify({
      event: "bench_eventloop",
      samples: histogram.count,
      maxMs: ms(histogram.max),
      p99Ms: ms(histogram.percentile(99)),
      p50Ms: ms(histogram.percentile(50)),
      meanMs: ms(histogram.mean),
    }),
  );
  histogram.reset();
});
