// Change cost, the maintainability measurement: what each of the fixed change requests cost in
// each kit (files touched, lines changed: the cost table and exact metrics), and the CI check that
// keeps the patches true (they apply to HEAD, type-check, lint, build, and the three patched kits
// still look the same). The check's outcomes go to benchmarks/.test-results/changes.json, in the
// shape the test command counts, and `changeCheckFailed()` tells the bench to exit non-zero.
import { join } from "node:path";
import type { Profile } from "../../config/profiles";
import { repoRoot } from "../../config/targets";
import type { Measurement } from "../../run/run-context";
import { runChangeCheck } from "./change-check";
import { changeCostMetrics, changeCostTable, readTaskCosts } from "./change-cost";
import { type CheckOutcome, failed, writeChangeCheckSummary } from "./check-outcome";
import { changeCheckSettings } from "./check-settings";
import { changeCheckTable } from "./check-table";
import { readChangeManifest } from "./manifest";

export const changeCheckSummaryFile = join(repoRoot, "benchmarks", ".test-results", "changes.json");

let lastOutcomes: readonly CheckOutcome[] | undefined;

/** True when the last change check in this process had a failure (a patch that rots, breaks…). */
export function changeCheckFailed(): boolean {
  return (lastOutcomes ?? []).some((outcome) => !outcome.passed);
}

/** The method in a few lines, for the report. */
export function describeChangeCost(profile: Profile["name"]): string[] {
  const { typeCheck, unitTests } = changeCheckSettings[profile];
  const tests =
    unitTests === "every-touched-package"
      ? " the touched packages' tests,"
      : unitTests.length > 0
        ? ` the tests of ${unitTests.join(", ")} when touched,`
        : "";
  return [
    "Change cost: five change requests (rebrand, a new status, a compact density, a table as " +
      "cards on phones, a new dark-themed component), each done in every kit as a patch against " +
      "HEAD, with what is no kit's (tokens and the generated Tailwind theme, the ui-core contract, " +
      "labels, stories, the unstyled floor) in a shared patch; files touched and lines added and " +
      "removed per kit are git apply --numstat's counts, the shared part shown apart.",
    "CI applies every task to a clean copy of HEAD, then all tasks together on one copy: " +
      `${typeCheck === "combined" ? "one TypeScript program over the touched packages" : "tsc on each touched package"}` +
      `, Biome on the changed files,${tests} one ` +
      "static Storybook build, and each task's stories rendered in the three kits at its " +
      "viewport, light and dark, compared pixel for pixel (0.1 % budget), failing too on a story " +
      "error or an axe violation.",
  ];
}

export const measureChangeCost: Measurement = async (context) => {
  const manifest = readChangeManifest();
  const { costs, unreadable } = readTaskCosts(manifest);
  const report = await runChangeCheck({
    profile: context.profile.name,
    browser: context.browser,
    manifest,
    costs,
    outDir: join(context.outDir, "changes"),
    log: context.log,
  });
  const outcomes = [
    ...unreadable.map(({ task, reason }) =>
      failed(
        { name: `${task.id}: the patches can be read`, step: "patches", tasks: [task.id] },
        reason,
      ),
    ),
    ...report.outcomes,
  ];
  lastOutcomes = outcomes;
  writeChangeCheckSummary(changeCheckSummaryFile, outcomes);
  context.log(
    `change check: ${outcomes.filter((outcome) => outcome.passed).length} passed, ` +
      `${outcomes.filter((outcome) => !outcome.passed).length} failed, in ${report.seconds.toFixed(0)} s`,
  );
  return {
    metrics: changeCostMetrics(costs),
    tables: [changeCostTable(costs), changeCheckTable(manifest.tasks, { ...report, outcomes })],
  };
};
