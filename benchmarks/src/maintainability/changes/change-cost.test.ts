import { describe, expect, it } from "vitest";
import { profiles } from "../../config/profiles";
import { summariseMetrics } from "../../stats/summarise";
import { changeCostMetrics, changeCostTable, type TaskCost, taskCost } from "./change-cost";
import type { ChangeOwner } from "./manifest";
import type { FileChange } from "./numstat";
import { taskFixture } from "./task-fixture";

const task = taskFixture;

const patches: Record<ChangeOwner, FileChange[]> = {
  shared: [
    { path: "packages/tokens/src/color/light.ts", added: 2, removed: 1 },
    { path: "packages/ui-core/src/kit.ts", added: 3, removed: 0 },
  ],
  tailwind: [{ path: "packages/ui-tailwind/src/components/callout.tsx", added: 20, removed: 0 }],
  vanilla: [
    { path: "packages/ui-vanilla/src/components/callout.tsx", added: 15, removed: 0 },
    { path: "packages/ui-vanilla/src/components/callout.css.ts", added: 18, removed: 0 },
  ],
  styled: [],
};

describe("taskCost", () => {
  it("counts each kit's patch and the shared one apart", () => {
    const cost = taskCost(task("callout"), (owner) => patches[owner]);
    expect(cost.costs).toEqual({
      shared: { files: 2, added: 5, removed: 1 },
      tailwind: { files: 1, added: 20, removed: 0 },
      vanilla: { files: 2, added: 33, removed: 0 },
      styled: { files: 0, added: 0, removed: 0 },
    });
    expect(cost.files).toHaveLength(5);
    expect(cost.misplaced).toEqual([]);
  });

  it("flags a file in another owner's patch, which would bill the wrong kit", () => {
    const cost = taskCost(task("callout"), (owner) =>
      owner === "styled" ? [{ path: "packages/ui-core/src/kit.ts", added: 1, removed: 0 }] : [],
    );
    expect(cost.misplaced).toEqual([
      "callout/styled.patch changes packages/ui-core/src/kit.ts, which is shared's",
    ]);
  });
});

describe("the cost table and metrics", () => {
  const costs: TaskCost[] = [
    taskCost(task("callout"), (owner) => patches[owner]),
    taskCost(task("rebrand"), (owner) => (owner === "shared" ? patches.shared : [])),
  ];

  it("has a row per task with the shared part first, and the sum of all tasks", () => {
    const table = changeCostTable(costs);
    expect(table.columns).toEqual([
      "Task",
      "Shared (not any kit's)",
      "Tailwind CSS",
      "vanilla-extract",
      "styled-components",
    ]);
    expect(table.rows).toEqual([
      ["Task callout", "2 files, +5 −1", "1 file, +20 −0", "2 files, +33 −0", "nothing"],
      ["Task rebrand", "2 files, +5 −1", "nothing", "nothing", "nothing"],
      ["All tasks", "4 files, +10 −2", "1 file, +20 −0", "2 files, +33 −0", "nothing"],
    ]);
  });

  it("gives files and lines per kit as exact figures, the shared part in the note", () => {
    const metrics = changeCostMetrics(costs);
    expect(metrics.map((metric) => metric.id)).toEqual([
      "maintainability/changes/callout/files",
      "maintainability/changes/callout/lines",
      "maintainability/changes/rebrand/files",
      "maintainability/changes/rebrand/lines",
      "maintainability/changes/all/files",
      "maintainability/changes/all/lines",
    ]);
    const lines = metrics[1];
    expect(lines?.samples).toEqual({ tailwind: [20], vanilla: [33], styled: [0] });
    expect(lines).toMatchObject({ exact: true, unit: "count", better: "lower" });
    expect(lines?.note).toContain("2 files, +5 −1");
  });

  it("makes figures the statistics can summarise, zeros included", () => {
    const summarised = summariseMetrics(changeCostMetrics(costs), profiles.quick.statistics);
    const rebrandFiles = summarised.find(
      ({ id }) => id === "maintainability/changes/rebrand/files",
    );
    expect(rebrandFiles?.summaries.tailwind?.value).toEqual({ median: 0, low: 0, high: 0 });
    const callout = summarised.find(({ id }) => id === "maintainability/changes/callout/lines");
    expect(callout?.summaries.tailwind?.value.median).toBe(20);
  });
});
