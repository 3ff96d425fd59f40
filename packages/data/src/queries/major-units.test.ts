import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { currencyCodes } from "../money/currency";
import { compareMajorAmounts, formatMinorUnits, parseMajorUnits } from "./major-units";

describe("formatMinorUnits", () => {
  it("writes minor units as major-unit decimals with the currency's exact precision", () => {
    expect(formatMinorUnits(1234, "USD")).toBe("12.34");
    expect(formatMinorUnits(5, "EUR")).toBe("0.05");
    expect(formatMinorUnits(-5, "USD")).toBe("-0.05");
    expect(formatMinorUnits(0, "USD")).toBe("0.00");
    expect(formatMinorUnits(1200, "JPY")).toBe("1200");
    expect(formatMinorUnits(-1200, "JPY")).toBe("-1200");
    expect(formatMinorUnits(1234, "KWD")).toBe("1.234");
  });

  it("refuses a fractional minor-unit amount", () => {
    expect(() => formatMinorUnits(1.5, "USD")).toThrow(RangeError);
  });
});

describe("parseMajorUnits", () => {
  it("reads what a person types, exactly", () => {
    expect(parseMajorUnits("12.50", "USD")).toBe(1250);
    expect(parseMajorUnits("12.5", "USD")).toBe(1250);
    expect(parseMajorUnits("12", "USD")).toBe(1200);
    expect(parseMajorUnits("0.29", "USD")).toBe(29);
    expect(parseMajorUnits("1200", "JPY")).toBe(1200);
    expect(parseMajorUnits("1.234", "KWD")).toBe(1234);
  });

  it("refuses more decimals than the currency has, and anything that is not an amount", () => {
    expect(parseMajorUnits("12.505", "USD")).toBeNull();
    expect(parseMajorUnits("12.5", "JPY")).toBeNull();
    expect(parseMajorUnits("-3", "USD")).toBeNull();
    expect(parseMajorUnits("1e3", "USD")).toBeNull();
    expect(parseMajorUnits("1,200", "USD")).toBeNull();
    expect(parseMajorUnits("99999999999999999", "USD")).toBeNull();
  });

  test.prop([fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...currencyCodes)], {
    numRuns: 2_000,
  })("reads back every amount it writes", (amount, currency) => {
    expect(parseMajorUnits(formatMinorUnits(amount, currency), currency)).toBe(amount);
  });
});

describe("compareMajorAmounts", () => {
  it("orders amounts by value, not by text", () => {
    expect(compareMajorAmounts("9.5", "10")).toBe(-1);
    expect(compareMajorAmounts("10.50", "10.5")).toBe(0);
    expect(compareMajorAmounts("100", "99.999")).toBe(1);
  });
});
