import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter";
import type { OrderDetailView } from "./order-detail";
import {
  orderAfterSaleRows,
  orderPaymentLines,
  orderSplitLines,
  orderSplitTotal,
} from "./order-detail-lines";

const format = createFormatter({ locale: "en-US", timeZone: "UTC" });

// items 10,000 − seller discount 500 + delivery 499 − platform voucher 1,000 = 8,999 paid.
const detail: Pick<OrderDetailView, "order" | "discounts" | "split" | "refunds" | "chargebacks"> = {
  order: {
    id: "ord_1",
    createdAt: new Date("2026-03-01T10:00:00Z"),
    currency: "USD",
    customerName: "Ada",
    itemsSubtotal: 10_000,
    deliveryFee: 499,
    customerPaid: 8_999,
  },
  discounts: [
    { kind: "seller_discount", fundedBy: "seller", amount: 500, code: null },
    { kind: "platform_voucher", fundedBy: "platform", amount: 1_000, code: "WELCOME10" },
  ],
  split: {
    seller: 7_469,
    platformCommission: 950,
    deliveryPartner: { deliveryFee: 499, share: 475, total: 974 },
    processorFee: 606,
    reserveHeld: 747,
    rates: { commissionBps: 1_000, deliveryShareBps: 500, processingBps: 290, processingFixed: 30 },
  },
  refunds: [{ id: "re_1", amount: 300, reason: "Damaged", createdAt: new Date("2026-03-05") }],
  chargebacks: [
    { id: "cb_1", amount: 8_999, fee: 1_500, reason: "Fraud", createdAt: new Date("2026-03-03") },
  ],
};

const sum = (lines: { amount: number }[]) => lines.reduce((total, line) => total + line.amount, 0);

describe("orderPaymentLines", () => {
  it("adds up to what the customer paid, each discount negative with who funded it", () => {
    const lines = orderPaymentLines(detail);
    expect(sum(lines)).toBe(detail.order.customerPaid);
    expect(lines.map((line) => [line.label, line.fundedBy])).toContainEqual([
      "Voucher WELCOME10",
      "platform",
    ]);
  });
});

describe("orderSplitLines", () => {
  it("adds up to what the customer paid plus the platform's voucher", () => {
    expect(sum(orderSplitLines(detail, format))).toBe(8_999 + 1_000);
  });

  it("states the rates that applied", () => {
    const rates = Object.fromEntries(
      orderSplitLines(detail, format).map((line) => [line.id, line.rate]),
    );
    expect(rates.platformCommission).toBe("10%");
    expect(rates.processor).toBe("2.9% + $0.30");
  });

  it("leaves out the reserve line when nothing was held", () => {
    const lines = orderSplitLines(
      { ...detail, split: { ...detail.split, reserveHeld: 0 } },
      format,
    );
    expect(lines.map((line) => line.id)).not.toContain("reserve");
  });
});

describe("orderAfterSaleRows", () => {
  it("lists refunds and chargebacks together, oldest first, a fee only on chargebacks", () => {
    expect(orderAfterSaleRows(detail).map((row) => [row.id, row.fee])).toEqual([
      ["cb_1", 1_500],
      ["re_1", null],
    ]);
  });
});

describe("orderSplitTotal", () => {
  it("is what the customer paid plus the platform's voucher", () => {
    expect(orderSplitTotal(orderSplitLines(detail, format))).toBe(8_999 + 1_000);
  });
});
