"use client";
import type { DateRangeValue } from "@payout-styles/ui-core";
import { useDateRangeFilter } from "@payout-styles/ui-core/client";
import { DateRangeInput } from "../../components/date-range-input";

/** A date range written to the URL as soon as it is one the URL accepts. */
export function DateRangeFilter({
  legend,
  value,
  onCommit,
}: {
  legend: string;
  value: DateRangeValue;
  onCommit: (range: DateRangeValue) => void;
}) {
  const range = useDateRangeFilter(value, onCommit);
  return (
    <DateRangeInput
      legend={legend}
      value={range.value}
      error={range.error}
      onChange={range.change}
    />
  );
}
