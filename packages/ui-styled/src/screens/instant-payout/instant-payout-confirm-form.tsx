"use client";
import {
  type Formatter,
  instantPayoutFields as fields,
  type InstantPayoutQuoteView,
  instantPayoutLabels as labels,
  toMajorUnitsText,
} from "@payout-styles/ui-core";
import { useId } from "react";
import styled from "styled-components";
import { Button } from "../../components/button";
import { DescriptionList } from "../../components/description-list";
import { textSize } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const NetTerm = styled.span`
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.fg};
`;

const NetAmount = styled.span`
  font-weight: ${theme.fontWeight.semibold};
`;

const ErrorMessage = styled.p`
  ${textSize("sm")}
  font-weight: ${theme.fontWeight.medium};
  color: ${theme.color.danger.fg};

  &:empty {
    display: none;
  }
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

interface InstantPayoutConfirmFormProps {
  quote: InstantPayoutQuoteView;
  format: Formatter;
  /** Why the last confirmation failed; confirming again sends the same key. */
  error: string | undefined;
  action: (formData: FormData) => void;
  pending: boolean;
  /** Made when the dialog opened: every submission of this dialog pays at most once. */
  idempotencyKey: string;
  changeAmount(): void;
}

/** Step two: the fee preview and the confirmation, which carries the dialog's idempotency key. */
export function InstantPayoutConfirmForm({
  quote,
  format,
  error,
  action,
  pending,
  idempotencyKey,
  changeAmount,
}: InstantPayoutConfirmFormProps) {
  const errorId = useId();
  const money = (amount: number) => format.money(amount, quote.currency);
  return (
    <Form action={action} aria-label={labels.reviewTitle}>
      <input
        type="hidden"
        name={fields.amount}
        value={toMajorUnitsText(quote.amount, quote.currency)}
      />
      <input type="hidden" name={fields.currency} value={quote.currency} />
      <input type="hidden" name={fields.idempotencyKey} value={idempotencyKey} />
      <DescriptionList
        items={[
          { term: labels.quoteAmount, detail: money(quote.amount), numeric: true },
          { term: labels.quoteFee, detail: money(-quote.fee), numeric: true },
          {
            term: <NetTerm>{labels.quoteNet}</NetTerm>,
            detail: <NetAmount>{money(quote.net)}</NetAmount>,
            numeric: true,
          },
        ]}
      />
      <ErrorMessage id={errorId} role="alert">
        {error}
      </ErrorMessage>
      <Actions>
        <Button variant="secondary" onClick={changeAmount} disabled={pending}>
          {labels.changeAmount}
        </Button>
        <Button type="submit" pending={pending} aria-describedby={error ? errorId : undefined}>
          {labels.confirm}
        </Button>
      </Actions>
    </Form>
  );
}
