// The run as Markdown, short enough for a CI job summary or a pull-request comment: what was run
// where, then per dimension its verdict and one table (kits and the floor as columns).
import { profiles } from "../config/profiles";
import type { BenchResults, Dimension, Metric, ResultsTable, TargetId } from "../results/schema";
import type { Statistics } from "../stats/figure";
import { dimensionNames, verdictFindings } from "../stats/verdict";
import { type Cell, cellOf, notRankedMarks } from "./cell";
import { formatPercent } from "./format";
import { headlineMetrics } from "./headline";
import { markdownTable } from "./markdown-table";
import {
  describeMachine,
  describeRun,
  describeVersions,
  reportDimensions,
  reportTargets,
} from "./run-facts";

function cellText(cell: Cell | undefined): string {
  if (!cell) return "—";
  const figure = [cell.value, cell.spread, cell.mark].filter(Boolean).join(" ");
  const parts = [cell.best ? `**${figure}** best` : figure];
  if (cell.ratioToBest) parts.push(cell.ratioToBest);
  if (cell.overFloor) parts.push(`${cell.overFloor} vs floor`);
  return parts.join(" · ");
}

function figureLabel(metric: Metric): string {
  const direction = metric.better === "higher" ? " ↑" : "";
  return `${metric.label}${direction}${metric.note ? ` (${metric.note})` : ""}`;
}

function metricsTable(
  metrics: readonly Metric[],
  targets: readonly { id: TargetId; label: string }[],
  statistics: Statistics,
): string {
  const rows = metrics.map((metric, index) => [
    index > 0 && metrics[index - 1]?.group === metric.group ? "" : metric.group,
    figureLabel(metric),
    ...targets.map((target) => cellText(cellOf(metric, target.id, statistics))),
  ]);
  return markdownTable(
    ["", "Figure", ...targets.map((target) => target.label)],
    rows,
    targets.length,
  );
}

function resultsTable(resultsTable: ResultsTable): string {
  const note = resultsTable.note ? `\n\n_${resultsTable.note}_` : "";
  return `#### ${resultsTable.title}\n\n${markdownTable(resultsTable.columns, resultsTable.rows)}${note}`;
}

function legend(statistics: Statistics): string {
  return [
    "Each cell: median ± half its 95 % bootstrap interval · ×ratio to the best kit · the kit against the floor (the same screens unstyled: bytes as a difference, times as a ratio).",
    "↑ Higher is better: the best is the highest, and the others' ratios fall below ×1.00.",
    `${notRankedMarks.tooNoisy} Too noisy to rank: the interval is wider than ${formatPercent(statistics.maxRelativeWidth)} of the median (both ends shown).`,
    `${notRankedMarks.tooFewSamples} Too few samples to rank (fewer than ${statistics.minSamplesToRank}).`,
  ].join("  \n");
}

function dimensionSection(
  results: BenchResults,
  dimension: Dimension,
  statistics: Statistics,
): string | undefined {
  const metrics = headlineMetrics(dimension, results.metrics);
  const tables = results.tables.filter((candidate) => candidate.dimension === dimension);
  if (metrics.length === 0 && tables.length === 0) return undefined;
  const targets = reportTargets(results);
  const label = (id: TargetId) => targets.find((target) => target.id === id)?.label ?? id;
  const parts = [`### ${dimensionNames[dimension]}`];
  if (metrics.length > 0) {
    parts.push(`**Verdict:** ${verdictFindings(dimension, metrics, label)}`);
    parts.push(metricsTable(metrics, targets, statistics));
    const all = results.metrics.filter((metric) => metric.dimension === dimension).length;
    if (all > metrics.length) {
      parts.push(
        `_${metrics.length} of ${all} figures shown; every figure is in the HTML report._`,
      );
    }
  }
  parts.push(...tables.map(resultsTable));
  return parts.join("\n\n");
}

function refusals(results: BenchResults): string | undefined {
  const refused = results.targets.filter((target) => target.status === "refused");
  if (refused.length === 0) return undefined;
  const lines = refused.map(
    (target) => `> **${target.label} was not measured:** ${target.reason ?? "refused"}`,
  );
  return ["> [!WARNING]", ...lines].join("\n");
}

function parityLine(results: BenchResults): string | undefined {
  const { parity } = results;
  if (parity.length === 0) return undefined;
  const failed = parity.filter((check) => !check.passed);
  if (failed.length === 0) {
    return parity.length === 1
      ? "Parity: the one check passed."
      : `Parity: all ${parity.length} checks passed.`;
  }
  const listed = failed.map(
    (check) =>
      `${check.target} on ${check.route} (${check.check} against ${check.against}): ${check.detail}`,
  );
  return `Parity: ${failed.length} of ${parity.length} checks failed — ${listed.join("; ")}.`;
}

export function renderMarkdown(results: BenchResults): string {
  const statistics = profiles[results.profile].statistics;
  const sections = reportDimensions(results).flatMap(
    (dimension) => dimensionSection(results, dimension, statistics) ?? [],
  );
  return [
    `## Styling benchmark: ${results.profile} profile, ${results.bundler}`,
    [describeRun(results), describeVersions(results), describeMachine(results)].join("  \n"),
    refusals(results),
    parityLine(results),
    legend(statistics),
    ...sections,
  ]
    .filter((part) => part !== undefined)
    .join("\n\n")
    .concat("\n");
}
