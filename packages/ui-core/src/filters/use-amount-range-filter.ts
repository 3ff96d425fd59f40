"use client";
import { useState } from "react";
import { amountRangeErrors } from "../screens/payouts";
import { useFilterDraft } from "../url-state/use-filter-draft";
import { type AmountRange, sameAmountRange, trimAmountRange } from "./amount-range";

/**
 * Amount bounds written to the URL on Enter or when a field is left (`commit`), and only when the
 * URL would accept them; otherwise the errors are shown until a commit succeeds.
 */
export function useAmountRangeFilter(
  committed: AmountRange,
  /** The currency the amounts are in (its decimals). */
  currency: string,
  onCommit: (range: AmountRange) => void,
) {
  const { draft, setDraft, send } = useFilterDraft(committed, sameAmountRange);
  const [showErrors, setShowErrors] = useState(false);
  const errors = amountRangeErrors(draft, currency);
  return {
    draft,
    change: (bound: keyof AmountRange, text: string) => setDraft({ ...draft, [bound]: text }),
    /** Per bound, the error to show (undefined until a commit was refused). */
    errors: {
      min: showErrors ? (errors.min ?? undefined) : undefined,
      max: showErrors ? (errors.max ?? undefined) : undefined,
    },
    commit() {
      if (errors.min || errors.max) {
        setShowErrors(true);
        return;
      }
      setShowErrors(false);
      if (send(draft)) onCommit(trimAmountRange(draft));
    },
  };
}
