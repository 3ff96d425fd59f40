import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors";
import { ledgerEntries, orders, payoutItems, payouts } from "../schema";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { getPayoutDetail } from "./payout-detail";
import { listPayouts } from "./payout-list";
import { listPayoutTransactions } from "./payout-transactions";

let seeded: SeededStore;
let db: Database;
let allPayouts: (typeof payouts.$inferSelect)[];

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
  allPayouts = await db.select().from(payouts).orderBy(asc(payouts.id));
});
afterAll(() => seeded.store.close());

const itemsOf = (payoutId: string) =>
  db
    .select({ entry: ledgerEntries })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .where(eq(payoutItems.payoutId, payoutId))
    .then((rows) => rows.map((row) => row.entry));

describe("getPayoutDetail", () => {
  it("breaks every payout of every seller into lines that add up exactly to its amount", async () => {
    expect(allPayouts.length).toBeGreaterThan(0);
    for (const payout of allPayouts) {
      const detail = await getPayoutDetail(db, { sellerId: payout.sellerId, payoutId: payout.id });
      const net = detail.breakdown
        .filter((line) => line.affectsNet)
        .reduce((sum, line) => sum + line.amount, 0);
      expect(net).toBe(payout.amount);
      expect(detail.payout.amount).toBe(payout.amount);
      expect(Object.keys(detail.payout)[0]).toBe("amount");
      expect(detail.payout.grossSales + detail.payout.feesAndAdjustments).toBe(payout.amount);
    }
  });

  it("answers another seller's payout exactly like a payout that does not exist", async () => {
    for (const payout of allPayouts) {
      for (const seller of seeded.sellers) {
        if (seller.id === payout.sellerId) continue;
        const other = { sellerId: seller.id, payoutId: payout.id };
        await expect(getPayoutDetail(db, other)).rejects.toThrow(
          new NotFoundError("payout", payout.id),
        );
        await expect(listPayoutTransactions(db, other)).rejects.toThrow(
          new NotFoundError("payout", payout.id),
        );
      }
    }
    const seller = seeded.sellers[0]?.id ?? "";
    await expect(getPayoutDetail(db, { sellerId: seller, payoutId: "po_none" })).rejects.toThrow(
      new NotFoundError("payout", "po_none"),
    );
  });

  it("refuses a malformed id with a ValidationError", async () => {
    await expect(getPayoutDetail(db, { sellerId: "sel_x", payoutId: "" })).rejects.toThrow(
      ValidationError,
    );
  });

  it("agrees with the payouts list on gross sales and fees", async () => {
    for (const seller of seeded.sellers) {
      const page = await listPayouts(db, { sellerId: seller.id, params: { pageSize: 100 } });
      for (const row of page.rows) {
        const detail = await getPayoutDetail(db, { sellerId: seller.id, payoutId: row.id });
        expect(detail.payout.grossSales).toBe(row.grossSales);
        expect(detail.payout.feesAndAdjustments).toBe(row.feesAndAdjustments);
      }
    }
  });

  it("shows the vouchers the platform funded for the payout's sales, without counting them", async () => {
    const [withVoucher] = await db
      .selectDistinct({ payoutId: payoutItems.payoutId, sellerId: orders.sellerId })
      .from(payoutItems)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
      .innerJoin(orders, eq(orders.id, ledgerEntries.orderId))
      .where(and(eq(ledgerEntries.kind, "sale"), gt(orders.platformVoucher, 0)))
      .limit(1);
    if (!withVoucher) throw new Error("the seed has a payout of sales with platform vouchers");
    const saleOrderIds = (await itemsOf(withVoucher.payoutId))
      .filter((entry) => entry.kind === "sale")
      .map((entry) => entry.orderId ?? "");
    const vouchers = await db
      .select({ amount: orders.platformVoucher })
      .from(orders)
      .where(inArray(orders.id, saleOrderIds));
    const expected = vouchers.reduce((sum, row) => sum + row.amount, 0);
    const detail = await getPayoutDetail(db, withVoucher);
    const line = detail.breakdown.find((candidate) => candidate.line === "platform_vouchers");
    expect(line?.amount ?? 0).toBe(expected);
    expect(line?.affectsNet ?? false).toBe(false);
  });

  it("breaks an instant payout into the balance paid out and the instant fee", async () => {
    const instant = allPayouts.filter((payout) => payout.origin === "instant");
    expect(instant.length).toBeGreaterThan(0);
    for (const payout of instant) {
      const detail = await getPayoutDetail(db, { sellerId: payout.sellerId, payoutId: payout.id });
      expect(detail.breakdown.map((line) => [line.line, line.amount])).toEqual([
        ["balance_paid_out", payout.grossAmount],
        ...(payout.fee > 0 ? [["instant_payout_fee", -payout.fee]] : []),
      ]);
    }
  });

  it("links retries and reversals both ways", async () => {
    const linked = allPayouts.filter((payout) => payout.retryOf || payout.reversalOf);
    expect(linked.some((payout) => payout.retryOf)).toBe(true);
    expect(linked.some((payout) => payout.reversalOf)).toBe(true);
    for (const payout of linked) {
      const detail = await getPayoutDetail(db, { sellerId: payout.sellerId, payoutId: payout.id });
      const originalId = payout.retryOf ?? payout.reversalOf ?? "";
      const original = await getPayoutDetail(db, {
        sellerId: payout.sellerId,
        payoutId: originalId,
      });
      if (payout.retryOf) {
        expect(detail.links.retryOf).toBe(originalId);
        expect(original.links.retriedBy).toBe(payout.id);
        expect(detail.breakdown.map((line) => line.line)).toEqual(["returned_payouts"]);
      } else {
        expect(detail.links.reversalOf).toBe(originalId);
        expect(original.links.reversedBy).toBe(payout.id);
      }
    }
  });

  it("tells the timeline in order, ending in the payout's status, with a message for a failure", async () => {
    for (const payout of allPayouts) {
      const detail = await getPayoutDetail(db, { sellerId: payout.sellerId, payoutId: payout.id });
      const times = detail.events.map((event) => event.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(detail.events.at(-1)?.status).toBe(payout.status);
      for (const event of detail.events) {
        expect(event.failureMessage !== null).toBe(event.status === "failed");
      }
      expect(detail.bankReference).toBe(payout.bankReference);
    }
  });
});

describe("listPayoutTransactions", () => {
  it("groups every item of every payout by transaction, netting to the items' sum", async () => {
    for (const payout of allPayouts) {
      const rows = await listPayoutTransactions(db, {
        sellerId: payout.sellerId,
        payoutId: payout.id,
      });
      const items = await itemsOf(payout.id);
      expect(rows.length).toBe(new Set(items.map((entry) => entry.transactionId)).size);
      expect(rows.reduce((sum, row) => sum + row.net, 0)).toBe(
        items.reduce((sum, entry) => sum + entry.amount, 0),
      );
      for (const row of rows) {
        expect(row.gross + row.fees + row.reserve).toBe(row.net);
        if (row.kind === "sale") expect(row.orderId).not.toBeNull();
      }
      if (payout.origin === "scheduled") {
        expect(rows.reduce((sum, row) => sum + row.net, 0)).toBe(payout.amount);
      }
    }
  });
});
