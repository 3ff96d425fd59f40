import { describe, expect, it } from "vitest";
import type { MeasuredMetric } from "../results/schema";
import { summariseMetric, summariseMetrics } from "./summarise";

const statistics = { resamples: 1_000, minSamplesToRank: 5, maxRelativeWidth: 0.5 };

const timing = (samples: MeasuredMetric["samples"], better: "lower" | "higher" = "lower") =>
  ({
    id: "interactions/show-rows/total",
    dimension: "interactions",
    group: "Show all rows",
    label: "Total",
    unit: "ms",
    better,
    exact: false,
    samples,
  }) satisfies MeasuredMetric;

const around = (value: number) => [value - 1, value + 1, value, value - 0.5, value + 0.5];

describe("summariseMetric", () => {
  it("gives the best kit a ratio of 1, the others plain ratios above it, and all a ratio to the floor", () => {
    const metric = summariseMetric(
      timing({
        tailwind: around(120),
        vanilla: around(100),
        styled: around(150),
        floor: around(80),
      }),
      statistics,
    );
    expect(metric.summaries.vanilla?.ratioToBest).toEqual({ median: 1, low: 1, high: 1 });
    expect(metric.summaries.tailwind?.ratioToBest?.median).toBeCloseTo(1.2);
    expect(metric.summaries.styled?.ratioToBest?.median).toBeCloseTo(1.5);
    expect(metric.summaries.styled?.ratioToFloor?.median).toBeCloseTo(150 / 80);
    expect(metric.summaries.floor).not.toHaveProperty("ratioToBest");
    expect(metric.summaries.floor).not.toHaveProperty("ratioToFloor");
  });

  it("takes the highest kit as best where higher is better, so the others' ratios fall below 1", () => {
    const metric = summariseMetric(
      timing({ tailwind: around(400), vanilla: around(300) }, "higher"),
      statistics,
    );
    expect(metric.summaries.tailwind?.ratioToBest?.median).toBe(1);
    expect(metric.summaries.vanilla?.ratioToBest?.median).toBeCloseTo(0.75);
    expect(metric.comparisons).toEqual([
      expect.objectContaining({
        a: "tailwind",
        b: "vanilla",
        better: "tailwind",
        reason: "ranked",
      }),
    ]);
  });

  it("never takes an unrankable kit as best, and gives it no ratio to the best", () => {
    const metric = summariseMetric(
      timing({ tailwind: [100, 190, 115, 300, 112], vanilla: around(100), styled: around(90) }),
      statistics,
    );
    expect(metric.summaries.tailwind?.rankable).toBe(false);
    expect(metric.summaries.tailwind).not.toHaveProperty("ratioToBest");
    expect(metric.summaries.styled?.ratioToBest?.median).toBe(1);
    expect(metric.summaries.vanilla?.ratioToBest?.median).toBeCloseTo(100 / 90);
  });

  it("names no best when a kit too noisy to rank has the best median", () => {
    const metric = summariseMetric(
      timing({ tailwind: [10, 90, 15, 200, 12], vanilla: around(100), styled: around(120) }),
      statistics,
    );
    expect(metric.summaries.tailwind?.rankable).toBe(false);
    for (const kit of ["tailwind", "vanilla", "styled"] as const) {
      expect(metric.summaries[kit]).not.toHaveProperty("ratioToBest");
    }
    expect(metric.comparisons).toContainEqual(
      expect.objectContaining({ a: "vanilla", b: "styled", better: "vanilla" }),
    );
  });

  it("compares every pair of kits, never the floor, and calls a kit without samples missing", () => {
    const metric = summariseMetric(
      timing({ tailwind: around(100), vanilla: around(100), styled: [], floor: around(50) }),
      statistics,
    );
    expect(metric.comparisons.map(({ a, b, reason }) => `${a}/${b} ${reason}`)).toEqual([
      "tailwind/vanilla tie",
      "tailwind/styled missing",
      "vanilla/styled missing",
    ]);
    expect(metric.summaries).not.toHaveProperty("styled");
  });

  it("gives no ratio to a floor of 0 (a floor with no CSS)", () => {
    const metric = summariseMetric(
      { ...timing({ tailwind: [9_800], floor: [0] }), exact: true, unit: "bytes" },
      statistics,
    );
    expect(metric.summaries.tailwind).not.toHaveProperty("ratioToFloor");
  });

  it("never ranks a pair on fewer samples than the minimum", () => {
    const metric = summariseMetric(
      timing({ tailwind: [10, 10, 10], vanilla: [90, 90, 90] }),
      statistics,
    );
    expect(metric.comparisons).toEqual([
      { a: "tailwind", b: "vanilla", better: null, reason: "too-few-samples" },
    ]);
  });
});

it("summariseMetrics gives the same figures every time for the same samples", () => {
  const measured = [
    timing({ tailwind: [48.1, 51.3, 47.7, 60.2, 49.9], vanilla: [50.2, 49.1, 55.0, 51.7, 50.3] }),
  ];
  expect(summariseMetrics(measured, statistics)).toEqual(summariseMetrics(measured, statistics));
});
