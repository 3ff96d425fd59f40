// How a search writes the browser's history. One edit of the search box (from the first key to
// Enter, or to a change of the URL from outside, such as the back button) makes one history
// entry: its first commit pushes, so back returns to the search before it; any later commit of
// the same edit (another pause in typing, then Enter) replaces that entry, so back does not step
// through every pause. Enter ends the edit.

export type SearchCommitTrigger = "pause" | "enter";

export interface SearchCommitPlan {
  replace: boolean;
  /** Whether the edit that goes on after this commit already has its history entry. */
  editHasEntry: boolean;
}

export function planSearchCommit(
  trigger: SearchCommitTrigger,
  editHasEntry: boolean,
): SearchCommitPlan {
  return { replace: editHasEntry, editHasEntry: trigger === "pause" };
}
