// The memory dimension: the JS heap of the payout detail page after it has loaded and hydrated,
// and again after "show all" has rendered every one of its 1,004 transactions, each read after a
// forced full garbage collection. A fresh page per target per round, the targets interleaved.
//
// The figure is V8's used heap size of the page (DevTools' Runtime.getHeapUsage `usedSize`, the
// number Performance.getMetrics calls JSHeapUsedSize), in MiB as DevTools shows it. Next.js
// prefetches the links that scroll into view; the network is let go idle before each reading so
// a reading does not catch a prefetch half-way.
import type { CDPSession, Page } from "playwright-core";
import { showAllTransactions } from "../config/interaction-cases";
import { type BenchRoute, benchRoutes } from "../config/routes";
import { forEachRound } from "../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../run/run-context";
import { collectGarbage } from "./devtools";
import { runPhase } from "./interaction-run";
import { MetricSamples } from "./metric-samples";
import { openRoutePage } from "./route-page";
import { prepareStep } from "./steps";

const route = benchRoutes.find((candidate) => candidate.id === "payout-detail") as BenchRoute;

const readings = [
  { id: "after-load", label: "JS heap after load" },
  { id: "after-rows", label: "JS heap after showing 1,004 rows" },
] as const;

const metricId = (reading: (typeof readings)[number]["id"]) => `memory/${route.id}/${reading}`;

/** Resolves once no request of the page has been in flight for `quietMs`. */
function networkQuiet(page: Page, quietMs = 500, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    let quietTimer: NodeJS.Timeout | undefined;
    const listeners = {
      request: () => {
        inFlight++;
        clearTimeout(quietTimer);
      },
      done: () => {
        inFlight = Math.max(0, inFlight - 1);
        if (inFlight === 0) quietTimer = setTimeout(finish, quietMs);
      },
    };
    const giveUp = setTimeout(
      () => finish(new Error(`the network did not go quiet within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    function finish(error?: Error) {
      clearTimeout(quietTimer);
      clearTimeout(giveUp);
      page.off("request", listeners.request);
      page.off("requestfinished", listeners.done);
      page.off("requestfailed", listeners.done);
      if (error) reject(error);
      else resolve();
    }
    page.on("request", listeners.request);
    page.on("requestfinished", listeners.done);
    page.on("requestfailed", listeners.done);
    quietTimer = setTimeout(finish, quietMs);
  });
}

async function heapAfterGarbageCollection(page: Page, session: CDPSession): Promise<number> {
  await networkQuiet(page);
  await collectGarbage(session);
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  return usedSize / 2 ** 20;
}

async function measureOnce(
  run: RunContext,
  served: ServedTarget,
): Promise<Record<(typeof readings)[number]["id"], number>> {
  const { context, page, session } = await openRoutePage(run, served, route);
  try {
    // Getting "show all" ready waits until React has hydrated it: the page is interactive.
    for (const step of showAllTransactions.steps) await prepareStep(page, step);
    const afterLoad = await heapAfterGarbageCollection(page, session);
    await runPhase(page, showAllTransactions, { mustChange: true });
    const afterRows = await heapAfterGarbageCollection(page, session);
    return { "after-load": afterLoad, "after-rows": afterRows };
  } finally {
    await context.close();
  }
}

export const measureMemory: Measurement = async (run) => {
  const samples = new MetricSamples();
  for (const { id, label } of readings) {
    samples.define({
      id: metricId(id),
      dimension: "memory",
      group: route.label,
      label,
      unit: "MB",
      better: "lower",
      exact: false,
      note: "V8 heap used after a forced full GC (MiB)",
    });
  }
  await forEachRound(run.targets, { rounds: run.profile.memory.rounds }, async (served, round) => {
    const target = served.target.id;
    const heap = await measureOnce(run, served).catch((error: Error) => {
      throw new Error(`memory on ${target}, round ${round.index}: ${error.message}`, {
        cause: error,
      });
    });
    run.log(
      `memory on ${target}, round ${round.index}: ${heap["after-load"].toFixed(2)} MB after load, ` +
        `${heap["after-rows"].toFixed(2)} MB after rows`,
    );
    for (const { id } of readings) samples.add(metricId(id), target, heap[id]);
  });
  return samples.list();
};
