// Figures in human units, the same in every output (Markdown, HTML, compare, budgets): kilobytes
// with one decimal, milliseconds with one decimal, scores 0–100 whole.
import type { Interval, Unit } from "../results/schema";

const number = (digits: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const whole = number(0);
const oneDecimal = number(1);
const twoDecimals = number(2);
const threeDecimals = number(3);

/** A true minus sign: it lines up with the plus in a column of differences. */
const minus = "−";

function magnitude(value: number, unit: Unit): string {
  const absolute = Math.abs(value);
  switch (unit) {
    case "bytes":
      return absolute < 1_000
        ? `${whole.format(absolute)} B`
        : `${oneDecimal.format(absolute / 1_000)} kB`;
    case "ms":
      return `${oneDecimal.format(absolute)} ms`;
    case "s":
      return `${twoDecimals.format(absolute)} s`;
    case "MB":
      return `${oneDecimal.format(absolute)} MB`;
    case "score":
      return whole.format(absolute);
    case "ratio":
      return threeDecimals.format(absolute);
    case "count":
      return whole.format(absolute);
    case "requests/s":
      return `${whole.format(absolute)} req/s`;
  }
}

export function formatValue(value: number, unit: Unit): string {
  return `${value < 0 ? minus : ""}${magnitude(value, unit)}`;
}

/** A signed difference: "+41.2 kB", "−0.4 ms", "±0 B". */
export function formatDifference(difference: number, unit: Unit): string {
  if (difference === 0) return `±${magnitude(0, unit)}`;
  return `${difference > 0 ? "+" : minus}${magnitude(difference, unit)}`;
}

/** "×1.42" */
export function formatRatio(ratio: number): string {
  return `×${twoDecimals.format(ratio)}`;
}

/** "×1.38–1.47" */
export function formatRatioInterval({ low, high }: Interval): string {
  return `×${twoDecimals.format(low)}–${twoDecimals.format(high)}`;
}

/** A share as a percentage: 0.412 → "41 %", 0.004 → "0.4 %". */
export function formatPercent(share: number): string {
  const percent = Math.abs(share) * 100;
  return `${percent < 1 ? oneDecimal.format(percent) : whole.format(percent)} %`;
}

/** "±1.9" — half the interval's width, in the figure's unit, for a tight interval. */
export function formatHalfWidth({ low, high }: Interval, unit: Unit): string {
  return `±${magnitude((high - low) / 2, unit)}`;
}

/** "[22.4–150.2 ms]" — both ends, for an interval too wide or lopsided to halve. */
export function formatRange({ low, high }: Interval, unit: Unit): string {
  const [from, to] = [formatValue(low, unit), formatValue(high, unit)];
  const suffix = to.replace(/^[−\d.,]+/, "");
  return `[${suffix && from.endsWith(suffix) ? from.slice(0, -suffix.length) : from}–${to}]`;
}
