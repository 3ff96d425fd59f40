import { describe, expect, it } from "vitest";
import type { Comparison, Metric, TargetId } from "../results/schema";
import { dimensionVerdict } from "./verdict";

const labels: Record<TargetId, string> = {
  tailwind: "Tailwind CSS",
  vanilla: "vanilla-extract",
  styled: "styled-components",
  floor: "floor",
};
const label = (id: TargetId) => labels[id];

/** A metric with only what a verdict reads: its row, whether it is exact, its comparisons. */
function metric(group: string, comparisons: Comparison[], exact = false): Metric {
  return {
    id: `interactions/${group}/total`,
    dimension: "interactions",
    group,
    label: "Total",
    unit: "ms",
    better: "lower",
    exact,
    samples: {},
    summaries: {},
    comparisons,
  };
}

const ranked = (a: TargetId, b: TargetId, better: TargetId, ratio?: number): Comparison => ({
  a,
  b,
  better,
  reason: "ranked",
  ...(ratio === undefined ? {} : { ratio: { median: ratio, low: ratio, high: ratio } }),
});
const unranked = (a: TargetId, b: TargetId, reason: Comparison["reason"]): Comparison => ({
  a,
  b,
  better: null,
  reason,
});

describe("dimensionVerdict", () => {
  it("counts the cases a pair is ranked on, and says the other pairs cannot be ranked", () => {
    const metrics = [
      metric("sort", [
        ranked("vanilla", "styled", "vanilla"),
        unranked("tailwind", "styled", "too-noisy"),
      ]),
      metric("filter", [
        ranked("vanilla", "styled", "vanilla"),
        unranked("tailwind", "styled", "too-noisy"),
      ]),
      metric("theme", [
        unranked("vanilla", "styled", "tie"),
        unranked("tailwind", "styled", "too-noisy"),
      ]),
    ];
    expect(dimensionVerdict("interactions", metrics, label)).toBe(
      "Interactions: vanilla-extract is faster than styled-components on 2 of 3 cases; " +
        "no other pair can be ranked; on all 3 cases a kit is too noisy to rank.",
    );
  });

  it("names the winner whichever way round the comparison lists the pair", () => {
    const metrics = [metric("sort", [ranked("styled", "tailwind", "tailwind")])];
    expect(dimensionVerdict("interactions", metrics, label)).toBe(
      "Interactions: Tailwind CSS is faster than styled-components on the one case.",
    );
  });

  it("says a pair split when each is ranked ahead somewhere, and claims no overall order", () => {
    const metrics = [
      metric("sort", [ranked("tailwind", "vanilla", "tailwind")]),
      metric("filter", [ranked("tailwind", "vanilla", "vanilla")]),
      metric("theme", [unranked("tailwind", "vanilla", "tie")]),
    ];
    const verdict = dimensionVerdict("interactions", metrics, label);
    expect(verdict).toBe(
      "Interactions: Tailwind CSS and vanilla-extract split: Tailwind CSS faster on 1, " +
        "vanilla-extract on 1 of 3 cases.",
    );
    expect(verdict).not.toMatch(/is faster than/);
  });

  it("calls noisy ties level within the noise, never a ranking", () => {
    const metrics = [metric("sort", [unranked("tailwind", "vanilla", "tie")])];
    expect(dimensionVerdict("interactions", metrics, label)).toBe(
      "Interactions: Tailwind CSS and vanilla-extract are level within the noise on the one case.",
    );
  });

  it("gives exact figures their largest gap, and says exact figures within 1 % differ by under 1 %", () => {
    const bytes = (group: string, comparisons: Comparison[]) => ({
      ...metric(group, comparisons, true),
      dimension: "bytes" as const,
    });
    const metrics = [
      bytes("overview", [
        ranked("tailwind", "styled", "tailwind", 1 / 1.41),
        ranked("tailwind", "vanilla", "vanilla", 1.004),
      ]),
      bytes("payouts", [
        ranked("tailwind", "styled", "tailwind", 1 / 1.2),
        { ...unranked("tailwind", "vanilla", "tie"), ratio: { median: 1, low: 1, high: 1 } },
      ]),
    ];
    expect(dimensionVerdict("bytes", metrics, label)).toBe(
      "Bytes: Tailwind CSS and vanilla-extract differ by under 1 % on both routes; " +
        "Tailwind CSS is smaller than styled-components on both routes (by up to 41 %).",
    );
  });

  it("says when no figure has enough samples to rank anything", () => {
    const metrics = [
      metric("sort", [unranked("tailwind", "vanilla", "too-few-samples")]),
      metric("sort", [unranked("tailwind", "vanilla", "too-few-samples")]),
    ];
    expect(
      dimensionVerdict(
        "load",
        metrics.map((m) => ({ ...m, dimension: "load" })),
        label,
      ),
    ).toBe(
      "Load: no pair of kits can be ranked; on both figures there are too few samples to rank.",
    );
  });

  it("has nothing to rank with one kit", () => {
    expect(dimensionVerdict("memory", [metric("load", [])], label)).toBe(
      "Memory: fewer than two kits measured, so nothing to rank.",
    );
  });
});
