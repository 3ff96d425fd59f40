// A run comparison as Markdown for a pull-request comment: why the runs may not be comparable,
// the figures that really changed, the rankings that flipped, what only one run has, and every
// figure behind a disclosure.
import {
  formatDifference,
  formatPercent,
  formatRatio,
  formatRatioInterval,
  formatValue,
} from "../report/format";
import { markdownTable } from "../report/markdown-table";
import type { BenchResults, TargetId } from "../results/schema";
import type { ChangeVerdict, FigureChange, RunComparison } from "./compare";

const verdictWords: Record<ChangeVerdict, string> = {
  better: "**better**",
  worse: "**worse**",
  unchanged: "unchanged",
  "within-noise": "within the noise",
  "too-noisy": "too noisy to tell",
  "too-few-samples": "too few samples to tell",
};

function runLine(name: string, results: BenchResults): string {
  const { commit, dirty } = results.environment;
  return `${name}: \`${results.runId}\` · commit \`${commit}\`${dirty ? " (uncommitted changes)" : ""} · ${results.profile} profile, ${results.bundler}`;
}

/** "+2.2 kB (+2.2 %)" for exact figures; "×1.05 (×1.02–1.08)" for noisy ones with an interval. */
function changeText(change: FigureChange): string {
  const [before, after] = [change.before.median, change.after.median];
  const difference = formatDifference(after - before, change.unit);
  if (before === 0) return difference;
  if (change.exact) {
    return `${difference} (${after < before ? "−" : "+"}${formatPercent((after - before) / before)})`;
  }
  return change.ratio
    ? `${formatRatio(change.ratio.median)} (${formatRatioInterval(change.ratio)})`
    : formatRatio(after / before);
}

function changeTable(changes: readonly FigureChange[], label: (id: TargetId) => string): string {
  return markdownTable(
    ["Figure", "Target", "Before", "After", "Change", ""],
    changes.map((change) => [
      `${change.group} · ${change.label}`,
      label(change.target),
      formatValue(change.before.median, change.unit),
      formatValue(change.after.median, change.unit),
      changeText(change),
      verdictWords[change.verdict],
    ]),
    4,
  );
}

function onlyIn(name: string, only: RunComparison["onlyBefore"], label: (id: TargetId) => string) {
  return [
    ...only.targets.map(
      (target) => `- Only ${name}: ${label(target)} (measured in one run, not the other)`,
    ),
    ...only.metrics.map((metric) => `- Only ${name}: \`${metric}\``),
  ];
}

export function renderComparison(comparison: RunComparison): string {
  const { before, after } = comparison;
  const labels = new Map(
    [...before.targets, ...after.targets].map((target) => [target.id, target.label]),
  );
  const label = (id: TargetId) => labels.get(id) ?? id;
  const real = comparison.changes.filter(
    (change) => change.verdict === "better" || change.verdict === "worse",
  );
  const parts = [
    "## What changed between two benchmark runs",
    [runLine("Before", before), runLine("After", after)].join("  \n"),
  ];
  if (comparison.warnings.length > 0) {
    parts.push(
      [
        "> [!WARNING]",
        "> The runs differ in more than the code, so a change may come from these:",
        ...comparison.warnings.map((warning) => `> - ${warning}`),
      ].join("\n"),
    );
  }
  parts.push(`### Real changes (${real.length} of ${comparison.changes.length} figures)`);
  parts.push(
    real.length > 0
      ? changeTable(real, label)
      : "No figure changed beyond its noise (exact figures: not at all).",
  );
  parts.push("### Rankings that flipped");
  parts.push(
    comparison.flipped.length > 0
      ? comparison.flipped
          .map(
            (flip) =>
              `- \`${flip.metric}\` (${flip.label}), ${label(flip.pair[0])} against ${label(flip.pair[1])}: before ${label(flip.first)} ahead, after ${label(flip.second)} ahead`,
          )
          .join("\n")
      : "None: every pair both runs rank, they rank the same way.",
  );
  const only = [
    ...onlyIn("before", comparison.onlyBefore, label),
    ...onlyIn("after", comparison.onlyAfter, label),
  ];
  if (only.length > 0) parts.push("### In one run only", only.join("\n"));
  const moved = comparison.changes.filter(
    (change) => change.before.median !== change.after.median || real.includes(change),
  );
  if (moved.length > 0) {
    parts.push(
      `<details><summary>Every figure whose median moved, within the noise or not (${moved.length})</summary>\n\n${changeTable(moved, label)}\n\n</details>`,
    );
  }
  const same = comparison.changes.length - moved.length;
  if (same > 0) parts.push(`${same} figures have the same median in both runs.`);
  return `${parts.join("\n\n")}\n`;
}
