// The styling-lines rule. The floor is the same components with no styling (its markup is the
// Tailwind kit's less its classes, proved by tooling/floor-markup), file for file. So a kit's
// styling lines are the code lines the floor does not have: in a file the floor also has, every
// kit line a line diff (Myers, which matches as many lines as can be matched, whitespace at either
// end ignored) leaves unmatched — a className, a styled element's name, a style import; in a file
// the floor does not have (a stylesheet, a .css.ts file, a theme or a class-merging helper),
// every code line. A line that mixes markup and styling (`<div className="flex">`) counts.
import { diffArrays } from "diff";

/** The kit file's code lines that the floor's file of the same path does not match. */
export function unmatchedLines(
  kitLines: readonly string[],
  floorLines: readonly string[] | undefined,
): number {
  if (floorLines === undefined) return kitLines.length;
  return diffArrays([...floorLines], [...kitLines])
    .filter((change) => change.added)
    .reduce((sum, change) => sum + change.count, 0);
}
