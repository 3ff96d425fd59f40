import { describe, expect, it } from "vitest";
import { fixtureResults } from "../results/results-fixture";
import type { BenchResults, Comparison } from "../results/schema";
import { rankingConflicts } from "./ranking-conflicts";

const showRows = "interactions/show-rows/total";

/** The fixture with one metric's comparisons replaced. */
function withComparisons(comparisons: Comparison[]): BenchResults {
  const results = fixtureResults();
  return {
    ...results,
    metrics: results.metrics.map((metric) =>
      metric.id === showRows ? { ...metric, comparisons } : metric,
    ),
  };
}

describe("rankingConflicts", () => {
  it("finds nothing between a run and itself", () => {
    expect(rankingConflicts(fixtureResults(), fixtureResults())).toEqual([]);
  });

  it("finds a pair the two runs rank in opposite orders, whichever way round each lists it", () => {
    const first = withComparisons([
      { a: "tailwind", b: "styled", better: "tailwind", reason: "ranked" },
    ]);
    const second = withComparisons([
      { a: "styled", b: "tailwind", better: "styled", reason: "ranked" },
    ]);
    expect(rankingConflicts(first, second)).toEqual([
      {
        metric: showRows,
        label: "Total",
        pair: ["tailwind", "styled"],
        first: "tailwind",
        second: "styled",
      },
    ]);
  });

  it("does not count a ranking the other run could not make (a tie or too noisy) as a conflict", () => {
    const ranked = withComparisons([
      { a: "tailwind", b: "styled", better: "tailwind", reason: "ranked" },
    ]);
    const tie = withComparisons([{ a: "tailwind", b: "styled", better: null, reason: "tie" }]);
    const noisy = withComparisons([
      { a: "tailwind", b: "styled", better: null, reason: "too-noisy" },
    ]);
    expect(rankingConflicts(ranked, tie)).toEqual([]);
    expect(rankingConflicts(noisy, ranked)).toEqual([]);
  });
});
