// The order detail screen: what was bought, what the customer paid, who funded each discount,
// how the money was split, what happened after (refunds, chargebacks), every ledger entry of the
// order by transaction, and the payouts that included them: payout → order and back.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { recordIdSchema } from "../boundary-schemas";
import { NotFoundError, parseInput } from "../errors";
import { chargebacks, orderItems, orders, refunds } from "../schema";
import type { Queryable } from "../store/open-store";
import { type IncludingPayout, type OrderLedgerTransaction, traceOrder } from "./order-trace";

const orderDetailInput = z.object({ sellerId: recordIdSchema, orderId: recordIdSchema });

export interface OrderDiscount {
  kind: "seller_discount" | "platform_voucher";
  fundedBy: "seller" | "platform";
  amount: number;
  code: string | null;
}

export interface OrderDetail {
  order: {
    id: string;
    createdAt: Date;
    currency: string;
    customerName: string;
    itemsSubtotal: number;
    deliveryFee: number;
    customerPaid: number;
  };
  items: { name: string; quantity: number; unitPrice: number; total: number }[];
  discounts: OrderDiscount[];
  /**
   * Where the money went. seller + platform + deliveryPartner + processor = customerPaid +
   * platformVoucher (the platform pays its voucher on the customer's behalf).
   */
  split: {
    seller: number;
    platformCommission: number;
    deliveryPartner: { deliveryFee: number; share: number; total: number };
    processorFee: number;
    reserveHeld: number;
    rates: {
      commissionBps: number;
      deliveryShareBps: number;
      processingBps: number;
      processingFixed: number;
    };
  };
  refunds: { id: string; amount: number; reason: string; createdAt: Date }[];
  chargebacks: { id: string; amount: number; fee: number; reason: string; createdAt: Date }[];
  /** Every ledger entry of the order, by transaction, each with the payout that included it. */
  ledger: OrderLedgerTransaction[];
  /** The payouts that included the order's entries. */
  payouts: IncludingPayout[];
}

export async function getOrderDetail(
  db: Queryable,
  input: { sellerId: string; orderId: string },
): Promise<OrderDetail> {
  const { sellerId, orderId } = parseInput(orderDetailInput, input);
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId)));
  if (!order) throw new NotFoundError("order", orderId);

  const [items, refundRows, chargebackRows, trace] = await Promise.all([
    db
      .select({
        name: orderItems.name,
        quantity: orderItems.quantity,
        unitPrice: orderItems.unitPrice,
      })
      .from(orderItems)
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.id)),
    db
      .select({
        id: refunds.id,
        amount: refunds.amount,
        reason: refunds.reason,
        createdAt: refunds.createdAt,
      })
      .from(refunds)
      .where(eq(refunds.orderId, order.id))
      .orderBy(asc(refunds.createdAt), asc(refunds.id)),
    db
      .select({
        id: chargebacks.id,
        amount: chargebacks.amount,
        fee: chargebacks.fee,
        reason: chargebacks.reason,
        createdAt: chargebacks.createdAt,
      })
      .from(chargebacks)
      .where(eq(chargebacks.orderId, order.id))
      .orderBy(asc(chargebacks.createdAt), asc(chargebacks.id)),
    traceOrder(db, sellerId, order.id),
  ]);

  const discounts: OrderDiscount[] = [];
  if (order.sellerDiscount > 0) {
    discounts.push({
      kind: "seller_discount",
      fundedBy: "seller",
      amount: order.sellerDiscount,
      code: null,
    });
  }
  if (order.platformVoucher > 0) {
    discounts.push({
      kind: "platform_voucher",
      fundedBy: "platform",
      amount: order.platformVoucher,
      code: order.voucherCode,
    });
  }

  return {
    order: {
      id: order.id,
      createdAt: order.createdAt,
      currency: order.currency,
      customerName: order.customerName,
      itemsSubtotal: order.itemsSubtotal,
      deliveryFee: order.deliveryFee,
      customerPaid: order.customerPaid,
    },
    items: items.map((item) => ({ ...item, total: item.quantity * item.unitPrice })),
    discounts,
    split: {
      seller: order.sellerNet,
      platformCommission: order.commission,
      deliveryPartner: {
        deliveryFee: order.deliveryFee,
        share: order.deliveryShare,
        total: order.deliveryFee + order.deliveryShare,
      },
      processorFee: order.processingFee,
      reserveHeld: order.reserveHeld,
      rates: {
        commissionBps: order.commissionBps,
        deliveryShareBps: order.deliveryShareBps,
        processingBps: order.processingBps,
        processingFixed: order.processingFixed,
      },
    },
    refunds: refundRows,
    chargebacks: chargebackRows,
    ledger: trace.ledger,
    payouts: trace.payouts,
  };
}
