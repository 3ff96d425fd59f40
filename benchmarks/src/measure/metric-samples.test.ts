import { expect, test } from "vitest";
import { MetricSamples } from "./metric-samples";

const definition = {
  id: "memory/payout-detail/after-load",
  dimension: "memory",
  group: "Payout detail",
  label: "After load",
  unit: "MB",
  better: "lower",
  exact: false,
} as const;

test("samples land under their metric and target, metrics in the order defined", () => {
  const samples = new MetricSamples();
  samples.define(definition);
  samples.define({ ...definition, id: "memory/payout-detail/after-rows", label: "After rows" });
  samples.add(definition.id, "tailwind", 10);
  samples.add(definition.id, "styled", 12);
  samples.add(definition.id, "tailwind", 11);
  const [first, second] = samples.list();
  expect(first?.samples).toEqual({ tailwind: [10, 11], styled: [12] });
  expect(second?.id).toBe("memory/payout-detail/after-rows");
  expect(second?.samples).toEqual({});
});

test("a sample for a metric never defined, or one that is not a number, is refused", () => {
  const samples = new MetricSamples();
  samples.define(definition);
  expect(() => samples.add("memory/nowhere", "tailwind", 1)).toThrow(/No metric memory\/nowhere/);
  expect(() => samples.add(definition.id, "tailwind", Number.NaN)).toThrow(/not a figure/);
  expect(() => samples.define(definition)).toThrow(/defined twice/);
});
