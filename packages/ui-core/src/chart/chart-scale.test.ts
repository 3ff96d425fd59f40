import { describe, expect, it } from "vitest";
import { niceTicks, percentFromTop } from "./chart-scale";

describe("niceTicks", () => {
  it("starts at zero and rounds the top up to a round step", () => {
    expect(niceTicks([1050, 300])).toEqual([0, 500, 1000, 1500]);
  });

  it("uses a quarter step when it fits the largest value more closely", () => {
    expect(niceTicks([96_000])).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
  });

  it("reaches below zero for a negative value", () => {
    expect(niceTicks([-300, 1000])).toEqual([-500, 0, 500, 1000]);
  });

  it("never steps by a fraction of a minor unit", () => {
    expect(niceTicks([3])).toEqual([0, 1, 2, 3]);
  });

  it("gives an axis of one unit when every value is zero", () => {
    expect(niceTicks([0, 0])).toEqual([0, 1]);
  });

  it("gives 4 or 5 ticks for any range", () => {
    for (const max of [7, 99, 1234, 55_555, 987_654_321]) {
      const count = niceTicks([max]).length;
      expect(count, `max ${max}`).toBeGreaterThanOrEqual(4);
      expect(count, `max ${max}`).toBeLessThanOrEqual(5);
    }
  });
});

describe("percentFromTop", () => {
  it("places the top tick at 0 %, the bottom at 100 % and zero in between", () => {
    const ticks = [-500, 0, 500, 1000];
    expect(percentFromTop(1000, ticks)).toBe(0);
    expect(percentFromTop(-500, ticks)).toBe(100);
    expect(percentFromTop(0, ticks)).toBeCloseTo(66.667, 2);
  });
});
