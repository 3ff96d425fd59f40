import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter";
import {
  type PayoutDetailView,
  type PayoutTransactionView,
  payoutTimelineItems,
  payoutTransactionComparators,
  payoutTransactionText,
} from "./payout-detail";

const format = createFormatter({ locale: "en-US", timeZone: "America/New_York" });

const payout: PayoutDetailView["payout"] = {
  id: "po_1",
  amount: 9_000,
  currency: "USD",
  status: "failed",
  method: "standard",
  origin: "scheduled",
  grossAmount: 9_000,
  fee: 0,
  createdAt: new Date("2026-03-02T12:00:00Z"),
  arrivalDate: "2026-03-04",
  failureCode: "account_closed",
  failureMessage: "The bank account has been closed.",
};

const event = (
  status: PayoutDetailView["events"][number]["status"],
  at: string,
  reason: string,
): PayoutDetailView["events"][number] => ({
  status,
  occurredAt: new Date(at),
  reason,
  failureCode: status === "failed" ? "account_closed" : null,
  failureMessage: status === "failed" ? "The bank account has been closed." : null,
});

describe("payoutTimelineItems", () => {
  it("titles, tones and dates each event in the seller's zone, and tells a failure's message and code", () => {
    const items = payoutTimelineItems(
      {
        payout,
        events: [
          event("pending", "2026-03-02T12:00:00Z", "Scheduled payout created"),
          event("in_transit", "2026-03-02T15:00:00Z", "Sent to the bank"),
          event("failed", "2026-03-03T09:30:00Z", "Refused"),
        ],
      },
      format,
    );
    expect(items.map((item) => [item.title, item.tone])).toEqual([
      ["Created", "neutral"],
      ["In transit", "info"],
      ["Failed", "danger"],
    ]);
    expect(items[2]?.time).toBe("Mar 3, 2026, 4:30 AM");
    expect(items[2]?.dateTime).toBe("2026-03-03T09:30:00.000Z");
    expect(items[2]?.description).toBe(
      "The bank account has been closed. · Failure code: account_closed",
    );
    expect(items[1]?.description).toBe("Sent to the bank");
  });

  it("titles the first event of a reversal as the reversal", () => {
    const [first] = payoutTimelineItems(
      {
        payout: { ...payout, origin: "reversal", status: "paid" },
        events: [event("paid", "2026-03-05T10:00:00Z", "Reversal of po_0")],
      },
      format,
    );
    expect(first?.title).toBe("Reversed");
    expect(first?.tone).toBe("warning");
  });
});

const row = (overrides: Partial<PayoutTransactionView>): PayoutTransactionView => ({
  transactionId: 1,
  kind: "sale",
  occurredAt: new Date("2026-03-01T10:00:00Z"),
  orderId: "ord_1",
  description: "Order ord_1",
  gross: 1_000,
  fees: -100,
  reserve: 0,
  net: 900,
  ...overrides,
});

describe("payoutTransactionComparators", () => {
  it("orders by date, then by transaction id for the same instant", () => {
    const a = row({ transactionId: 2 });
    const b = row({ transactionId: 1 });
    const c = row({ transactionId: 3, occurredAt: new Date("2026-02-28T10:00:00Z") });
    const sorted = [a, b, c].sort(payoutTransactionComparators.occurredAt);
    expect(sorted.map((r) => r.transactionId)).toEqual([3, 1, 2]);
  });

  it("orders by signed net amount", () => {
    const refund = row({ transactionId: 2, kind: "refund", net: -500 });
    const sale = row({ transactionId: 1, net: 900 });
    expect([sale, refund].sort(payoutTransactionComparators.net)).toEqual([refund, sale]);
  });
});

describe("payoutTransactionText", () => {
  it("lets a filter match the type's label, the order id and the transaction id", () => {
    const text = payoutTransactionText(
      row({
        transactionId: 4711,
        kind: "payout_failure_return",
        orderId: null,
        description: "Returned",
      }),
    );
    expect(text).toContain("Failed payout returned");
    expect(text).toContain("4711");
    expect(payoutTransactionText(row({}))).toContain("ord_1");
  });
});
