// When a seller's payouts are held, and why: the payout run skips a held seller and the overview
// shows no next payout for it. A bank account that refused a payout refuses the next one too, so
// it holds payouts until the seller adds another account; re-entering the same account (same
// fingerprint) does not lift the hold.

export type PayoutHold =
  | { kind: "no_bank_account" }
  /** `payoutId`: the failed payout that caused the hold. */
  | { kind: "bank_account_failed"; payoutId: string };

/** Held, or not held and where payouts go. */
export type PayoutHoldDecision =
  | { hold: null; bankAccountId: string }
  | { hold: PayoutHold; bankAccountId: string | null };

export interface PayoutHoldFacts {
  /** The newest bank account not replaced by another. */
  bankAccountId: string | null;
  /** Failed payouts sent to that account (by fingerprint), newest first. */
  failuresOnBankAccount: readonly { payoutId: string; retried: boolean }[];
}

/**
 * Of several failures, the newest one still waiting for a retry is named, so the hold points at
 * the payout the overview asks the seller to act on.
 */
export function decidePayoutHold(facts: PayoutHoldFacts): PayoutHoldDecision {
  const { bankAccountId, failuresOnBankAccount: failures } = facts;
  if (bankAccountId === null) return { hold: { kind: "no_bank_account" }, bankAccountId };
  const cause = failures.find((failure) => !failure.retried) ?? failures[0];
  if (!cause) return { hold: null, bankAccountId };
  return { hold: { kind: "bank_account_failed", payoutId: cause.payoutId }, bankAccountId };
}
