"use client";
import { type AmountRange, payoutsLabels } from "@payout-styles/ui-core";
import { useAmountRangeFilter } from "@payout-styles/ui-core/client";
import styled from "styled-components";
import { TextInput } from "../../components/text-input";
import { visuallyHidden } from "../../styles/mixins";
import { media, theme } from "../../styles/theme";

const { filters: labels } = payoutsLabels;

const Fieldset = styled.fieldset`
  min-width: 0;
`;

const Legend = styled.legend`
  ${visuallyHidden}
`;

const Bounds = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: ${theme.spacing["3"]};
`;

const Bound = styled.div`
  width: 100%;
  min-width: 0;

  @media ${media.sm} {
    width: 9rem;
  }
`;

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
    <Bound>
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
    </Bound>
  );
  return (
    <Fieldset>
      <Legend>{labels.amountRange}</Legend>
      <Bounds>
        {field("min", labels.amountMin)}
        {field("max", labels.amountMax)}
      </Bounds>
    </Fieldset>
  );
}
