// Every mistake made in every kit, one at a time, in one clean copy of HEAD: apply the patch, run
// the kit's toolchain stage by stage until one catches it, undo the patch. Kit by kit, so only one
// kit's type checker is held in memory; the clean copy is checked first (a toolchain that already
// fails on HEAD would seem to catch everything) and doubles as the warm-up of each stage.
import { join, relative } from "node:path";
import { kitTargets, repoRoot } from "../../config/targets";
import type { KitId } from "../../results/schema";
import { createScratchCopy, type ScratchCopy } from "../scratch-copy";
import { firstCatch, type StageVerdict } from "./first-catch";
import { buildKit } from "./kit-build";
import { lintChanges } from "./lint";
import { type Mistake, type Outcome, patchFile } from "./manifest";
import { nextBuild } from "./next-build";
import type { MistakeSettings } from "./settings";
import { createTypeChecker, type TypeChecker } from "./type-check";

export interface Baseline {
  kit: KitId;
  /** What fails on the clean copy ("fails the type check: TS2304 …"); empty when all pass. */
  problems: string[];
}

export interface Observation {
  mistakeId: string;
  kit: KitId;
  expected: Outcome;
  /** Why the mistake was not made: its patch does not apply, or the kit's clean copy fails. */
  notRun?: { because: "patch" | "clean copy"; detail: string };
  outcome?: Outcome;
  /** The first line of what the catching tool said. */
  message?: string | undefined;
  /** Biome's formatting or import-order finding on the patched files: the patch itself is off. */
  formatting?: string | undefined;
  /** The type check's error on the clean copy once the patch was undone. */
  afterReset?: string | undefined;
  /** `next build` of the app, when asked for and the mistake reached the build stage. */
  nextBuild?: StageVerdict;
  seconds: number;
}

export interface MistakesRun {
  kits: KitId[];
  baselines: Baseline[];
  observations: Observation[];
  /** Whether `next build` ran beside the kit's build. */
  nextBuild: boolean;
  seconds: number;
}

export interface RunOptions {
  mistakes: readonly Mistake[];
  kits: readonly KitId[];
  settings: MistakeSettings;
  log(message: string): void;
}

interface KitToolchain {
  kit: KitId;
  /** The clean copy's folder, left out of messages: it differs on every run. */
  root: string;
  packageDir: string;
  appDir: string;
  typeChecker: TypeChecker;
}

function toolchainOf(scratch: ScratchCopy, kit: KitId): KitToolchain {
  const app = kitTargets.find((target) => target.id === kit);
  if (!app) throw new Error(`No app for kit "${kit}" in tooling/dashboard-apps.mjs`);
  const packageDir = join(scratch.dir, "packages", `ui-${kit}`);
  return {
    kit,
    root: scratch.dir,
    packageDir,
    appDir: join(scratch.dir, relative(repoRoot, app.appDir)),
    typeChecker: createTypeChecker(packageDir),
  };
}

/** A tool's message, without the clean copy's own folder in it. */
function said(toolchain: KitToolchain, verdict: { message?: string | undefined }) {
  return verdict.message?.replaceAll(`${toolchain.root}/`, "");
}

async function checkBaseline(toolchain: KitToolchain, settings: MistakeSettings) {
  const problems: string[] = [];
  const typecheck = toolchain.typeChecker.check();
  if (typecheck.caught) problems.push(`fails the type check: ${said(toolchain, typecheck)}`);
  const build = await buildKit(toolchain.packageDir, toolchain.kit);
  if (build.caught) problems.push(`fails the build: ${said(toolchain, build)}`);
  if (settings.nextBuild) {
    const next = nextBuild(toolchain.appDir);
    if (next.caught) problems.push(`fails next build: ${said(toolchain, next)}`);
  }
  return problems;
}

async function makeMistake(
  scratch: ScratchCopy,
  toolchain: KitToolchain,
  mistake: Mistake,
  settings: MistakeSettings,
): Promise<Omit<Observation, "mistakeId" | "kit" | "expected" | "seconds">> {
  try {
    scratch.apply(patchFile(mistake.id, toolchain.kit));
  } catch (error) {
    scratch.reset();
    const firstLine = (error as Error).message.split("\n")[0] ?? "";
    return { notRun: { because: "patch", detail: firstLine.replaceAll(`${repoRoot}/`, "") } };
  }
  try {
    // Biome runs on every patch, for its formatting verdict; its lint verdict counts only when the
    // type check let the mistake through.
    const lint = lintChanges(scratch.dir);
    const caught = await firstCatch({
      typecheck: async () => toolchain.typeChecker.check(),
      lint: async () => lint.verdict,
      build: () => buildKit(toolchain.packageDir, toolchain.kit),
    });
    const reachedBuild = caught.ran.includes("build");
    const next = settings.nextBuild && reachedBuild ? nextBuild(toolchain.appDir) : undefined;
    return {
      outcome: caught.outcome,
      message: said(toolchain, caught),
      formatting: lint.formatting,
      ...(next && { nextBuild: { caught: next.caught, message: said(toolchain, next) } }),
    };
  } finally {
    scratch.reset();
  }
}

export async function runMistakes({
  mistakes,
  kits,
  settings,
  log,
}: RunOptions): Promise<MistakesRun> {
  const started = performance.now();
  const baselines: Baseline[] = [];
  const observations: Observation[] = [];
  const scratch = createScratchCopy("mistakes");
  try {
    for (const kit of kits) {
      const toolchain = toolchainOf(scratch, kit);
      const problems = await checkBaseline(toolchain, settings);
      baselines.push({ kit, problems });
      log(`mistakes: ${kit} clean copy ${problems.length === 0 ? "passes" : problems.join("; ")}`);
      for (const mistake of mistakes) {
        const at = performance.now();
        const expected = mistake.kits[kit].expected;
        const made =
          problems.length > 0
            ? {
                notRun: { because: "clean copy" as const, detail: `the clean copy ${problems[0]}` },
              }
            : await makeMistake(scratch, toolchain, mistake, settings);
        // The kept type checker must see the clean copy as clean again, or its next verdict is stale.
        const afterReset = made.notRun ? undefined : toolchain.typeChecker.check();
        const observation: Observation = {
          mistakeId: mistake.id,
          kit,
          expected,
          ...made,
          ...(afterReset?.caught && { afterReset: said(toolchain, afterReset) }),
          seconds: (performance.now() - at) / 1000,
        };
        observations.push(observation);
        log(
          `mistakes: ${mistake.id} in ${kit}: ${observation.outcome ?? `not made (${observation.notRun?.detail})`} ` +
            `(${observation.seconds.toFixed(1)} s)`,
        );
      }
    }
  } finally {
    scratch.dispose();
  }
  return {
    kits: [...kits],
    baselines,
    observations,
    nextBuild: settings.nextBuild,
    seconds: (performance.now() - started) / 1000,
  };
}
