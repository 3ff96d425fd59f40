// Each runtime dimension and the measurement that makes its figures, run in a fixed order: the
// cheap, exact ones first, the timed ones after, on a machine otherwise left alone.
import { measureBuildLoop } from "../maintainability/build-loop/measure-build-loop";
import { measureChangeCost } from "../maintainability/changes/measure-change-cost";
import { measureMistakes } from "../maintainability/mistakes/measure-mistakes";
import { measureStatic } from "../maintainability/static/measure-static";
import { measureBytes } from "../measure/bytes";
import { measureInteractions } from "../measure/interactions";
import { measureLoad } from "../measure/lighthouse";
import { measureMemory } from "../measure/memory";
import { measureServer } from "../measure/server-load";
import type { Dimension } from "../results/schema";
import type { Measurement, MeasurementOutput, RunContext } from "./run-context";

/** Several measurements that make one dimension, run one after another. */
function inSequence(...parts: Measurement[]): Measurement {
  return async (context) => {
    const output: MeasurementOutput = { metrics: [], tables: [] };
    for (const part of parts) {
      const made = await part(context);
      output.metrics.push(...(Array.isArray(made) ? made : made.metrics));
      output.tables.push(...(Array.isArray(made) ? [] : made.tables));
    }
    return output;
  };
}

// The order they run in: exact figures first, then the timed browser work while the machine is
// quiet, then the toolchain work (patches, builds), which loads both cores.
const measurements: Record<Dimension, Measurement> = {
  bytes: measureBytes,
  interactions: measureInteractions,
  memory: measureMemory,
  load: measureLoad,
  server: measureServer,
  maintainability: inSequence(measureStatic, measureMistakes, measureChangeCost),
  build: measureBuildLoop,
};

export async function runMeasurements(
  context: RunContext,
  dimensions: readonly Dimension[],
): Promise<MeasurementOutput> {
  const output: MeasurementOutput = { metrics: [], tables: [] };
  for (const dimension of Object.keys(measurements) as Dimension[]) {
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
