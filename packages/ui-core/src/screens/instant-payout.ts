// The instant payout ("Pay out now") dialog's contract: an amount of at most the instant balance,
// a fee preview, then a confirmation that carries the idempotency key made when the dialog opened,
// so a double click, a retry after a timeout or a replayed request pays once.
import type { FormAction } from "./form-state";
import type { SellerView } from "./seller-view";

/** What an instant payout of an amount would cost: the data layer's InstantPayoutQuote + currency. */
export interface InstantPayoutQuoteView {
  /** What leaves the balance. */
  amount: number;
  fee: number;
  /** What reaches the bank. */
  net: number;
  availableForInstant: number;
  currency: string;
}

export interface InstantPayoutResultView {
  payoutId: string;
  amount: number;
  net: number;
  fee: number;
  currency: string;
}

export interface InstantPayoutDialogProps {
  seller: SellerView;
  balance: { currency: string; instantAvailable: number };
  /** Prices the amount (no payout is made); answers the quote or a field error on "amount". */
  quoteInstantPayout: FormAction<InstantPayoutQuoteView>;
  /** Makes the payout, once per idempotency key. */
  payOutNow: FormAction<InstantPayoutResultView>;
  /**
   * Why nothing can be paid out now (shown beside the trigger), or null/absent when it can. The
   * trigger stays rendered and focusable (aria-disabled) so focus can return to it.
   */
  unavailableReason?: string | null;
}

/**
 * The names of both forms' fields, as the server actions read them. The amount is in major units
 * as typed ("1234.50", "1200" for yen); the confirmation sends the reviewed amount back.
 */
export const instantPayoutFields = {
  amount: "amount",
  currency: "currency",
  idempotencyKey: "idempotencyKey",
} as const;

export const instantPayoutLabels = {
  trigger: "Pay out now",
  title: "Pay out now",
  description: "Send money from your available balance to your bank account today, for a fee.",
  amount: "Amount",
  /** Under the amount field, with the instant balance formatted. */
  available: (amount: string) => `Available for an instant payout: ${amount}`,
  review: "Review",
  reviewTitle: "Review your payout",
  quoteAmount: "Amount",
  quoteFee: "Instant payout fee",
  quoteNet: "Arrives in your bank",
  changeAmount: "Change amount",
  confirm: "Confirm payout",
  cancel: "Cancel",
  successTitle: "Payout on its way",
  /** Instead of an error page when the quote's request fails: nothing was paid. */
  quoteConnectionLost: "The connection was lost. Review again: nothing has been paid.",
  /** When the confirmation's request fails: the same idempotency key is sent again. */
  connectionLost: "The connection was lost. Confirm again: you will not be paid twice.",
  /** The toast's description, with the amount formatted and the new payout's id. */
  successDescription: (net: string, payoutId: string) =>
    `${net} is on its way to your bank as payout ${payoutId}.`,
} as const;
