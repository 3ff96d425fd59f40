// Two runs of the same code should never rank a pair of kits in opposite orders: that is what
// "two quick runs in a row agree on every ranking they make" checks. A pair one run ranks and the
// other calls a tie (or cannot rank) is no conflict: one run simply saw less.
import type { BenchResults, Metric, TargetId } from "../results/schema";

export interface RankingConflict {
  metric: string;
  label: string;
  /** The pair, in the first run's order. */
  pair: readonly [TargetId, TargetId];
  /** The kit each run ranks better. */
  first: TargetId;
  second: TargetId;
}

const pairKey = (a: TargetId, b: TargetId) => [a, b].sort().join(" ");

function rankedPairs(metric: Metric): Map<string, TargetId> {
  const ranked = new Map<string, TargetId>();
  for (const comparison of metric.comparisons) {
    if (comparison.reason === "ranked" && comparison.better) {
      ranked.set(pairKey(comparison.a, comparison.b), comparison.better);
    }
  }
  return ranked;
}

export function rankingConflicts(first: BenchResults, second: BenchResults): RankingConflict[] {
  const secondMetrics = new Map(second.metrics.map((metric) => [metric.id, metric]));
  return first.metrics.flatMap((metric) => {
    const other = secondMetrics.get(metric.id);
    if (!other) return [];
    const otherRanked = rankedPairs(other);
    return metric.comparisons.flatMap((comparison) => {
      const secondBetter = otherRanked.get(pairKey(comparison.a, comparison.b));
      const firstBetter = comparison.reason === "ranked" ? comparison.better : null;
      if (!firstBetter || !secondBetter || firstBetter === secondBetter) return [];
      return [
        {
          metric: metric.id,
          label: metric.label,
          pair: [comparison.a, comparison.b] as const,
          first: firstBetter,
          second: secondBetter,
        },
      ];
    });
  });
}
