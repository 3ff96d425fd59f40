// The bar chart's value axis: round, evenly spaced ticks that include zero and every value.
// Values are integers in minor units, so a step is never a fraction of one.

/** Ticks from the lowest (zero, unless a value is negative) to the highest, 3–4 steps apart. */
export function niceTicks(values: readonly number[], targetSteps = 4): number[] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (min === max) return [0, 1];
  const step = niceStep((max - min) / targetSteps);
  const first = Math.floor(min / step) * step;
  const count = Math.round((Math.ceil(max / step) * step - first) / step);
  return Array.from({ length: count + 1 }, (_, index) => first + index * step);
}

function niceStep(rawStep: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const factors = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = factors
    .map((factor) => factor * magnitude)
    .find((candidate) => candidate >= rawStep);
  return Math.max(1, step ?? 10 * magnitude);
}

/** A value's distance from the top of an axis running from `ticks[0]` to its last tick, in %. */
export function percentFromTop(value: number, ticks: readonly number[]): number {
  const bottom = ticks[0] ?? 0;
  const top = ticks[ticks.length - 1] ?? 1;
  return ((top - value) / (top - bottom)) * 100;
}
