// The gate before anything is measured: the kits must show the same pixels (the e2e suite's rule
// and budget) and every target, the floor included, the same markup but for classes. A kit that
// differs from every other kit is refused, with the reason; so is a floor whose markup is not the
// kits'. With two kits that differ, neither can be trusted, so both are refused.
import { join, relative } from "node:path";
import { compareScreenshots, maxDifferingShare } from "@payout-styles/visual-parity";
import { benchRoutes } from "../config/routes";
import type { ParityCheck, TargetId } from "../results/schema";
import type { RunContext, ServedTarget } from "../run/run-context";
import { type Capture, capture, type Theme } from "./capture";
import { firstDifference, normalizedMarkup } from "./markup";
import { refusedTargets } from "./refusals";

export interface ParityOutcome {
  checks: ParityCheck[];
  screenshots: { route: string; target: TargetId; theme: Theme; file: string }[];
  /** Targets refused, with why. */
  refused: Map<TargetId, string>;
}

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, index) => items.slice(index + 1).map((b) => [a, b] as [T, T]));
}

export async function checkParity(context: RunContext): Promise<ParityOutcome> {
  const screenshotsDir = join(context.outDir, "screenshots");
  const kits = context.targets.filter((served) => !served.target.isFloor);
  const floor = context.targets.find((served) => served.target.isFloor);
  const checks: ParityCheck[] = [];
  const screenshots: ParityOutcome["screenshots"] = [];

  for (const route of benchRoutes) {
    const captures = new Map<string, Capture>();
    const key = (served: ServedTarget, theme: Theme) => `${served.target.id} ${theme}`;
    for (const theme of context.profile.parityThemes) {
      for (const served of context.targets) {
        context.log(`parity: ${served.target.id} ${route.path} ${theme}`);
        const shot = await capture(context, served, route, theme, screenshotsDir);
        captures.set(key(served, theme), shot);
        screenshots.push({
          route: route.id,
          target: served.target.id,
          theme,
          file: relative(context.outDir, shot.screenshot),
        });
      }
      for (const [a, b] of pairs(kits)) {
        const diff = join(
          context.outDir,
          "diff",
          `${a.target.id}-vs-${b.target.id}`,
          `${route.id}-${theme}.png`,
        );
        const result = compareScreenshots(
          captures.get(key(a, theme))?.screenshot ?? "",
          captures.get(key(b, theme))?.screenshot ?? "",
          diff,
        );
        const passed = result.differingShare !== null && result.differingShare < maxDifferingShare;
        checks.push({
          target: a.target.id,
          route: `${route.id} (${theme})`,
          check: "pixels",
          against: b.target.id,
          passed,
          detail:
            result.differingShare === null
              ? `page sizes differ: ${result.sizes.a} vs ${result.sizes.b}`
              : `${(result.differingShare * 100).toFixed(3)} % of pixels differ (budget ${maxDifferingShare * 100} %)`,
        });
      }
    }
    const markupOf = (served: ServedTarget) =>
      normalizedMarkup((captures.get(key(served, "light")) as Capture).markup);
    const markupChecks = [
      ...pairs(kits),
      ...(floor ? kits.map((kit) => [floor, kit] as [ServedTarget, ServedTarget]) : []),
    ];
    for (const [a, b] of markupChecks) {
      const difference = firstDifference(markupOf(a), markupOf(b));
      checks.push({
        target: a.target.id,
        route: route.id,
        check: "markup",
        against: b.target.id,
        passed: difference === null,
        detail: difference ?? "same elements, attributes and text (classes aside)",
      });
    }
  }

  const refused = refusedTargets(
    kits.map((served) => served.target.id),
    floor?.target.id,
    checks,
  );
  return { checks, screenshots, refused };
}
