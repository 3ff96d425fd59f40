import type { ActivityParamsView } from "../screens/activity";
import type { PayoutListParamsView } from "../screens/payouts";

// What the phones' "Filters" toggle counts: a range counts once, whichever of its ends are set.

/** How many of the payouts filters are in use (status, dates, currency, amount, search). */
export function payoutActiveFilterCount(params: PayoutListParamsView): number {
  return [
    params.status.length > 0,
    params.from || params.to,
    params.currency,
    params.amountMin || params.amountMax,
    params.search,
  ].filter(Boolean).length;
}

/** How many of the activity filters are in use (type, dates). */
export function activityActiveFilterCount(params: ActivityParamsView): number {
  return [params.type.length > 0, params.from || params.to].filter(Boolean).length;
}
