// One target's figure for one metric (its samples, summarised), and the rules for setting two
// figures side by side: the same rules rank two kits in a run and tell whether a figure changed
// between two runs.
import type { Profile } from "../config/profiles";
import type { Comparison, Interval, Metric, TargetSummary } from "../results/schema";
import { contrastMedians, median, medianInterval } from "./bootstrap";

export type Statistics = Profile["statistics"];

/** What a comparison needs to know of its metric. */
export type MetricKind = Pick<Metric, "exact" | "better">;

export interface Figure {
  samples: readonly number[];
  summary: Pick<TargetSummary, "n" | "value" | "relativeWidth" | "rankable">;
}

/**
 * How wide the interval is against the figure. A median of 0 with an interval around it has no
 * width relative to anything: null, and never rankable.
 */
function relativeWidthOf({ median: figure, low, high }: Interval): number | null {
  if (high === low) return 0;
  return figure === 0 ? null : (high - low) / Math.abs(figure);
}

/** An exact figure (bytes, counts) is its median; a noisy one gets its bootstrap interval. */
export function summariseFigure(
  samples: readonly number[],
  kind: MetricKind,
  statistics: Statistics,
): Figure {
  const n = samples.length;
  if (kind.exact) {
    const value = median(samples);
    return {
      samples,
      summary: {
        n,
        value: { median: value, low: value, high: value },
        relativeWidth: 0,
        rankable: true,
      },
    };
  }
  const value = medianInterval(samples, statistics.resamples);
  const relativeWidth = relativeWidthOf(value);
  const rankable =
    n >= statistics.minSamplesToRank &&
    relativeWidth !== null &&
    relativeWidth <= statistics.maxRelativeWidth;
  return { samples, summary: { n, value, relativeWidth, rankable } };
}

/** a over b; undefined where b is 0 (or can be, in a resample). */
export function ratioOfFigures(
  a: Figure,
  b: Figure,
  kind: MetricKind,
  statistics: Statistics,
): Interval | undefined {
  if (kind.exact) {
    const [ma, mb] = [a.summary.value.median, b.summary.value.median];
    return mb === 0 ? undefined : { median: ma / mb, low: ma / mb, high: ma / mb };
  }
  return contrastMedians(a.samples, b.samples, statistics.resamples).ratio;
}

export interface FigureComparison {
  ratio: Comparison["ratio"];
  /** Which of the two the evidence says is better, if either. */
  better: "a" | "b" | null;
  /** "missing" is for a pair without one of its figures, which never reaches this far. */
  reason: Exclude<Comparison["reason"], "missing">;
}

function betterOf(aAbove: boolean, kind: MetricKind): "a" | "b" {
  return aAbove === (kind.better === "higher") ? "a" : "b";
}

/**
 * Exact figures: any difference ranks, equal is a tie. Noisy figures: never ranked on fewer than
 * `minSamplesToRank` samples or on an interval wider than `maxRelativeWidth` of its median;
 * otherwise ranked when the interval of the ratio of the medians excludes 1, else a tie.
 */
export function compareFigures(
  a: Figure,
  b: Figure,
  kind: MetricKind,
  statistics: Statistics,
): FigureComparison {
  if (kind.exact) {
    const [ma, mb] = [a.summary.value.median, b.summary.value.median];
    const ratio = ratioOfFigures(a, b, kind, statistics);
    if (ma === mb) return { ratio, better: null, reason: "tie" };
    return { ratio, better: betterOf(ma > mb, kind), reason: "ranked" };
  }
  const tooFew = [a, b].some((figure) => figure.summary.n < statistics.minSamplesToRank);
  if (tooFew) return { ratio: undefined, better: null, reason: "too-few-samples" };
  if (!a.summary.rankable || !b.summary.rankable) {
    return { ratio: undefined, better: null, reason: "too-noisy" };
  }
  const { ratio, difference } = contrastMedians(a.samples, b.samples, statistics.resamples);
  if (difference.low > 0) return { ratio, better: betterOf(true, kind), reason: "ranked" };
  if (difference.high < 0) return { ratio, better: betterOf(false, kind), reason: "ranked" };
  return { ratio, better: null, reason: "tie" };
}
