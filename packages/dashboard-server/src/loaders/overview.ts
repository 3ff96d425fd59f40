import { getBalances, getEarningsSeries, listRecentPayouts } from "@payout-styles/data";
import { type OverviewScreenProps, recentPayoutsLimit } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { requireSeller } from "../session";

export type OverviewData = Omit<OverviewScreenProps, "quoteInstantPayout" | "payOutNow">;

const earningsWeeks = 12;

export async function loadOverview(): Promise<OverviewData> {
  const { store, seller } = await requireSeller();
  const asOf = appNow();
  const sellerId = seller.id;
  const [balances, earnings, recentPayouts] = await Promise.all([
    getBalances(store.db, { sellerId, asOf }),
    getEarningsSeries(store.db, { sellerId, asOf, granularity: "week", periods: earningsWeeks }),
    listRecentPayouts(store.db, { sellerId, limit: recentPayoutsLimit }),
  ]);
  return { seller, asOf, balances, earnings, recentPayouts };
}
