import { describe, expect, test } from "vitest";
import { interactionWindow, type TraceEvent, TraceWindowError } from "./trace-window";

// Synthetic traces, written in milliseconds on the renderer's main thread (pid 1, tid 1).
const mark = "bench:result";
const main = { pid: 1, tid: 1 };

function complete(
  name: string,
  startMs: number,
  durationMs: number,
  where: { pid: number; tid: number } = main,
  type?: string,
): TraceEvent {
  return {
    name,
    cat: "devtools.timeline",
    ph: "X",
    ts: startMs * 1000,
    dur: durationMs * 1000,
    ...where,
    args: type ? { data: { type } } : {},
  };
}

const input = (type: string, startMs: number, durationMs: number) =>
  complete("EventDispatch", startMs, durationMs, main, type);

const resultAt = (ms: number, where = main): TraceEvent => ({
  name: mark,
  cat: "blink.user_timing",
  ph: "R",
  ts: ms * 1000,
  ...where,
});

/** A rendering frame: style, layout, paint and the commit, back to back from `startMs`. */
function frame(startMs: number, [style, layout, paint, commit]: number[]): TraceEvent[] {
  const steps = [
    ["UpdateLayoutTree", style],
    ["Layout", layout],
    ["Paint", paint],
    ["Commit", commit],
  ] as const;
  let at = startMs;
  const events = steps.map(([name, duration = 0]) => {
    const event = complete(name, at, duration);
    at += duration;
    return event;
  });
  return [complete("RunTask", startMs, at - startMs), ...events];
}

const windowOf = (events: TraceEvent[], trigger: "click" | "keydown" = "click") =>
  interactionWindow(events, { trigger, resultMark: mark });

/**
 * A click whose handler runs 6 ms (a minor GC and a forced style recalculation inside), marks the
 * result at 7 ms, and the frame that paints it (style 2, layout 3, paint 2, commit 1) at 20 ms.
 */
const clickThenFrame = [
  complete("RunTask", 0, 10),
  input("click", 1, 8),
  complete("FunctionCall", 2, 6),
  complete("MinorGC", 3, 1),
  complete("UpdateLayoutTree", 5, 1),
  resultAt(7),
  ...frame(20, [2, 3, 2, 1]),
];

describe("the window", () => {
  test("runs from the click to the end of the frame committed after the result", () => {
    const result = windowOf(clickThenFrame);
    expect(result.total).toBe(27);
    expect(result.startTs).toBe(1000);
    expect(result.endTs).toBe(28_000);
  });

  test("a frame committed before the result does not end it", () => {
    // The first key paints the box's text; the filtered rows come later, in a deferred render.
    const result = windowOf(
      [
        complete("RunTask", 0, 2),
        input("keydown", 0.5, 1),
        ...frame(5, [1, 1, 1, 1]),
        complete("RunTask", 20, 15),
        complete("FunctionCall", 20, 15),
        resultAt(34),
        ...frame(40, [2, 2, 2, 1]),
      ],
      "keydown",
    );
    expect(result.total).toBe(46.5);
  });

  test("starts with the first of several clicks (a label's, then its input's)", () => {
    const result = windowOf([
      input("click", 1, 4),
      input("click", 2, 2),
      resultAt(4),
      ...frame(10, [1, 1, 1, 1]),
    ]);
    expect(result.startTs).toBe(1000);
  });

  test("ignores frames on other threads and work in other processes", () => {
    const compositor = { pid: 1, tid: 2 };
    const otherTab = { pid: 2, tid: 1 };
    const result = windowOf([
      input("click", 0, 5),
      resultAt(4),
      complete("Commit", 6, 1, compositor),
      complete("FunctionCall", 6, 50, otherTab),
      ...frame(10, [1, 1, 1, 1]),
    ]);
    expect(result.total).toBe(14);
    expect(result.time.script).toBe(5);
  });
});

describe("main-thread time within the window", () => {
  test("counts each event's self time once, nested events taken out", () => {
    const { time } = windowOf(clickThenFrame);
    // Click 8 − function 6 = 2; function 6 − GC 1 − forced style 1 = 4; GC 1.
    expect(time.script).toBe(7);
    expect(time.style).toBe(3);
    expect(time.layout).toBe(3);
    expect(time.paint).toBe(3);
    // The click's task around its event (1 of its 10 ms falls in the window).
    expect(time.other).toBe(1);
  });

  test("leaves out what runs before the input and after the frame", () => {
    const { time } = windowOf([
      complete("FunctionCall", 0, 5),
      input("click", 10, 2),
      resultAt(11),
      ...frame(20, [1, 1, 1, 1]),
      complete("FunctionCall", 30, 40),
      ...frame(80, [5, 5, 5, 5]),
    ]);
    expect(time).toEqual({ script: 2, style: 1, layout: 1, paint: 2, other: 0 });
  });

  test("an event no group names takes its parent's category", () => {
    const { time } = windowOf([
      input("click", 0, 2),
      resultAt(1),
      complete("RunTask", 10, 6),
      complete("Commit", 10, 6),
      complete("IntersectionObserverController::computeIntersections", 11, 4),
    ]);
    expect(time.paint).toBe(6);
    expect(time.other).toBe(0);
  });
});

describe("a trace that cannot be measured is refused", () => {
  test("when no frame is committed after the result", () => {
    expect(() => windowOf([input("click", 0, 5), ...frame(1, [1, 1, 1, 1]), resultAt(8)])).toThrow(
      /no frame was committed after the result/,
    );
  });

  test("when the input never reached the page", () => {
    expect(() =>
      windowOf([input("keydown", 0, 1), resultAt(1), ...frame(2, [1, 1, 1, 1])], "click"),
    ).toThrow(/no click event in the trace/);
  });

  test("when the page never marked the result", () => {
    expect(() => windowOf([input("click", 0, 1), ...frame(2, [1, 1, 1, 1])])).toThrow(
      TraceWindowError,
    );
  });

  test("when the result was marked before the input", () => {
    expect(() => windowOf([resultAt(0), input("click", 1, 1), ...frame(3, [1, 1, 1, 1])])).toThrow(
      /before the click/,
    );
  });
});
