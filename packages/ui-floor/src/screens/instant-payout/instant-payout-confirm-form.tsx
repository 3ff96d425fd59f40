"use client";
import {
  type Formatter,
  instantPayoutFields as fields,
  type InstantPayoutQuoteView,
  instantPayoutLabels as labels,
  toMajorUnitsText,
} from "@payout-styles/ui-core";
import { useId } from "react";
import { Button } from "../../components/button";
import { DescriptionList } from "../../components/description-list";

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
    <form action={action} aria-label={labels.reviewTitle}>
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
            term: <span>{labels.quoteNet}</span>,
            detail: <span>{money(quote.net)}</span>,
            numeric: true,
          },
        ]}
      />
      <p id={errorId} role="alert">
        {error}
      </p>
      <div>
        <Button onClick={changeAmount} disabled={pending}>
          {labels.changeAmount}
        </Button>
        <Button type="submit" pending={pending} aria-describedby={error ? errorId : undefined}>
          {labels.confirm}
        </Button>
      </div>
    </form>
  );
}
