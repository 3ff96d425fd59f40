"use client";
import {
  type PayoutListParamsView,
  pageCursorKeys,
  payoutDateFields,
  payoutStatuses,
  payoutStatusLabels,
  payoutsLabels,
  type SearchParamUpdates,
} from "@payout-styles/ui-core";
import { sameChoices, useFilterDraft, useSearchParamsUpdater } from "@payout-styles/ui-core/client";
import { MultiSelectFilter } from "../../components/multi-select-filter";
import { Select } from "../../components/select";
import { AmountRangeFilter } from "./amount-range-filter";
import { DateRangeFilter } from "./date-range-filter";
import { FilterPanel } from "./filter-panel";
import { SearchFilter } from "./search-filter";

const { filters: labels } = payoutsLabels;

const statusOptions = payoutStatuses.map((status) => ({
  value: status,
  label: payoutStatusLabels[status],
}));
const dateFieldOptions = payoutDateFields.map((field) => ({
  value: field,
  label: labels.dateFieldOptions[field],
}));

export interface PayoutFiltersProps {
  params: PayoutListParamsView;
  currencies: readonly string[];
  /** The currency amounts are typed in when no currency is chosen. */
  sellerCurrency: string;
}

/** The payouts filters and search; every change is a new URL, starting again from page one. */
export function PayoutFilters({ params, currencies, sellerCurrency }: PayoutFiltersProps) {
  const { update } = useSearchParamsUpdater();
  const change = (updates: SearchParamUpdates, options: { replace?: boolean } = {}) =>
    update(updates, { ...options, drop: pageCursorKeys });
  const status = useFilterDraft<readonly string[]>(params.status, sameChoices);
  const dateField = useFilterDraft<string>(params.dateField, Object.is);
  const currency = useFilterDraft(params.currency ?? "", Object.is);
  const currencyOptions = [
    { value: "", label: labels.allCurrencies },
    ...currencies.map((code) => ({ value: code, label: code })),
  ];
  const activeCount = [
    params.status.length > 0,
    params.from || params.to,
    params.currency,
    params.amountMin || params.amountMax,
    params.search,
  ].filter(Boolean).length;
  return (
    <FilterPanel label={labels.region} toggleLabel={labels.toggle} activeCount={activeCount}>
      <SearchFilter
        value={params.search ?? ""}
        onCommit={(search, options) => change({ search }, options)}
      />
      <MultiSelectFilter
        label={labels.status}
        options={statusOptions}
        selected={status.draft}
        onChange={(next) => {
          if (status.send(next)) change({ status: next });
        }}
      />
      <div className="w-full min-w-0 sm:w-36">
        <Select
          label={labels.dateField}
          options={dateFieldOptions}
          value={dateField.draft}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (dateField.send(next)) change({ dateField: next });
          }}
        />
      </div>
      <DateRangeFilter
        legend={labels.dateRange}
        value={{ from: params.from ?? "", to: params.to ?? "" }}
        onCommit={({ from, to }) => change({ from, to })}
      />
      <div className="w-full min-w-0 sm:w-40">
        <Select
          label={labels.currency}
          options={currencyOptions}
          value={currency.draft}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (currency.send(next)) change({ currency: next });
          }}
        />
      </div>
      <AmountRangeFilter
        value={{ min: params.amountMin ?? "", max: params.amountMax ?? "" }}
        currency={currency.draft || sellerCurrency}
        onCommit={({ min, max }) => change({ amountMin: min, amountMax: max })}
      />
    </FilterPanel>
  );
}
