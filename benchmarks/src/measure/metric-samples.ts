// The metrics a measurement reports, declared once and filled in sample by sample as the rounds
// run, in the order they were declared.
import type { MeasuredMetric, TargetId } from "../results/schema";

export type MetricDefinition = Omit<MeasuredMetric, "samples">;

export class MetricSamples {
  readonly #metrics = new Map<string, MeasuredMetric>();

  define(definition: MetricDefinition): void {
    if (this.#metrics.has(definition.id)) {
      throw new Error(`Metric ${definition.id} is defined twice`);
    }
    this.#metrics.set(definition.id, { ...definition, samples: {} });
  }

  add(id: string, target: TargetId, value: number): void {
    const metric = this.#metrics.get(id);
    if (!metric) throw new Error(`No metric ${id} was defined`);
    if (!Number.isFinite(value)) throw new Error(`${id} on ${target}: ${value} is not a figure`);
    const samples = metric.samples[target] ?? [];
    samples.push(value);
    metric.samples[target] = samples;
  }

  list(): MeasuredMetric[] {
    return [...this.#metrics.values()];
  }
}
