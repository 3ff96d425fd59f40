// What CI runs so the change patches stay true: every task's patches applied to a clean copy of
// HEAD; then the tasks stacked on one copy (in as few groups as apply cleanly on top of each
// other: all of them, as written), and on each group the touched packages type-checked and linted,
// the Storybook built once, and every task's stories compared pixel for pixel across the kits.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { Profile } from "../../config/profiles";
import { createScratchCopy, type ScratchCopy } from "../scratch-copy";
import type { TaskCost } from "./change-cost";
import { type CheckOutcome, type CheckSubject, failed, passed } from "./check-outcome";
import { type ChangeCheckSettings, changeCheckSettings } from "./check-settings";
import type { ChangeCheckResult } from "./check-table";
import { type ChangeManifest, type ChangeTask, changeOwners, patchFile } from "./manifest";
import { firstLines, runCommand } from "./run-command";
import { checkStoryParity } from "./story-parity";
import { touchedPackages } from "./touched-packages";
import { planTypeCheck } from "./type-check";

export interface ChangeCheckOptions {
  profile: Profile["name"];
  browser: Browser;
  manifest: ChangeManifest;
  /** Each task's cost (its patches' files), as the cost table read them. */
  costs: readonly TaskCost[];
  /** Screenshots and diff images of the parity check. */
  outDir: string;
  log(message: string): void;
}

function patchesOf(task: ChangeTask): string[] {
  return changeOwners
    .map((owner) => patchFile(task.id, owner))
    .filter((file) => existsSync(file) && statSync(file).size > 0);
}

function applyTask(scratch: ScratchCopy, task: ChangeTask): void {
  for (const file of patchesOf(task)) scratch.apply(file);
}

/** Applies `tasks` in order to a fresh copy; the error of the first patch that does not apply. */
function applyTasks(scratch: ScratchCopy, tasks: readonly ChangeTask[]): Error | null {
  scratch.reset();
  try {
    for (const task of tasks) applyTask(scratch, task);
    return null;
  } catch (error) {
    return error as Error;
  }
}

/** Groups the tasks in order, each task joining the current group if it applies on top of it. */
function stack(scratch: ScratchCopy, tasks: readonly ChangeTask[]): ChangeTask[][] {
  const groups: ChangeTask[][] = [];
  for (const task of tasks) {
    const current = groups.at(-1);
    if (current && applyTasks(scratch, [...current, task]) === null) current.push(task);
    else groups.push([task]);
  }
  return groups;
}

function changedFiles(costs: readonly TaskCost[], tasks: readonly ChangeTask[]): string[] {
  const ids = new Set(tasks.map((task) => task.id));
  return [
    ...new Set(costs.filter(({ task }) => ids.has(task.id)).flatMap((cost) => cost.files)),
  ].sort();
}

type Log = ChangeCheckOptions["log"];

/** One group of tasks checked together on the scratch copy. */
interface GroupCheck {
  scratch: ScratchCopy;
  /** Names the group in every outcome and log line. */
  label: string;
  tasks: readonly string[];
  log: Log;
}

function toolchain({ label, tasks }: GroupCheck, what: string): CheckSubject {
  return { name: `${label}: ${what}`, step: "toolchain", tasks };
}

async function typeCheck(
  group: GroupCheck,
  packages: readonly string[],
  mode: ChangeCheckSettings["typeCheck"],
): Promise<CheckOutcome[]> {
  const { scratch, label, log } = group;
  let runs: ReturnType<typeof planTypeCheck>;
  try {
    runs = planTypeCheck(
      scratch.dir,
      packages.filter((dir) => existsSync(join(scratch.dir, dir, "tsconfig.json"))),
      mode,
    );
  } catch (error) {
    return [failed(toolchain(group, "type check"), (error as Error).message)];
  }
  const tsc = join(scratch.dir, "node_modules", ".bin", "tsc");
  const outcomes: CheckOutcome[] = [];
  for (const run of runs) {
    const subject = toolchain(group, `type check of ${run.packages.join(", ")}`);
    const result = await runCommand(tsc, ["-p", run.tsconfig], { cwd: scratch.dir });
    log(`${label}: tsc -p ${run.tsconfig} took ${result.seconds.toFixed(0)} s`);
    outcomes.push(
      result.code === 0
        ? passed(subject, `tsc in ${result.seconds.toFixed(0)} s`)
        : failed(subject, firstLines(result.output)),
    );
  }
  return outcomes;
}

async function lint(group: GroupCheck, files: readonly string[]): Promise<CheckOutcome> {
  const { scratch } = group;
  const present = files.filter((file) => existsSync(join(scratch.dir, file)));
  const subject = toolchain(
    group,
    `Biome (lint and format) on the ${present.length} changed files`,
  );
  const biome = join(scratch.dir, "node_modules", ".bin", "biome");
  const args = ["ci", "--colors=off", "--no-errors-on-unmatched", ...present];
  const result = await runCommand(biome, args, { cwd: scratch.dir });
  return result.code === 0 ? passed(subject) : failed(subject, firstLines(result.output, 40));
}

async function unitTests(group: GroupCheck, packages: readonly string[]): Promise<CheckOutcome[]> {
  const { scratch, label, log } = group;
  const outcomes: CheckOutcome[] = [];
  for (const dir of packages) {
    const vitest = join(scratch.dir, dir, "node_modules", ".bin", "vitest");
    if (!existsSync(vitest)) continue;
    const subject = toolchain(group, `the tests of ${dir}`);
    const result = await runCommand(vitest, ["run"], { cwd: join(scratch.dir, dir) });
    log(`${label}: the tests of ${dir} took ${result.seconds.toFixed(0)} s`);
    // Vitest lists every file first; what failed and why comes after its "Failed Tests" line.
    const failures = result.output.indexOf("Failed Tests");
    const why = failures >= 0 ? result.output.slice(failures) : result.output.slice(-3_000);
    outcomes.push(result.code === 0 ? passed(subject) : failed(subject, firstLines(why, 30)));
  }
  return outcomes;
}

function testedPackages(packages: readonly string[], { unitTests }: ChangeCheckSettings): string[] {
  if (unitTests === "every-touched-package") return [...packages];
  return packages.filter((dir) => unitTests.includes(dir));
}

async function buildStorybook(group: GroupCheck): Promise<CheckOutcome> {
  const { scratch, label, log } = group;
  const appDir = join(scratch.dir, "apps", "storybook");
  const storybook = join(appDir, "node_modules", ".bin", "storybook");
  const args = ["build", "--output-dir", "storybook-static", "--quiet"];
  const result = await runCommand(storybook, args, { cwd: appDir });
  const subject = toolchain(group, "the Storybook builds");
  log(`${label}: the Storybook build took ${result.seconds.toFixed(0)} s`);
  return result.code === 0
    ? passed(subject, `in ${result.seconds.toFixed(0)} s`)
    : failed(subject, result.output.slice(-3_000));
}

export async function runChangeCheck(options: ChangeCheckOptions): Promise<ChangeCheckResult> {
  const { profile, browser, manifest, costs, outDir, log } = options;
  const settings = changeCheckSettings[profile];
  const started = performance.now();
  const outcomes: CheckOutcome[] = [];
  const patches = (task: ChangeTask, what: string): CheckSubject => ({
    name: `${task.id}: ${what}`,
    step: "patches",
    tasks: [task.id],
  });

  for (const { task, misplaced } of costs) {
    const subject = patches(task, "each patch changes only its owner's files");
    outcomes.push(misplaced.length === 0 ? passed(subject) : failed(subject, misplaced.join("\n")));
  }

  log("a clean copy of HEAD, with its own install");
  const scratch = createScratchCopy("changes");
  const groups: string[][] = [];
  try {
    const applying: ChangeTask[] = [];
    for (const task of manifest.tasks) {
      const subject = patches(task, "the patches apply to HEAD");
      const error = applyTasks(scratch, [task]);
      outcomes.push(error ? failed(subject, error.message) : passed(subject));
      if (!error) applying.push(task);
    }

    for (const [index, tasks] of stack(scratch, applying).entries()) {
      const ids = tasks.map((task) => task.id);
      const group: GroupCheck = {
        scratch,
        label: `group ${index + 1} (${ids.join(" + ")})`,
        tasks: ids,
        log,
      };
      groups.push(ids);
      log(`checking ${group.label}`);
      const error = applyTasks(scratch, tasks);
      if (error) {
        outcomes.push(failed(toolchain(group, "the patches apply together"), error.message));
        continue;
      }
      const files = changedFiles(costs, tasks);
      const packages = touchedPackages(scratch.dir, files);
      outcomes.push(await lint(group, files));
      const [typeOutcomes, visualOutcomes] = await Promise.all([
        typeCheck(group, packages, settings.typeCheck),
        buildStorybook(group).then(async (build) => {
          if (!build.passed) return [build];
          log(`${group.label}: rendering the stories`);
          const parity = await checkStoryParity({
            browser,
            staticDir: join(scratch.dir, "apps", "storybook", "storybook-static"),
            tasks,
            outDir,
            log,
          });
          return [build, ...parity];
        }),
      ]);
      outcomes.push(...typeOutcomes, ...visualOutcomes);
      outcomes.push(...(await unitTests(group, testedPackages(packages, settings))));
    }
  } finally {
    scratch.dispose();
  }
  return { outcomes, groups, seconds: (performance.now() - started) / 1000 };
}
