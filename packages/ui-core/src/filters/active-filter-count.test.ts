import { describe, expect, it } from "vitest";
import type { PayoutListParamsView } from "../screens/payouts";
import { activityActiveFilterCount, payoutActiveFilterCount } from "./active-filter-count";

const none: PayoutListParamsView = {
  status: [],
  dateField: "arrival",
  sort: "date",
  order: "desc",
  pageSize: 25,
};

describe("payoutActiveFilterCount", () => {
  it("is zero with no filter", () => {
    expect(payoutActiveFilterCount(none)).toBe(0);
  });

  it("counts a range once, whichever ends are set", () => {
    expect(payoutActiveFilterCount({ ...none, from: "2026-01-01", to: "2026-02-01" })).toBe(1);
    expect(payoutActiveFilterCount({ ...none, amountMax: "10" })).toBe(1);
  });

  it("counts each filter in use", () => {
    expect(
      payoutActiveFilterCount({
        ...none,
        status: ["paid"],
        to: "2026-02-01",
        currency: "USD",
        amountMin: "1",
        search: "po_",
      }),
    ).toBe(5);
  });
});

describe("activityActiveFilterCount", () => {
  it("counts types and the date range", () => {
    expect(activityActiveFilterCount({ type: [], pageSize: 25 })).toBe(0);
    expect(activityActiveFilterCount({ type: ["sale"], from: "2026-01-01", pageSize: 25 })).toBe(2);
  });
});
