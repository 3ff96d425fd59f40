// The order detail screen's contract: what was bought, what the customer paid and who funded each
// discount, where the money went, what happened after (refunds, chargebacks), and every ledger
// entry of the order with the payout that included it: every cent traceable from payout to order
// and back. The view types are structurally a subset of the data layer's OrderDetail.
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

export function orderHref(orderId: string): string {
  return `/orders/${encodeURIComponent(orderId)}`;
}
