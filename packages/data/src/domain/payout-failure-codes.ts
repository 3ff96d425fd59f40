// Why a bank refuses or returns a payout, in the words a seller reads on the overview and on the
// payout's page. The codes are Stripe's payout failure codes, less the ones this model cannot
// act on: "insufficient_funds" and "debit_not_authorized" are failures of a debit, and a payout
// only ever credits the seller's account; "incorrect_account_holder_name" would be fixed by
// correcting the name on the same account, but a failure holds payouts until the seller's
// account is another account (src/domain/payout-hold.ts). So every message ends with what unblocks them.
import { z } from "zod";

export const payoutFailureCodes = [
  "account_closed",
  "account_frozen",
  "bank_account_restricted",
  "bank_ownership_changed",
  "could_not_process",
  "declined",
  "invalid_account_number",
  "invalid_currency",
  "no_account",
] as const;

export type PayoutFailureCode = (typeof payoutFailureCodes)[number];

export const payoutFailureCodeSchema = z.enum(payoutFailureCodes, {
  error: `must be one of ${payoutFailureCodes.join(", ")}`,
});

export const payoutFailureMessages: Record<PayoutFailureCode, string> = {
  account_closed:
    "The bank account has been closed. Add a new bank account, then retry the payout.",
  account_frozen:
    "The bank account has been frozen. Add a new bank account, then retry the payout.",
  bank_account_restricted:
    "The bank account does not accept this kind of payment. Add a new bank account, then retry the payout.",
  bank_ownership_changed:
    "The bank branch of this account changed owner and no longer accepts payouts. Add a new bank account, then retry the payout.",
  could_not_process:
    "The bank could not process this payout to this account. Add a new bank account, then retry the payout.",
  declined:
    "The bank declined this payout to this account. Add a new bank account, then retry the payout.",
  invalid_account_number:
    "The bank account number is not valid. Add a new bank account with the correct number, then retry the payout.",
  invalid_currency:
    "The bank account cannot receive this currency. Add a bank account in the payout's currency, then retry the payout.",
  no_account:
    "The bank could not find an account with these details. Add a new bank account with the correct details, then retry the payout.",
};

const unknownFailureMessage =
  "The bank could not complete this payout. Add a new bank account, then retry the payout.";

/**
 * The message shown for a stored failure: this table's for a known code (older rows may hold
 * older wording), else the message stored with the payout, else a generic one.
 */
export function failureMessage(code: string | null, stored?: string | null): string {
  const known = payoutFailureCodeSchema.safeParse(code);
  if (known.success) return payoutFailureMessages[known.data];
  return stored ?? unknownFailureMessage;
}
