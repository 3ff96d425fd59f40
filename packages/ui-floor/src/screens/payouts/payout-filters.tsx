"use client";
import {
  type PayoutListParamsView,
  payoutDateFieldOptions,
  payoutStatusOptions,
  payoutsLabels,
} from "@payout-styles/ui-core";
import { usePayoutFilters } from "@payout-styles/ui-core/client";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { Select } from "../../components/select";
import { AmountRangeFilter } from "./amount-range-filter";
import { DateRangeFilter } from "./date-range-filter";
import { FilterPanel } from "./filter-panel";
import { SearchFilter } from "./search-filter";

const { filters: labels } = payoutsLabels;

export interface PayoutFiltersProps {
  params: PayoutListParamsView;
  currencies: readonly string[];
  /** The currency amounts are typed in when no currency is chosen. */
  sellerCurrency: string;
}

/** The payouts filters and search; every change is a new URL, starting again from page one. */
export function PayoutFilters({ params, currencies, sellerCurrency }: PayoutFiltersProps) {
  const filters = usePayoutFilters(params, currencies, sellerCurrency);
  return (
    <FilterPanel
      label={labels.region}
      toggleLabel={labels.toggle}
      activeCount={filters.activeCount}
    >
      <SearchFilter {...filters.search} />
      <MultiSelectFilter label={labels.status} options={payoutStatusOptions} {...filters.status} />
      <div>
        <Select
          label={labels.dateField}
          options={payoutDateFieldOptions}
          value={filters.dateField.value}
          onChange={(event) => filters.dateField.onChange(event.currentTarget.value)}
        />
      </div>
      <DateRangeFilter legend={labels.dateRange} {...filters.dateRange} />
      <div>
        <Select
          label={labels.currency}
          options={filters.currency.options}
          value={filters.currency.value}
          onChange={(event) => filters.currency.onChange(event.currentTarget.value)}
        />
      </div>
      <AmountRangeFilter {...filters.amountRange} />
    </FilterPanel>
  );
}
