// One sentence per dimension that says only what its comparisons say: for each pair of kits, on
// how many figures one is ranked ahead of the other (never a ranking a comparison did not make),
// where they are level, and how many figures could not be ranked and why.
import { formatPercent } from "../report/format";
import {
  type Comparison,
  type Dimension,
  type KitId,
  type Metric,
  type TargetId,
  targetIds,
} from "../results/schema";

/** What "ahead" means where every figure of a dimension points one way. */
const aheadWords: Partial<Record<Dimension, { phrase: string; short: string }>> = {
  bytes: { phrase: "smaller than", short: "smaller" },
  interactions: { phrase: "faster than", short: "faster" },
  memory: { phrase: "lighter than", short: "lighter" },
};
const ahead = { phrase: "ahead of", short: "ahead" };

/** What a row of the dimension is, when each row holds one figure. */
const rowNouns: Record<Dimension, string> = {
  bytes: "routes",
  load: "pages",
  interactions: "cases",
  memory: "moments",
  server: "routes",
  build: "steps",
  maintainability: "measures",
};

export const dimensionNames: Record<Dimension, string> = {
  bytes: "Bytes",
  load: "Load",
  interactions: "Interactions",
  memory: "Memory",
  server: "Server",
  build: "Build and dev loop",
  maintainability: "Maintainability",
};

/** Exact figures this close are said to differ "by under 1 %" rather than ranked one by one. */
const closeShare = 0.01;

const kitOrder = targetIds.filter((id): id is KitId => id !== "floor");
const byKitOrder = (x: TargetId, y: TargetId) =>
  kitOrder.indexOf(x as KitId) - kitOrder.indexOf(y as KitId);

interface PairTally {
  kits: [TargetId, TargetId];
  ahead: Map<TargetId, number>;
  ties: number;
  allExact: boolean;
  /**
   * For exact figures, how far the larger of the two is from the smaller, as a share; undefined
   * where one is 0 (no share of nothing).
   */
  exactGaps: (number | undefined)[];
}

/** |loser / winner − 1| from a comparison's a / b ratio. */
function gapOf(comparison: Comparison): number | undefined {
  const ratio = comparison.ratio?.median;
  if (ratio === undefined || ratio === 0) return undefined;
  return Math.abs(Math.max(ratio, 1 / ratio) - 1);
}

function tallyPairs(metrics: readonly Metric[]): PairTally[] {
  const tallies = new Map<string, PairTally>();
  for (const metric of metrics) {
    for (const comparison of metric.comparisons) {
      const kits = [comparison.a, comparison.b].sort(byKitOrder) as [TargetId, TargetId];
      const key = kits.join(" ");
      const tally: PairTally = tallies.get(key) ?? {
        kits,
        ahead: new Map(),
        ties: 0,
        allExact: true,
        exactGaps: [],
      };
      tallies.set(key, tally);
      if (!metric.exact) tally.allExact = false;
      if (comparison.reason === "ranked" && comparison.better) {
        tally.ahead.set(comparison.better, (tally.ahead.get(comparison.better) ?? 0) + 1);
      } else if (comparison.reason === "tie") {
        tally.ties += 1;
      } else {
        continue;
      }
      if (metric.exact) tally.exactGaps.push(gapOf(comparison));
    }
  }
  return [...tallies.values()].sort(
    (x, y) => byKitOrder(x.kits[0], y.kits[0]) || byKitOrder(x.kits[1], y.kits[1]),
  );
}

/** "all 9 cases", "3 of 9 cases", "both cases", "the one case". */
function howMany(count: number, total: number, noun: string): string {
  if (total === 1) return `the one ${noun.replace(/s$/, "")}`;
  if (count < total) return `${count} of ${total} ${noun}`;
  return total === 2 ? `both ${noun}` : `all ${total} ${noun}`;
}
const onHowMany = (count: number, total: number, noun: string) =>
  `on ${howMany(count, total, noun)}`;

interface Wording {
  total: number;
  noun: string;
  words: { phrase: string; short: string };
  label: (id: TargetId) => string;
}

/** The pair's clause, or undefined when no figure ranked or tied them. */
function pairClause(tally: PairTally, { total, noun, words, label }: Wording): string | undefined {
  const [x, y] = tally.kits;
  const [aheadX, aheadY] = [tally.ahead.get(x) ?? 0, tally.ahead.get(y) ?? 0];
  const compared = aheadX + aheadY + tally.ties;
  if (compared === 0) return undefined;
  const gaps = tally.allExact ? tally.exactGaps : [];
  const known = gaps.every((gap) => gap !== undefined) ? (gaps as number[]) : [];
  const largestGap = known.length > 0 ? Math.max(...known) : undefined;
  const pair = `${label(x)} and ${label(y)}`;
  if (aheadX + aheadY > 0 && largestGap !== undefined && largestGap < closeShare) {
    return `${pair} differ by under ${formatPercent(closeShare)} ${onHowMany(compared, total, noun)}`;
  }
  if (aheadX > 0 && aheadY > 0) {
    return `${pair} split: ${label(x)} ${words.short} on ${aheadX}, ${label(y)} on ${aheadY} of ${total} ${noun}`;
  }
  if (aheadX === 0 && aheadY === 0) {
    const level = tally.allExact ? "identical" : "level within the noise";
    return `${pair} are ${level} ${onHowMany(tally.ties, total, noun)}`;
  }
  const [winner, loser, wins] = aheadX > 0 ? [x, y, aheadX] : [y, x, aheadY];
  const margin = largestGap === undefined ? "" : ` (by up to ${formatPercent(largestGap)})`;
  return `${label(winner)} is ${words.phrase} ${label(loser)} ${onHowMany(wins, total, noun)}${margin}`;
}

/** How many figures have a pair left unranked for this reason. */
const unrankedFor = (metrics: readonly Metric[], reason: Comparison["reason"]) =>
  metrics.filter((metric) => metric.comparisons.some((comparison) => comparison.reason === reason))
    .length;

/**
 * What the dimension's comparisons support, e.g. "vanilla-extract is faster than
 * styled-components on 3 of 9 cases; no other pair can be ranked; on 4 of 9 cases a kit is too
 * noisy to rank." — for a place that already names the dimension.
 */
export function verdictFindings(
  dimension: Dimension,
  metrics: readonly Metric[],
  label: (id: TargetId) => string,
): string {
  const total = metrics.length;
  const oneFigurePerRow = new Set(metrics.map((metric) => metric.group)).size === total;
  const noun = oneFigurePerRow ? rowNouns[dimension] : "figures";
  const tallies = tallyPairs(metrics);
  if (tallies.length === 0) return "fewer than two kits measured, so nothing to rank.";

  const wording = { total, noun, words: aheadWords[dimension] ?? ahead, label };
  const clauses = tallies.flatMap((tally) => pairClause(tally, wording) ?? []);
  const unranked = tallies.length - clauses.length;
  if (unranked > 0) {
    clauses.push(
      clauses.length === 0 ? "no pair of kits can be ranked" : "no other pair can be ranked",
    );
  }
  const tooNoisy = unrankedFor(metrics, "too-noisy");
  const tooFew = unrankedFor(metrics, "too-few-samples");
  if (tooNoisy > 0) clauses.push(`${onHowMany(tooNoisy, total, noun)} a kit is too noisy to rank`);
  if (tooFew > 0)
    clauses.push(`${onHowMany(tooFew, total, noun)} there are too few samples to rank`);
  return `${clauses.join("; ")}.`;
}

/** The dimension's verdict: "Interactions: vanilla-extract is faster than …". */
export function dimensionVerdict(
  dimension: Dimension,
  metrics: readonly Metric[],
  label: (id: TargetId) => string,
): string {
  return `${dimensionNames[dimension]}: ${verdictFindings(dimension, metrics, label)}`;
}
