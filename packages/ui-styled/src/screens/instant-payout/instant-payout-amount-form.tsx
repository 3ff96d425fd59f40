"use client";
import {
  type FormState,
  instantPayoutFields as fields,
  type InstantPayoutQuoteView,
  instantPayoutLabels as labels,
} from "@payout-styles/ui-core";
import { useFocusFirstInvalid } from "@payout-styles/ui-core/client";
import { useRef } from "react";
import styled from "styled-components";
import { Button } from "../../components/button";
import { TextInput } from "../../components/text-input";
import { media, theme } from "../../styles/theme";

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

// Stacked on phones with the main action on top; in a row, main action last, from `sm` up.
const Actions = styled.div`
  display: flex;
  flex-direction: column-reverse;
  gap: ${theme.spacing["2"]};

  @media ${media.sm} {
    flex-direction: row;
    justify-content: flex-end;
  }
`;

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
    <Form ref={formRef} action={action}>
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
      <Actions>
        <Button variant="secondary" onClick={onCancel}>
          {labels.cancel}
        </Button>
        <Button type="submit" pending={pending}>
          {labels.review}
        </Button>
      </Actions>
    </Form>
  );
}
