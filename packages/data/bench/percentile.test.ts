import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";

describe("percentile (nearest rank)", () => {
  it("takes the smallest value with at least p% of the sample at or below it", () => {
    const sample = [15, 20, 35, 40, 50];
    expect(percentile(sample, 5)).toBe(15);
    expect(percentile(sample, 30)).toBe(20);
    expect(percentile(sample, 40)).toBe(20);
    expect(percentile(sample, 50)).toBe(35);
    expect(percentile(sample, 100)).toBe(50);
  });

  it("does not depend on the sample's order and refuses an empty one", () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});
