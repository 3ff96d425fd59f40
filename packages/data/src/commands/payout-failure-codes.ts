// Why a bank refuses or returns a payout, in the words a seller reads on the payout's page. The
// codes follow Stripe's payout failure codes; "insufficient_funds" is left out on purpose: it is
// a debit's failure, and a payout only ever credits the seller's account.
import { z } from "zod";

export const payoutFailureMessages = {
  account_closed: "The bank account has been closed.",
  invalid_account_number: "The bank account number is invalid.",
  no_account: "The bank could not find an account with these details.",
  account_frozen: "The bank account has been frozen.",
  bank_account_restricted: "The bank account has restrictions on the payouts it accepts.",
  could_not_process: "The bank could not process this payout.",
} as const;

export type PayoutFailureCode = keyof typeof payoutFailureMessages;

export const payoutFailureCodes = Object.keys(payoutFailureMessages) as [
  PayoutFailureCode,
  ...PayoutFailureCode[],
];

export const payoutFailureCodeSchema = z.enum(payoutFailureCodes, {
  error: `must be one of ${payoutFailureCodes.join(", ")}`,
});
