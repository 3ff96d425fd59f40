import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { allocate, basisPointsOf } from "./allocate";

const amounts = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const weightLists = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 })
  .filter((weights) => weights.some((weight) => weight > 0));

describe("allocate", () => {
  test.prop([amounts, weightLists], { numRuns: 5_000 })(
    "parts add up exactly to the whole",
    (amount, weights) => {
      const parts = allocate(amount, weights);
      expect(parts).toHaveLength(weights.length);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(amount);
    },
  );

  test.prop([amounts, weightLists], { numRuns: 5_000 })(
    "every part is within one minor unit of its exact share, and zero weights get nothing",
    (amount, weights) => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      allocate(amount, weights).forEach((part, index) => {
        const exact = (amount * (weights[index] ?? 0)) / total;
        expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6 * Math.abs(exact));
        if (weights[index] === 0) expect(part).toBe(0);
      });
    },
  );

  test.prop([amounts, weightLists], { numRuns: 2_000 })(
    "a negative amount is the mirror of the positive one",
    (amount, weights) => {
      expect(allocate(-amount, weights)).toEqual(
        allocate(amount, weights).map((part) => -part || 0),
      );
    },
  );

  it("gives the leftover unit to the largest remainder, ties to the part listed first", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(5, [3, 7])).toEqual([2, 3]);
    expect(allocate(10, [1, 2])).toEqual([3, 7]);
    expect(allocate(1, [1, 1])).toEqual([1, 0]);
  });

  it("refuses amounts and weights it cannot split exactly", () => {
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(10, [])).toThrow(RangeError);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
    expect(() => allocate(10, [-1, 2])).toThrow(RangeError);
  });
});

describe("basisPointsOf", () => {
  it("rounds half away from zero", () => {
    expect(basisPointsOf(1050, 290)).toBe(30); // 30.45
    expect(basisPointsOf(50, 1_000)).toBe(5);
    expect(basisPointsOf(5, 1_000)).toBe(1); // 0.5 → 1
    expect(basisPointsOf(-5, 1_000)).toBe(-1);
  });

  test.prop([amounts, fc.integer({ min: 0, max: 10_000 })], { numRuns: 2_000 })(
    "is within half a minor unit of the exact percentage",
    (amount, bps) => {
      expect(Math.abs(basisPointsOf(amount, bps) - (amount * bps) / 10_000)).toBeLessThanOrEqual(
        0.5 + 1e-6 * Math.abs(amount),
      );
    },
  );
});
