// A budget file proposed from a measured run, for a person to review and commit: every kit's
// bytes with some headroom, and every rankable timing's ratio to the floor at the high end of its
// interval with the same headroom — so the run it came from passes, and so would one a little worse.
import type { BenchResults, KitId } from "../results/schema";
import type { Budgets, RatioBudget } from "./budgets";

const isKit = (target: string): target is KitId => target !== "floor";
const roundUpToHundredths = (value: number) => Math.ceil(value * 100 - 1e-9) / 100;

/** `headroom` as a share: 0.05 allows 5 % over what this run measured. */
export function suggestBudgets(results: BenchResults, headroom: number): Budgets {
  const bytes: Budgets["bytes"] = {};
  const ratiosToFloor: RatioBudget[] = [];
  for (const metric of results.metrics) {
    const parts = metric.id.split("/");
    for (const [target, summary] of Object.entries(metric.summaries)) {
      if (!summary || !isKit(target)) continue;
      if (metric.dimension === "bytes" && metric.exact && parts.length === 4) {
        const [, route, type, compression] = parts as [string, string, string, string];
        const routes = bytes[target] ?? {};
        bytes[target] = routes;
        routes[route] = {
          ...routes[route],
          [`${type}/${compression}`]: Math.ceil(summary.value.median * (1 + headroom)),
        };
      }
      // A figure too noisy or too thin to rank would make a budget that means nothing.
      const rankable = summary.rankable && metric.summaries.floor?.rankable;
      if (!metric.exact && metric.better === "lower" && summary.ratioToFloor && rankable) {
        ratiosToFloor.push({
          metric: metric.id,
          max: roundUpToHundredths(summary.ratioToFloor.high * (1 + headroom)),
          kits: [target],
        });
      }
    }
  }
  return {
    $comment: `Suggested from run ${results.runId} (${results.profile} profile, ${results.bundler}) with ${Math.round(headroom * 100)} % headroom.`,
    bytes,
    ratiosToFloor,
  };
}
