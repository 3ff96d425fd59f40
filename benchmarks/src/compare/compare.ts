// What changed between two runs (a branch against main, say): for every figure both runs have,
// the medians before and after, and whether the change is real — by the same rules that rank two
// kits within a run, with "before" and "after" in place of the two kits. Also the rankings that
// flipped, what only one run has, and why the two runs may not be comparable at all.
import { profiles } from "../config/profiles";
import type { BenchResults, Dimension, Interval, Metric, TargetId, Unit } from "../results/schema";
import { compareFigures, type Statistics, summariseFigure } from "../stats/figure";
import { type RankingConflict, rankingConflicts } from "../stats/ranking-conflicts";

export type ChangeVerdict =
  | "better"
  | "worse"
  | "unchanged"
  | "within-noise"
  | "too-noisy"
  | "too-few-samples";

export interface FigureChange {
  metric: string;
  dimension: Dimension;
  group: string;
  label: string;
  unit: Unit;
  exact: boolean;
  target: TargetId;
  before: Interval;
  after: Interval;
  /** after / before, with its interval; absent where before is 0. */
  ratio?: Interval;
  verdict: ChangeVerdict;
}

export interface RunComparison {
  before: BenchResults;
  after: BenchResults;
  /** Reasons the two runs' figures may differ for something other than the code. */
  warnings: string[];
  changes: FigureChange[];
  flipped: RankingConflict[];
  onlyBefore: { metrics: string[]; targets: TargetId[] };
  onlyAfter: { metrics: string[]; targets: TargetId[] };
}

function differences(before: BenchResults, after: BenchResults): string[] {
  const [a, b] = [before.environment, after.environment];
  const warnings: string[] = [];
  const differ = (what: string, from: string, to: string) => {
    if (from !== to) warnings.push(`${what}: ${from} → ${to}`);
  };
  differ("profile", before.profile, after.profile);
  differ("bundler", before.bundler, after.bundler);
  differ(
    "machine",
    `${a.cpu.model}, ${a.cpu.cores} cores, ${a.memoryGiB} GiB, ${a.os}`,
    `${b.cpu.model}, ${b.cpu.cores} cores, ${b.memoryGiB} GiB, ${b.os}`,
  );
  differ("Node", a.node, b.node);
  differ("Chromium", a.chromium, b.chromium);
  const names = [...new Set([...Object.keys(a.packages), ...Object.keys(b.packages)])].sort();
  for (const name of names)
    differ(name, a.packages[name] ?? "absent", b.packages[name] ?? "absent");
  return warnings;
}

function figureChange(
  metric: Metric,
  previous: Metric,
  target: TargetId,
  statistics: Statistics,
): FigureChange | undefined {
  const [beforeSamples, afterSamples] = [previous.samples[target], metric.samples[target]];
  if (!beforeSamples?.length || !afterSamples?.length) return undefined;
  const before = summariseFigure(beforeSamples, metric, statistics);
  const after = summariseFigure(afterSamples, metric, statistics);
  const { ratio, better, reason } = compareFigures(after, before, metric, statistics);
  const verdicts: Record<typeof reason, ChangeVerdict> = {
    ranked: better === "a" ? "better" : "worse",
    tie: metric.exact ? "unchanged" : "within-noise",
    "too-noisy": "too-noisy",
    "too-few-samples": "too-few-samples",
  };
  return {
    metric: metric.id,
    dimension: metric.dimension,
    group: metric.group,
    label: metric.label,
    unit: metric.unit,
    exact: metric.exact,
    target,
    before: before.summary.value,
    after: after.summary.value,
    ...(ratio ? { ratio } : {}),
    verdict: verdicts[reason],
  };
}

const measuredTargets = (results: BenchResults) =>
  results.targets.filter((target) => target.status === "measured").map((target) => target.id);

/** Figures are judged with the statistics of the later run's profile. */
export function compareRuns(before: BenchResults, after: BenchResults): RunComparison {
  const statistics = profiles[after.profile].statistics;
  const previous = new Map(before.metrics.map((metric) => [metric.id, metric]));
  const afterIds = new Set(after.metrics.map((metric) => metric.id));
  const changes = after.metrics.flatMap((metric) => {
    const earlier = previous.get(metric.id);
    if (!earlier) return [];
    return Object.keys(metric.samples).flatMap(
      (target) => figureChange(metric, earlier, target as TargetId, statistics) ?? [],
    );
  });
  const [targetsBefore, targetsAfter] = [measuredTargets(before), measuredTargets(after)];
  return {
    before,
    after,
    warnings: differences(before, after),
    changes,
    flipped: rankingConflicts(before, after),
    onlyBefore: {
      metrics: before.metrics.map((metric) => metric.id).filter((id) => !afterIds.has(id)),
      targets: targetsBefore.filter((target) => !targetsAfter.includes(target)),
    },
    onlyAfter: {
      metrics: after.metrics.map((metric) => metric.id).filter((id) => !previous.has(id)),
      targets: targetsAfter.filter((target) => !targetsBefore.includes(target)),
    },
  };
}
