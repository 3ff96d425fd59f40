"use client";
import {
  type ActivityParamsView,
  activityLabels,
  activityTypeLabels,
  activityTypes,
  pageCursorKeys,
  type SearchParamUpdates,
} from "@payout-styles/ui-core";
import { sameChoices, useFilterDraft, useSearchParamsUpdater } from "@payout-styles/ui-core/client";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { DateRangeFilter } from "../payouts/date-range-filter";
import { FilterPanel } from "../payouts/filter-panel";

const { filters: labels } = activityLabels;

const typeOptions = activityTypes.map((type) => ({ value: type, label: activityTypeLabels[type] }));

/** Type and date filters; every change is a new URL, starting again from the newest movement. */
export function ActivityFilters({ params }: { params: ActivityParamsView }) {
  const { update } = useSearchParamsUpdater();
  const change = (updates: SearchParamUpdates) => update(updates, { drop: pageCursorKeys });
  const types = useFilterDraft<readonly string[]>(params.type, sameChoices);
  const activeCount = [params.type.length > 0, params.from || params.to].filter(Boolean).length;
  return (
    <FilterPanel label={labels.region} toggleLabel={labels.toggle} activeCount={activeCount}>
      <MultiSelectFilter
        label={labels.type}
        options={typeOptions}
        selected={types.draft}
        onChange={(next) => {
          if (types.send(next)) change({ type: next });
        }}
      />
      <DateRangeFilter
        legend={labels.dateRange}
        value={{ from: params.from ?? "", to: params.to ?? "" }}
        onCommit={({ from, to }) => change({ from, to })}
      />
    </FilterPanel>
  );
}
