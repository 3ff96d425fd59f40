// Each runtime dimension and the measurement that makes its figures, run in a fixed order: the
// cheap, exact ones first, the timed ones after, on a machine otherwise left alone.
import type { BenchDimension } from "../cli/bench-arguments";
import { measureBytes } from "../measure/bytes";
import { measureServer } from "../measure/server-load";
import type { Measurement, MeasurementOutput, RunContext } from "./run-context";

const notYet: Measurement = async () => {
  throw new Error("not wired yet");
};

const measurements: Record<BenchDimension, Measurement> = {
  bytes: measureBytes,
  load: notYet,
  interactions: notYet,
  memory: notYet,
  server: measureServer,
  build: notYet,
  maintainability: notYet,
};

export async function runMeasurements(
  context: RunContext,
  dimensions: readonly BenchDimension[],
): Promise<MeasurementOutput> {
  const output: MeasurementOutput = { metrics: [], tables: [] };
  for (const dimension of Object.keys(measurements) as BenchDimension[]) {
    if (!dimensions.includes(dimension)) continue;
    console.log(`▶ ${dimension}`);
    const started = performance.now();
    const made = await measurements[dimension](context);
    output.metrics.push(...(Array.isArray(made) ? made : made.metrics));
    output.tables.push(...(Array.isArray(made) ? [] : made.tables));
    console.log(`  ${dimension} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return output;
}
