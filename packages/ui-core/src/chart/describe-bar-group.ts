import type { BarGroup, BarSeries } from "../components/chart";

/** A group's value in a series (0 when the group has none). */
export function barSeriesValue(group: BarGroup, series: BarSeries): number {
  return group.values[series.id] ?? 0;
}

/** A bar group's accessible description: "Nov 2: Gross $1.00, Fees −$0.10, Net $0.90". */
export function describeBarGroup(
  group: BarGroup,
  series: readonly BarSeries[],
  formatValue: (value: number) => string,
): string {
  const values = series.map((s) => `${s.label} ${formatValue(barSeriesValue(group, s))}`);
  return `${group.label}: ${values.join(", ")}`;
}
