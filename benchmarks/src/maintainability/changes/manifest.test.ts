import { describe, expect, it } from "vitest";
import { type ChangeTask, parseChangeManifest, readChangeManifest } from "./manifest";

const task: ChangeTask = {
  id: "new-status",
  title: "A new status",
  request: "Show payouts on hold.",
  stories: ["components-statusbadge--held"],
  viewport: { width: 1280, height: 800 },
  themes: ["light", "dark"],
};

describe("the change manifest", () => {
  it("accepts a task with its request, stories, viewport and themes", () => {
    expect(parseChangeManifest({ tasks: [task] }, "test").tasks).toEqual([task]);
  });

  it("refuses the same task id twice", () => {
    expect(() => parseChangeManifest({ tasks: [task, task] }, "test")).toThrow(
      /task id "new-status" is used twice/,
    );
  });

  it("refuses what is not a Storybook story id", () => {
    const broken = { ...task, stories: ["Components/StatusBadge/Held"] };
    expect(() => parseChangeManifest({ tasks: [broken] }, "test")).toThrow(/story id/);
  });

  it("refuses a task without stories, a theme listed twice, or a viewport too small", () => {
    for (const broken of [
      { ...task, stories: [] },
      { ...task, themes: ["dark", "dark"] },
      { ...task, viewport: { width: 200, height: 800 } },
    ]) {
      expect(() => parseChangeManifest({ tasks: [broken] }, "test")).toThrow(/not a valid/);
    }
  });

  it("names the file and the field that is wrong", () => {
    const { request: _request, ...withoutRequest } = task;
    expect(() => parseChangeManifest({ tasks: [withoutRequest] }, "tasks.json")).toThrow(
      /tasks\.json is not a valid change manifest[\s\S]*request/,
    );
  });

  it("holds the five change requests of the issue, the cards one at a phone's width", () => {
    const { tasks } = readChangeManifest();
    expect(tasks.map(({ id }) => id)).toEqual([
      "rebrand",
      "held-status",
      "compact-density",
      "table-cards",
      "dark-callout",
    ]);
    expect(tasks.find(({ id }) => id === "table-cards")?.viewport.width).toBeLessThan(640);
    for (const { themes } of tasks) expect(themes).toEqual(["light", "dark"]);
  });
});
