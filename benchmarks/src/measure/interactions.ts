// The interactions dimension: every case of config/interaction-cases, on one signed-in page per
// target at the case's route (set up once), in interleaved rounds with warm-ups; each run traced
// and verified (see interaction-run), then put back by the case's undo, verified too.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type InteractionCase, interactionCases } from "../config/interaction-cases";
import { benchRoutes } from "../config/routes";
import { selectById } from "../config/select-by-id";
import type { TargetId } from "../results/schema";
import { forEachRound } from "../run/interleave";
import type { Measurement, RunContext, ServedTarget } from "../run/run-context";
import { measureAction, runPhase } from "./interaction-run";
import { MetricSamples } from "./metric-samples";
import { openRoutePage, type RoutePage } from "./route-page";
import type { Category } from "./trace-window";

const figures = [
  { figure: "total", label: "Total (input to paint)" },
  { figure: "script", label: "Script" },
  { figure: "style", label: "Style recalculation" },
  { figure: "layout", label: "Layout" },
  { figure: "paint", label: "Paint, layerize and commit" },
] as const satisfies readonly { figure: "total" | Exclude<Category, "other">; label: string }[];

const metricId = (interaction: InteractionCase, figure: string) =>
  `interactions/${interaction.id}/${figure}`;

/** A signed-in page at the case's route with its setup done. */
function openCasePage(
  run: RunContext,
  served: ServedTarget,
  interaction: InteractionCase,
): Promise<RoutePage> {
  const route = benchRoutes.find((candidate) => candidate.id === interaction.route);
  if (!route) throw new Error(`Case ${interaction.id}: no route "${interaction.route}"`);
  return openRoutePage(run, served, route, async (page) => {
    for (const phase of interaction.setup) await runPhase(page, phase, { mustChange: false });
  });
}

async function measureCase(
  run: RunContext,
  interaction: InteractionCase,
  samples: MetricSamples,
  traceDir: string,
): Promise<void> {
  for (const { figure, label } of figures) {
    samples.define({
      id: metricId(interaction, figure),
      dimension: "interactions",
      group: interaction.label,
      label,
      unit: "ms",
      better: "lower",
      exact: false,
      note: `CPU ×${interaction.cpuThrottling}`,
    });
  }
  const pages = new Map<TargetId, RoutePage>();
  try {
    for (const served of run.targets) {
      pages.set(served.target.id, await openCasePage(run, served, interaction));
    }
    await forEachRound(run.targets, run.profile.interactions, async (served, round) => {
      const target = served.target.id;
      const { page, session } = pages.get(target) as RoutePage;
      const where = `${metricId(interaction, "*")} on ${target}, round ${round.index}`;
      try {
        const window = await measureAction({
          page,
          session,
          browser: run.browser,
          action: interaction.action,
          cpuThrottling: interaction.cpuThrottling,
          tracePath: join(traceDir, `${interaction.id}-${target}-round${round.index}.json`),
        });
        const { script, style, layout, paint } = window.time;
        run.log(
          `${where}${round.warmup ? " (warm-up)" : ""}: ${window.total.toFixed(1)} ms ` +
            `(script ${script.toFixed(1)}, style ${style.toFixed(1)}, layout ${layout.toFixed(1)}, paint ${paint.toFixed(1)})`,
        );
        if (!round.warmup) {
          for (const { figure } of figures) {
            const value = figure === "total" ? window.total : window.time[figure];
            samples.add(metricId(interaction, figure), target, value);
          }
        }
        await runPhase(page, interaction.undo, { mustChange: true }).catch((error: Error) => {
          throw new Error(`the undo failed: ${error.message}`, { cause: error });
        });
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
      }
    });
  } finally {
    await Promise.all([...pages.values()].map(({ context }) => context.close()));
  }
}

export const measureInteractions: Measurement = async (run) => {
  const samples = new MetricSamples();
  const traceDir = join(run.outDir, "traces");
  await mkdir(traceDir, { recursive: true });
  const cases = selectById(interactionCases, run.profile.interactions.cases, "interaction case");
  for (const interaction of cases) {
    await measureCase(run, interaction, samples, traceDir);
  }
  return samples.list();
};
