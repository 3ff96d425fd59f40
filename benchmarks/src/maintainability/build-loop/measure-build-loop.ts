// Build and dev loop: on a scratch copy of HEAD (never the working tree), each target's cold
// production build with each bundler (wall time, peak memory of the process tree), then each
// target's dev server from cold (to the sign-in page, to the overview signed in) and, for the
// kits, the time a saved style change takes to show in the browser. Rounds interleave the
// targets (A B C D, B C D A, …); quick leaves the loop out (see settings.ts).
import { join, relative } from "node:path";
import type { Bundler } from "../../config/targets";
import { repoRoot } from "../../config/targets";
import { addSample } from "../../results/samples";
import type { KitId, MeasuredMetric } from "../../results/schema";
import { forEachRound } from "../../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../../run/run-context";
import { createScratchCopy, type ScratchCopy } from "../scratch-copy";
import { buildMetrics, devMetrics, notMeasuredTable, styleEditTable } from "./build-loop-metrics";
import { startDevSession } from "./dev-server";
import { measureHotReloads } from "./hot-reload";
import { coldBuild } from "./production-build";
import { type BuildLoopSettings, buildLoopSettings } from "./settings";
import { styleEdits } from "./style-edits";

interface Job {
  served: ServedTarget;
  bundler: Bundler;
}

const jobs = (targets: readonly ServedTarget[], bundlerList: readonly Bundler[]): Job[] =>
  targets.flatMap((served) => bundlerList.map((bundler) => ({ served, bundler })));

const appIn = (scratch: ScratchCopy, served: ServedTarget) =>
  join(scratch.dir, relative(repoRoot, served.target.appDir));

async function measureBuilds(
  context: RunContext,
  scratch: ScratchCopy,
  settings: BuildLoopSettings,
): Promise<MeasuredMetric[]> {
  const metrics = new Map(
    settings.buildBundlers.map((bundler) => [bundler, buildMetrics(bundler)]),
  );
  const work = jobs(context.targets, settings.buildBundlers);
  await forEachRound(work, { rounds: settings.buildRounds }, async ({ served, bundler }, round) => {
    const id = served.target.id;
    context.log(`build: ${id} ${bundler} (round ${round.index + 1} of ${settings.buildRounds})`);
    const run = await coldBuild(appIn(scratch, served), bundler, settings.memorySampleMs);
    const figures = metrics.get(bundler);
    if (!figures) throw new Error(`No build metrics for ${bundler}`);
    addSample(figures.time, id, run.wallMs / 1000);
    addSample(figures.peakMemory, id, run.peakBytes / 1e6);
    scratch.reset();
  });
  return [...metrics.values()].flatMap((figures) => Object.values(figures));
}

async function measureDevLoop(
  context: RunContext,
  scratch: ScratchCopy,
  settings: BuildLoopSettings,
): Promise<MeasuredMetric[]> {
  const metrics = new Map(settings.devBundlers.map((bundler) => [bundler, devMetrics(bundler)]));
  const work = jobs(context.targets, settings.devBundlers);
  await forEachRound(work, { rounds: settings.devRounds }, async ({ served, bundler }, round) => {
    const id = served.target.id;
    context.log(`dev: ${id} ${bundler} (round ${round.index + 1} of ${settings.devRounds})`);
    const figures = metrics.get(bundler);
    if (!figures) throw new Error(`No dev metrics for ${bundler}`);
    const session = await startDevSession(context, served.target, appIn(scratch, served), bundler);
    try {
      addSample(figures.signInPage, id, session.signInPageMs / 1000);
      addSample(figures.firstSignedInPage, id, session.firstSignedInPageMs / 1000);
      if (!served.target.isFloor) {
        const edit = styleEdits[id as KitId];
        const times = await measureHotReloads(session.page, scratch.dir, edit, settings.hotReload);
        for (const time of times) addSample(figures.hotReload, id, time);
      }
    } finally {
      await session.stop();
      scratch.reset();
    }
  });
  return [...metrics.values()].flatMap((figures) => [
    figures.signInPage,
    figures.firstSignedInPage,
    figures.hotReload,
  ]);
}

export const measureBuildLoop: Measurement = async (context: RunContext) => {
  const settings = buildLoopSettings[context.profile.name];
  if (!settings) return { metrics: [], tables: [notMeasuredTable] };
  const kits = context.targets.flatMap((served) =>
    served.target.isFloor ? [] : [[served.target.id, styleEdits[served.target.id as KitId]]],
  );
  const scratch = createScratchCopy("build-loop");
  try {
    const builds = await measureBuilds(context, scratch, settings);
    const devLoop = await measureDevLoop(context, scratch, settings);
    return {
      metrics: [...builds, ...devLoop],
      tables: [styleEditTable(Object.fromEntries(kits))],
    };
  } finally {
    scratch.dispose();
  }
};
