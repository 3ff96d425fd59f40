import { describe, expect, it } from "vitest";
import {
  payoutCurrencyOptions,
  payoutDateFieldOptions,
  payoutStatusOptions,
} from "./filter-options";

describe("payoutCurrencyOptions", () => {
  it("starts with all currencies, an empty value that clears the filter", () => {
    expect(payoutCurrencyOptions(["USD", "JPY"])).toEqual([
      { value: "", label: "All currencies" },
      { value: "USD", label: "USD" },
      { value: "JPY", label: "JPY" },
    ]);
  });
});

describe("payout filter options", () => {
  it("label statuses and date fields as the screen shows them", () => {
    expect(payoutStatusOptions.find((option) => option.value === "in_transit")?.label).toBe(
      "In transit",
    );
    expect(payoutDateFieldOptions.map((option) => option.label)).toEqual(["Created", "Arrival"]);
  });
});
