import { describe, expect, test } from "vitest";
import { planSearchCommit, type SearchCommitTrigger } from "./search-history";

/** The history writes of a sequence of commits, starting a fresh edit. */
function writes(triggers: readonly SearchCommitTrigger[]): string[] {
  let editHasEntry = false;
  return triggers.map((trigger) => {
    const plan = planSearchCommit(trigger, editHasEntry);
    editHasEntry = plan.editHasEntry;
    return plan.replace ? "replace" : "push";
  });
}

describe("planSearchCommit", () => {
  test("Enter after Enter: each search its own entry", () => {
    expect(writes(["enter", "enter"])).toEqual(["push", "push"]);
  });

  test("pauses in one edit make one entry, whatever the machine's speed", () => {
    expect(writes(["pause", "pause", "pause"])).toEqual(["push", "replace", "replace"]);
  });

  test("a pause then Enter is one edit; the next edit pushes again", () => {
    expect(writes(["pause", "enter", "pause", "enter"])).toEqual([
      "push",
      "replace",
      "push",
      "replace",
    ]);
  });
});
