import { describe, expect, test } from "vitest";
import { duplicationOf } from "./duplication";

describe("duplicationOf", () => {
  test("reads clones, duplicated lines and jscpd's percentage as a share", () => {
    const report = {
      statistics: {
        total: { lines: 6967, clones: 8, duplicatedLines: 88, percentage: 1.2630974594517008 },
        formats: {},
      },
      duplicates: [],
    };
    expect(duplicationOf(report)).toEqual({
      clones: 8,
      duplicatedLines: 88,
      share: 0.012630974594517008,
    });
  });

  test("a report without totals is refused", () => {
    expect(() => duplicationOf({ statistics: {} })).toThrow();
  });
});
