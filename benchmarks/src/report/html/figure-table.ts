// A dimension's figures as an HTML table: a row per figure under its group's heading row, a column
// per target, each cell as in the Markdown (median, interval, mark, ratio to the best, against the
// floor) but set out on two lines.
import type { Metric, ResultsTable } from "../../results/schema";
import type { Statistics } from "../../stats/figure";
import { type Cell, cellOf, notRankedMarks } from "../cell";
import type { ChartTarget } from "./chart";
import { html, type Markup } from "./markup";

const markTitles: Record<NonNullable<Cell["mark"]>, string> = {
  [notRankedMarks.tooNoisy]: "Too noisy to rank",
  [notRankedMarks.tooFewSamples]: "Too few samples to rank",
};

function cellMarkup(cell: Cell | undefined): Markup {
  if (!cell) return html`<td class="none">—</td>`;
  const relative = [
    cell.best ? "best" : cell.ratioToBest,
    cell.overFloor && `${cell.overFloor} vs floor`,
  ]
    .filter(Boolean)
    .join(" · ");
  return html`<td class="${cell.best ? "best" : ""}${cell.mark ? " not-ranked" : ""}">
    <span class="median">${cell.value}</span>${cell.spread ? html` <span class="spread">${cell.spread}</span>` : ""}${cell.mark ? html` <abbr class="mark" title="${markTitles[cell.mark]}">${cell.mark}</abbr>` : ""}
    ${relative ? html`<span class="relative">${relative}</span>` : ""}</td>`;
}

export function figureTable(
  metrics: readonly Metric[],
  targets: readonly ChartTarget[],
  statistics: Statistics,
): Markup {
  const groups = [...new Set(metrics.map((metric) => metric.group))];
  const body = groups.map(
    (group) => html`<tbody>
      <tr class="group"><th colspan="${targets.length + 1}" scope="rowgroup">${group}</th></tr>
      ${metrics
        .filter((metric) => metric.group === group)
        .map(
          (
            metric,
          ) => html`<tr><th scope="row">${metric.label}${metric.better === "higher" ? html` <span class="direction" title="Higher is better">↑</span>` : ""}${metric.note ? html`<span class="note">${metric.note}</span>` : ""}</th>
            ${targets.map((target) => cellMarkup(cellOf(metric, target.id, statistics)))}</tr>`,
        )}
    </tbody>`,
  );
  return html`<table class="figures">
    <thead><tr><th scope="col">Figure</th>${targets.map((target) => html`<th scope="col"><span class="swatch target-${target.id}"></span>${target.label}</th>`)}</tr></thead>
    ${body}</table>`;
}

/** A cell's text with its `code spans` (as the Markdown writes them) set as <code>. */
function withCode(text: string): Markup {
  const parts = text.split(/`([^`]+)`/);
  return html`${parts.map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

/** A table that is not figures with intervals (mistakes caught, change cost), as it comes. */
export function plainTable(table: ResultsTable): Markup {
  return html`<figure class="plain-table"><figcaption>${table.title}</figcaption>
    <table><thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>${table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${withCode(cell)}</td>`)}</tr>`)}</tbody></table>
    ${table.note ? html`<p class="note">${table.note}</p>` : ""}</figure>`;
}
