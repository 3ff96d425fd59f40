// The figures the load dimension reads from one Lighthouse report, as data: the performance score,
// the five metrics Lighthouse scores, its main-thread work by task group (the
// mainthread-work-breakdown audit's rows; a group with no work reads 0) and its bootup time. A
// report with an error in any of them is refused rather than read as a number.
import { type TaskGroupIds, taskGroups } from "lighthouse/core/lib/tracehouse/task-groups.js";
import type { Unit } from "../results/schema";

export interface LoadFigure {
  /** The last part of the metric id: `load/<preset>/<route>/<figure>`. */
  figure: string;
  label: string;
  unit: Unit;
  better: "lower" | "higher";
}

/** The few parts of a Lighthouse report (LH.Result) the figures come from. */
export interface LighthouseReport {
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: { performance?: { score: number | null } };
  audits: Record<
    string,
    {
      numericValue?: number;
      errorMessage?: string;
      details?: { type: string; items?: unknown[] };
    }
  >;
}

const scoredMetrics = [
  { figure: "fcp", audit: "first-contentful-paint", label: "First Contentful Paint" },
  { figure: "lcp", audit: "largest-contentful-paint", label: "Largest Contentful Paint" },
  { figure: "tbt", audit: "total-blocking-time", label: "Total Blocking Time" },
  { figure: "speed-index", audit: "speed-index", label: "Speed Index" },
] as const;

/** Lighthouse's task groups, each under a figure name of ours. */
const groupFigures: Record<TaskGroupIds, string> = {
  scriptEvaluation: "script-evaluation",
  scriptParseCompile: "script-parse-compile",
  styleLayout: "style-layout",
  paintCompositeRender: "rendering",
  parseHTML: "parse-html",
  garbageCollection: "garbage-collection",
  other: "other",
};
const mainThreadGroups = Object.values(taskGroups).map((group) => ({
  id: group.id,
  figure: `main-thread/${groupFigures[group.id]}`,
  label: `Main thread: ${group.label}`,
}));

/** A time: milliseconds, lower is better. */
const time = ({ figure, label }: { figure: string; label: string }): LoadFigure => ({
  figure,
  label,
  unit: "ms",
  better: "lower",
});

export const loadFigures: readonly LoadFigure[] = [
  { figure: "performance-score", label: "Performance score", unit: "score", better: "higher" },
  ...scoredMetrics.map(time),
  { figure: "cls", label: "Cumulative Layout Shift", unit: "score", better: "lower" },
  time({ figure: "main-thread/total", label: "Main thread: all work" }),
  ...mainThreadGroups.map(time),
  time({ figure: "bootup-time", label: "JavaScript bootup time" }),
];

function numericValue(report: LighthouseReport, auditId: string): number {
  const audit = report.audits[auditId];
  if (!audit) throw new Error(`the report has no ${auditId} audit`);
  if (audit.errorMessage) throw new Error(`${auditId} failed: ${audit.errorMessage}`);
  if (audit.numericValue === undefined) throw new Error(`${auditId} has no value`);
  return audit.numericValue;
}

/** Every figure of `loadFigures`, by figure; throws when the run or one of its audits failed. */
export function readLoadFigures(report: LighthouseReport): Record<string, number> {
  if (report.runtimeError) {
    throw new Error(
      `Lighthouse failed (${report.runtimeError.code}): ${report.runtimeError.message}`,
    );
  }
  const score = report.categories.performance?.score;
  if (score === null || score === undefined) throw new Error("the report has no performance score");
  const figures: Record<string, number> = { "performance-score": Math.round(score * 100) };
  for (const { figure, audit } of scoredMetrics) figures[figure] = numericValue(report, audit);
  figures.cls = numericValue(report, "cumulative-layout-shift");
  figures["main-thread/total"] = numericValue(report, "mainthread-work-breakdown");
  const rows = (report.audits["mainthread-work-breakdown"]?.details?.items ?? []) as {
    group: string;
    duration: number;
  }[];
  for (const { id, figure } of mainThreadGroups) {
    figures[figure] = rows.find((row) => row.group === id)?.duration ?? 0;
  }
  figures["bootup-time"] = numericValue(report, "bootup-time");
  return figures;
}
