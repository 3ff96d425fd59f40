// The change check as the report shows it: a row per task, whether its patches are sound, whether
// the toolchain passed on the copy it was checked on, and how many of its stories the three kits
// render alike. The failures' details are in the summary file and the run's log.
import type { ResultsTable } from "../../results/schema";
import type { CheckOutcome, CheckStep } from "./check-outcome";
import type { ChangeTask } from "./manifest";

export interface ChangeCheckResult {
  outcomes: readonly CheckOutcome[];
  /** The tasks checked together on one copy, group by group. */
  groups: readonly (readonly string[])[];
  seconds: number;
}

function cell(outcomes: readonly CheckOutcome[], step: CheckStep): string {
  const ofStep = outcomes.filter((outcome) => outcome.step === step);
  if (ofStep.length === 0) return "not checked";
  const failures = ofStep.filter((outcome) => !outcome.passed).length;
  if (step === "parity") return `${ofStep.length - failures} of ${ofStep.length} alike`;
  return failures === 0 ? "passed" : `${failures} failed`;
}

export function changeCheckTable(
  tasks: readonly ChangeTask[],
  { outcomes, groups, seconds }: ChangeCheckResult,
): ResultsTable {
  const failures = outcomes.filter((outcome) => !outcome.passed).length;
  const stacked =
    groups.length === 1
      ? "all tasks stacked on one copy"
      : `tasks checked in ${groups.length} groups: ${groups.map((group) => group.join(" + ")).join("; ")}`;
  return {
    id: "maintainability/changes-check",
    dimension: "maintainability",
    title: "Change patches checked: sound, through the toolchain, and the three kits still alike",
    columns: [
      "Task",
      "Patches (own files only, apply to HEAD)",
      "Type check, lint, tests, Storybook build",
      "Stories in light and dark, pixel for pixel",
    ],
    rows: tasks.map((task) => {
      const own = outcomes.filter((outcome) => outcome.tasks.includes(task.id));
      return [task.title, cell(own, "patches"), cell(own, "toolchain"), cell(own, "parity")];
    }),
    note:
      `${outcomes.length - failures} of ${outcomes.length} checks passed in ${seconds.toFixed(0)} s, ` +
      `${stacked}; a group's toolchain result speaks for every task in it.`,
  };
}
