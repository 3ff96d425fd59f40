import { describe, expect, it } from "vitest";
import { canTransition, payoutStatuses } from "./payout-status";

describe("payout state machine", () => {
  it("allows exactly pending → in_transit → paid, failure, late failure and early cancel", () => {
    const allowed = payoutStatuses.flatMap((from) =>
      payoutStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "in_transit→failed",
        "in_transit→paid",
        "paid→failed",
        "pending→canceled",
        "pending→failed",
        "pending→in_transit",
      ].sort(),
    );
  });
});
