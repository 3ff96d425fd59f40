import { asc, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../errors";
import { chargebacks, orders, payouts, refunds } from "../schema";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { getOrderDetail } from "./order-detail";
import { listPayoutTransactions } from "./payout-transactions";

let seeded: SeededStore;
let db: Database;
/** Every 25th order, and every order with a refund, a chargeback or a voucher. */
let sample: (typeof orders.$inferSelect)[];

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
  const all = await db.select().from(orders).orderBy(asc(orders.id));
  const eventful = new Set(
    [
      ...(await db.select({ id: refunds.orderId }).from(refunds)),
      ...(await db.select({ id: chargebacks.orderId }).from(chargebacks)),
      ...(await db.select({ id: orders.id }).from(orders).where(isNotNull(orders.voucherCode))),
    ].map((row) => row.id),
  );
  sample = all.filter((order, index) => index % 25 === 0 || eventful.has(order.id));
});
afterAll(() => seeded.store.close());

describe("getOrderDetail", () => {
  it("splits what the customer paid, plus the platform's voucher, exactly between everyone", async () => {
    for (const order of sample) {
      const detail = await getOrderDetail(db, { sellerId: order.sellerId, orderId: order.id });
      const { split } = detail;
      const voucher =
        detail.discounts.find((discount) => discount.fundedBy === "platform")?.amount ?? 0;
      expect(
        split.seller + split.platformCommission + split.deliveryPartner.total + split.processorFee,
      ).toBe(detail.order.customerPaid + voucher);
      const itemsTotal = detail.items.reduce((sum, item) => sum + item.total, 0);
      expect(itemsTotal).toBe(detail.order.itemsSubtotal);
    }
  });

  it("names who funded each discount", async () => {
    const withVoucher = sample.find((order) => order.platformVoucher > 0);
    const withDiscount = sample.find((order) => order.sellerDiscount > 0);
    for (const order of [withVoucher, withDiscount]) {
      if (!order) throw new Error("the seed has orders with vouchers and with seller discounts");
      const detail = await getOrderDetail(db, { sellerId: order.sellerId, orderId: order.id });
      for (const discount of detail.discounts) {
        expect(discount.fundedBy).toBe(
          discount.kind === "platform_voucher" ? "platform" : "seller",
        );
      }
    }
  });

  it("lists the order's balanced ledger transactions, its refunds and chargebacks", async () => {
    for (const order of sample) {
      const detail = await getOrderDetail(db, { sellerId: order.sellerId, orderId: order.id });
      expect(detail.ledger.length).toBeGreaterThan(0);
      for (const transaction of detail.ledger) {
        expect(transaction.entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);
      }
      const refundCount = (await db.select().from(refunds).where(eq(refunds.orderId, order.id)))
        .length;
      expect(detail.refunds.length).toBe(refundCount);
      expect(detail.ledger.filter((transaction) => transaction.kind === "refund").length).toBe(
        refundCount,
      );
      const chargebackCount = (
        await db.select().from(chargebacks).where(eq(chargebacks.orderId, order.id))
      ).length;
      expect(detail.chargebacks.length).toBe(chargebackCount);
    }
  });

  it("traces a payout to each of its orders and each order back to the payout", async () => {
    for (const seller of seeded.sellers) {
      const scheduled = await db
        .select()
        .from(payouts)
        .where(eq(payouts.sellerId, seller.id))
        .orderBy(asc(payouts.createdAt))
        .then((rows) => rows.filter((payout) => payout.origin === "scheduled").slice(-2));
      for (const payout of scheduled) {
        const transactions = await listPayoutTransactions(db, {
          sellerId: seller.id,
          payoutId: payout.id,
        });
        const orderIds = [...new Set(transactions.flatMap((row) => row.orderId ?? []))];
        expect(orderIds.length).toBeGreaterThan(0);
        for (const orderId of orderIds) {
          const detail = await getOrderDetail(db, { sellerId: seller.id, orderId });
          expect(detail.payouts.map((included) => included.id)).toContain(payout.id);
          const entriesInPayout = detail.ledger
            .flatMap((transaction) => transaction.entries)
            .filter((entry) => entry.payoutId === payout.id);
          expect(entriesInPayout.every((entry) => entry.account === "seller_payable")).toBe(true);
        }
      }
    }
  });

  it("answers another seller's order exactly like an order that does not exist", async () => {
    const bySeller = await db
      .select({ id: orders.id, sellerId: orders.sellerId })
      .from(orders)
      .where(
        inArray(
          orders.id,
          sample.slice(0, 40).map((order) => order.id),
        ),
      );
    for (const order of bySeller) {
      for (const seller of seeded.sellers) {
        if (seller.id === order.sellerId) continue;
        await expect(
          getOrderDetail(db, { sellerId: seller.id, orderId: order.id }),
        ).rejects.toThrow(new NotFoundError("order", order.id));
      }
    }
  });
});
