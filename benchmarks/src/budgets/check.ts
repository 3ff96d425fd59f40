// Every budget rule checked against one run: passed, failed, or unchecked with the reason (no such
// figure, a refused kit, too few samples). Nothing passes by being left out.
import picomatch from "picomatch";
import { profiles } from "../config/profiles";
import type { BenchResults, Interval, KitId, Metric, TargetSummary } from "../results/schema";
import type { Statistics } from "../stats/figure";
import type { Budgets, RatioBudget } from "./budgets";

export interface BudgetOutcome {
  /** The rule as written: "bytes/overview/js/brotli" or "interactions/*\/total". */
  rule: string;
  kind: "bytes" | "ratio-to-floor";
  kit?: KitId;
  /** The metric checked (for a glob, each metric it matches is an outcome of its own). */
  metric?: string;
  status: "passed" | "failed" | "unchecked";
  budget: number;
  /** Bytes: the exact figure. Ratio: the kit's ratio to the floor with its interval. */
  measured?: number | Interval;
  /** Why a rule is unchecked, in words. */
  reason?: string;
}

/** The kit's figure for a metric, or why there is none. */
function figureOf(
  results: BenchResults,
  metric: Metric | undefined,
  kit: KitId,
): TargetSummary | string {
  const target = results.targets.find((candidate) => candidate.id === kit);
  if (target?.status === "refused")
    return `${target.label} was refused: ${target.reason ?? "no reason given"}`;
  if (!metric) return "this run has no such figure";
  return metric.summaries[kit] ?? `this run has no figure for ${kit}`;
}

function checkBytes(results: BenchResults, budgets: Budgets): BudgetOutcome[] {
  const metrics = new Map(results.metrics.map((metric) => [metric.id, metric]));
  return Object.entries(budgets.bytes).flatMap(([kit, routes]) =>
    Object.entries(routes ?? {}).flatMap(([route, figures]) =>
      Object.entries(figures).map(([figure, budget]): BudgetOutcome => {
        const rule = `bytes/${route}/${figure}`;
        const base = { rule, kind: "bytes" as const, kit: kit as KitId, metric: rule, budget };
        const summary = figureOf(results, metrics.get(rule), kit as KitId);
        if (typeof summary === "string") return { ...base, status: "unchecked", reason: summary };
        const measured = summary.value.median;
        return { ...base, status: measured > budget ? "failed" : "passed", measured };
      }),
    ),
  );
}

function checkRatio(
  results: BenchResults,
  rule: RatioBudget,
  metric: Metric,
  kit: KitId,
  statistics: Statistics,
): BudgetOutcome {
  const base = {
    rule: rule.metric,
    kind: "ratio-to-floor" as const,
    kit,
    metric: metric.id,
    budget: rule.max,
  };
  const unchecked = (reason: string): BudgetOutcome => ({ ...base, status: "unchecked", reason });
  if (metric.better === "higher") {
    return unchecked("higher is better for this figure, so a largest ratio does not apply");
  }
  const summary = figureOf(results, metric, kit);
  if (typeof summary === "string") return unchecked(summary);
  const floor = metric.summaries.floor;
  if (!floor || !summary.ratioToFloor)
    return unchecked("no ratio to the floor (no floor figure, or 0)");
  const fewest = Math.min(summary.n, floor.n);
  if (!metric.exact && fewest < statistics.minSamplesToRank) {
    return unchecked(`too few samples to check (${fewest}, ${statistics.minSamplesToRank} needed)`);
  }
  const measured = summary.ratioToFloor;
  return { ...base, status: measured.low > rule.max ? "failed" : "passed", measured };
}

function checkRatios(results: BenchResults, budgets: Budgets): BudgetOutcome[] {
  const statistics = profiles[results.profile].statistics;
  const kits = results.targets.flatMap((target) => (target.id === "floor" ? [] : [target.id]));
  return budgets.ratiosToFloor.flatMap((rule) => {
    const matches = picomatch(rule.metric);
    const metrics = results.metrics.filter((metric) => matches(metric.id));
    if (metrics.length === 0) {
      return [
        {
          rule: rule.metric,
          kind: "ratio-to-floor" as const,
          status: "unchecked" as const,
          budget: rule.max,
          reason: "matches no figure in this run",
        },
      ];
    }
    return metrics.flatMap((metric) =>
      (rule.kits ?? kits).map((kit) => checkRatio(results, rule, metric, kit, statistics)),
    );
  });
}

export function checkBudgets(results: BenchResults, budgets: Budgets): BudgetOutcome[] {
  return [...checkBytes(results, budgets), ...checkRatios(results, budgets)];
}
