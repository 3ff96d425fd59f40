"use client";
import { type AmountRange, payoutsLabels } from "@payout-styles/ui-core";
import { useAmountRangeFilter } from "@payout-styles/ui-core/client";
import { TextInput } from "../../components/text-input";

const { filters: labels } = payoutsLabels;

/** Net amount bounds in major units, written to the URL on Enter or when a field is left. */
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
  const range = useAmountRangeFilter(value, currency, onCommit);
  const field = (bound: keyof AmountRange, label: string) => (
    <div>
      <TextInput
        label={label}
        inputMode="decimal"
        autoComplete="off"
        value={range.draft[bound]}
        error={range.errors[bound]}
        onChange={(event) => range.change(bound, event.currentTarget.value)}
        onBlur={range.commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") range.commit();
        }}
      />
    </div>
  );
  return (
    <fieldset>
      <legend>{labels.amountRange}</legend>
      <div>
        {field("min", labels.amountMin)}
        {field("max", labels.amountMax)}
      </div>
    </fieldset>
  );
}
