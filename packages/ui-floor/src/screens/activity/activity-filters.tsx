"use client";
import {
  type ActivityParamsView,
  activityLabels,
  activityTypeOptions,
} from "@payout-styles/ui-core";
import { useActivityFilters } from "@payout-styles/ui-core/client";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { DateRangeFilter } from "../payouts/date-range-filter";
import { FilterPanel } from "../payouts/filter-panel";

const { filters: labels } = activityLabels;

/** Type and date filters; every change is a new URL, starting again from the newest movement. */
export function ActivityFilters({ params }: { params: ActivityParamsView }) {
  const filters = useActivityFilters(params);
  return (
    <FilterPanel
      label={labels.region}
      toggleLabel={labels.toggle}
      activeCount={filters.activeCount}
    >
      <MultiSelectFilter label={labels.type} options={activityTypeOptions} {...filters.type} />
      <DateRangeFilter legend={labels.dateRange} {...filters.dateRange} />
    </FilterPanel>
  );
}
