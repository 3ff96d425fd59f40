// One run of a case's action on a page that is ready for it, js-framework-benchmark's way: CPU
// throttling on, garbage collected, the condition armed in the page, a Chrome trace around the
// input and what it causes, the frame after it painted; then the trace's window and split. And
// the untimed phases (setup, undo), each verified by its condition too.
import { writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, CDPSession, Page } from "playwright-core";
import type { Phase } from "../config/interaction-cases";
import { collectGarbage, throttleCpu } from "./devtools";
import { armCondition, resultMark } from "./page-conditions";
import { prepareStep } from "./steps";
import { type InteractionWindow, interactionWindow, type TraceEvent } from "./trace-window";

/** js-framework-benchmark's and Lighthouse's timeline categories, and User Timing for the mark. */
export const traceCategories = [
  "-*",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "v8.execute",
  "blink.user_timing",
  "loading",
];

/** Longer than any case takes under 4× throttling on a slow machine; a case that does nothing fails here. */
const conditionTimeoutMs = 30_000;

/** Runs a phase's steps one after another, then checks the page shows its condition. */
export async function runPhase(
  page: Page,
  phase: Phase,
  { mustChange }: { mustChange: boolean },
): Promise<void> {
  const condition = await armCondition(page, phase.until, { mustChange });
  try {
    for (const step of phase.steps) {
      await (await prepareStep(page, step)).perform();
    }
    await condition.reached(conditionTimeoutMs);
  } finally {
    await condition.dispose();
  }
}

/** Two animation frames: the one that paints what is pending has been committed. */
async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
  // Lets the compositor's side of that frame land in the trace before it stops.
  await sleep(50);
}

export interface ActionRun {
  page: Page;
  session: CDPSession;
  browser: Browser;
  action: Phase;
  cpuThrottling: number;
  /** Where the run's trace is written if the run fails. */
  tracePath: string;
}

/** The measured action, once. Throws (keeping the trace) when the action did not do its work. */
export async function measureAction(run: ActionRun): Promise<InteractionWindow> {
  const { page, session, browser, action } = run;
  // Every step's element is found and made ready before the trace starts: an action's steps
  // act on what the page shows when it starts.
  const prepared = [];
  for (const step of action.steps) prepared.push(await prepareStep(page, step));
  const [first] = prepared;
  if (!first) throw new Error("the action has no steps");

  await throttleCpu(session, run.cpuThrottling);
  let trace: Buffer | undefined;
  try {
    await collectGarbage(session);
    const condition = await armCondition(page, action.until, { mustChange: true });
    try {
      await browser.startTracing(page, { categories: traceCategories });
      try {
        for (const step of prepared) await step.perform();
        await condition.reached(conditionTimeoutMs);
        await afterNextFrame(page);
      } finally {
        trace = await browser.stopTracing();
      }
    } finally {
      await condition.dispose();
    }
    const { traceEvents } = JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] };
    return interactionWindow(traceEvents, { trigger: first.trigger, resultMark });
  } catch (error) {
    if (trace) {
      await writeFile(run.tracePath, trace);
      throw new Error(`${(error as Error).message} (trace kept: ${run.tracePath})`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    await throttleCpu(session, 1);
  }
}
