import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitSale } from "../domain/sale-split";
import {
  adjustmentTransaction,
  chargebackTransactions,
  type PayoutReturnReason,
  payoutCreatedTransaction,
  payoutPaidTransaction,
  payoutReturnTransaction,
  refundTransaction,
  saleTransactions,
} from "./domain-transactions";
import {
  assertBalanced,
  type LedgerTransactionDraft,
  UnbalancedTransactionError,
} from "./ledger-transaction";

const at = new Date("2026-10-01T12:00:00Z");
const later = new Date("2026-10-04T12:00:00Z");
const common = { sellerId: "sel_a", currency: "USD", occurredAt: at };
const amount = fc.integer({ min: 1, max: 10_000_000 });

const sale = fc
  .record({
    itemsSubtotal: fc.integer({ min: 1, max: 1_000_000 }),
    deliveryFee: fc.integer({ min: 0, max: 1_000 }),
    discountPercent: fc.integer({ min: 0, max: 50 }),
    voucherPercent: fc.integer({ min: 0, max: 50 }),
    commissionBps: fc.integer({ min: 1_500, max: 3_000 }),
    deliveryShareBps: fc.integer({ min: 0, max: 1_000 }),
    processingBps: fc.constant(290),
    processingFixed: fc.constant(30),
    reserveBps: fc.integer({ min: 0, max: 1_000 }),
  })
  .map(({ discountPercent, voucherPercent, ...rest }) => {
    const sellerDiscount = Math.floor((rest.itemsSubtotal * discountPercent) / 100);
    const platformVoucher = Math.floor(
      ((rest.itemsSubtotal - sellerDiscount) * voucherPercent) / 100,
    );
    return { ...rest, sellerDiscount, platformVoucher };
  });

function sumOf(draft: LedgerTransactionDraft, account?: string) {
  return draft.entries
    .filter((entry) => !account || entry.account === account)
    .reduce((sum, entry) => sum + entry.amount, 0);
}

describe("the accounting of payout events", () => {
  test.prop([sale], { numRuns: 3_000 })(
    "a sale balances, and credits the seller exactly its net",
    (terms) => {
      const split = splitSale(terms);
      const drafts = saleTransactions({
        ...common,
        orderId: "ord_1",
        terms,
        split,
        availableAt: later,
        reserveReleaseAt: later,
      });
      for (const draft of drafts) assertBalanced(draft);
      const [saleDraft] = drafts;
      if (!saleDraft) throw new Error("no sale transaction");
      expect(sumOf(saleDraft, "seller_payable") + sumOf(saleDraft, "seller_reserve")).toBe(
        split.sellerNet,
      );
      expect(drafts.reduce((sum, draft) => sum + sumOf(draft, "seller_payable"), 0)).toBe(
        split.sellerNet,
      );
    },
  );

  test.prop([amount, amount], { numRuns: 1_000 })(
    "refunds, chargebacks and adjustments balance",
    (value, fee) => {
      assertBalanced(
        refundTransaction({ ...common, orderId: "ord_1", refundId: "re_1", amount: value }),
      );
      for (const draft of chargebackTransactions({
        ...common,
        orderId: "ord_1",
        chargebackId: "dp_1",
        amount: value,
        fee,
      })) {
        assertBalanced(draft);
      }
      assertBalanced(
        adjustmentTransaction({
          ...common,
          adjustmentId: "adj_1",
          amount: -value,
          description: "Tablet rental",
        }),
      );
    },
  );

  test.prop(
    [
      amount,
      fc.integer({ min: 0, max: 10_000 }),
      fc.boolean(),
      fc.constantFrom<PayoutReturnReason>("failed", "canceled", "returned_after_paid", "reversed"),
    ],
    { numRuns: 2_000 },
  )(
    "a payout's life balances, and a return gives the seller back all it took",
    (value, fee, instant, reason) => {
      const payout = {
        ...common,
        payoutId: "po_1",
        amount: value,
        fee: instant ? fee : 0,
        instant,
      };
      const created = payoutCreatedTransaction(payout);
      const returned = payoutReturnTransaction(payout, reason);
      for (const draft of [created, payoutPaidTransaction(payout), returned]) assertBalanced(draft);
      expect(sumOf(created, "seller_payable") + sumOf(returned, "seller_payable")).toBe(0);
    },
  );

  it("refuses a transaction whose entries do not sum to zero", () => {
    const draft = refundTransaction({ ...common, orderId: "ord_1", refundId: "re_1", amount: 100 });
    const [first, second] = draft.entries;
    if (!first || !second) throw new Error("a refund has two entries");
    expect(() => assertBalanced({ ...draft, entries: [first, { ...second, amount: 99 }] })).toThrow(
      UnbalancedTransactionError,
    );
    expect(() => assertBalanced({ ...draft, entries: [first] })).toThrow(
      UnbalancedTransactionError,
    );
  });
});
