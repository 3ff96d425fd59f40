// The median of a figure's samples and its 95 % percentile-bootstrap interval, and the same for
// the ratio of two medians. The bootstrap is hand-written: it is a loop of a few lines, and the
// statistics libraries that offer one draw from Math.random, which would make two renders of one
// results file disagree. Here the generator is seeded, so the same samples give the same interval.
import { median as medianOf, quantileSorted } from "d3-array";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import type { Interval } from "../results/schema";

/** One fixed seed: an interval depends on its samples alone, never on what was computed before. */
const seed = 0x5eed;
const confidence = 0.95;

export function median(samples: readonly number[]): number {
  const value = medianOf(samples);
  if (value === undefined) throw new Error("The median of no samples");
  return value;
}

/**
 * The median of one resample, drawn into a scratch array: the loop runs tens of thousands of times
 * a metric, and reusing one typed array (with its numeric sort) halves the time of a fresh array
 * and a general median each draw.
 */
function resampledMedian(
  samples: readonly number[],
  rng: RandomGenerator,
  scratch: Float64Array,
): number {
  const n = samples.length;
  for (let index = 0; index < n; index++) {
    scratch[index] = samples[uniformInt(rng, 0, n - 1)] as number;
  }
  scratch.sort();
  const middle = n >> 1;
  return n % 2 === 1
    ? (scratch[middle] as number)
    : ((scratch[middle - 1] as number) + (scratch[middle] as number)) / 2;
}

/**
 * The central 95 % of a bootstrap distribution, widened where needed to hold the figure itself:
 * with a handful of samples the distribution is lumpy, and an interval that missed its own median
 * would read as an error. Widening only ever makes a ranking harder to claim.
 */
function percentileInterval(figure: number, draws: number[]): Interval {
  draws.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  const low = quantileSorted(draws, tail) ?? figure;
  const high = quantileSorted(draws, 1 - tail) ?? figure;
  return { median: figure, low: Math.min(low, figure), high: Math.max(high, figure) };
}

/** The median and its 95 % percentile-bootstrap interval. */
export function medianInterval(samples: readonly number[], resamples: number): Interval {
  const figure = median(samples);
  const rng = xoroshiro128plus(seed);
  const scratch = new Float64Array(samples.length);
  const draws = Array.from({ length: resamples }, () => resampledMedian(samples, rng, scratch));
  return percentileInterval(figure, draws);
}

interface MedianContrast {
  /** median(a) / median(b) with its interval; absent when b's median can be 0 (no ratio to 0). */
  ratio: Interval | undefined;
  /** median(a) − median(b) with its interval: always defined, and what a ranking is read from. */
  difference: Interval;
}

/**
 * Contrasts two sets of samples, each resampled independently (one generator, a's draw then b's,
 * in every round). In each resample, a's median is above b's exactly when the ratio is above 1 and
 * the difference above 0, so the difference's interval excluding 0 is the ratio's excluding 1
 * (the two can part only at the one resample on the boundary) — and it stays defined when a
 * median is 0 (a blocking time of 0 ms, a floor with no CSS).
 */
export function contrastMedians(
  a: readonly number[],
  b: readonly number[],
  resamples: number,
): MedianContrast {
  const rng = xoroshiro128plus(seed);
  const [scratchA, scratchB] = [new Float64Array(a.length), new Float64Array(b.length)];
  const ratios: number[] = [];
  const differences: number[] = [];
  let denominatorCanBeZero = false;
  for (let round = 0; round < resamples; round++) {
    const ma = resampledMedian(a, rng, scratchA);
    const mb = resampledMedian(b, rng, scratchB);
    differences.push(ma - mb);
    if (mb === 0) denominatorCanBeZero = true;
    else ratios.push(ma / mb);
  }
  const [medianA, medianB] = [median(a), median(b)];
  return {
    ratio:
      denominatorCanBeZero || medianB === 0
        ? undefined
        : percentileInterval(medianA / medianB, ratios),
    difference: percentileInterval(medianA - medianB, differences),
  };
}
