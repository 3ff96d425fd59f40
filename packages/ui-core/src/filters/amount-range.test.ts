import { describe, expect, it } from "vitest";
import { sameAmountRange, trimAmountRange } from "./amount-range";

describe("sameAmountRange", () => {
  it("ignores surrounding spaces and tells different bounds apart", () => {
    expect(sameAmountRange({ min: " 10 ", max: "" }, { min: "10", max: "" })).toBe(true);
    expect(sameAmountRange({ min: "10", max: "" }, { min: "10", max: "20" })).toBe(false);
  });
});

describe("trimAmountRange", () => {
  it("writes the bounds without surrounding spaces", () => {
    expect(trimAmountRange({ min: " 1.50", max: "20 " })).toEqual({ min: "1.50", max: "20" });
  });
});
