import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { currencyCodes } from "../money/currency";
import { instantPayoutFee, minimumInstantPayoutFee } from "./instant-payout-fee";

describe("instantPayoutFee", () => {
  it("charges 1.5 % of the amount, rounded half away from zero", () => {
    expect(instantPayoutFee(100_000, "USD")).toBe(1_500);
    expect(instantPayoutFee(10_033, "USD")).toBe(150); // 150.495 → 150
    expect(instantPayoutFee(10_034, "USD")).toBe(151); // 150.51 → 151
    expect(instantPayoutFee(100_000, "JPY")).toBe(1_500);
  });

  it("charges at least 0.50 in 2-decimal currencies and ¥50 in yen", () => {
    expect(instantPayoutFee(1_000, "USD")).toBe(50);
    expect(instantPayoutFee(1_000, "EUR")).toBe(50);
    expect(instantPayoutFee(3_000, "JPY")).toBe(50);
    expect(instantPayoutFee(1_000, "KWD")).toBe(150);
  });

  it("refuses amounts that are not positive whole minor units", () => {
    expect(() => instantPayoutFee(0, "USD")).toThrow(ValidationError);
    expect(() => instantPayoutFee(12.5, "USD")).toThrow(ValidationError);
    expect(() => instantPayoutFee(100, "XXX" as "USD")).toThrow(ValidationError);
  });

  test.prop([fc.integer({ min: 1, max: 10 ** 12 }), fc.constantFrom(...currencyCodes)])(
    "is the minimum or 1.5 % of the amount to within half a minor unit, whichever is more",
    (gross, currency) => {
      const fee = instantPayoutFee(gross, currency);
      const minimum = minimumInstantPayoutFee[currency];
      expect(fee).toBeGreaterThanOrEqual(minimum);
      if (fee > minimum) expect(Math.abs(fee * 10_000 - gross * 150)).toBeLessThanOrEqual(5_000);
      else expect(gross * 150).toBeLessThanOrEqual(minimum * 10_000 + 5_000);
    },
  );
});
