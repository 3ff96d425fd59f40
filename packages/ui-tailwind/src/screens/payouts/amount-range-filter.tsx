"use client";
import { amountRangeErrors, payoutsLabels } from "@payout-styles/ui-core";
import { useFilterDraft } from "@payout-styles/ui-core/client";
import { useState } from "react";
import { TextInput } from "../../components/text-input";

export interface AmountRange {
  min: string;
  max: string;
}

const { filters: labels } = payoutsLabels;
const same = (a: AmountRange, b: AmountRange) =>
  a.min.trim() === b.min.trim() && a.max.trim() === b.max.trim();

/**
 * Net amount bounds in major units, written to the URL on Enter or when a field is left, and only
 * when the URL would accept them; otherwise the field says what is wrong.
 */
export function AmountRangeFilter({
  value,
  currency,
  onCommit,
}: {
  value: AmountRange;
  /** The currency the amounts are in (its decimals). */
  currency: string;
  onCommit: (range: AmountRange) => void;
}) {
  const { draft, setDraft, send } = useFilterDraft(value, same);
  const [showErrors, setShowErrors] = useState(false);
  const errors = amountRangeErrors(draft, currency);
  const commit = () => {
    if (errors.min || errors.max) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    if (send(draft)) onCommit({ min: draft.min.trim(), max: draft.max.trim() });
  };
  const field = (bound: keyof AmountRange, label: string, error: string | null) => (
    <div className="w-full min-w-0 sm:w-36">
      <TextInput
        label={label}
        inputMode="decimal"
        autoComplete="off"
        value={draft[bound]}
        error={showErrors ? (error ?? undefined) : undefined}
        onChange={(event) => setDraft({ ...draft, [bound]: event.currentTarget.value })}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </div>
  );
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">{labels.amountRange}</legend>
      <div className="flex flex-wrap items-start gap-3">
        {field("min", labels.amountMin, errors.min)}
        {field("max", labels.amountMax, errors.max)}
      </div>
    </fieldset>
  );
}
