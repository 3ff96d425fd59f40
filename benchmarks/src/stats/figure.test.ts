import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compareFigures, type MetricKind, summariseFigure } from "./figure";

const statistics = { resamples: 1_000, minSamplesToRank: 5, maxRelativeWidth: 0.5 };
const time: MetricKind = { exact: false, better: "lower" };
const throughput: MetricKind = { exact: false, better: "higher" };
const size: MetricKind = { exact: true, better: "lower" };

const compare = (a: number[], b: number[], kind: MetricKind) =>
  compareFigures(
    summariseFigure(a, kind, statistics),
    summariseFigure(b, kind, statistics),
    kind,
    statistics,
  );

const fast = [100, 102, 101, 103, 99, 101, 100];
const slow = [150, 149, 153, 151, 152, 148, 150];

describe("summariseFigure", () => {
  it("gives an exact figure no interval and always ranks it", () => {
    expect(summariseFigure([41_230], size, statistics).summary).toEqual({
      n: 1,
      value: { median: 41_230, low: 41_230, high: 41_230 },
      relativeWidth: 0,
      rankable: true,
    });
  });

  it("never ranks a noisy figure on fewer samples than the minimum, however tight", () => {
    expect(summariseFigure([100, 100, 100, 100], time, statistics).summary.rankable).toBe(false);
    expect(summariseFigure([100, 100, 100, 100, 100], time, statistics).summary.rankable).toBe(
      true,
    );
  });

  it("does not rank a figure whose interval is wider than the allowed share of its median", () => {
    const { summary } = summariseFigure([22, 81, 35, 150, 23], time, statistics);
    expect(summary.relativeWidth).toBeGreaterThan(0.5);
    expect(summary.rankable).toBe(false);
  });

  it("has no relative width for a median of 0 with an interval around it, and does not rank it", () => {
    const { summary } = summariseFigure([0, 0, 0, 30, 45], time, statistics);
    expect(summary.value.median).toBe(0);
    expect(summary.relativeWidth).toBeNull();
    expect(summary.rankable).toBe(false);
    expect(summariseFigure([0, 0, 0, 0, 0], time, statistics).summary.rankable).toBe(true);
  });
});

describe("compareFigures", () => {
  it("ranks exact figures on any difference, in the metric's direction, and ties equal ones", () => {
    expect(compare([1_000], [1_001], size)).toMatchObject({ better: "a", reason: "ranked" });
    expect(compare([1_000], [1_001], { exact: true, better: "higher" })).toMatchObject({
      better: "b",
    });
    expect(compare([1_000], [1_000], size)).toEqual({
      ratio: { median: 1, low: 1, high: 1 },
      better: null,
      reason: "tie",
    });
  });

  it("ranks clearly separated noisy figures: lower wins for times, higher for throughput", () => {
    const times = compare(fast, slow, time);
    expect(times).toMatchObject({ better: "a", reason: "ranked" });
    expect(times.ratio?.high).toBeLessThan(1);
    expect(compare(fast, slow, throughput)).toMatchObject({ better: "b", reason: "ranked" });
  });

  it("calls overlapping figures a tie", () => {
    expect(compare(fast, [101, 99, 102, 100, 103, 100, 101], time)).toMatchObject({
      better: null,
      reason: "tie",
    });
  });

  it("never ranks on too few samples, even when the figures are far apart", () => {
    expect(compare([10, 10, 10, 10], [90, 90, 90, 90], time)).toEqual({
      ratio: undefined,
      better: null,
      reason: "too-few-samples",
    });
  });

  it("never ranks when either figure is too noisy", () => {
    expect(compare(fast, [22, 81, 35, 150, 23], time)).toMatchObject({
      better: null,
      reason: "too-noisy",
    });
  });

  it("ranks a 0 ms figure against a slower one although the ratio to 0 does not exist", () => {
    const zero = [0, 0, 0, 0, 0];
    expect(compare([40, 41, 42, 40, 41], zero, time)).toEqual({
      ratio: undefined,
      better: "b",
      reason: "ranked",
    });
  });

  const timings = fc.array(fc.double({ min: 1, max: 1_000, noNaN: true }), {
    minLength: 5,
    maxLength: 12,
  });

  // Scaled by powers of two, which floating point multiplies exactly, so a verdict on the edge of
  // a threshold cannot move by a rounding.
  const scales = fc.integer({ min: -10, max: 10 }).map((power) => 2 ** power);

  test.prop([timings, timings, scales])(
    "gives the same verdict whatever the unit (samples scaled alike)",
    (a, b, scale) => {
      const scaled = (values: number[]) => values.map((value) => value * scale);
      const { better, reason } = compare(a, b, time);
      expect(compare(scaled(a), scaled(b), time)).toMatchObject({ better, reason });
    },
  );

  test.prop([timings])("never ranks a figure against the same samples", (a) => {
    expect(compare(a, [...a], time).better).toBeNull();
  });
});
