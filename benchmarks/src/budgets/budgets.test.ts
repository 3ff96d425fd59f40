import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBudgets, parseBudgets } from "./budgets";

it("the committed budget file is valid", () => {
  expect(() => loadBudgets(join(import.meta.dirname, "..", "..", "budgets.json"))).not.toThrow();
});

describe("parseBudgets", () => {
  it("reads an empty file as no rules", () => {
    expect(parseBudgets({}, "budgets.json")).toEqual({ bytes: {}, ratiosToFloor: [] });
  });

  it("reads bytes per kit, route and figure, and ratio rules with a glob", () => {
    const budgets = {
      $comment: "from a run",
      bytes: { tailwind: { overview: { "js/brotli": 178_700, "total/brotli": 249_600 } } },
      ratiosToFloor: [{ metric: "interactions/*/total", max: 1.6, kits: ["styled"] }],
    };
    expect(parseBudgets(budgets, "budgets.json")).toEqual(budgets);
  });

  it("refuses a budget for the floor, a figure that is not type/compression, and unknown fields", () => {
    expect(() => parseBudgets({ bytes: { floor: {} } }, "budgets.json")).toThrow(
      /budgets\.json is not a valid budget file.*floor/s,
    );
    expect(() => parseBudgets({ bytes: { tailwind: { overview: { js: 1 } } } }, "b")).toThrow(
      /bytes\.tailwind\.overview\.js/,
    );
    expect(() => parseBudgets({ ratiosToFloor: [{ metric: "a", max: 1, min: 0 }] }, "b")).toThrow(
      /Unrecognized key: "min"/,
    );
    expect(() => parseBudgets({ ratiosToFloor: [{ metric: "a", max: 0 }] }, "b")).toThrow(/max/);
  });
});
