// From measured samples to the figures a report prints: each target's median and interval, its
// ratio to the best kit and to the floor, and a verdict for every pair of kits.
//
// Ratios are plain, whichever way a metric is better: kit / best and kit / floor. For a "lower is
// better" figure (a time, bytes) the best kit's ratio is 1 and the others' are above it; for a
// "higher is better" one (a score, requests per second) the best kit is the highest and the
// others' ratios are below 1 (×0.85: 85 % of the best). The direction decides only which kit is
// best and which of a pair is better; the report prints the metric's direction beside it.
import {
  type KitId,
  type MeasuredMetric,
  type Metric,
  type TargetId,
  type TargetSummary,
  targetIds,
} from "../results/schema";
import {
  compareFigures,
  type Figure,
  type MetricKind,
  ratioOfFigures,
  type Statistics,
  summariseFigure,
} from "./figure";

const kitIds = targetIds.filter((id): id is KitId => id !== "floor");
const one = { median: 1, low: 1, high: 1 };

/**
 * The kit with the best median in the metric's direction (the first, on a tie), named only when
 * its figure is rankable: a noisy kit with a better median leaves the figure without a best,
 * since calling the next one best would rank it above a kit the samples cannot place.
 */
function bestKit(figures: Map<TargetId, Figure>, kind: MetricKind): KitId | undefined {
  let best: KitId | undefined;
  for (const kit of kitIds) {
    const figure = figures.get(kit);
    if (!figure) continue;
    const bestFigure = best && figures.get(best);
    const value = figure.summary.value.median;
    const bestValue = bestFigure?.summary.value.median;
    if (
      bestValue === undefined ||
      (kind.better === "lower" ? value < bestValue : value > bestValue)
    ) {
      best = kit;
    }
  }
  return best && figures.get(best)?.summary.rankable ? best : undefined;
}

function summaryOf(
  target: TargetId,
  figures: Map<TargetId, Figure>,
  best: KitId | undefined,
  kind: MetricKind,
  statistics: Statistics,
): TargetSummary {
  const figure = figures.get(target) as Figure;
  const summary: TargetSummary = { ...figure.summary };
  if (target === "floor") return summary;
  const bestFigure = best && figures.get(best);
  if (figure.summary.rankable && bestFigure) {
    const ratio = target === best ? one : ratioOfFigures(figure, bestFigure, kind, statistics);
    if (ratio) summary.ratioToBest = ratio;
  }
  const floor = figures.get("floor");
  const ratioToFloor = floor && ratioOfFigures(figure, floor, kind, statistics);
  if (ratioToFloor) summary.ratioToFloor = ratioToFloor;
  return summary;
}

/** Every pair of kits the metric has samples for (a kit with none: "missing"). */
function comparisonsOf(
  measured: MeasuredMetric,
  figures: Map<TargetId, Figure>,
  statistics: Statistics,
): Metric["comparisons"] {
  const kits = kitIds.filter((kit) => measured.samples[kit] !== undefined);
  return kits.flatMap((a, index) =>
    kits.slice(index + 1).map((b) => {
      const [figureA, figureB] = [figures.get(a), figures.get(b)];
      if (!figureA || !figureB) return { a, b, better: null, reason: "missing" as const };
      const { ratio, better, reason } = compareFigures(figureA, figureB, measured, statistics);
      const winner = better === "a" ? a : better === "b" ? b : null;
      return ratio ? { a, b, ratio, better: winner, reason } : { a, b, better: winner, reason };
    }),
  );
}

export function summariseMetric(measured: MeasuredMetric, statistics: Statistics): Metric {
  const figures = new Map<TargetId, Figure>();
  for (const target of targetIds) {
    const samples = measured.samples[target];
    if (samples && samples.length > 0) {
      figures.set(target, summariseFigure(samples, measured, statistics));
    }
  }
  const best = bestKit(figures, measured);
  const summaries = Object.fromEntries(
    [...figures.keys()].map((target) => [
      target,
      summaryOf(target, figures, best, measured, statistics),
    ]),
  );
  return { ...measured, summaries, comparisons: comparisonsOf(measured, figures, statistics) };
}

export function summariseMetrics(
  measured: readonly MeasuredMetric[],
  statistics: Statistics,
): Metric[] {
  return measured.map((metric) => summariseMetric(metric, statistics));
}
