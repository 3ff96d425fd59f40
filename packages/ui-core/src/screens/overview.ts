// The overview's contract: balances per currency, the next and last payout, what needs the
// seller's attention, the earnings chart and the most recent payouts. The view types are
// structurally a subset of the data layer's Balances and EarningsPeriod.
import type { FormAction } from "./form-state";
import type { InstantPayoutQuoteView, InstantPayoutResultView } from "./instant-payout";
import type { PayoutStatus } from "./payout-status";
import type { PayoutRowView } from "./payouts";
import type { SellerView } from "./seller-view";

export interface CurrencyBalanceView {
  currency: string;
  available: number;
  pending: number;
  /** Held in reserve. */
  reserve: number;
  inTransit: number;
  /** What an instant payout may take now. */
  instantAvailable: number;
}

export interface NextPayoutView {
  /** YYYY-MM-DD */
  date: string;
  currency: string;
  estimatedAmount: number;
}

export interface LastPayoutView {
  id: string;
  createdAt: Date;
  arrivalDate: string;
  status: PayoutStatus;
  amount: number;
  currency: string;
}

export type PayoutHoldView =
  | { kind: "no_bank_account" }
  | { kind: "bank_account_failed"; payoutId: string };

export type PayoutAlertView =
  | {
      kind: "payout_failed";
      payoutId: string;
      amount: number;
      currency: string;
      failureCode: string | null;
      /** A human explanation of the failure. */
      message: string;
    }
  | { kind: "no_bank_account" };

export interface BalancesView {
  asOf: Date;
  balances: CurrencyBalanceView[];
  /** Null for a manual schedule and while payouts are held. */
  nextPayout: NextPayoutView | null;
  held: boolean;
  heldReason: PayoutHoldView | null;
  lastPayout: LastPayoutView | null;
  alerts: PayoutAlertView[];
}

export interface EarningsPeriodView {
  /** The period's first day (a Monday), YYYY-MM-DD. */
  periodStart: string;
  gross: number;
  fees: number;
  net: number;
}

export interface OverviewScreenProps {
  seller: SellerView;
  asOf: Date;
  balances: BalancesView;
  /** The last 12 weeks, oldest first. */
  earnings: EarningsPeriodView[];
  /** The most recent payouts, newest first (the screen shows at most 5). */
  recentPayouts: PayoutRowView[];
  quoteInstantPayout: FormAction<InstantPayoutQuoteView>;
  payOutNow: FormAction<InstantPayoutResultView>;
}

export const recentPayoutsLimit = 5;

export const overviewLabels = {
  title: "Overview",
  description: "What you are owed, what is on its way and what was paid.",
  balancesTitle: "Balances",
  balances: {
    available: "Available",
    pending: "Pending",
    inTransit: "In transit",
    reserve: "Held in reserve",
  },
  /** The group of a currency's balances, when the seller has more than one. */
  currencyBalances: (currency: string) => `${currency} balances`,
  nextPayoutTitle: "Next payout",
  nextPayoutEstimated: "Estimated amount",
  nextPayoutDate: "Scheduled for",
  nextPayoutNone: "No payout scheduled",
  nextPayoutManual:
    "Your payout schedule is manual: nothing is paid out until you choose Pay out now.",
  nextPayoutHeldNoBankAccount: "Payouts are on hold until you add a bank account.",
  nextPayoutHeldBankAccountFailed:
    "Payouts are on hold because your bank account refused a payout. Add another bank account to resume them.",
  changeSchedule: "Change schedule",
  lastPayoutTitle: "Last payout",
  lastPayoutNone: "No payouts yet",
  lastPayoutArrival: "Arrival date",
  viewPayout: "View payout",
  payOutNowUnavailable: "Nothing is available for an instant payout right now.",
  payOutNowHeld: "Instant payouts need a bank account that accepts payouts.",
  earningsTitle: "Earnings, last 12 weeks",
  earningsSeries: { gross: "Gross sales", fees: "Fees", net: "Net" },
  earningsGroupHeader: "Week of",
  recentPayoutsTitle: "Recent payouts",
  recentPayoutsCaption: "Recent payouts",
  recentPayoutsEmpty: "No payouts yet. Your first one appears here once it is made.",
  viewAllPayouts: "View all payouts",
  payoutFailedTitle: "A payout failed",
  reviewPayout: "Review payout",
  noBankAccountTitle: "Add a bank account to get paid",
  noBankAccountDescription:
    "Your payouts are on hold: there is no bank account to send them to. Your balance is safe and is paid out once you add one.",
  addBankAccount: "Add a bank account",
} as const;

/** What the next-payout card says: a scheduled payout, or why there is none. */
export type NextPayoutState =
  | { kind: "scheduled"; payout: NextPayoutView }
  | { kind: "manual" }
  | { kind: "held"; reason: PayoutHoldView };

export function nextPayoutState(
  balances: Pick<BalancesView, "nextPayout" | "heldReason">,
): NextPayoutState {
  if (balances.heldReason) return { kind: "held", reason: balances.heldReason };
  if (balances.nextPayout) return { kind: "scheduled", payout: balances.nextPayout };
  return { kind: "manual" };
}

/**
 * The balance an instant payout draws on (the seller's payout currency), and why it cannot be
 * used now, if it cannot.
 */
export function instantPayoutAvailability(
  seller: Pick<SellerView, "currency">,
  balances: Pick<BalancesView, "balances" | "heldReason">,
): { currency: string; instantAvailable: number; unavailableReason: string | null } {
  const balance = balances.balances.find((candidate) => candidate.currency === seller.currency);
  const instantAvailable = balance?.instantAvailable ?? 0;
  const unavailableReason = balances.heldReason
    ? overviewLabels.payOutNowHeld
    : instantAvailable <= 0
      ? overviewLabels.payOutNowUnavailable
      : null;
  return { currency: seller.currency, instantAvailable, unavailableReason };
}
