// Maintainability, static: what each kit's source is (lines, styling lines, files, components,
// duplication, what type-checking it costs) and what its CSS is once in the browser (analysed,
// and how much of it each route leaves unused). The floor stands beside the kits for the source
// figures; it has no CSS, so the CSS figures are the kits' alone.
import { join } from "node:path";
import { benchRoutes } from "../../config/routes";
import { floorTarget, repoRoot } from "../../config/targets";
import { addSample } from "../../results/samples";
import type { MeasuredMetric, TargetId } from "../../results/schema";
import { forEachRound } from "../../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../../run/run-context";
import { countLines } from "./cloc";
import { coverageOf } from "./coverage";
import { analyseCss, distinctRules } from "./css-analysis";
import { findDuplication } from "./duplication";
import { kitPackageOf } from "./kit-package";
import { visitWithCoverage } from "./page-css";
import { staticSettings } from "./settings";
import { type PackageSource, sourceFigures } from "./source-figures";
import { coverageMetrics, type StaticMetrics, staticMetrics } from "./static-metrics";
import { checkTypes } from "./type-check";

const bin = (name: string) => join(repoRoot, "benchmarks", "node_modules", ".bin", name);

async function packageSource(appDir: string): Promise<PackageSource> {
  const kit = kitPackageOf(appDir);
  const srcDir = join(kit.dir, "src");
  return {
    srcDir,
    lines: await countLines(bin("cloc"), srcDir),
    stylingPackages: kit.stylingPackages,
  };
}

async function measureSource(
  context: RunContext,
  metrics: StaticMetrics,
  floor: PackageSource,
): Promise<void> {
  for (const served of context.targets) {
    const id = served.target.id;
    context.log(`static: source of ${id}`);
    const source = served.target.isFloor ? floor : await packageSource(served.target.appDir);
    const figures = sourceFigures(source, floor);
    addSample(metrics.lines, id, figures.lines);
    addSample(metrics.stylingLines, id, figures.stylingLines);
    addSample(metrics.stylingShare, id, figures.stylingLines / figures.lines);
    addSample(metrics.files, id, figures.files);
    addSample(metrics.reactComponents, id, figures.reactComponents);
    addSample(metrics.stylingCalls, id, figures.stylingCalls);
    const duplication = await findDuplication(bin("jscpd"), source.srcDir);
    addSample(metrics.duplicationShare, id, duplication.share);
    addSample(metrics.clones, id, duplication.clones);
    addSample(metrics.duplicatedLines, id, duplication.duplicatedLines);
  }
}

/** An exact figure is the same on every run: kept once, and a run that disagrees is an error. */
function setExact(metric: MeasuredMetric, id: TargetId, value: number): void {
  const known = metric.samples[id]?.[0];
  if (known === undefined) addSample(metric, id, value);
  else if (known !== value) {
    throw new Error(`${metric.id} of ${id} changed between runs: ${known}, then ${value}`);
  }
}

async function measureTypeCheck(context: RunContext, metrics: StaticMetrics): Promise<void> {
  const { typeCheckRuns } = staticSettings[context.profile.name];
  await forEachRound(context.targets, { rounds: typeCheckRuns }, async (served, round) => {
    const id = served.target.id;
    context.log(`static: tsc ${id} (run ${round.index + 1} of ${typeCheckRuns})`);
    const figures = await checkTypes(bin("tsc"), kitPackageOf(served.target.appDir).dir);
    addSample(metrics.checkTime, id, figures.checkTimeMs);
    addSample(metrics.memory, id, figures.memoryMB);
    setExact(metrics.instantiations, id, figures.instantiations);
    setExact(metrics.types, id, figures.types);
  });
}

async function measureCss(
  context: RunContext,
  kits: readonly ServedTarget[],
  metrics: StaticMetrics,
): Promise<MeasuredMetric[]> {
  const { coverageVisits } = staticSettings[context.profile.name];
  const byRoute = benchRoutes.map((route) => ({ route, metrics: coverageMetrics(route) }));
  // The CSS is analysed from each kit's first round of visits: the rules a page holds do not
  // depend on the visit.
  const firstRules = new Map<TargetId, string[][]>();
  await forEachRound(kits, { rounds: coverageVisits }, async (served, round) => {
    const id = served.target.id;
    for (const { route, metrics: coverage } of byRoute) {
      context.log(`static: CSS and coverage of ${id} ${route.path} (visit ${round.index + 1})`);
      const page = await visitWithCoverage(context, served, route);
      if (round.index === 0) firstRules.set(id, [...(firstRules.get(id) ?? []), page.rules]);
      const figures = coverageOf(page.sheets);
      addSample(coverage.totalBytes, id, figures.totalBytes);
      addSample(coverage.unusedBytes, id, figures.unusedBytes);
      addSample(coverage.unusedShare, id, figures.unusedShare);
    }
  });
  for (const [id, ruleLists] of firstRules) {
    const css = analyseCss(distinctRules(ruleLists).join("\n"));
    addSample(metrics.cssBytes, id, css.bytes);
    addSample(metrics.rules, id, css.rules);
    addSample(metrics.declarations, id, css.declarations);
    addSample(metrics.uniqueColours, id, css.uniqueColours);
    addSample(metrics.specificityIds, id, css.maxSpecificity[0]);
    addSample(metrics.specificityClasses, id, css.maxSpecificity[1]);
    addSample(metrics.specificityElements, id, css.maxSpecificity[2]);
    addSample(metrics.importants, id, css.importants);
  }
  return byRoute.flatMap(({ metrics: coverage }) => Object.values(coverage));
}

export const measureStatic: Measurement = async (context: RunContext) => {
  const metrics = staticMetrics();
  const floor = await packageSource(floorTarget.appDir);
  await measureSource(context, metrics, floor);
  await measureTypeCheck(context, metrics);
  const kits = context.targets.filter((served) => !served.target.isFloor);
  const coverage = await measureCss(context, kits, metrics);
  return [...Object.values(metrics), ...coverage];
};
