"use client";
import type { DateRangeValue } from "../components/forms";
import { dateRangeError } from "../screens/payouts";
import { useFilterDraft } from "../url-state/use-filter-draft";

const sameDateRange = (a: DateRangeValue, b: DateRangeValue) => a.from === b.from && a.to === b.to;

/**
 * A date range written to the URL as soon as it is one the URL accepts: a date typed digit by
 * digit, or an end before the start, stays in the fields with the error instead.
 */
export function useDateRangeFilter(
  committed: DateRangeValue,
  onCommit: (range: DateRangeValue) => void,
) {
  const { draft, setDraft, send } = useFilterDraft(committed, sameDateRange);
  return {
    value: draft,
    error: dateRangeError(draft) ?? undefined,
    change(range: DateRangeValue) {
      if (dateRangeError(range) !== null) setDraft(range);
      else if (send(range)) onCommit(range);
    },
  };
}
