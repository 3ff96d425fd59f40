// The ledger transactions the payout domain records, built as balanced drafts. The seed and the
// commands both build their transactions here, so there is one accounting of each event.
//
// Accounts (credit positive): seller_payable is what the platform owes the seller; seller_reserve
// holds part of it for a while; payout_clearing is money on its way to the seller's bank;
// customer_funds is what customers paid in (held at the processor); bank is the platform's
// outgoing bank money.
import type { SaleSplit, SaleTerms } from "../domain/sale-split";
import { type LedgerTransactionDraft, withoutZeroEntries } from "./ledger-transaction";

interface SellerEvent {
  sellerId: string;
  currency: string;
  occurredAt: Date;
}

export interface SaleEvent extends SellerEvent {
  orderId: string;
  terms: SaleTerms;
  split: SaleSplit;
  /** When the seller's share stops being pending: the sale plus the hold period. */
  availableAt: Date;
  /** When a reserve held from this sale is released. */
  reserveReleaseAt: Date;
}

/** The sale, and the scheduled release of its reserve when it holds one. */
export function saleTransactions(sale: SaleEvent): LedgerTransactionDraft[] {
  const { terms, split, occurredAt, availableAt } = sale;
  const seller = (kind: LedgerTransactionDraft["entries"][number]["kind"], amount: number) => ({
    account: "seller_payable" as const,
    kind,
    amount,
    effectiveAt: availableAt,
  });
  const atSale = { effectiveAt: occurredAt };
  const transactions: LedgerTransactionDraft[] = [
    {
      sellerId: sale.sellerId,
      currency: sale.currency,
      kind: "sale",
      description: `Sale ${sale.orderId}`,
      occurredAt,
      orderId: sale.orderId,
      entries: withoutZeroEntries([
        {
          account: "customer_funds",
          kind: "customer_payment",
          amount: -split.customerPaid,
          ...atSale,
        },
        {
          account: "platform_revenue",
          kind: "platform_voucher",
          amount: -terms.platformVoucher,
          ...atSale,
        },
        {
          account: "delivery_partner_payable",
          kind: "delivery_fee",
          amount: terms.deliveryFee,
          ...atSale,
        },
        {
          account: "delivery_partner_payable",
          kind: "delivery_share",
          amount: split.deliveryShare,
          ...atSale,
        },
        { account: "platform_revenue", kind: "commission", amount: split.commission, ...atSale },
        { account: "processor", kind: "processing_fee", amount: split.processingFee, ...atSale },
        seller("sale", terms.itemsSubtotal),
        seller("seller_discount", -terms.sellerDiscount),
        seller("commission", -split.commission),
        seller("delivery_share", -split.deliveryShare),
        seller("processing_fee", -split.processingFee),
        seller("reserve_hold", -split.reserveHeld),
        { account: "seller_reserve", kind: "reserve_hold", amount: split.reserveHeld, ...atSale },
      ]),
    },
  ];
  if (split.reserveHeld > 0) {
    transactions.push({
      sellerId: sale.sellerId,
      currency: sale.currency,
      kind: "reserve_release",
      description: `Reserve released for ${sale.orderId}`,
      occurredAt: sale.reserveReleaseAt,
      orderId: sale.orderId,
      entries: [
        {
          account: "seller_reserve",
          kind: "reserve_release",
          amount: -split.reserveHeld,
          effectiveAt: sale.reserveReleaseAt,
        },
        {
          account: "seller_payable",
          kind: "reserve_release",
          amount: split.reserveHeld,
          effectiveAt: sale.reserveReleaseAt,
        },
      ],
    });
  }
  return transactions;
}

export interface RefundEvent extends SellerEvent {
  orderId: string;
  refundId: string;
  amount: number;
}

/** The seller returns the refunded amount to the customer; fees already charged stay charged. */
export function refundTransaction(refund: RefundEvent): LedgerTransactionDraft {
  const at = { effectiveAt: refund.occurredAt };
  return {
    sellerId: refund.sellerId,
    currency: refund.currency,
    kind: "refund",
    description: `Refund for ${refund.orderId}`,
    occurredAt: refund.occurredAt,
    orderId: refund.orderId,
    refundId: refund.refundId,
    entries: [
      { account: "seller_payable", kind: "refund", amount: -refund.amount, ...at },
      { account: "customer_funds", kind: "refund", amount: refund.amount, ...at },
    ],
  };
}

export interface ChargebackEvent extends SellerEvent {
  orderId: string;
  chargebackId: string;
  amount: number;
  fee: number;
}

/** The disputed amount goes back to the customer, and the processor's dispute fee is a fee. */
export function chargebackTransactions(chargeback: ChargebackEvent): LedgerTransactionDraft[] {
  const at = { effectiveAt: chargeback.occurredAt };
  const common = {
    sellerId: chargeback.sellerId,
    currency: chargeback.currency,
    occurredAt: chargeback.occurredAt,
    orderId: chargeback.orderId,
    chargebackId: chargeback.chargebackId,
  };
  return [
    {
      ...common,
      kind: "chargeback",
      description: `Chargeback on ${chargeback.orderId}`,
      entries: [
        { account: "seller_payable", kind: "chargeback", amount: -chargeback.amount, ...at },
        { account: "customer_funds", kind: "chargeback", amount: chargeback.amount, ...at },
      ],
    },
    {
      ...common,
      kind: "fee",
      description: `Dispute fee for ${chargeback.orderId}`,
      entries: [
        { account: "seller_payable", kind: "dispute_fee", amount: -chargeback.fee, ...at },
        { account: "processor", kind: "dispute_fee", amount: chargeback.fee, ...at },
      ],
    },
  ];
}

export interface AdjustmentEvent extends SellerEvent {
  adjustmentId: string;
  /** Positive credits the seller, negative debits. */
  amount: number;
  description: string;
}

export function adjustmentTransaction(adjustment: AdjustmentEvent): LedgerTransactionDraft {
  const at = { effectiveAt: adjustment.occurredAt };
  return {
    sellerId: adjustment.sellerId,
    currency: adjustment.currency,
    kind: "adjustment",
    description: adjustment.description,
    occurredAt: adjustment.occurredAt,
    adjustmentId: adjustment.adjustmentId,
    entries: [
      { account: "seller_payable", kind: "adjustment", amount: adjustment.amount, ...at },
      { account: "platform_revenue", kind: "adjustment", amount: -adjustment.amount, ...at },
    ],
  };
}

export interface PayoutEvent extends SellerEvent {
  payoutId: string;
  /** What reaches the bank. */
  amount: number;
  /** The instant payout fee, zero for a standard payout. */
  fee: number;
  instant: boolean;
}

/**
 * The payout leaves the seller's balance (amount + fee) and waits in clearing. A standard
 * payout's debit is settled by the payout's own items; an instant payout's debit is an advance,
 * netted as a line of the next scheduled payout (hence its own entry kind).
 */
export function payoutCreatedTransaction(payout: PayoutEvent): LedgerTransactionDraft {
  const at = { effectiveAt: payout.occurredAt };
  return {
    sellerId: payout.sellerId,
    currency: payout.currency,
    kind: "payout",
    description: `Payout ${payout.payoutId}`,
    occurredAt: payout.occurredAt,
    payoutId: payout.payoutId,
    entries: withoutZeroEntries([
      {
        account: "seller_payable",
        kind: payout.instant ? "instant_payout" : "payout",
        amount: -(payout.amount + payout.fee),
        ...at,
      },
      { account: "payout_clearing", kind: "payout", amount: payout.amount, ...at },
      { account: "platform_revenue", kind: "instant_payout_fee", amount: payout.fee, ...at },
    ]),
  };
}

/** The bank confirmed arrival: the money leaves clearing for good. */
export function payoutPaidTransaction(payout: PayoutEvent): LedgerTransactionDraft {
  const at = { effectiveAt: payout.occurredAt };
  return {
    sellerId: payout.sellerId,
    currency: payout.currency,
    kind: "payout_paid",
    description: `Payout ${payout.payoutId} paid`,
    occurredAt: payout.occurredAt,
    payoutId: payout.payoutId,
    entries: [
      { account: "payout_clearing", kind: "payout_settlement", amount: -payout.amount, ...at },
      { account: "bank", kind: "payout_settlement", amount: payout.amount, ...at },
    ],
  };
}

export type PayoutReturnReason = "failed" | "canceled" | "returned_after_paid" | "reversed";

/**
 * The money comes back to the seller's balance, fee included: from clearing when the payout
 * failed or was canceled before arriving, from the bank when a paid payout was returned or
 * reversed.
 */
export function payoutReturnTransaction(
  payout: PayoutEvent,
  reason: PayoutReturnReason,
): LedgerTransactionDraft {
  const at = { effectiveAt: payout.occurredAt };
  const fromBank = reason === "returned_after_paid" || reason === "reversed";
  const kind =
    reason === "canceled"
      ? "payout_cancel_return"
      : reason === "reversed"
        ? "payout_reversal"
        : "payout_failure_return";
  return {
    sellerId: payout.sellerId,
    currency: payout.currency,
    kind,
    description: `Payout ${payout.payoutId} ${reason.replaceAll("_", " ")}`,
    occurredAt: payout.occurredAt,
    payoutId: payout.payoutId,
    entries: withoutZeroEntries([
      {
        account: fromBank ? "bank" : "payout_clearing",
        kind: "payout_return",
        amount: -payout.amount,
        ...at,
      },
      { account: "platform_revenue", kind: "instant_payout_fee", amount: -payout.fee, ...at },
      {
        account: "seller_payable",
        kind: "payout_return",
        amount: payout.amount + payout.fee,
        ...at,
      },
    ]),
  };
}
