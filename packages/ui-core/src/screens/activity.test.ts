import { describe, expect, it } from "vitest";
import { activityRowHref, hasActivityFilters } from "./activity";

describe("activityRowHref", () => {
  it("links a movement to its order first", () => {
    expect(activityRowHref({ orderId: "ord_1", payoutId: "po_1" })).toBe("/orders/ord_1");
  });

  it("links a payout movement to its payout", () => {
    expect(activityRowHref({ orderId: null, payoutId: "po_1" })).toBe("/payouts/po_1");
  });

  it("links nothing when the movement has neither", () => {
    expect(activityRowHref({ orderId: null, payoutId: null })).toBeNull();
  });
});

describe("hasActivityFilters", () => {
  it("sees a type or a date, not the page size", () => {
    expect(hasActivityFilters({ type: [], pageSize: 100 })).toBe(false);
    expect(hasActivityFilters({ type: ["refund"], pageSize: 25 })).toBe(true);
    expect(hasActivityFilters({ type: [], to: "2026-01-31", pageSize: 25 })).toBe(true);
  });
});
