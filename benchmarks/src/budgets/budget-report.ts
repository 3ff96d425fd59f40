// The budget check for people (Markdown, failures first) and for the test runner (a JSON summary
// in Vitest's shape, whose counts `npm test` adds to its closing "N passed, N failed" line).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { formatRatio, formatRatioInterval, formatValue } from "../report/format";
import { markdownTable } from "../report/markdown-table";
import type { BudgetOutcome } from "./check";

const order: Record<BudgetOutcome["status"], number> = { failed: 0, unchecked: 1, passed: 2 };

function measuredText(outcome: BudgetOutcome): string {
  const { measured } = outcome;
  if (measured === undefined) return "—";
  if (typeof measured === "number") return formatValue(measured, "bytes");
  return `${formatRatio(measured.median)} (${formatRatioInterval(measured)})`;
}

function budgetText(outcome: BudgetOutcome): string {
  return outcome.kind === "bytes"
    ? formatValue(outcome.budget, "bytes")
    : `${formatRatio(outcome.budget)} floor`;
}

function statusText(outcome: BudgetOutcome): string {
  if (outcome.status === "unchecked") return `unchecked: ${outcome.reason ?? ""}`;
  return outcome.status === "failed" ? "**failed**" : "passed";
}

function budgetCounts(outcomes: readonly BudgetOutcome[]) {
  const count = (status: BudgetOutcome["status"]) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  return { passed: count("passed"), failed: count("failed"), unchecked: count("unchecked") };
}

export function renderBudgetReport(outcomes: readonly BudgetOutcome[]): string {
  const { passed, failed, unchecked } = budgetCounts(outcomes);
  const heading = `### Budgets: ${passed} passed, ${failed} failed, ${unchecked} unchecked`;
  if (outcomes.length === 0) return `${heading}\n\nThe budget file has no rules yet.\n`;
  const sorted = [...outcomes].sort((a, b) => order[a.status] - order[b.status]);
  const table = markdownTable(
    ["Rule", "Kit", "Figure", "Measured", "Budget", "Result"],
    sorted.map((outcome) => [
      outcome.rule,
      outcome.kit ?? "—",
      outcome.metric ?? "—",
      measuredText(outcome),
      budgetText(outcome),
      statusText(outcome),
    ]),
  );
  const rule =
    "Bytes fail when over their budget; a ratio to the floor fails only when the low end of its 95 % interval is over its budget.";
  return `${heading}\n\n${rule}\n\n${table}\n`;
}

/** The counts in the shape of Vitest's JSON report; unchecked rules count as pending. */
export function budgetTestSummary(outcomes: readonly BudgetOutcome[]) {
  const { passed, failed, unchecked } = budgetCounts(outcomes);
  return {
    numTotalTests: outcomes.length,
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: unchecked,
    success: failed === 0,
  };
}

export function writeBudgetTestSummary(file: string, outcomes: readonly BudgetOutcome[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(budgetTestSummary(outcomes), null, 2)}\n`);
}
