// What the order detail screen derives from the view: its payment, split and after-sale lines.
import type { Formatter } from "../format/formatter";
import type { OrderDetailView } from "./order-detail";
import { orderDetailLabels } from "./order-detail-labels";

export interface OrderAmountLine {
  id: string;
  label: string;
  /** Signed minor units. */
  amount: number;
}

export interface OrderPaymentLine extends OrderAmountLine {
  fundedBy: "seller" | "platform" | null;
}

/** Items, delivery fee, then each discount (negative): they add up to what the customer paid. */
export function orderPaymentLines(
  detail: Pick<OrderDetailView, "order" | "discounts">,
): OrderPaymentLine[] {
  const { paymentLines } = orderDetailLabels;
  return [
    {
      id: "itemsSubtotal",
      label: paymentLines.itemsSubtotal,
      amount: detail.order.itemsSubtotal,
      fundedBy: null,
    },
    {
      id: "deliveryFee",
      label: paymentLines.deliveryFee,
      amount: detail.order.deliveryFee,
      fundedBy: null,
    },
    ...detail.discounts.map((discount) => ({
      id: discount.kind,
      label:
        discount.kind === "platform_voucher"
          ? paymentLines.platformVoucher(discount.code)
          : paymentLines.sellerDiscount,
      amount: -discount.amount,
      fundedBy: discount.fundedBy,
    })),
  ];
}

export interface OrderSplitLine extends OrderAmountLine {
  /** The rate that applied, formatted ("10%", "2.9% + $0.30"), or null. */
  rate: string | null;
}

/**
 * Who got what: the seller (less what the reserve holds for them), the reserve, the platform, the
 * delivery partner and the processor. They add up to what the customer paid plus the platform's
 * voucher.
 */
export function orderSplitLines(
  detail: Pick<OrderDetailView, "order" | "split">,
  format: Pick<Formatter, "money" | "basisPoints">,
): OrderSplitLine[] {
  const { split } = detail;
  const { currency } = detail.order;
  const { splitLines } = orderDetailLabels;
  const lines: OrderSplitLine[] = [
    {
      id: "seller",
      label: splitLines.seller,
      amount: split.seller - split.reserveHeld,
      rate: null,
    },
    { id: "reserve", label: splitLines.reserve, amount: split.reserveHeld, rate: null },
    {
      id: "platformCommission",
      label: splitLines.platformCommission,
      amount: split.platformCommission,
      rate: format.basisPoints(split.rates.commissionBps),
    },
    {
      id: "deliveryPartner",
      label: splitLines.deliveryPartner,
      amount: split.deliveryPartner.total,
      rate: `${format.basisPoints(split.rates.deliveryShareBps)} + ${format.money(split.deliveryPartner.deliveryFee, currency)}`,
    },
    {
      id: "processor",
      label: splitLines.processor,
      amount: split.processorFee,
      rate: `${format.basisPoints(split.rates.processingBps)} + ${format.money(split.rates.processingFixed, currency)}`,
    },
  ];
  return lines.filter((line) => line.id !== "reserve" || line.amount !== 0);
}

/** The split's total: what the customer paid plus the platform's voucher. */
export function orderSplitTotal(lines: readonly OrderSplitLine[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

export interface OrderAfterSaleRow {
  id: string;
  kind: "refund" | "chargeback";
  createdAt: Date;
  reason: string;
  amount: number;
  /** A chargeback's dispute fee; null for a refund. */
  fee: number | null;
}

/** Refunds and chargebacks in one list, oldest first. */
export function orderAfterSaleRows(
  detail: Pick<OrderDetailView, "refunds" | "chargebacks">,
): OrderAfterSaleRow[] {
  return [
    ...detail.refunds.map((refund) => ({ ...refund, kind: "refund" as const, fee: null })),
    ...detail.chargebacks.map((chargeback) => ({ ...chargeback, kind: "chargeback" as const })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
