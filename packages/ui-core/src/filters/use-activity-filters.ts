"use client";
import type { DateRangeValue } from "../components/forms";
import type { SearchParamUpdates } from "../navigation/search-params";
import type { ActivityParamsView } from "../screens/activity";
import { pageCursorKeys } from "../screens/payouts";
import { sameChoices, useFilterDraft } from "../url-state/use-filter-draft";
import { useSearchParamsUpdater } from "../url-state/use-search-param-state";
import { activityActiveFilterCount } from "./active-filter-count";

/** Type and date filters; every change is a new URL, starting again from the newest movement. */
export function useActivityFilters(params: ActivityParamsView) {
  const { update } = useSearchParamsUpdater();
  const change = (updates: SearchParamUpdates) => update(updates, { drop: pageCursorKeys });
  const types = useFilterDraft<readonly string[]>(params.type, sameChoices);
  return {
    activeCount: activityActiveFilterCount(params),
    type: {
      selected: types.draft,
      onChange(next: string[]) {
        if (types.send(next)) change({ type: next });
      },
    },
    dateRange: {
      value: { from: params.from ?? "", to: params.to ?? "" },
      onCommit: ({ from, to }: DateRangeValue) => change({ from, to }),
    },
  };
}
