import { describe, expect, it } from "vitest";
import { profiles } from "../config/profiles";
import { fixtureResults } from "../results/results-fixture";
import type { BenchResults } from "../results/schema";
import { summariseMetric } from "../stats/summarise";
import { parseBudgets } from "./budgets";
import { checkBudgets } from "./check";

const check = (results: BenchResults, budgets: unknown) =>
  checkBudgets(results, parseBudgets(budgets, "budgets.json"));
const statuses = (outcomes: ReturnType<typeof checkBudgets>) =>
  outcomes.map(
    (outcome) => `${outcome.kit ?? "-"} ${outcome.metric ?? outcome.rule}: ${outcome.status}`,
  );

describe("bytes budgets", () => {
  it("fail a kit over its budget by a single byte, and pass one at its budget", () => {
    const outcomes = check(fixtureResults(), {
      bytes: {
        tailwind: { overview: { "js/brotli": 100_999 } },
        vanilla: { overview: { "js/brotli": 100_600 } },
      },
    });
    expect(statuses(outcomes)).toEqual([
      "tailwind bytes/overview/js/brotli: failed",
      "vanilla bytes/overview/js/brotli: passed",
    ]);
    expect(outcomes[0]).toMatchObject({ measured: 101_000, budget: 100_999 });
  });

  it("leave a figure the run does not have, or a refused kit's, unchecked and say why", () => {
    const outcomes = check(fixtureResults({ refused: "styled" }), {
      bytes: {
        tailwind: { activity: { "js/brotli": 1 } },
        styled: { overview: { "js/brotli": 1 } },
      },
    });
    expect(outcomes.map((outcome) => [outcome.status, outcome.reason])).toEqual([
      ["unchecked", "this run has no such figure"],
      [
        "unchecked",
        "styled-components was refused: pixel parity failed on overview: 2.4 % of pixels differ",
      ],
    ]);
  });
});

describe("ratio-to-floor budgets", () => {
  const showRows = "interactions/show-rows/total";

  it("fail a kit only when even the low end of its ratio's interval is over the budget", () => {
    // tailwind's ratio to the floor is ×1.20 (×1.18–1.22); styled-components' ×1.80 (×1.77–1.84).
    const outcomes = check(fixtureResults(), {
      ratiosToFloor: [{ metric: showRows, max: 1.19 }],
    });
    expect(statuses(outcomes)).toEqual([
      `tailwind ${showRows}: passed`,
      `vanilla ${showRows}: passed`,
      `styled ${showRows}: failed`,
    ]);
    expect(outcomes[0]?.measured).toMatchObject({ median: expect.closeTo(1.2, 2) });
  });

  it("match metric ids with a glob, and narrow to the kits named", () => {
    const outcomes = check(fixtureResults(), {
      ratiosToFloor: [{ metric: "interactions/*/total", max: 1.6, kits: ["styled", "vanilla"] }],
    });
    expect(statuses(outcomes)).toEqual([
      `styled ${showRows}: failed`,
      `vanilla ${showRows}: passed`,
      "styled interactions/toggle-theme/total: failed",
      "vanilla interactions/toggle-theme/total: passed",
    ]);
  });

  it("leave unchecked a figure with too few samples, a higher-is-better one, and a rule matching nothing", () => {
    const results = fixtureResults();
    const thin = summariseMetric(
      {
        id: "memory/after-load",
        dimension: "memory",
        group: "After load",
        label: "JS heap",
        unit: "MB",
        better: "lower",
        exact: false,
        samples: { tailwind: [30, 31, 30], floor: [10, 10, 11] },
      },
      profiles.quick.statistics,
    );
    const outcomes = check(
      { ...results, metrics: [...results.metrics, thin] },
      {
        ratiosToFloor: [
          { metric: "memory/*", max: 1.1, kits: ["tailwind"] },
          { metric: "server/*/requests", max: 1.1, kits: ["tailwind"] },
          { metric: "interactions/*/paint", max: 1.1 },
        ],
      },
    );
    expect(outcomes.map((outcome) => [outcome.status, outcome.reason])).toEqual([
      ["unchecked", "too few samples to check (3, 5 needed)"],
      ["unchecked", "higher is better for this figure, so a largest ratio does not apply"],
      ["unchecked", "matches no figure in this run"],
    ]);
  });
});
