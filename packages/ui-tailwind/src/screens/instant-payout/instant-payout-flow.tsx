"use client";
import {
  createFormatter,
  type FormState,
  instantPayoutFields as fields,
  type InstantPayoutDialogProps,
  type InstantPayoutQuoteView,
  type InstantPayoutResultView,
  idleFormState,
  instantPayoutLabels as labels,
  toMajorUnitsText,
} from "@payout-styles/ui-core";
import { showToast } from "@payout-styles/ui-core/client";
import { useActionState, useMemo, useState } from "react";
import { InstantPayoutAmountForm } from "./instant-payout-amount-form";
import { InstantPayoutConfirmForm } from "./instant-payout-confirm-form";

interface InstantPayoutFlowProps extends InstantPayoutDialogProps {
  idempotencyKey: string;
  onPaid(): void;
  onCancel(): void;
}

/** Amount → fee preview → confirmation. Mounted while the dialog is open, so each opening starts over. */
export function InstantPayoutFlow({
  seller,
  balance,
  quoteInstantPayout,
  payOutNow,
  idempotencyKey,
  onPaid,
  onCancel,
}: InstantPayoutFlowProps) {
  const format = useMemo(() => createFormatter(seller), [seller]);
  const [quoteState, quoteAction, quoting] = useActionState(quoteInstantPayout, idleFormState);
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
      const next = await payOutNow(previous, formData);
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

  if (quote) {
    return (
      <InstantPayoutConfirmForm
        quote={quote}
        format={format}
        state={payState}
        action={payAction}
        pending={paying}
        idempotencyKey={idempotencyKey}
        onChangeAmount={() => setReview({ state: quoteState, quote: null })}
      />
    );
  }
  return (
    <InstantPayoutAmountForm
      state={quoteState}
      action={quoteAction}
      pending={quoting}
      currency={balance.currency}
      available={format.money(balance.instantAvailable, balance.currency)}
      defaultAmount={
        quoteState.values?.[fields.amount] ??
        toMajorUnitsText(quoteState.result?.amount ?? balance.instantAvailable, balance.currency)
      }
      onCancel={onCancel}
    />
  );
}
