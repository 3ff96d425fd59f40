"use client";
import { type DateRangeValue, dateRangeError } from "@payout-styles/ui-core";
import { useFilterDraft } from "@payout-styles/ui-core/client";
import { DateRangeInput } from "../../components/date-range-input";

const same = (a: DateRangeValue, b: DateRangeValue) => a.from === b.from && a.to === b.to;

/**
 * A date range written to the URL as soon as it is one the URL accepts: a date typed digit by
 * digit, or an end before the start, stays in the fields with a message instead.
 */
export function DateRangeFilter({
  legend,
  value,
  onCommit,
}: {
  legend: string;
  value: DateRangeValue;
  onCommit: (range: DateRangeValue) => void;
}) {
  const { draft, setDraft, send } = useFilterDraft(value, same);
  const error = dateRangeError(draft);
  return (
    <DateRangeInput
      legend={legend}
      value={draft}
      error={error ?? undefined}
      onChange={(range) => {
        if (dateRangeError(range) !== null) setDraft(range);
        else if (send(range)) onCommit(range);
      }}
    />
  );
}
