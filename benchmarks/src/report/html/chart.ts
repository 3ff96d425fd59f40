// A dot-and-whisker chart for one group of figures (a route, an interaction case): a panel per
// figure, a row per kit with its median as a dot and its 95 % interval as a whisker, and the
// floor's median as a dashed reference line. Drawn by hand as SVG: it is a few lines and circles,
// and the charting libraries that render SVG in Node without a DOM (Vega and the like) would add
// megabytes of dependencies and an asynchronous renderer for what is a handful of shapes.
// d3-array supplies the round axis ticks.
import { nice, ticks } from "d3-array";
import type { Metric, TargetId, Unit } from "../../results/schema";
import type { Statistics } from "../../stats/figure";
import { markOf } from "../cell";
import { formatValue } from "../format";
import { html, type Markup } from "./markup";

export interface ChartTarget {
  id: TargetId;
  label: string;
}

const width = 460;
const labelWidth = 128;
const valueWidth = 86;
const plotLeft = labelWidth;
const plotRight = width - valueWidth;
/** The figure's label, and below it room for the floor line's own label. */
const titleHeight = 32;
const rowHeight = 20;
const axisHeight = 20;
const panelGap = 10;

const round = (value: number) => Math.round(value * 10) / 10;

const tickNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** Axis labels kept short: round numbers, the unit once, on the last tick ("0 100 200 300 ms"). */
function tickLabels(values: readonly number[], unit: Unit): string[] {
  const inKilobytes = unit === "bytes" && Math.max(...values) >= 1_000;
  const scale = inKilobytes ? 1_000 : 1;
  const suffix = unit === "bytes" ? (inKilobytes ? " kB" : " B") : (tickUnits[unit] ?? "");
  return values.map(
    (value, index) =>
      `${tickNumber.format(value / scale)}${index === values.length - 1 ? suffix : ""}`,
  );
}
const tickUnits: Partial<Record<Unit, string>> = {
  ms: " ms",
  s: " s",
  MB: " MB",
  "requests/s": " req/s",
};

/** The x domain: from 0 (a dot's distance from 0 is its size) to a round number past the widest. */
function domainOf(metric: Metric): [number, number] {
  const values = Object.values(metric.summaries).flatMap((summary) =>
    summary ? [summary.value.high, summary.value.low] : [],
  );
  const [low, high] = nice(Math.min(0, ...values), Math.max(...values, 0), 4);
  return high > low ? [low, high] : [low, low + 1];
}

function panel(
  metric: Metric,
  kits: readonly ChartTarget[],
  top: number,
  statistics: Statistics,
): Markup {
  const [from, to] = domainOf(metric);
  const x = (value: number) =>
    round(plotLeft + ((value - from) / (to - from)) * (plotRight - plotLeft));
  const rowsTop = top + titleHeight;
  const rowsBottom = rowsTop + kits.length * rowHeight;
  const floor = metric.summaries.floor;
  const tickValues = ticks(from, to, 4);
  const labels = tickLabels(tickValues, metric.unit);
  const gridlines = tickValues.map(
    (
      tick,
      index,
    ) => html`<line class="grid" x1="${x(tick)}" x2="${x(tick)}" y1="${rowsTop}" y2="${rowsBottom}"/>
      <text class="tick" x="${x(tick)}" y="${rowsBottom + 14}">${labels[index]}</text>`,
  );
  const rows = kits.map((kit, index) => {
    const y = round(rowsTop + index * rowHeight + rowHeight / 2);
    const summary = metric.summaries[kit.id];
    const label = html`<text class="kit" x="0" y="${y + 4}">${kit.label}</text>`;
    if (!summary) {
      return html`${label}<text class="value missing" x="${width}" y="${y + 4}">not measured</text>`;
    }
    const { median, low, high } = summary.value;
    const mark = markOf(summary, statistics);
    const best = summary.ratioToBest?.median === 1;
    const whisker =
      low === high
        ? ""
        : html`<line class="whisker" x1="${x(low)}" x2="${x(high)}" y1="${y}" y2="${y}"/>
          <line class="whisker" x1="${x(low)}" x2="${x(low)}" y1="${y - 4}" y2="${y + 4}"/>
          <line class="whisker" x1="${x(high)}" x2="${x(high)}" y1="${y - 4}" y2="${y + 4}"/>`;
    return html`<g class="target-${kit.id}${mark ? " not-ranked" : ""}">${label}${whisker}
      <circle cx="${x(median)}" cy="${y}" r="4.5"/>
      <text class="value${best ? " best" : ""}" x="${width}" y="${y + 4}">${formatValue(median, metric.unit)}${mark ? ` ${mark}` : ""}</text></g>`;
  });
  const floorLine =
    floor &&
    html`<line class="floor" x1="${x(floor.value.median)}" x2="${x(floor.value.median)}" y1="${rowsTop - 4}" y2="${rowsBottom}"/>
      <text class="floor-label" x="${x(floor.value.median)}" y="${rowsTop - 6}">floor</text>`;
  const direction = metric.better === "higher" ? " (higher is better)" : "";
  return html`<text class="panel-title" x="0" y="${top + 12}">${metric.label}${direction}</text>
    ${gridlines}${floorLine}${rows}`;
}

const panelHeight = (kits: number) => titleHeight + kits * rowHeight + axisHeight;

/** One SVG for a group's figures, a panel each, with the group as its accessible name. */
export function groupChart(
  group: string,
  metrics: readonly Metric[],
  kits: readonly ChartTarget[],
  statistics: Statistics,
): Markup {
  const step = panelHeight(kits.length) + panelGap;
  const height = metrics.length * step - panelGap;
  const panels = metrics.map((metric, index) => panel(metric, kits, index * step, statistics));
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${group}: median and 95 % interval per kit, floor as a dashed line">${panels}</svg>`;
}
