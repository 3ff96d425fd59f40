// One interaction's window in a Chrome trace, and how the main thread spent it.
//
// The window is js-framework-benchmark's: from the start of the input event (the click's
// EventDispatch, or the first keydown's) to the end of the frame painted after the work the input
// caused (the main thread's Commit of that frame to the compositor). "The work it caused" ends
// where the page shows the result: the case's condition, checked in the page, marks that moment
// in the trace (a User Timing mark), and the window ends with the first frame committed after it.
// Script, style and layout that produce the result come before the mark or in the frame that
// paints it, so they are inside; what the page does after showing the result is not — here that
// is Next.js prefetching links that just scrolled into view and hover transitions under the
// resting pointer, whose timing follows the server and the pointer, not the kit.
//
// Within the window, main-thread time is split by the self time of each trace event, nested
// events subtracted (a forced layout inside a click handler is layout, not script), as
// Lighthouse's tracehouse builds the task tree, with its task groups: script is script
// evaluation, parse and compile, and garbage collection; style is style recalculation (and
// style sheet parsing); layout is layout; paint is paint, pre-paint, layerize, commit and the
// rest of Lighthouse's "rendering" group. An event no group names takes its parent's.
import {
  MainThreadTasks,
  type TaskNode,
} from "lighthouse/core/lib/tracehouse/main-thread-tasks.js";
import { taskGroups } from "lighthouse/core/lib/tracehouse/task-groups.js";

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** The input event a window starts with, as EventDispatch's `args.data.type` names it. */
export type InputTrigger = "click" | "keydown";

export const categories = ["script", "style", "layout", "paint", "other"] as const;
export type Category = (typeof categories)[number];

export interface InteractionWindow {
  /** Milliseconds, input to the end of the frame that paints the result. */
  total: number;
  /** Main-thread self time within the window, per category (ms). */
  time: Record<Category, number>;
  /** Trace timestamps (µs) of the window's bounds. */
  startTs: number;
  endTs: number;
}

export class TraceWindowError extends Error {
  override name = "TraceWindowError";
}

const named = (names: readonly string[], category: Category) =>
  names.map((name) => [name, category] as const);

const categoryOfEvent = new Map<string, Category>([
  ...named(taskGroups.scriptEvaluation.traceEventNames, "script"),
  ...named(taskGroups.scriptParseCompile.traceEventNames, "script"),
  ...named(taskGroups.garbageCollection.traceEventNames, "script"),
  // Lighthouse's "style & layout" group, split; the other two names in it are instant events.
  ...named(["UpdateLayoutTree", "RecalculateStyles", "ParseAuthorStyleSheet"], "style"),
  ...named(["Layout"], "layout"),
  ...named(taskGroups.paintCompositeRender.traceEventNames, "paint"),
  ...named(["Layerize", "Commit"], "paint"),
]);

/** The main thread hands a painted frame to the compositor with this event. */
const frameCommit = "Commit";

const byTime = (a: TraceEvent, b: TraceEvent) => a.ts - b.ts;

function overlap(task: TaskNode, from: number, to: number): number {
  return Math.max(0, Math.min(task.endTime, to) - Math.max(task.startTime, from));
}

type LighthouseEvents = Parameters<typeof MainThreadTasks.getMainThreadTasks>[0];

/**
 * The window of one interaction: `trigger` is the input event it starts with, `resultMark` the
 * User Timing mark the page made when it showed the result.
 */
export function interactionWindow(
  events: readonly TraceEvent[],
  { trigger, resultMark }: { trigger: InputTrigger; resultMark: string },
): InteractionWindow {
  const input = events
    .filter((event) => event.name === "EventDispatch" && event.args?.data?.type === trigger)
    .sort(byTime)[0];
  if (!input) {
    throw new TraceWindowError(
      `no ${trigger} event in the trace: the input never reached the page`,
    );
  }
  const onMainThread = (event: TraceEvent) => event.pid === input.pid && event.tid === input.tid;
  const mark = events.find((event) => event.name === resultMark && event.pid === input.pid);
  if (!mark) {
    throw new TraceWindowError(
      `no "${resultMark}" mark in the trace: the page never showed the result`,
    );
  }
  if (mark.ts < input.ts) {
    throw new TraceWindowError(
      `the result was marked before the ${trigger}: the case proves nothing`,
    );
  }

  // Complete events only: the renderer's main thread records its tasks as such, and a begin/end
  // pair cut by the trace's start would break the tree.
  const mainThread = events
    .filter((event) => onMainThread(event) && event.ph === "X")
    .map((event) => ({ ...event, args: event.args ?? {} }))
    .sort(byTime) as unknown as LighthouseEvents;
  const traceEnd = events.reduce((last, event) => Math.max(last, event.ts + (event.dur ?? 0)), 0);
  // Task times in ms on the trace's clock (time origin 0).
  const tasks = MainThreadTasks.getMainThreadTasks(mainThread, [], traceEnd, 0);

  const start = input.ts / 1000;
  const frame = tasks.find(
    (task) => task.event.name === frameCommit && task.startTime >= mark.ts / 1000,
  );
  if (!frame) {
    throw new TraceWindowError(
      "no frame was committed after the result: nothing was painted, or the trace stopped too soon",
    );
  }
  const end = frame.endTime;

  const time: Record<Category, number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const categoryOf = new Map<TaskNode, Category>();
  // Tasks come parents first (by start, longest first), so a parent's category is known.
  for (const task of tasks) {
    const category =
      categoryOfEvent.get(task.event.name) ??
      (task.parent ? categoryOf.get(task.parent) : undefined) ??
      "other";
    categoryOf.set(task, category);
    const children = task.children.reduce((sum, child) => sum + overlap(child, start, end), 0);
    time[category] += overlap(task, start, end) - children;
  }
  return { total: end - start, time, startTs: input.ts, endTs: frame.endTime * 1000 };
}
