import { describe, expect, it } from "vitest";
import { fixtureResults } from "../results/results-fixture";
import { parseBudgets } from "./budgets";
import { checkBudgets } from "./check";
import { suggestBudgets } from "./suggest";

describe("suggestBudgets", () => {
  const results = fixtureResults();
  const suggested = suggestBudgets(results, 0.05);

  it("gives every kit's bytes 5 % headroom, rounded up to the byte, and none to the floor", () => {
    expect(suggested.bytes.tailwind?.overview).toEqual({
      "js/brotli": 106_050,
      "css/brotli": 10_290,
      "js/raw": 369_600,
    });
    expect(Object.keys(suggested.bytes)).toEqual(["tailwind", "vanilla", "styled"]);
  });

  it("gives each rankable timing the high end of its ratio to the floor, with headroom", () => {
    const tailwind = results.metrics.find((metric) => metric.id === "interactions/show-rows/total")
      ?.summaries.tailwind?.ratioToFloor;
    expect(suggested.ratiosToFloor).toContainEqual({
      metric: "interactions/show-rows/total",
      max: Math.ceil((tailwind?.high ?? 0) * 1.05 * 100) / 100,
      kits: ["tailwind"],
    });
  });

  it("proposes no ratio for a figure too noisy or too thin to rank, nor where higher is better", () => {
    const rules = suggested.ratiosToFloor.map((rule) => `${rule.kits?.join()} ${rule.metric}`);
    expect(rules).not.toContain("tailwind interactions/toggle-theme/total");
    expect(rules.some((rule) => rule.includes("load/") || rule.includes("server/"))).toBe(false);
  });

  it("proposes a valid budget file that the run it came from passes", () => {
    const budgets = parseBudgets(JSON.parse(JSON.stringify(suggested)), "suggested");
    const outcomes = checkBudgets(results, budgets);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome.status === "passed")).toBe(true);
  });
});
