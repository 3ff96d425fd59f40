// Mistakes caught (issue 7): the measurement that runs every mistake in every measured kit, writes
// the checks that keep the manifest true where the test runner counts them, and hands the table and
// the counts to the report. A difference from the manifest does not stop the run (the table still
// shows what was observed): `mistakeChecksFailed()` tells the bench to exit non-zero.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../config/targets";
import type { Measurement, MeasurementOutput, RunContext } from "../../run/run-context";
import { checkRun, writeCheckSummary } from "./expectations";
import { mistakeKits } from "./manifest";
import { mistakesMetrics, mistakesTable } from "./mistake-results";
import { mistakes } from "./mistakes";
import { runMistakes } from "./run-mistakes";
import { mistakeSettings } from "./settings";

/** The checks' counts and failures, in the shape `npm test` adds to its closing line. */
export const mistakeSummaryFile = join(repoRoot, "benchmarks", ".test-results", "mistakes.json");

/**
 * The mistakes in the kits asked for (the served, standing kits of the run). Needs no browser and
 * no server: only the profile, the targets' ids and a log.
 */
export async function checkMistakes(
  context: Pick<RunContext, "profile" | "targets" | "log">,
): Promise<MeasurementOutput> {
  rmSync(mistakeSummaryFile, { force: true });
  const served = new Set(context.targets.map((target) => target.target.id));
  const run = await runMistakes({
    mistakes,
    kits: mistakeKits.filter((kit) => served.has(kit)),
    settings: mistakeSettings[context.profile.name],
    log: context.log,
  });
  const checks = checkRun(run);
  writeCheckSummary(mistakeSummaryFile, checks);
  for (const failure of checks.flatMap((check) => check.failures)) context.log(`✗ ${failure}`);
  context.log(`mistakes: ${run.observations.length} made in ${run.seconds.toFixed(0)} s`);
  return { metrics: mistakesMetrics(run, mistakes), tables: [mistakesTable(run, mistakes)] };
}

export const measureMistakes: Measurement = (context) => checkMistakes(context);

/** Whether this run's mistake checks failed (false when they did not run). */
export function mistakeChecksFailed(file = mistakeSummaryFile): boolean {
  if (!existsSync(file)) return false;
  const summary = JSON.parse(readFileSync(file, "utf8")) as { numFailedTests: number };
  return summary.numFailedTests > 0;
}
