// bench:compare BEFORE.json AFTER.json — prints, as Markdown, what changed between two runs.

import { compareRuns } from "../compare/compare";
import { renderComparison } from "../compare/compare-markdown";
import { readResults } from "./read-results";

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error("Usage: bench:compare BEFORE.json AFTER.json");
  process.exit(2);
}
try {
  const [before, after] = files.map(readResults) as [
    ReturnType<typeof readResults>,
    ReturnType<typeof readResults>,
  ];
  process.stdout.write(renderComparison(compareRuns(before, after)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
