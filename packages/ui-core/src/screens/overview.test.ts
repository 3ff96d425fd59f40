import { describe, expect, it } from "vitest";
import { instantPayoutAvailability, nextPayoutState, overviewLabels } from "./overview";

const usd = {
  currency: "USD",
  available: 5000,
  pending: 0,
  reserve: 0,
  inTransit: 0,
  instantAvailable: 5000,
};

describe("nextPayoutState", () => {
  it("shows the scheduled payout", () => {
    const payout = { date: "2026-11-18", currency: "USD", estimatedAmount: 1200 };
    expect(nextPayoutState({ nextPayout: payout, heldReason: null })).toEqual({
      kind: "scheduled",
      payout,
    });
  });

  it("explains a hold before anything else", () => {
    const reason = { kind: "bank_account_failed", payoutId: "po_9" } as const;
    expect(nextPayoutState({ nextPayout: null, heldReason: reason })).toEqual({
      kind: "held",
      reason,
    });
  });

  it("reads no payout and no hold as a manual schedule", () => {
    expect(nextPayoutState({ nextPayout: null, heldReason: null })).toEqual({ kind: "manual" });
  });
});

describe("instantPayoutAvailability", () => {
  it("draws on the balance in the seller's currency", () => {
    const eur = { ...usd, currency: "EUR", instantAvailable: 99 };
    expect(
      instantPayoutAvailability({ currency: "USD" }, { balances: [eur, usd], heldReason: null }),
    ).toEqual({ currency: "USD", instantAvailable: 5000, unavailableReason: null });
  });

  it("says why when nothing is available", () => {
    const empty = { ...usd, instantAvailable: 0 };
    expect(
      instantPayoutAvailability({ currency: "USD" }, { balances: [empty], heldReason: null })
        .unavailableReason,
    ).toBe(overviewLabels.payOutNowUnavailable);
    expect(
      instantPayoutAvailability({ currency: "USD" }, { balances: [], heldReason: null })
        .instantAvailable,
    ).toBe(0);
  });

  it("refuses while payouts are held, whatever the balance", () => {
    expect(
      instantPayoutAvailability(
        { currency: "USD" },
        { balances: [usd], heldReason: { kind: "no_bank_account" } },
      ).unavailableReason,
    ).toBe(overviewLabels.payOutNowHeld);
  });
});
