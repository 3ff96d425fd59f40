import type { MeasuredMetric, TargetId } from "./schema";

/** Appends one sample of `target` to a metric. */
export function addSample(metric: MeasuredMetric, target: TargetId, value: number): void {
  const samples = metric.samples[target] ?? [];
  samples.push(value);
  metric.samples[target] = samples;
}
