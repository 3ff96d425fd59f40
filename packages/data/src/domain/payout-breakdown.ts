// A payout's breakdown: the lines a seller reads to see why a payout is the amount it is. The
// entry kinds of the seller-payable entries a payout is made of map to lines in a fixed order, and
// the lines that affect the net add up exactly to the payout's amount. The writers of a payout
// (the commands and the seed) compose its lines here once and store them in payout_lines; the
// reads label and check what was stored.
import type { LedgerEntryKind } from "../ledger/ledger-transaction";
import type { payoutOrigin } from "../schema";

export type PayoutOrigin = (typeof payoutOrigin.enumValues)[number];

/** The lines in the order a breakdown shows them. */
export const breakdownLineKeys = [
  "sales",
  "refunds",
  /** Chargebacks and their dispute fees. */
  "chargebacks",
  "platform_commission",
  "processing_fees",
  "delivery_share",
  "seller_discounts",
  /** Paid by the platform: shown, but it costs the seller nothing. */
  "platform_vouchers",
  "adjustments",
  "reserve_held",
  "reserve_released",
  /** Instant payouts taken since the last scheduled payout, netted here. */
  "instant_payouts",
  /** Failed or canceled payouts whose money came back (a retry is made of one). */
  "returned_payouts",
  /** An instant payout: what left the balance. */
  "balance_paid_out",
  /** A reversal: the paid payout's money brought back from the bank. */
  "reversed_payout",
  "instant_payout_fee",
] as const;

export type BreakdownLineKey = (typeof breakdownLineKeys)[number];

export const breakdownLineLabels: Record<BreakdownLineKey, string> = {
  sales: "Sales",
  refunds: "Refunds",
  chargebacks: "Chargebacks and dispute fees",
  platform_commission: "Platform commission",
  processing_fees: "Payment processing fees",
  delivery_share: "Delivery partner share",
  seller_discounts: "Discounts you funded",
  platform_vouchers: "Vouchers funded by the platform",
  adjustments: "Adjustments",
  reserve_held: "Reserve held",
  reserve_released: "Reserve released",
  instant_payouts: "Instant payouts",
  returned_payouts: "Returned payouts",
  balance_paid_out: "Balance paid out",
  reversed_payout: "Reversed payout",
  instant_payout_fee: "Instant payout fee",
};

/** The entry kinds a payout can be made of (seller-payable entries other than payout debits). */
const lineOfEntryKind: Partial<Record<LedgerEntryKind, BreakdownLineKey>> = {
  sale: "sales",
  refund: "refunds",
  chargeback: "chargebacks",
  dispute_fee: "chargebacks",
  commission: "platform_commission",
  processing_fee: "processing_fees",
  delivery_share: "delivery_share",
  seller_discount: "seller_discounts",
  adjustment: "adjustments",
  reserve_hold: "reserve_held",
  reserve_release: "reserve_released",
  instant_payout: "instant_payouts",
  payout_return: "returned_payouts",
};

export function breakdownLineOf(kind: LedgerEntryKind): BreakdownLineKey {
  const line = lineOfEntryKind[kind];
  if (!line) throw new RangeError(`a payout is never made of "${kind}" entries`);
  return line;
}

export interface BreakdownLine {
  line: BreakdownLineKey;
  label: string;
  /** Signed: what the line adds to (or takes from) the net amount. */
  amount: number;
  /** False only for platform-funded vouchers, which are shown but cost the seller nothing. */
  affectsNet: boolean;
}

export interface BreakdownPayout {
  id: string;
  origin: PayoutOrigin;
  amount: number;
  grossAmount: number;
  fee: number;
}

export interface KindTotal {
  kind: LedgerEntryKind;
  amount: number;
}

/** The lines of a breakdown do not add up to the payout: the stored data contradicts itself. */
export class BreakdownMismatchError extends Error {
  constructor(
    readonly payoutId: string,
    readonly amount: number,
    readonly sum: number,
  ) {
    super(`payout ${payoutId}: breakdown lines sum to ${sum}, not its amount ${amount}`);
    this.name = "BreakdownMismatchError";
  }
}

/**
 * Builds the lines from the payout's item totals per entry kind. A payout without items is an
 * instant payout (the balance it paid out) or a reversal (the money it brought back); an instant
 * fee is always its own line. Zero lines are left out.
 */
export function buildPayoutBreakdown(
  payout: BreakdownPayout,
  itemTotals: readonly KindTotal[],
  platformVouchers: number,
): BreakdownLine[] {
  const amounts = new Map<BreakdownLineKey, number>();
  const add = (line: BreakdownLineKey, amount: number) =>
    amounts.set(line, (amounts.get(line) ?? 0) + amount);
  for (const total of itemTotals) add(breakdownLineOf(total.kind), total.amount);
  if (itemTotals.length === 0 && payout.origin === "instant") {
    add("balance_paid_out", payout.grossAmount);
  }
  if (itemTotals.length === 0 && payout.origin === "reversal") {
    add("reversed_payout", payout.grossAmount);
  }
  add("platform_vouchers", platformVouchers);
  add("instant_payout_fee", -payout.fee);
  return linesAddingUpTo(payout, amounts);
}

/** A breakdown line as payout_lines stores it: its label and its effect on the net follow from it. */
export interface StoredBreakdownLine {
  line: BreakdownLineKey;
  amount: number;
}

/**
 * The stored lines of a payout as a breakdown: labelled, in display order, and checked once more
 * against the payout's amount, so stored lines that contradict the payout are never shown.
 */
export function breakdownOfStoredLines(
  payout: Pick<BreakdownPayout, "id" | "amount">,
  stored: readonly StoredBreakdownLine[],
): BreakdownLine[] {
  return linesAddingUpTo(payout, new Map(stored.map((line) => [line.line, line.amount])));
}

function linesAddingUpTo(
  payout: Pick<BreakdownPayout, "id" | "amount">,
  amounts: ReadonlyMap<BreakdownLineKey, number>,
): BreakdownLine[] {
  const lines = breakdownLineKeys
    .map((line) => ({
      line,
      label: breakdownLineLabels[line],
      amount: amounts.get(line) ?? 0,
      affectsNet: line !== "platform_vouchers",
    }))
    .filter((line) => line.amount !== 0);
  const sum = lines.reduce((total, line) => total + (line.affectsNet ? line.amount : 0), 0);
  if (sum !== payout.amount) throw new BreakdownMismatchError(payout.id, payout.amount, sum);
  return lines;
}

/**
 * The "gross sales" a payouts table shows: the sales line of a scheduled payout; for any other
 * payout (instant, retry, reversal), what left or came back to the balance. The rest of the
 * net is "fees and adjustments", so gross + fees and adjustments = net.
 */
export function payoutGrossSales(
  payout: Pick<BreakdownPayout, "origin" | "grossAmount">,
  salesLine: number,
): number {
  return payout.origin === "scheduled" ? salesLine : payout.grossAmount;
}

/** Seller-payable entry kinds that are fees, for the gross / fees / net of one transaction. */
export const feeEntryKinds = [
  "commission",
  "processing_fee",
  "delivery_share",
  "dispute_fee",
] as const satisfies readonly LedgerEntryKind[];

/** Seller-payable entry kinds that move money into or out of the reserve. */
export const reserveEntryKinds = [
  "reserve_hold",
  "reserve_release",
] as const satisfies readonly LedgerEntryKind[];
