import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { contrastMedians, median, medianInterval } from "./bootstrap";

const samples = fc.array(fc.double({ min: 0.1, max: 10_000, noNaN: true }), {
  minLength: 1,
  maxLength: 15,
});

describe("median", () => {
  it("is the middle sample, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("refuses no samples", () => {
    expect(() => median([])).toThrow(/no samples/);
  });
});

describe("medianInterval", () => {
  it("of five samples spans them all: each extreme is a resample's median 5.8 % of the time", () => {
    // P(the median of 5 draws is the smallest of 5 values) = P(≥ 3 draws hit it) = 5.8 % > 2.5 %.
    expect(medianInterval([12, 10, 14, 11, 13], 2_000)).toEqual({ median: 12, low: 10, high: 14 });
  });

  it("of 101 evenly spread samples is the median's classic rank interval, about ±10 ranks", () => {
    const {
      median: value,
      low,
      high,
    } = medianInterval(
      Array.from({ length: 101 }, (_, index) => index + 1),
      4_000,
    );
    expect(value).toBe(51);
    expect(low).toBeGreaterThanOrEqual(39);
    expect(low).toBeLessThanOrEqual(44);
    expect(high).toBeGreaterThanOrEqual(58);
    expect(high).toBeLessThanOrEqual(63);
  });

  it("has no width for one sample or for identical samples", () => {
    expect(medianInterval([7], 500)).toEqual({ median: 7, low: 7, high: 7 });
    expect(medianInterval([7, 7, 7, 7], 500)).toEqual({ median: 7, low: 7, high: 7 });
  });

  it("is the same on every call for the same samples (a seeded generator)", () => {
    const noisy = [48.1, 51.3, 47.7, 60.2, 49.9, 52.4, 50.0];
    expect(medianInterval(noisy, 1_000)).toEqual(medianInterval(noisy, 1_000));
  });

  test.prop([samples])("always holds its median, within the samples' range", (values) => {
    const { median: value, low, high } = medianInterval(values, 200);
    expect(value).toBe(median(values));
    expect(low).toBeLessThanOrEqual(value);
    expect(high).toBeGreaterThanOrEqual(value);
    expect(low).toBeGreaterThanOrEqual(Math.min(...values));
    expect(high).toBeLessThanOrEqual(Math.max(...values));
  });
});

describe("contrastMedians", () => {
  it("puts clearly separated samples apart: the difference's interval excludes 0", () => {
    const { ratio, difference } = contrastMedians(
      [10, 11, 12, 13, 14],
      [20, 21, 22, 23, 24],
      2_000,
    );
    expect(difference.median).toBe(-10);
    expect(difference.high).toBeLessThan(0);
    expect(ratio?.median).toBeCloseTo(12 / 22);
    expect(ratio?.low).toBeGreaterThanOrEqual(10 / 24);
    expect(ratio?.high).toBeLessThan(1);
  });

  test.prop([samples])(
    "resamples two copies of the same samples independently, and never separates them",
    (values) => {
      const { ratio, difference } = contrastMedians(values, [...values], 200);
      expect(difference.low).toBeLessThanOrEqual(0);
      expect(difference.high).toBeGreaterThanOrEqual(0);
      expect(ratio?.low).toBeLessThanOrEqual(1);
      expect(ratio?.high).toBeGreaterThanOrEqual(1);
    },
  );

  it("gives no ratio where the denominator's median is, or can be, 0", () => {
    expect(contrastMedians([5, 6, 7], [0, 0, 0], 200).ratio).toBeUndefined();
    expect(contrastMedians([5, 6, 7, 8, 9], [0, 0, 3, 4, 5], 500).ratio).toBeUndefined();
    expect(contrastMedians([5, 6, 7], [0, 0, 0], 200).difference.low).toBeGreaterThan(0);
  });
});
