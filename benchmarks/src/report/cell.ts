// How one target's figure reads in a table cell, in the Markdown and the HTML alike: the median,
// its interval (half-width when tight, both ends when too wide to halve), a mark when it is not
// ranked, its ratio to the best kit, and what it adds over the floor.

import type { Metric, TargetId, TargetSummary, Unit } from "../results/schema";
import type { Statistics } from "../stats/figure";
import { formatDifference, formatHalfWidth, formatRange, formatRatio, formatValue } from "./format";

export const notRankedMarks = {
  tooNoisy: "†",
  tooFewSamples: "‡",
} as const;

/** Units a reader adds up (what styling adds, in bytes or MB); the others read as a multiple. */
const additiveUnits: readonly Unit[] = ["bytes", "MB", "count", "score"];

export interface Cell {
  value: string;
  /** "±1.9 ms" or "[22.4–150.2 ms]"; absent for exact figures and single samples. */
  spread?: string;
  mark?: (typeof notRankedMarks)[keyof typeof notRankedMarks];
  /** The best kit's own cell. */
  best: boolean;
  ratioToBest?: string;
  /** "+41.2 kB" or "×1.80": what the kit adds over the floor. */
  overFloor?: string;
}

export function markOf(summary: TargetSummary, statistics: Statistics): Cell["mark"] | undefined {
  if (summary.rankable) return undefined;
  return summary.n < statistics.minSamplesToRank
    ? notRankedMarks.tooFewSamples
    : notRankedMarks.tooNoisy;
}

function spreadOf(summary: TargetSummary, unit: Unit): string | undefined {
  const { value } = summary;
  if (value.low === value.high) return undefined;
  return summary.rankable ? formatHalfWidth(value, unit) : formatRange(value, unit);
}

export function cellOf(metric: Metric, target: TargetId, statistics: Statistics): Cell | undefined {
  const summary = metric.summaries[target];
  if (!summary) return undefined;
  const cell: Cell = {
    value: formatValue(summary.value.median, metric.unit),
    best: summary.ratioToBest?.median === 1 && target !== "floor",
  };
  const spread = spreadOf(summary, metric.unit);
  if (spread) cell.spread = spread;
  const mark = markOf(summary, statistics);
  if (mark) cell.mark = mark;
  if (summary.ratioToBest && !cell.best) cell.ratioToBest = formatRatio(summary.ratioToBest.median);
  const floor = metric.summaries.floor;
  if (target !== "floor" && floor) {
    cell.overFloor = additiveUnits.includes(metric.unit)
      ? formatDifference(summary.value.median - floor.value.median, metric.unit)
      : summary.ratioToFloor && formatRatio(summary.ratioToFloor.median);
  }
  return cell;
}
