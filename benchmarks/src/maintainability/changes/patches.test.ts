// The patches themselves: every task has one per kit and a shared one, each touching only its
// owner's files, and a kit's patch is empty only where the manifest says why.
import { describe, expect, it } from "vitest";
import { readPatchChanges } from "./change-cost";
import { changeKits, changeOwners, patchFile, readChangeManifest } from "./manifest";
import { ownerOfPath } from "./numstat";

const { tasks } = readChangeManifest();

describe.each(tasks)("the task $id", (task) => {
  it.each(changeOwners)("has a %s patch, touching only its owner's files", (owner) => {
    const changes = readPatchChanges(patchFile(task.id, owner));
    for (const { path } of changes)
      expect({ path, owner: ownerOfPath(path) }).toEqual({ path, owner });
  });

  it("changes every kit, or says why no kit needs to", () => {
    const changedKits = changeKits.filter(
      (kit) => readPatchChanges(patchFile(task.id, kit)).length > 0,
    );
    expect(changedKits).toEqual(task.kitsUnchangedBecause ? [] : changeKits);
  });
});
