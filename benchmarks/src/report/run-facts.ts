// What a reader needs to know of a run before its figures, in one line each: which run, on what
// software, on what machine — and which targets the tables have a column for.
import {
  type BenchResults,
  type Dimension,
  dimensions,
  type Target,
  targetIds,
} from "../results/schema";

/** The measured targets, kits in their usual order and the floor last. */
export function reportTargets(results: BenchResults): Target[] {
  return results.targets
    .filter((target) => target.status === "measured")
    .sort((a, b) => targetIds.indexOf(a.id) - targetIds.indexOf(b.id));
}

/** The dimensions the run measured or has tables for, in the usual order. */
export function reportDimensions(results: BenchResults): Dimension[] {
  return dimensions.filter(
    (dimension) =>
      results.dimensions.includes(dimension) ||
      results.metrics.some((metric) => metric.dimension === dimension) ||
      results.tables.some((table) => table.dimension === dimension),
  );
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

function duration(from: string, to: string): string {
  const minutes = Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function describeRun(results: BenchResults): string {
  const { commit, dirty } = results.environment;
  return [
    `Run \`${results.runId}\``,
    `${dateTime.format(new Date(results.startedAt))} UTC (${duration(results.startedAt, results.finishedAt)})`,
    `commit \`${commit}\`${dirty ? " with uncommitted changes" : ""}`,
  ].join(" · ");
}

/** The software the figures depend on most; every package version is in the HTML report. */
const headlinePackages = [
  "next",
  "react",
  "tailwindcss",
  "@vanilla-extract/css",
  "styled-components",
];

export function describeVersions(results: BenchResults): string {
  const { node, chromium, packages } = results.environment;
  const versions = headlinePackages
    .filter((name) => packages[name])
    .map((name) => `${name} ${packages[name]}`);
  return [`Node ${node}`, `Chromium ${chromium}`, ...versions].join(" · ");
}

export function describeMachine(results: BenchResults): string {
  const { cpu, memoryGiB, os } = results.environment;
  return `${cpu.model}, ${cpu.cores} cores, ${memoryGiB} GiB, ${os}`;
}
