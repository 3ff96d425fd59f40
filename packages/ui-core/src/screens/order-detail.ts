// The order detail screen's contract: what was bought, what the customer paid and who funded each
// discount, where the money went, what happened after (refunds, chargebacks), and every ledger
// entry of the order with the payout that included it: every cent traceable from payout to order
// and back. The view types are structurally a subset of the data layer's OrderDetail.
import type { Formatter } from "../format/formatter";
import type { PayoutTransactionKind } from "./payout-detail";
import type { PayoutStatus } from "./payout-status";
import type { SellerView } from "./seller-view";

export interface OrderDiscountView {
  kind: "seller_discount" | "platform_voucher";
  fundedBy: "seller" | "platform";
  amount: number;
  code: string | null;
}

export const ledgerAccounts = [
  "seller_payable",
  "seller_reserve",
  "payout_clearing",
  "platform_revenue",
  "delivery_partner_payable",
  "processor",
  "customer_funds",
  "bank",
] as const;
export type LedgerAccountView = (typeof ledgerAccounts)[number];

export const ledgerEntryKinds = [
  "sale",
  "delivery_fee",
  "customer_payment",
  "seller_discount",
  "platform_voucher",
  "commission",
  "processing_fee",
  "delivery_share",
  "refund",
  "chargeback",
  "dispute_fee",
  "adjustment",
  "reserve_hold",
  "reserve_release",
  "payout",
  "instant_payout",
  "instant_payout_fee",
  "payout_settlement",
  "payout_return",
] as const;
export type LedgerEntryKindView = (typeof ledgerEntryKinds)[number];

export interface OrderLedgerEntryView {
  entryId: number;
  account: LedgerAccountView;
  kind: LedgerEntryKindView;
  amount: number;
  effectiveAt: Date;
  /** The payout that included this entry, if one has. */
  payoutId: string | null;
}

export interface OrderLedgerTransactionView {
  transactionId: number;
  kind: PayoutTransactionKind;
  occurredAt: Date;
  description: string;
  entries: OrderLedgerEntryView[];
}

export interface IncludingPayoutView {
  id: string;
  status: PayoutStatus;
  amount: number;
  currency: string;
  arrivalDate: string;
  createdAt: Date;
}

export interface OrderDetailView {
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
  discounts: OrderDiscountView[];
  /** seller + platformCommission + deliveryPartner.total + processorFee = customerPaid + platform voucher. */
  split: {
    /** The seller's net, of which reserveHeld is held in reserve for a while. */
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
  ledger: OrderLedgerTransactionView[];
  payouts: IncludingPayoutView[];
}

export interface OrderDetailScreenProps {
  seller: SellerView;
  order: OrderDetailView;
}

export const ledgerAccountLabels: Record<LedgerAccountView, string> = {
  seller_payable: "Your balance",
  seller_reserve: "Your reserve",
  payout_clearing: "Payouts in transit",
  platform_revenue: "Platform",
  delivery_partner_payable: "Delivery partner",
  processor: "Payment processor",
  customer_funds: "Customer",
  bank: "Bank",
};

export const ledgerEntryKindLabels: Record<LedgerEntryKindView, string> = {
  sale: "Sale",
  delivery_fee: "Delivery fee",
  customer_payment: "Customer payment",
  seller_discount: "Discount you funded",
  platform_voucher: "Voucher funded by the platform",
  commission: "Platform commission",
  processing_fee: "Payment processing fee",
  delivery_share: "Delivery partner share",
  refund: "Refund",
  chargeback: "Chargeback",
  dispute_fee: "Dispute fee",
  adjustment: "Adjustment",
  reserve_hold: "Reserve held",
  reserve_release: "Reserve released",
  payout: "Payout",
  instant_payout: "Instant payout",
  instant_payout_fee: "Instant payout fee",
  payout_settlement: "Payout settled",
  payout_return: "Payout returned",
};

export const orderDetailLabels = {
  /** The crumb before the order: the payouts it was paid out in are listed on the page. */
  payoutsCrumb: "Payouts",
  title: (orderId: string) => `Order ${orderId}`,
  summaryTitle: "Summary",
  placedAt: "Placed",
  customer: "Customer",
  customerPaid: "Customer paid",
  youReceive: "You receive",
  itemsTitle: "Items",
  itemsCaption: "Items in this order",
  itemColumns: { name: "Item", quantity: "Quantity", unitPrice: "Unit price", total: "Total" },
  paymentTitle: "What the customer paid",
  paymentCaption: "What the customer paid, line by line",
  paymentColumns: { line: "Line", fundedBy: "Funded by", amount: "Amount" },
  paymentLines: {
    itemsSubtotal: "Items",
    deliveryFee: "Delivery fee",
    sellerDiscount: "Discount",
    platformVoucher: (code: string | null) => (code ? `Voucher ${code}` : "Voucher"),
  },
  fundedBy: { seller: "You", platform: "The platform" },
  splitTitle: "Where the money went",
  splitCaption: "How the order's money was split",
  splitDescription:
    "What the customer paid, plus any voucher the platform paid on their behalf, split between you, the platform, the delivery partner and the payment processor.",
  splitColumns: { party: "Who", rate: "Rate", amount: "Amount" },
  splitLines: {
    seller: "You receive",
    reserve: "Held in reserve for you",
    platformCommission: "Platform commission",
    deliveryPartner: "Delivery partner",
    processor: "Payment processor",
  },
  splitTotal: "Total",
  afterSaleTitle: "Refunds and chargebacks",
  afterSaleCaption: "Refunds and chargebacks of this order",
  afterSaleColumns: {
    createdAt: "Date",
    kind: "Type",
    reason: "Reason",
    amount: "Amount",
    fee: "Dispute fee",
  },
  afterSaleKinds: { refund: "Refund", chargeback: "Chargeback" },
  noAfterSale: "No refunds or chargebacks.",
  payoutsTitle: "Payouts",
  payoutsCaption: "Payouts that included this order",
  payoutColumns: {
    id: "Payout",
    status: "Status",
    arrivalDate: "Arrival date",
    amount: "Net amount",
  },
  noPayouts: "Not paid out yet: this order's money is still in your balance.",
  ledgerTitle: "Ledger entries",
  ledgerDescription:
    "Every entry this order made in the books, by transaction. Entries in your balance show the payout that paid them out.",
  ledgerCaption: "Ledger entries of this order",
  ledgerColumns: {
    occurredAt: "Date",
    transaction: "Transaction",
    kind: "Entry",
    account: "Account",
    amount: "Amount",
    payout: "Payout",
  },
  notInPayout: "Not paid out yet",
  notPaidOutAccount: "—",
} as const;

export function orderHref(orderId: string): string {
  return `/orders/${encodeURIComponent(orderId)}`;
}

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
