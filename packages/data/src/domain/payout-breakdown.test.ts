import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { LedgerEntryKind } from "../ledger/ledger-transaction";
import {
  BreakdownMismatchError,
  breakdownLineKeys,
  breakdownLineOf,
  breakdownOfStoredLines,
  buildPayoutBreakdown,
  type KindTotal,
  payoutGrossSales,
} from "./payout-breakdown";

const claimableKinds: LedgerEntryKind[] = [
  "sale",
  "refund",
  "chargeback",
  "dispute_fee",
  "commission",
  "processing_fee",
  "delivery_share",
  "seller_discount",
  "adjustment",
  "reserve_hold",
  "reserve_release",
  "instant_payout",
  "payout_return",
];

const itemTotals = fc.uniqueArray(
  fc.record({
    kind: fc.constantFrom(...claimableKinds),
    amount: fc.integer({ min: -10_000_000, max: 10_000_000 }),
  }),
  { selector: (total) => total.kind, minLength: 1 },
);

const scheduled = (id: string, amount: number) => ({
  id,
  origin: "scheduled" as const,
  amount,
  grossAmount: amount,
  fee: 0,
});

describe("buildPayoutBreakdown", () => {
  test.prop([itemTotals, fc.nat({ max: 1_000_000 })], { numRuns: 2_000 })(
    "the lines that affect the net add up exactly to the payout's amount",
    (totals, vouchers) => {
      const amount = totals.reduce((sum, total) => sum + total.amount, 0);
      const lines = buildPayoutBreakdown(scheduled("po_x", amount), totals, vouchers);
      const net = lines.filter((line) => line.affectsNet).reduce((s, l) => s + l.amount, 0);
      expect(net).toBe(amount);
    },
  );

  test.prop([itemTotals], { numRuns: 1_000 })(
    "shows lines in the fixed order and leaves zero lines out",
    (totals) => {
      const amount = totals.reduce((sum, total) => sum + total.amount, 0);
      const lines = buildPayoutBreakdown(scheduled("po_x", amount), totals, 0);
      const positions = lines.map((line) => breakdownLineKeys.indexOf(line.line));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(lines.every((line) => line.amount !== 0)).toBe(true);
    },
  );

  it("shows platform vouchers without letting them change the net", () => {
    const totals: KindTotal[] = [
      { kind: "sale", amount: 3_000 },
      { kind: "commission", amount: -600 },
    ];
    const lines = buildPayoutBreakdown(scheduled("po_x", 2_400), totals, 500);
    expect(lines).toEqual([
      { line: "sales", label: "Sales", amount: 3_000, affectsNet: true },
      {
        line: "platform_commission",
        label: "Platform commission",
        amount: -600,
        affectsNet: true,
      },
      {
        line: "platform_vouchers",
        label: "Vouchers funded by the platform",
        amount: 500,
        affectsNet: false,
      },
    ]);
  });

  it("puts chargebacks and their dispute fees on one line", () => {
    const totals: KindTotal[] = [
      { kind: "sale", amount: 5_000 },
      { kind: "chargeback", amount: -2_000 },
      { kind: "dispute_fee", amount: -1_500 },
    ];
    const lines = buildPayoutBreakdown(scheduled("po_x", 1_500), totals, 0);
    expect(lines.map((line) => [line.line, line.amount])).toEqual([
      ["sales", 5_000],
      ["chargebacks", -3_500],
    ]);
  });

  it("breaks an instant payout into the balance paid out and its fee", () => {
    const payout = {
      id: "po_i",
      origin: "instant" as const,
      amount: 9_850,
      grossAmount: 10_000,
      fee: 150,
    };
    const lines = buildPayoutBreakdown(payout, [], 0);
    expect(lines.map((line) => [line.line, line.amount])).toEqual([
      ["balance_paid_out", 10_000],
      ["instant_payout_fee", -150],
    ]);
  });

  it("breaks a retry into the returned payout it pays again", () => {
    const payout = {
      id: "po_r",
      origin: "retry" as const,
      amount: 7_000,
      grossAmount: 7_000,
      fee: 0,
    };
    const lines = buildPayoutBreakdown(payout, [{ kind: "payout_return", amount: 7_000 }], 0);
    expect(lines.map((line) => [line.line, line.amount])).toEqual([["returned_payouts", 7_000]]);
  });

  it("refuses lines that do not add up to the payout", () => {
    expect(() =>
      buildPayoutBreakdown(scheduled("po_bad", 1_001), [{ kind: "sale", amount: 1_000 }], 0),
    ).toThrow(BreakdownMismatchError);
  });
});

describe("breakdownOfStoredLines", () => {
  test.prop([itemTotals, fc.nat({ max: 1_000_000 })], { numRuns: 1_000 })(
    "reads back exactly the breakdown that was stored, even with its rows read in reverse",
    (totals, vouchers) => {
      const payout = scheduled(
        "po_x",
        totals.reduce((sum, total) => sum + total.amount, 0),
      );
      const built = buildPayoutBreakdown(payout, totals, vouchers);
      const stored = built.map(({ line, amount }) => ({ line, amount })).reverse();
      expect(breakdownOfStoredLines(payout, stored)).toEqual(built);
    },
  );

  it("refuses stored lines that do not add up to the payout", () => {
    const stored = [
      { line: "sales" as const, amount: 1_000 },
      { line: "platform_vouchers" as const, amount: 1 },
    ];
    expect(() => breakdownOfStoredLines({ id: "po_bad", amount: 1_001 }, stored)).toThrow(
      BreakdownMismatchError,
    );
  });
});

describe("breakdownLineOf", () => {
  it("refuses entry kinds a payout is never made of", () => {
    for (const kind of ["payout", "customer_payment", "payout_settlement"] as const) {
      expect(() => breakdownLineOf(kind)).toThrow(RangeError);
    }
  });
});

describe("payoutGrossSales", () => {
  it("is the sale lines of a scheduled payout and what left the balance otherwise", () => {
    expect(payoutGrossSales({ origin: "scheduled", grossAmount: 800 }, 1_000)).toBe(1_000);
    expect(payoutGrossSales({ origin: "instant", grossAmount: 10_000 }, 0)).toBe(10_000);
  });
});
