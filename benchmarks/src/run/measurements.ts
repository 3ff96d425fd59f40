// Each runtime dimension and the measurement that makes its figures, run in a fixed order: the
// cheap, exact ones first, the timed ones after, on a machine otherwise left alone.
import type { RuntimeDimension } from "../cli/bench-arguments";
import { measureBytes } from "../measure/bytes";
import { measureServer } from "../measure/server-load";
import type { MeasuredMetric } from "../results/schema";
import type { Measurement, RunContext } from "./run-context";

const notYet: Measurement = async () => {
  throw new Error("not wired yet");
};

const measurements: Record<RuntimeDimension, Measurement> = {
  bytes: measureBytes,
  load: notYet,
  interactions: notYet,
  memory: notYet,
  server: measureServer,
};

export async function runMeasurements(
  context: RunContext,
  dimensions: readonly RuntimeDimension[],
): Promise<MeasuredMetric[]> {
  const metrics: MeasuredMetric[] = [];
  for (const dimension of Object.keys(measurements) as RuntimeDimension[]) {
    if (!dimensions.includes(dimension)) continue;
    console.log(`▶ ${dimension}`);
    const started = performance.now();
    metrics.push(...(await measurements[dimension](context)));
    console.log(`  ${dimension} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return metrics;
}
