import { describe, expect, it } from "vitest";
import { profiles } from "../config/profiles";
import { fixtureResults } from "../results/results-fixture";
import type { BenchResults, TargetId } from "../results/schema";
import { summariseMetric } from "../stats/summarise";
import { compareRuns } from "./compare";
import { renderComparison } from "./compare-markdown";

const showRows = "interactions/show-rows/total";
const js = "bytes/overview/js/brotli";

/** The fixture with one target's samples of one metric changed, and the metric summarised again. */
function withSamples(
  results: BenchResults,
  id: string,
  change: (samples: number[], target: TargetId) => number[],
): BenchResults {
  return {
    ...results,
    metrics: results.metrics.map((metric) => {
      if (metric.id !== id) return metric;
      const samples = Object.fromEntries(
        Object.entries(metric.samples).map(([target, values]) => [
          target,
          change(values ?? [], target as TargetId),
        ]),
      );
      const { summaries: _summaries, comparisons: _comparisons, ...measured } = metric;
      return summariseMetric({ ...measured, samples }, profiles.quick.statistics);
    }),
  };
}

const changeOf = (comparison: ReturnType<typeof compareRuns>, metric: string, target: TargetId) =>
  comparison.changes.find((change) => change.metric === metric && change.target === target);

describe("compareRuns", () => {
  it("finds nothing real between a run and itself, and nothing to warn about", () => {
    const comparison = compareRuns(fixtureResults(), fixtureResults());
    expect(comparison.warnings).toEqual([]);
    expect(comparison.flipped).toEqual([]);
    expect(
      comparison.changes.filter((change) => ["better", "worse"].includes(change.verdict)),
    ).toEqual([]);
    expect(changeOf(comparison, js, "tailwind")?.verdict).toBe("unchanged");
    expect(changeOf(comparison, showRows, "tailwind")?.verdict).toBe("within-noise");
  });

  it("calls any change of an exact figure real, in the metric's direction", () => {
    const after = withSamples(fixtureResults(), js, (samples, target) =>
      target === "tailwind" ? [(samples[0] ?? 0) + 2_200] : samples,
    );
    const change = changeOf(compareRuns(fixtureResults(), after), js, "tailwind");
    expect(change).toMatchObject({
      verdict: "worse",
      before: { median: 101_000 },
      after: { median: 103_200 },
    });
  });

  it("calls a noisy change real only when the interval of after / before excludes 1", () => {
    const faster = withSamples(fixtureResults(), showRows, (samples, target) =>
      target === "styled"
        ? samples.map((sample) => sample * 0.7)
        : samples.map((sample) => sample * 1.003),
    );
    const comparison = compareRuns(fixtureResults(), faster);
    expect(changeOf(comparison, showRows, "styled")).toMatchObject({ verdict: "better" });
    expect(changeOf(comparison, showRows, "styled")?.ratio?.high).toBeLessThan(1);
    expect(changeOf(comparison, showRows, "tailwind")?.verdict).toBe("within-noise");
  });

  it("never calls a change real on too few samples", () => {
    const halved = withSamples(fixtureResults(), "load/overview/mobile/performance", (samples) =>
      samples.map((sample) => sample / 2),
    );
    const change = changeOf(
      compareRuns(fixtureResults(), halved),
      "load/overview/mobile/performance",
      "tailwind",
    );
    expect(change?.verdict).toBe("too-few-samples");
  });

  it("lists the rankings that flipped", () => {
    const swapped = withSamples(fixtureResults(), showRows, (samples, target) =>
      target === "styled" ? samples.map((sample) => sample - 80) : samples,
    );
    const flipped = compareRuns(fixtureResults(), swapped).flipped.map(
      (flip) => `${flip.pair.join("/")}: ${flip.first} → ${flip.second}`,
    );
    expect(flipped).toEqual([
      "tailwind/styled: tailwind → styled",
      "vanilla/styled: vanilla → styled",
    ]);
  });

  it("warns when the runs differ in profile, bundler, machine or package versions", () => {
    const before = fixtureResults();
    const after: BenchResults = {
      ...before,
      profile: "full",
      bundler: "webpack",
      environment: {
        ...before.environment,
        cpu: { model: "Apple M3", cores: 8 },
        packages: { ...before.environment.packages, next: "16.5.0" },
      },
    };
    const { warnings } = compareRuns(before, after);
    expect(warnings).toEqual([
      "profile: quick → full",
      "bundler: turbopack → webpack",
      "machine: AMD EPYC 7B13, 2 cores, 24 GiB, linux 6.1.0 → Apple M3, 8 cores, 24 GiB, linux 6.1.0",
      "next: 16.4.6 → 16.5.0",
    ]);
  });

  it("lists the figures and targets only one run has", () => {
    const before = fixtureResults();
    const after = fixtureResults({ refused: "styled" });
    const comparison = compareRuns(before, {
      ...after,
      metrics: after.metrics.filter((metric) => metric.id !== js),
    });
    expect(comparison.onlyBefore).toEqual({ metrics: [js], targets: ["styled"] });
    expect(comparison.onlyAfter).toEqual({ metrics: [], targets: [] });
  });
});

describe("renderComparison", () => {
  it("shows the real changes with before, after and the change, and the runs' differences", () => {
    const after = withSamples({ ...fixtureResults(), bundler: "webpack" }, js, (samples, target) =>
      target === "tailwind" ? [(samples[0] ?? 0) + 2_200] : samples,
    );
    const markdown = renderComparison(compareRuns(fixtureResults(), after));
    expect(markdown).toContain("> - bundler: turbopack → webpack");
    expect(markdown).toContain("### Real changes (1 of");
    expect(markdown).toContain(
      "| Overview · JavaScript (brotli) | Tailwind CSS | 101.0 kB | 103.2 kB | +2.2 kB (+2.2 %) | **worse** |",
    );
    expect(markdown).toContain("None: every pair both runs rank, they rank the same way.");
  });

  it("says when nothing changed beyond the noise", () => {
    expect(renderComparison(compareRuns(fixtureResults(), fixtureResults()))).toContain(
      "No figure changed beyond its noise",
    );
  });
});
