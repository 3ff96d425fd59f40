// The read side of the payout data layer: one read per screen, each scoped to a seller, with the
// URL param schemas of the list screens and their serialisers.
export {
  type BreakdownLine,
  type BreakdownLineKey,
  breakdownLineKeys,
  breakdownLineLabels,
} from "../domain/payout-breakdown";
export { failureMessage } from "../domain/payout-failure-codes";
export { authenticateSeller } from "./authenticate-seller";
export {
  type ActivityPage,
  type ActivityRow,
  listBalanceActivity,
} from "./balance-activity";
export {
  type ActivityParams,
  type ActivityType,
  activityParamsSchema,
  activityQuery,
  activityTypes,
} from "./balance-activity-params";
export {
  type Balances,
  type CurrencyBalance,
  getBalances,
  type LastPayout,
  type NextPayout,
} from "./balances";
export { exportPayoutTransactionsCsv } from "./csv/payout-transactions-csv";
export { exportPayoutsCsv } from "./csv/payouts-csv";
export { type EarningsPeriod, getEarningsSeries } from "./earnings-series";
export type { PageInfo } from "./keyset-cursor";
export type { KeysetPage } from "./keyset-page";
export { pageSizes, sortOrders } from "./list-params";
export { formatMinorUnits, parseMajorUnits } from "./major-units";
export { getOrderDetail, type OrderDetail, type OrderDiscount } from "./order-detail";
export type { IncludingPayout, OrderLedgerEntry, OrderLedgerTransaction } from "./order-trace";
export type { PayoutAlert } from "./payout-alerts";
export type { CurrencyTotals } from "./payout-amounts";
export { getPayoutDetail, type PayoutDetail, type PayoutEventView } from "./payout-detail";
export { listPayouts, type PayoutList, type PayoutListRow } from "./payout-list";
export {
  type PayoutListParams,
  payoutDateFields,
  payoutListParamsSchema,
  payoutListQuery,
  payoutSorts,
} from "./payout-list-params";
export { listPayoutTransactions, type PayoutTransactionRow } from "./payout-transactions";
export { listRecentPayouts } from "./recent-payouts";
export { parseSearchParams, type SearchParams } from "./search-params";
export { getSellerProfile, type MaskedBankAccount, type SellerProfile } from "./seller-profile";
