// budgets:suggest RESULTS.json — proposes budgets.json from a measured run, for a person to review
// and commit: each kit's brotli bytes per type and route with 3 % headroom (a regression of a few
// kilobytes fails), and the interaction totals' and memory's ratios to the floor with 25 % over
// the high end of their intervals (CI's noise must not fail a run; a real slowdown does).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Budgets } from "../budgets/budgets";
import { suggestBudgets } from "../budgets/suggest";
import { repoRoot } from "../config/targets";
import { readResults } from "./read-results";

const bytesHeadroom = 0.03;
const ratioHeadroom = 0.25;
const budgetedRatios = [/^interactions\/[^/]+\/total$/, /^memory\//];

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("Usage: budgets:suggest RESULTS.json");
  process.exit(2);
}
try {
  const results = readResults(file);
  const bytes = suggestBudgets(results, bytesHeadroom).bytes;
  for (const routes of Object.values(bytes)) {
    for (const [route, figures] of Object.entries(routes)) {
      routes[route] = Object.fromEntries(
        Object.entries(figures).filter(([figure]) => figure.endsWith("/brotli")),
      );
    }
  }
  const budgets: Budgets = {
    $comment:
      `Suggested from run ${results.runId} (${results.profile} profile, ${results.bundler}) by ` +
      "budgets:suggest: brotli bytes +3 %, ratios to the floor 25 % over their interval's high end.",
    bytes,
    ratiosToFloor: suggestBudgets(results, ratioHeadroom).ratiosToFloor.filter((budget) =>
      budgetedRatios.some((pattern) => pattern.test(budget.metric)),
    ),
  };
  const out = join(repoRoot, "benchmarks", "budgets.json");
  writeFileSync(out, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`Wrote ${out}: review it before committing.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
