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
import { type CheckOutcome, failed, passed } from "./check-outcome";
import { type ChangeCheckSettings, changeCheckSettings } from "./check-settings";
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

export interface ChangeCheckReport {
  outcomes: CheckOutcome[];
  /** The tasks checked together on one copy, group by group. */
  groups: string[][];
  seconds: number;
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

async function typeCheck(
  scratch: ScratchCopy,
  packages: readonly string[],
  mode: "combined" | "per-package",
  label: string,
  log: Log,
): Promise<CheckOutcome[]> {
  let runs: ReturnType<typeof planTypeCheck>;
  try {
    runs = planTypeCheck(
      scratch.dir,
      packages.filter((dir) => existsSync(join(scratch.dir, dir, "tsconfig.json"))),
      mode,
    );
  } catch (error) {
    return [failed(`${label}: type check`, (error as Error).message)];
  }
  const tsc = join(scratch.dir, "node_modules", ".bin", "tsc");
  const outcomes: CheckOutcome[] = [];
  for (const run of runs) {
    const name = `${label}: type check of ${run.packages.join(", ")}`;
    const result = await runCommand(tsc, ["-p", run.tsconfig], { cwd: scratch.dir });
    log(`${label}: tsc -p ${run.tsconfig} took ${result.seconds.toFixed(0)} s`);
    outcomes.push(
      result.code === 0
        ? passed(name, `tsc in ${result.seconds.toFixed(0)} s`)
        : failed(name, firstLines(result.output)),
    );
  }
  return outcomes;
}

async function lint(
  scratch: ScratchCopy,
  files: readonly string[],
  label: string,
): Promise<CheckOutcome> {
  const present = files.filter((file) => existsSync(join(scratch.dir, file)));
  const name = `${label}: Biome (lint and format) on the ${present.length} changed files`;
  const biome = join(scratch.dir, "node_modules", ".bin", "biome");
  const result = await runCommand(
    biome,
    ["ci", "--colors=off", "--no-errors-on-unmatched", ...present],
    {
      cwd: scratch.dir,
    },
  );
  return result.code === 0 ? passed(name) : failed(name, firstLines(result.output, 40));
}

async function unitTests(
  scratch: ScratchCopy,
  packages: readonly string[],
  label: string,
  log: Log,
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const dir of packages) {
    const vitest = join(scratch.dir, dir, "node_modules", ".bin", "vitest");
    if (!existsSync(vitest)) continue;
    const name = `${label}: the tests of ${dir}`;
    const result = await runCommand(vitest, ["run"], { cwd: join(scratch.dir, dir) });
    log(`${label}: the tests of ${dir} took ${result.seconds.toFixed(0)} s`);
    // Vitest lists every file first; what failed and why comes after its "Failed Tests" line.
    const failures = result.output.indexOf("Failed Tests");
    const why = failures >= 0 ? result.output.slice(failures) : result.output.slice(-3_000);
    outcomes.push(result.code === 0 ? passed(name) : failed(name, firstLines(why, 30)));
  }
  return outcomes;
}

function testedPackages(packages: readonly string[], { unitTests }: ChangeCheckSettings): string[] {
  if (unitTests === "every-touched-package") return [...packages];
  return packages.filter((dir) => unitTests.includes(dir));
}

async function buildStorybook(
  scratch: ScratchCopy,
  label: string,
  log: Log,
): Promise<CheckOutcome> {
  const appDir = join(scratch.dir, "apps", "storybook");
  const storybook = join(appDir, "node_modules", ".bin", "storybook");
  const result = await runCommand(
    storybook,
    ["build", "--output-dir", "storybook-static", "--quiet"],
    { cwd: appDir },
  );
  const name = `${label}: the Storybook builds`;
  log(`${label}: the Storybook build took ${result.seconds.toFixed(0)} s`);
  return result.code === 0
    ? passed(name, `in ${result.seconds.toFixed(0)} s`)
    : failed(name, result.output.slice(-3_000));
}

export async function runChangeCheck(options: ChangeCheckOptions): Promise<ChangeCheckReport> {
  const { profile, browser, manifest, costs, outDir, log } = options;
  const settings = changeCheckSettings[profile];
  const started = performance.now();
  const outcomes: CheckOutcome[] = [];

  for (const { task, misplaced } of costs) {
    const name = `${task.id}: each patch changes only its owner's files`;
    outcomes.push(misplaced.length === 0 ? passed(name) : failed(name, misplaced.join("\n")));
  }

  log("a clean copy of HEAD, with its own install");
  const scratch = createScratchCopy("changes");
  const groups: string[][] = [];
  try {
    const applying: ChangeTask[] = [];
    for (const task of manifest.tasks) {
      const name = `${task.id}: the patches apply to HEAD`;
      const error = applyTasks(scratch, [task]);
      outcomes.push(error ? failed(name, error.message) : passed(name));
      if (!error) applying.push(task);
    }

    for (const [index, group] of stack(scratch, applying).entries()) {
      const label = `group ${index + 1} (${group.map((task) => task.id).join(" + ")})`;
      groups.push(group.map((task) => task.id));
      log(`checking ${label}`);
      const error = applyTasks(scratch, group);
      if (error) {
        outcomes.push(failed(`${label}: the patches apply together`, error.message));
        continue;
      }
      const files = changedFiles(costs, group);
      const packages = touchedPackages(scratch.dir, files);
      outcomes.push(await lint(scratch, files, label));
      const [typeOutcomes, visualOutcomes] = await Promise.all([
        typeCheck(scratch, packages, settings.typeCheck, label, log),
        buildStorybook(scratch, label, log).then(async (build) => {
          if (!build.passed) return [build];
          log(`${label}: rendering the stories`);
          const parity = await checkStoryParity({
            browser,
            staticDir: join(scratch.dir, "apps", "storybook", "storybook-static"),
            tasks: group,
            outDir,
            log,
          });
          return [build, ...parity];
        }),
      ]);
      outcomes.push(...typeOutcomes, ...visualOutcomes);
      outcomes.push(...(await unitTests(scratch, testedPackages(packages, settings), label, log)));
    }
  } finally {
    scratch.dispose();
  }
  return { outcomes, groups, seconds: (performance.now() - started) / 1000 };
}
