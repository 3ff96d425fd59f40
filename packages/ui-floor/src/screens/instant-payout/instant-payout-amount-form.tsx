"use client";
import {
  type FormState,
  instantPayoutFields as fields,
  type InstantPayoutQuoteView,
  instantPayoutLabels as labels,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid } from "@payout-styles/ui-core/client";
import { useRef } from "react";
import { Button } from "../../components/button";
import { TextInput } from "../../components/text-input";

interface InstantPayoutAmountFormProps {
  state: FormState<InstantPayoutQuoteView>;
  action: (formData: FormData) => void;
  pending: boolean;
  currency: string;
  /** The instant balance, formatted. */
  available: string;
  /** Major units, as the field starts. */
  defaultAmount: string;
  error: string | undefined;
  onCancel(): void;
}

/** Step one: how much, at most the instant balance. "Review" prices it; nothing is paid yet. */
export function InstantPayoutAmountForm({
  state,
  action,
  pending,
  currency,
  available,
  defaultAmount,
  error,
  onCancel,
}: InstantPayoutAmountFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(state, formRef);
  return (
    <form ref={formRef} action={action}>
      <input type="hidden" name={fields.currency} value={currency} />
      <TextInput
        label={labels.amount}
        name={fields.amount}
        inputMode="decimal"
        autoComplete="off"
        required
        prefix={currency}
        defaultValue={defaultAmount}
        description={labels.available(available)}
        error={error}
      />
      <div>
        <Button onClick={onCancel}>{labels.cancel}</Button>
        <Button type="submit" pending={pending}>
          {labels.review}
        </Button>
      </div>
    </form>
  );
}
