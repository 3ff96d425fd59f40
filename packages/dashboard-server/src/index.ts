// What every dashboard app does on the server, whatever its kit: the store and the clock, the
// session, each screen's data, each action, and the CSV exports. Route files load through these
// and render their kit's screens.
export type { SearchParams } from "@payout-styles/data";
export { payOutNow, quoteInstantPayout } from "./actions/instant-payout";
export { retryPayout } from "./actions/retry-payout";
export { replaceBankAccount, updateNotifications, updateSchedule } from "./actions/settings";
export { signIn, signOut } from "./actions/sign-in";
export { appNow } from "./clock";
export { payoutsCsvResponse, payoutTransactionsCsvResponse } from "./csv";
export { localDataDir } from "./data-dir";
export { loadActivity } from "./loaders/activity";
export type { ListScreenResult } from "./loaders/invalid-params";
export { loadOrderDetail } from "./loaders/order-detail";
export { loadOverview, type OverviewData } from "./loaders/overview";
export { loadPayoutDetail, type PayoutDetailData } from "./loaders/payout-detail";
export { loadPayouts } from "./loaders/payouts";
export { loadSettings, type SettingsData } from "./loaders/settings";
export { loadShell } from "./loaders/shell";
export { loadSignIn } from "./loaders/sign-in";
export { requireVisibleOrder, requireVisiblePayout } from "./loaders/visible-record";
export { localPath, signInHref } from "./local-path";
export { sessionProxy } from "./proxy";
export {
  endSession,
  findSignedInSeller,
  requireSeller,
  type SignedInSeller,
  startSession,
} from "./session";
export { requestPathHeader, sessionCookieName } from "./session-cookie";
export { getStore, provideStore } from "./store";
