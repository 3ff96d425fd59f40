import type { SelectOption } from "../components/forms";
import {
  activityTypeLabels,
  activityTypes,
  payoutStatuses,
  payoutStatusLabels,
} from "../screens/payout-status";
import { payoutDateFields, payoutsLabels } from "../screens/payouts";

/** The payouts status filter's choices, in the order statuses happen. */
export const payoutStatusOptions: readonly SelectOption[] = payoutStatuses.map((status) => ({
  value: status,
  label: payoutStatusLabels[status],
}));

/** Which date the payouts date range (and the "Date" column) is on. */
export const payoutDateFieldOptions: readonly SelectOption[] = payoutDateFields.map((field) => ({
  value: field,
  label: payoutsLabels.filters.dateFieldOptions[field],
}));

/** "All currencies" (an empty value), then each currency the seller has payouts in. */
export function payoutCurrencyOptions(currencies: readonly string[]): SelectOption[] {
  return [
    { value: "", label: payoutsLabels.filters.allCurrencies },
    ...currencies.map((code) => ({ value: code, label: code })),
  ];
}

/** The activity type filter's choices. */
export const activityTypeOptions: readonly SelectOption[] = activityTypes.map((type) => ({
  value: type,
  label: activityTypeLabels[type],
}));
