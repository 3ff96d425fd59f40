// The moments each demo seller exists to show, on top of its everyday trading.
import type { PayoutFailureCode } from "../../domain/payout-failure-codes";
import type { SellerRole } from "../demo-sellers";

/** The codes a random payout failure is drawn from: the bank refusals sellers meet most. */
export const randomFailureCodes: readonly PayoutFailureCode[] = [
  "account_closed",
  "invalid_account_number",
  "no_account",
  "account_frozen",
  "bank_account_restricted",
];

export type StoryBeatName = "returnedAfterPaid" | "reversal" | "unresolvedFailure";

export interface StoryBeats {
  /** Share of scheduled payouts the bank rejects while in transit (repaired and retried). */
  randomFailureRate: number;
  /** The first scheduled payout from this day on arrives, then the bank returns it. */
  returnedAfterPaid: { daysBeforeAsOf: number; code: PayoutFailureCode } | null;
  /** The first scheduled payout from this day on is paid, then reversed by a new payout. */
  reversal: { daysBeforeAsOf: number } | null;
  /** The first scheduled payout from this day on fails and the seller has not acted yet. */
  unresolvedFailure: { daysBeforeAsOf: number; code: PayoutFailureCode } | null;
}

const everyday: StoryBeats = {
  randomFailureRate: 0.008,
  returnedAfterPaid: null,
  reversal: null,
  unresolvedFailure: null,
};

export const storyBeats: Record<SellerRole, StoryBeats> = {
  usd: {
    ...everyday,
    returnedAfterPaid: { daysBeforeAsOf: 24, code: "account_frozen" },
    reversal: { daysBeforeAsOf: 45 },
  },
  eur: everyday,
  jpy: everyday,
  noBank: everyday,
  failedPayout: {
    ...everyday,
    unresolvedFailure: { daysBeforeAsOf: 4, code: "account_closed" },
  },
  large: everyday,
};

/** Random failures stop this long before the story ends, so only failedPayout waits for action. */
export const quietDaysBeforeAsOf = 14;
