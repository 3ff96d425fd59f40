// What a patch costs: files touched and lines added and removed, as `git apply --numstat -z` counts
// them, and whose code each file is (a kit's package and app, or shared).
import { type ChangeOwner, changeKits } from "./manifest";

export interface FileChange {
  path: string;
  /** Null for a binary file (git counts no lines in it). */
  added: number | null;
  removed: number | null;
}

export interface ChangeCost {
  files: number;
  added: number;
  removed: number;
}

export const noCost: ChangeCost = { files: 0, added: 0, removed: 0 };

/**
 * Parses `git apply --numstat -z`: `added TAB removed TAB path NUL` per file, `- TAB - TAB path NUL`
 * for a binary file, and `added TAB removed TAB NUL from NUL to NUL` for a rename (counted under
 * its new path).
 */
export function parseNumstat(output: string): FileChange[] {
  const fields = output.split("\0");
  const changes: FileChange[] = [];
  let index = 0;
  while (index < fields.length) {
    const record = fields[index] ?? "";
    index += 1;
    if (record === "") continue;
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(record);
    if (!match) throw new Error(`Unexpected numstat record: ${JSON.stringify(record)}`);
    const [, added = "", removed = "", inlinePath = ""] = match;
    let path = inlinePath;
    if (path === "") {
      // A rename: the old path, then the new one.
      path = fields[index + 1] ?? "";
      index += 2;
      if (path === "") throw new Error("A numstat rename record without its paths");
    }
    changes.push({
      path,
      added: added === "-" ? null : Number(added),
      removed: removed === "-" ? null : Number(removed),
    });
  }
  return changes;
}

export function costOf(changes: readonly FileChange[]): ChangeCost {
  return {
    files: changes.length,
    added: changes.reduce((sum, change) => sum + (change.added ?? 0), 0),
    removed: changes.reduce((sum, change) => sum + (change.removed ?? 0), 0),
  };
}

/** Lines changed: added plus removed, as a diff shows them (a modified line counts twice). */
export function linesChanged(cost: ChangeCost): number {
  return cost.added + cost.removed;
}

/** A kit owns its package and its app; every other file (tokens, contract, stories, floor) is shared. */
export function ownerOfPath(path: string): ChangeOwner {
  return (
    changeKits.find(
      (kit) => path.startsWith(`packages/ui-${kit}/`) || path.startsWith(`apps/dashboard-${kit}/`),
    ) ?? "shared"
  );
}
