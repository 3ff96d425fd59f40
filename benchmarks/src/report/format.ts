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

/** Two decimals; three within half a percent of 1, so a ratio that is not 1 never reads as 1. */
function ratioDigits(ratio: number): string {
  const close = ratio !== 1 && Math.abs(ratio - 1) < 0.005;
  return (close ? threeDecimals : twoDecimals).format(ratio);
}

/** "×1.42", "×1.004" */
export function formatRatio(ratio: number): string {
  return `×${ratioDigits(ratio)}`;
}

/** "×1.38–1.47", "×1.002–1.04" */
export function formatRatioInterval({ low, high }: Interval): string {
  return `×${ratioDigits(low)}–${ratioDigits(high)}`;
}

const upToOneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A share as a percentage, a decimal below 10 %: 0.412 → "41 %", 0.0218 → "2.2 %", 0.01 → "1 %". */
export function formatPercent(share: number): string {
  const percent = Math.abs(share) * 100;
  return `${percent < 10 ? upToOneDecimal.format(percent) : whole.format(percent)} %`;
}

/** The unit's suffix ("ms", "kB"), which the figure beside a spread already shows. */
const suffixOf = (formatted: string) => formatted.replace(/^[−\d.,]+/, "");

/** `text` without the unit `figure` already shows: "±1.9 ms" beside "122.8 ms" is "±1.9". */
function withoutSharedUnit(text: string, figure: string): string {
  const suffix = suffixOf(figure);
  return suffix && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

/** "±1.9" — half the interval's width, for a tight interval; in the figure's unit. */
export function formatHalfWidth({ median: figure, low, high }: Interval, unit: Unit): string {
  return `±${withoutSharedUnit(magnitude((high - low) / 2, unit), formatValue(figure, unit))}`;
}

/** "[22.4–150.2]" — both ends, for an interval too wide or lopsided to halve. */
export function formatRange({ median: figure, low, high }: Interval, unit: Unit): string {
  const reference = formatValue(figure, unit);
  const [from, to] = [formatValue(low, unit), formatValue(high, unit)];
  return `[${withoutSharedUnit(from, reference)}–${withoutSharedUnit(to, reference)}]`;
}
