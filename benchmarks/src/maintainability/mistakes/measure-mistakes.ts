// Mistakes caught (issue 7): the measurement that runs every mistake in every measured kit, writes
// the checks that keep the manifest true where the test runner counts them, and hands the table and
// the counts to the report. A difference from the manifest does not stop the run (the table still
// shows what was observed): `mistakeChecksFailed()` tells the bench to exit non-zero.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Profile } from "../../config/profiles";
import { repoRoot } from "../../config/targets";
import type { TargetId } from "../../results/schema";
import type { Measurement, MeasurementOutput } from "../../run/run-context";
import { checkRun, writeCheckSummary } from "./expectations";
import { mistakeKits } from "./manifest";
import { mistakesMetrics, mistakesTable } from "./mistake-results";
import { mistakes } from "./mistakes";
import { runMistakes } from "./run-mistakes";
import { mistakeSettings } from "./settings";

/** The checks' counts and failures, in the shape `npm test` adds to its closing line. */
export const mistakeSummaryFile = join(repoRoot, "benchmarks", ".test-results", "mistakes.json");

/**
 * Every mistake in the kits given, checked against the manifest. Needs no browser and no server,
 * so CI can run it on its own as well as inside a bench run.
 */
export async function checkMistakes(options: {
  profile: Profile;
  /** The targets to check; the floor, which has no styling to get wrong, is left out. */
  kits: readonly TargetId[];
  log(message: string): void;
}): Promise<MeasurementOutput> {
  rmSync(mistakeSummaryFile, { force: true });
  const run = await runMistakes({
    mistakes,
    kits: mistakeKits.filter((kit) => options.kits.includes(kit)),
    settings: mistakeSettings[options.profile.name],
    log: options.log,
  });
  const checks = checkRun(run);
  writeCheckSummary(mistakeSummaryFile, checks);
  for (const failure of checks.flatMap((check) => check.failures)) options.log(`✗ ${failure}`);
  options.log(`mistakes: ${run.observations.length} made in ${run.seconds.toFixed(0)} s`);
  return { metrics: mistakesMetrics(run, mistakes), tables: [mistakesTable(run, mistakes)] };
}

/** The mistakes in the run's measured kits (those served and not refused by the parity gate). */
export const measureMistakes: Measurement = ({ profile, targets, log }) =>
  checkMistakes({ profile, kits: targets.map((served) => served.target.id), log });

/** Whether this run's mistake checks failed (false when they did not run). */
export function mistakeChecksFailed(file = mistakeSummaryFile): boolean {
  if (!existsSync(file)) return false;
  const summary = JSON.parse(readFileSync(file, "utf8")) as { numFailedTests: number };
  return summary.numFailedTests > 0;
}
