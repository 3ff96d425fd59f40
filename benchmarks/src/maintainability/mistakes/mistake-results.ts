// What the report shows of a run: the table (a row per mistake, a column per kit, each cell the
// mistake as written in that kit and what caught it) and the counts per kit as exact figures.
import { kitTargets } from "../../config/targets";
import type { KitId, MeasuredMetric, ResultsTable } from "../../results/schema";
import { describeCatch } from "./first-catch";
import { type Mistake, type Outcome, type Stage, stages } from "./manifest";
import type { MistakesRun, Observation } from "./run-mistakes";

const stageNames: Record<Stage, string> = { typecheck: "type check", lint: "lint", build: "build" };

function labelOf(kit: KitId): string {
  return kitTargets.find((target) => target.id === kit)?.label ?? kit;
}

function cell(mistake: Mistake, observation: Observation | undefined, kit: KitId): string {
  const { looksLike, expected } = mistake.kits[kit];
  if (!observation) return `${looksLike} — not made`;
  if (observation.notRun) return `${looksLike} — not made: ${observation.notRun.detail}`;
  const outcome = observation.outcome ?? "not caught";
  const surprise = outcome === expected ? "" : ` (expected: ${expected})`;
  return `${looksLike} — ${describeCatch(outcome, observation.message)}${surprise}`;
}

function outcomesOf(run: MistakesRun, kit: KitId): Outcome[] {
  return run.observations.flatMap((observation) =>
    observation.kit === kit && observation.outcome ? [observation.outcome] : [],
  );
}

function caughtSummary(outcomes: readonly Outcome[], total: number): string {
  const byStage = stages
    .map((stage) => [stage, outcomes.filter((outcome) => outcome === stage).length] as const)
    .filter(([, count]) => count > 0)
    .map(([stage, count]) => `${stageNames[stage]} ${count}`);
  const caught = outcomes.filter((outcome) => outcome !== "not caught").length;
  return `${caught} of ${total}${byStage.length > 0 ? ` (${byStage.join(", ")})` : ""}`;
}

/** The method in a few lines, from what was run. */
export function describeMistakesMethod(run: MistakesRun): string {
  const reachedBuild = run.observations.filter((observation) => observation.nextBuild);
  const agreed = reachedBuild.filter(
    (observation) => (observation.outcome === "build") === observation.nextBuild?.caught,
  );
  const confirmation = run.nextBuild
    ? `next build of each kit's app ran too and agreed with the kit's build on ${agreed.length} of the ${reachedBuild.length} mistakes that reached the build.`
    : "The full profile also runs next build of each kit's app on every mistake that reaches the build, to confirm the kit's build stands for it.";
  return (
    "Each mistake is a small patch applied to a clean copy of HEAD, then the kit's toolchain runs " +
    "stage by stage and the first stage that fails caught it: type check (tsc of the kit's package " +
    "on its tsconfig), lint (Biome with the repo's configuration on the changed files), build (a " +
    "production Vite build of the kit's package with the kit's official plugin, @tailwindcss/vite " +
    "or @vanilla-extract/vite-plugin, the compilers the Next.js plugins run; styled-components " +
    `compiles nothing). A cell gives the first line of the tool's message. ${confirmation}`
  );
}

export function mistakesTable(run: MistakesRun, mistakes: readonly Mistake[]): ResultsTable {
  const find = (mistake: Mistake, kit: KitId) =>
    run.observations.find(
      (observation) => observation.mistakeId === mistake.id && observation.kit === kit,
    );
  return {
    id: "maintainability/mistakes",
    dimension: "maintainability",
    title: "Mistakes caught: the first stage of each kit's toolchain that fails on them",
    columns: ["Mistake", ...run.kits.map(labelOf)],
    rows: [
      ...mistakes.map((mistake) => [
        mistake.title,
        ...run.kits.map((kit) => cell(mistake, find(mistake, kit), kit)),
      ]),
      ["Caught", ...run.kits.map((kit) => caughtSummary(outcomesOf(run, kit), mistakes.length))],
    ],
    note: describeMistakesMethod(run),
  };
}

export function mistakesMetrics(run: MistakesRun, mistakes: readonly Mistake[]): MeasuredMetric[] {
  const note = `${mistakes.length} typical styling mistakes, each made in every kit; see the table for which and how.`;
  const metric = (id: string, label: string, counted: (outcome: Outcome) => boolean) => ({
    id,
    dimension: "maintainability" as const,
    group: "mistakes caught",
    label,
    unit: "count" as const,
    better: "higher" as const,
    exact: true,
    note,
    samples: Object.fromEntries(
      run.kits.map((kit) => [kit, [outcomesOf(run, kit).filter(counted).length]]),
    ),
  });
  return [
    metric(
      "maintainability/mistakes/caught",
      `Mistakes caught (of ${mistakes.length})`,
      (outcome) => outcome !== "not caught",
    ),
    ...stages.map((stage) =>
      metric(
        `maintainability/mistakes/caught/${stage}`,
        `Caught at ${stageNames[stage]}`,
        (outcome) => outcome === stage,
      ),
    ),
  ];
}
