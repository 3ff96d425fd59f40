// An SVG bar chart with accessible tooltips (each bar focusable, described by its values) and
// a data-table fallback (a disclosure "Show as table").
export interface BarSeries {
  id: string;
  label: string;
  /** A token colour name from tokens' chart palette. */
  color: "gross" | "fees" | "net";
}

export interface BarGroup {
  id: string;
  /** Axis label, already formatted (e.g. "Nov 2"). */
  label: string;
  /** Values per series id, in minor units. */
  values: Record<string, number>;
}

export interface BarChartProps {
  title: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  /** Formats a value for the tooltip, axis and table. */
  formatValue: (value: number) => string;
  /** Header of the table fallback's first column (e.g. "Week of"). */
  groupHeader: string;
}
