// The cost table: for each task, the files each kit's patch touches and the lines it changes, and
// the shared part apart (the same for every kit, so it is no kit's cost).
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { kitTargets, repoRoot } from "../../config/targets";
import type { MeasuredMetric, ResultsTable } from "../../results/schema";
import {
  type ChangeManifest,
  type ChangeOwner,
  type ChangeTask,
  changeKits,
  changeOwners,
  patchFile,
} from "./manifest";
import {
  type ChangeCost,
  costOf,
  type FileChange,
  linesChanged,
  noCost,
  ownerOfPath,
  parseNumstat,
} from "./numstat";

export interface TaskCost {
  task: ChangeTask;
  costs: Record<ChangeOwner, ChangeCost>;
  /** Every file the task's patches change, shared and kits'. */
  files: string[];
  /** Files a patch touches that are another owner's: the patch is in the wrong file. */
  misplaced: string[];
}

/** The files a patch changes; an empty patch (a kit the change costs nothing) changes none. */
export function readPatchChanges(file: string): FileChange[] {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  if (statSync(file).size === 0) return [];
  const output = execFileSync("git", ["apply", "--numstat", "-z", file], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    return parseNumstat(output);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export function taskCost(
  task: ChangeTask,
  changesOf: (owner: ChangeOwner) => readonly FileChange[],
): TaskCost {
  const costs = Object.fromEntries(changeOwners.map((owner) => [owner, noCost])) as Record<
    ChangeOwner,
    ChangeCost
  >;
  const misplaced: string[] = [];
  const files: string[] = [];
  for (const owner of changeOwners) {
    const changes = changesOf(owner);
    costs[owner] = costOf(changes);
    for (const change of changes) {
      files.push(change.path);
      const belongsTo = ownerOfPath(change.path);
      if (belongsTo !== owner) {
        misplaced.push(`${task.id}/${owner}.patch changes ${change.path}, which is ${belongsTo}'s`);
      }
    }
  }
  return { task, costs, files, misplaced };
}

/** Each task's cost; a task whose patches cannot be read is left out, with the reason. */
export function readTaskCosts(manifest: ChangeManifest): {
  costs: TaskCost[];
  unreadable: { task: ChangeTask; reason: string }[];
} {
  const costs: TaskCost[] = [];
  const unreadable: { task: ChangeTask; reason: string }[] = [];
  for (const task of manifest.tasks) {
    try {
      costs.push(taskCost(task, (owner) => readPatchChanges(patchFile(task.id, owner))));
    } catch (error) {
      unreadable.push({ task, reason: (error as Error).message });
    }
  }
  return { costs, unreadable };
}

function kitLabel(kit: (typeof changeKits)[number]): string {
  return kitTargets.find((target) => target.id === kit)?.label ?? kit;
}

function costText(cost: ChangeCost): string {
  if (cost.files === 0) return "nothing";
  const files = cost.files === 1 ? "1 file" : `${cost.files} files`;
  return `${files}, +${cost.added} −${cost.removed}`;
}

function totalOf(costs: readonly ChangeCost[]): ChangeCost {
  return costs.reduce(
    (sum, cost) => ({
      files: sum.files + cost.files,
      added: sum.added + cost.added,
      removed: sum.removed + cost.removed,
    }),
    noCost,
  );
}

export function changeCostTable(taskCosts: readonly TaskCost[]): ResultsTable {
  const total = (owner: ChangeOwner) => totalOf(taskCosts.map(({ costs }) => costs[owner]));
  return {
    id: "maintainability/changes",
    dimension: "maintainability",
    title: "Change cost: files touched and lines added/removed, per task and kit",
    columns: ["Task", "Shared (not any kit's)", ...changeKits.map(kitLabel)],
    rows: [
      ...taskCosts.map(({ task, costs }) => [
        task.title,
        ...changeOwners.map((owner) => costText(costs[owner])),
      ]),
      ["All tasks", ...changeOwners.map((owner) => costText(total(owner)))],
    ],
    note:
      "Each task is a patch per kit plus a shared one (tokens and the generated Tailwind theme, " +
      "the ui-core contract and labels, the stories that show the change, the unstyled floor), " +
      "counted by git apply --numstat; a changed line counts as one removed and one added.",
  };
}

function metric(
  id: string,
  group: string,
  label: string,
  value: (cost: ChangeCost) => number,
  costs: Record<ChangeOwner, ChangeCost>,
): MeasuredMetric {
  const shared = costs.shared;
  return {
    id,
    dimension: "maintainability",
    group,
    label,
    unit: "count",
    better: "lower",
    exact: true,
    note: `Besides the shared part, the same for every kit: ${costText(shared)}.`,
    samples: Object.fromEntries(changeKits.map((kit) => [kit, [value(costs[kit])]])),
  };
}

/** `maintainability/changes/<task>/files` and `…/lines` per kit, and the same over all tasks. */
export function changeCostMetrics(taskCosts: readonly TaskCost[]): MeasuredMetric[] {
  const totals = Object.fromEntries(
    changeOwners.map((owner) => [owner, totalOf(taskCosts.map(({ costs }) => costs[owner]))]),
  ) as Record<ChangeOwner, ChangeCost>;
  const rows: { id: string; group: string; costs: Record<ChangeOwner, ChangeCost> }[] = [
    ...taskCosts.map(({ task, costs }) => ({ id: task.id, group: task.title, costs })),
    { id: "all", group: "All change tasks", costs: totals },
  ];
  return rows.flatMap(({ id, group, costs }) => [
    metric(
      `maintainability/changes/${id}/files`,
      group,
      "Files touched",
      (cost) => cost.files,
      costs,
    ),
    metric(
      `maintainability/changes/${id}/lines`,
      group,
      "Lines changed (added + removed)",
      linesChanged,
      costs,
    ),
  ]);
}
