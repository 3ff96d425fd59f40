import { describe, expect, it } from "vitest";
import {
  amountFilterError,
  amountRangeErrors,
  dateRangeError,
  hasPayoutFilters,
  isAmountRangeOrdered,
  payoutDestinationLabel,
  payoutHref,
} from "./payouts";

describe("amountFilterError", () => {
  it("accepts an empty field and amounts in major units", () => {
    expect(amountFilterError("", "USD")).toBeNull();
    expect(amountFilterError(" 12.50 ", "USD")).toBeNull();
    expect(amountFilterError("1200", "JPY")).toBeNull();
  });

  it("refuses what the URL would refuse: a sign, a comma, a trailing dot", () => {
    expect(amountFilterError("$12", "USD")).not.toBeNull();
    expect(amountFilterError("12,50", "USD")).not.toBeNull();
    expect(amountFilterError("12.", "USD")).not.toBeNull();
    expect(amountFilterError("-3", "USD")).not.toBeNull();
  });

  it("refuses more decimals than the currency has", () => {
    expect(amountFilterError("12.505", "USD")).toMatch(/at most 2 decimals/);
    expect(amountFilterError("12.5", "JPY")).toMatch(/whole amount/);
  });
});

describe("isAmountRangeOrdered", () => {
  it("compares decimals exactly, whatever their number of digits", () => {
    expect(isAmountRangeOrdered("12.5", "12.50")).toBe(true);
    expect(isAmountRangeOrdered("12.51", "12.5")).toBe(false);
    expect(isAmountRangeOrdered("9", "10")).toBe(true);
    expect(isAmountRangeOrdered("100", "99.99")).toBe(false);
  });

  it("holds when either end is open", () => {
    expect(isAmountRangeOrdered("", "5")).toBe(true);
    expect(isAmountRangeOrdered("5", " ")).toBe(true);
  });
});

describe("payout destination and link", () => {
  it("shows the account's last four digits, or that there is none", () => {
    expect(payoutDestinationLabel({ bankName: "Chase", last4: "1234" })).toBe("Bank ••••1234");
    expect(payoutDestinationLabel(null)).toBe("No bank account");
  });

  it("escapes the id in the detail link", () => {
    expect(payoutHref("po_1/2")).toBe("/payouts/po_1%2F2");
  });
});

describe("dateRangeError", () => {
  it("lets an open or ordered range through", () => {
    expect(dateRangeError({ from: "", to: "" })).toBeNull();
    expect(dateRangeError({ from: "2026-03-01", to: "" })).toBeNull();
    expect(dateRangeError({ from: "2026-03-01", to: "2026-03-01" })).toBeNull();
  });

  it("holds back a year still being typed and a day that does not exist", () => {
    expect(dateRangeError({ from: "0002-03-01", to: "" })).not.toBeNull();
    expect(dateRangeError({ from: "", to: "2026-02-30" })).not.toBeNull();
  });

  it("refuses an inverted range", () => {
    expect(dateRangeError({ from: "2026-03-02", to: "2026-03-01" })).toMatch(/on or after/);
  });
});

describe("hasPayoutFilters", () => {
  const unfiltered = {
    status: [],
    dateField: "arrival",
    sort: "amount",
    order: "asc",
    pageSize: 100,
  } as const;

  it("ignores sort and page size", () => {
    expect(hasPayoutFilters({ ...unfiltered, status: [] })).toBe(false);
  });

  it("sees a status, a bound or a search", () => {
    expect(hasPayoutFilters({ ...unfiltered, status: ["failed"] })).toBe(true);
    expect(hasPayoutFilters({ ...unfiltered, status: [], amountMax: "10" })).toBe(true);
    expect(hasPayoutFilters({ ...unfiltered, status: [], search: "po_1" })).toBe(true);
  });
});

describe("amountRangeErrors", () => {
  it("tells the maximum when the range is inverted", () => {
    expect(amountRangeErrors({ min: "20", max: "10" }, "USD")).toEqual({
      min: null,
      max: "Must be at least the minimum amount",
    });
  });

  it("tells each bad bound on its own field", () => {
    const errors = amountRangeErrors({ min: "1,5", max: "10" }, "USD");
    expect(errors.min).not.toBeNull();
    expect(errors.max).toBeNull();
  });
});
