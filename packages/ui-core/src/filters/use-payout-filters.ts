"use client";
import type { DateRangeValue } from "../components/forms";
import type { SearchParamUpdates } from "../navigation/search-params";
import { type PayoutListParamsView, pageCursorKeys } from "../screens/payouts";
import { sameChoices, useFilterDraft } from "../url-state/use-filter-draft";
import { useSearchParamsUpdater } from "../url-state/use-search-param-state";
import { payoutActiveFilterCount } from "./active-filter-count";
import type { AmountRange } from "./amount-range";
import { payoutCurrencyOptions } from "./filter-options";

/**
 * The payouts filters and search, each with what it shows and what a change does: every change
 * is a new URL, starting again from page one.
 */
export function usePayoutFilters(
  params: PayoutListParamsView,
  currencies: readonly string[],
  /** The currency amounts are typed in when no currency is chosen. */
  sellerCurrency: string,
) {
  const { update } = useSearchParamsUpdater();
  const change = (updates: SearchParamUpdates, options: { replace?: boolean } = {}) =>
    update(updates, { ...options, drop: pageCursorKeys });
  const status = useFilterDraft<readonly string[]>(params.status, sameChoices);
  const dateField = useFilterDraft<string>(params.dateField, Object.is);
  const currency = useFilterDraft(params.currency ?? "", Object.is);
  const choose =
    (draft: { send(value: string): boolean }, key: "dateField" | "currency") => (next: string) => {
      if (draft.send(next)) change({ [key]: next });
    };
  return {
    activeCount: payoutActiveFilterCount(params),
    search: {
      value: params.search ?? "",
      onCommit: (search: string, options: { replace: boolean }) => change({ search }, options),
    },
    status: {
      selected: status.draft,
      onChange(next: string[]) {
        if (status.send(next)) change({ status: next });
      },
    },
    dateField: { value: dateField.draft, onChange: choose(dateField, "dateField") },
    dateRange: {
      value: { from: params.from ?? "", to: params.to ?? "" },
      onCommit: ({ from, to }: DateRangeValue) => change({ from, to }),
    },
    currency: {
      value: currency.draft,
      options: payoutCurrencyOptions(currencies),
      onChange: choose(currency, "currency"),
    },
    amountRange: {
      value: { min: params.amountMin ?? "", max: params.amountMax ?? "" },
      currency: currency.draft || sellerCurrency,
      onCommit: ({ min, max }: AmountRange) => change({ amountMin: min, amountMax: max }),
    },
  };
}
