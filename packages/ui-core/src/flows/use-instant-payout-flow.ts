"use client";
import { useActionState, useMemo, useState } from "react";
import { createFormatter } from "../format/formatter";
import { toMajorUnitsText } from "../format/money";
import { rejectionAsError } from "../forms/rejection-as-error";
import { showToast } from "../primitives/toast-queue";
import { type FormState, idleFormState } from "../screens/form-state";
import {
  instantPayoutFields as fields,
  type InstantPayoutDialogProps,
  type InstantPayoutQuoteView,
  type InstantPayoutResultView,
  instantPayoutLabels as labels,
} from "../screens/instant-payout";

interface InstantPayoutFlowOptions {
  /** Made when the dialog opened: every confirmation of this opening pays at most once. */
  idempotencyKey: string;
  onPaid(): void;
}

/**
 * Amount → fee preview → confirmation, and the toast when paid. Used by a component mounted while
 * the dialog is open, so each opening starts over. A lost connection is an error on the step
 * rather than an error page, and the key stays, so confirming again pays once.
 */
export function useInstantPayoutFlow(
  { seller, balance, quoteInstantPayout, payOutNow }: InstantPayoutDialogProps,
  { idempotencyKey, onPaid }: InstantPayoutFlowOptions,
) {
  const format = useMemo(() => createFormatter(seller), [seller]);
  const [quoteState, quoteAction, quoting] = useActionState(
    rejectionAsError(quoteInstantPayout, labels.quoteConnectionLost),
    idleFormState,
  );
  const [review, setReview] = useState<{
    state: FormState<InstantPayoutQuoteView>;
    quote: InstantPayoutQuoteView | null;
  }>({ state: quoteState, quote: null });
  let quote = review.quote;
  if (quoteState !== review.state) {
    quote = quoteState.status === "success" ? (quoteState.result ?? null) : null;
    setReview({ state: quoteState, quote });
  }
  const [payState, payAction, paying] = useActionState(
    async (previous: FormState<InstantPayoutResultView>, formData: FormData) => {
      const next = await rejectionAsError(payOutNow, labels.connectionLost)(previous, formData);
      if (next.status === "success" && next.result) {
        const { net, currency, payoutId } = next.result;
        showToast({
          tone: "success",
          title: labels.successTitle,
          description: labels.successDescription(format.money(net, currency), payoutId),
        });
        onPaid();
      }
      return next;
    },
    idleFormState,
  );
  return {
    format,
    idempotencyKey,
    /** Step one, shown while there is no quote to review. */
    amount: {
      state: quoteState,
      action: quoteAction,
      pending: quoting,
      currency: balance.currency,
      available: format.money(balance.instantAvailable, balance.currency),
      defaultAmount:
        quoteState.values?.[fields.amount] ??
        toMajorUnitsText(quoteState.result?.amount ?? balance.instantAvailable, balance.currency),
      error: stepError(quoteState),
    },
    /** Step two, once the amount is priced. */
    review: quote && {
      quote,
      state: payState,
      action: payAction,
      pending: paying,
      error: stepError(payState),
      changeAmount: () => setReview({ state: quoteState, quote: null }),
    },
  };
}

function stepError(state: FormState<unknown>): string | undefined {
  return state.status === "error"
    ? (state.fieldErrors?.[fields.amount] ?? state.message)
    : undefined;
}
