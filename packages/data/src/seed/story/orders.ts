// An order is placed, its sale is booked with the split of its day, and a few orders are later
// refunded (2–5 %, in part or in full) or disputed by the cardholder (0.1–0.5 %).
import {
  chargebackTransactions,
  refundTransaction,
  saleTransactions,
} from "../../ledger/domain-transactions";
import { basisPointsOf } from "../../money/allocate";
import { menus } from "../menus";
import { draftOrder, type OrderDraft } from "../order-draft";
import type { OrderRow } from "../seed-tables";
import type { StoryContext } from "./story-context";
import { dayMs, later, minuteMs } from "./time";

const refundRate = 0.034;
const disputeRate = 0.003;

const fullRefundReasons = [
  "Order never arrived",
  "Restaurant canceled the order",
  "Order arrived over an hour late",
];
const partialRefundReasons = ["Missing item", "Wrong item delivered", "Item arrived damaged"];
const disputeReasons = [
  "Fraudulent: the cardholder did not authorize the charge",
  "Product not received",
  "Unrecognized charge",
  "Duplicate charge",
];

export function placeOrder(context: StoryContext, at: Date): void {
  const { seller, rng, writer } = context;
  const draft = draftOrder(rng, menus[seller.menu], context.terms, {
    commissionBps: commissionAt(context, at),
    deliveryShareBps: seller.deliveryShareBps,
    reserveBps: reserveAt(context, at),
  });
  const { terms, split } = draft;
  const order: OrderRow = {
    id: rng.id("order"),
    sellerId: context.sellerId,
    currency: seller.currency,
    createdAt: at,
    customerName: rng.pick(context.customers),
    itemsSubtotal: terms.itemsSubtotal,
    deliveryFee: terms.deliveryFee,
    sellerDiscount: terms.sellerDiscount,
    platformVoucher: terms.platformVoucher,
    voucherCode: draft.voucherCode,
    customerPaid: split.customerPaid,
    commissionBps: terms.commissionBps,
    processingBps: terms.processingBps,
    processingFixed: terms.processingFixed,
    deliveryShareBps: terms.deliveryShareBps,
    commission: split.commission,
    processingFee: split.processingFee,
    deliveryShare: split.deliveryShare,
    reserveHeld: split.reserveHeld,
    sellerNet: split.sellerNet,
  };
  writer.tables.orders.push(order);
  for (const line of draft.lines) writer.addOrderItem({ orderId: order.id, ...line });
  context.book.postAll(
    saleTransactions({
      sellerId: context.sellerId,
      currency: seller.currency,
      occurredAt: at,
      orderId: order.id,
      terms,
      split,
      availableAt: later(at, seller.holdDays * dayMs),
      reserveReleaseAt: later(at, (seller.reserve?.days ?? 0) * dayMs),
    }),
  );
  const fate = rng.float();
  if (fate < refundRate) {
    const refundAt = later(at, rng.int(20, 36 * 60) * minuteMs);
    context.queue.schedule(refundAt, (refundedAt) => refund(context, order, draft, refundedAt));
  } else if (fate < refundRate + disputeRate && order.customerPaid > 0) {
    const disputeAt = later(at, rng.int(14, 60) * dayMs + rng.int(0, 24 * 60) * minuteMs);
    context.queue.schedule(disputeAt, (disputedAt) => dispute(context, order, disputedAt));
  }
}

/** The seller refunds its side of the sale: all of it, one item, or a share for a poor order. */
function refund(context: StoryContext, order: OrderRow, draft: OrderDraft, at: Date): void {
  const { rng } = context;
  const refundable = Math.min(order.itemsSubtotal - order.sellerDiscount, order.customerPaid);
  const line = rng.pick(draft.lines);
  const kind = rng.weighted([
    ["full", 35],
    ["item", draft.lines.length > 1 ? 45 : 0],
    ["share", 20],
  ] as const);
  const amount =
    kind === "full"
      ? refundable
      : kind === "item"
        ? Math.min(line.unitPrice, refundable)
        : basisPointsOf(refundable, rng.int(2_000, 5_000));
  if (amount <= 0) return;
  const reason =
    kind === "full"
      ? rng.pick(fullRefundReasons)
      : kind === "item"
        ? `${rng.pick(partialRefundReasons)}: ${line.name}`
        : "Order arrived cold";
  const refundId = rng.id("refund");
  context.writer.tables.refunds.push({
    id: refundId,
    orderId: order.id,
    amount,
    reason,
    createdAt: at,
  });
  context.book.post(
    refundTransaction({
      sellerId: context.sellerId,
      currency: order.currency,
      occurredAt: at,
      orderId: order.id,
      refundId,
      amount,
    }),
  );
}

/** The cardholder wins a dispute: the payment goes back and the processor charges its fee. */
function dispute(context: StoryContext, order: OrderRow, at: Date): void {
  const chargebackId = context.rng.id("chargeback");
  const fee = context.terms.disputeFee;
  context.writer.tables.chargebacks.push({
    id: chargebackId,
    orderId: order.id,
    amount: order.customerPaid,
    fee,
    reason: context.rng.pick(disputeReasons),
    createdAt: at,
  });
  context.book.postAll(
    chargebackTransactions({
      sellerId: context.sellerId,
      currency: order.currency,
      occurredAt: at,
      orderId: order.id,
      chargebackId,
      amount: order.customerPaid,
      fee,
    }),
  );
}

function commissionAt(context: StoryContext, at: Date): number {
  const { seller, historyStart, asOf } = context;
  const change = seller.commissionChange;
  if (!change) return seller.commissionBps;
  const changeAt =
    historyStart.getTime() + (asOf.getTime() - historyStart.getTime()) * change.atShareOfHistory;
  return at.getTime() >= changeAt ? change.bps : seller.commissionBps;
}

function reserveAt(context: StoryContext, at: Date): number {
  const reserve = context.seller.reserve;
  if (!reserve) return 0;
  const since = later(context.asOf, -reserve.sinceDaysBeforeAsOf * dayMs);
  return at.getTime() >= since.getTime() ? reserve.bps : 0;
}
