import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { budgetTestSummary, renderBudgetReport, writeBudgetTestSummary } from "./budget-report";
import type { BudgetOutcome } from "./check";

const outcomes: BudgetOutcome[] = [
  {
    rule: "bytes/overview/js/brotli",
    kind: "bytes",
    kit: "vanilla",
    metric: "bytes/overview/js/brotli",
    status: "passed",
    budget: 101_000,
    measured: 100_600,
  },
  {
    rule: "interactions/*/total",
    kind: "ratio-to-floor",
    status: "unchecked",
    budget: 1.6,
    reason: "matches no figure in this run",
  },
  {
    rule: "bytes/overview/js/brotli",
    kind: "bytes",
    kit: "styled",
    metric: "bytes/overview/js/brotli",
    status: "failed",
    budget: 140_000,
    measured: 142_300,
  },
];

describe("renderBudgetReport", () => {
  it("counts each result and lists failures first, then unchecked rules with why", () => {
    const report = renderBudgetReport(outcomes);
    expect(report).toContain("### Budgets: 1 passed, 1 failed, 1 unchecked");
    const rows = report
      .split("\n")
      .filter((line) => line.startsWith("| bytes") || line.startsWith("| interactions"));
    expect(rows).toEqual([
      "| bytes/overview/js/brotli | styled | bytes/overview/js/brotli | 142.3 kB | 140.0 kB | **failed** |",
      "| interactions/*/total | — | — | — | ×1.60 floor | unchecked: matches no figure in this run |",
      "| bytes/overview/js/brotli | vanilla | bytes/overview/js/brotli | 100.6 kB | 101.0 kB | passed |",
    ]);
  });

  it("says so when the budget file has no rules", () => {
    expect(renderBudgetReport([])).toContain("The budget file has no rules yet.");
  });
});

describe("budget test summary", () => {
  it("counts passes and failures as the test runner reads them, unchecked as pending", () => {
    expect(budgetTestSummary(outcomes)).toEqual({
      numTotalTests: 3,
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 1,
      success: false,
    });
  });

  it("is written as JSON, making the folder it goes in", () => {
    const file = join(mkdtempSync(join(tmpdir(), "budgets-")), ".test-results", "budgets.json");
    writeBudgetTestSummary(file, outcomes.slice(0, 1));
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      numPassedTests: 1,
      numFailedTests: 0,
      success: true,
    });
  });
});
