// The payout detail screen: the payout, its transactions for the client-side table, and whether
// a failed payout can be retried now (the same hold that stops the payout run stops a retry).
import {
  getBalances,
  listPayoutTransactions,
  type PayoutDetail,
  type PayoutStore,
} from "@payout-styles/data";
import type { PayoutDetailScreenProps } from "@payout-styles/ui-core";
import { appNow } from "../clock";
import { retryBlockedReasons } from "../messages";
import { requireSeller } from "../session";
import { readPayoutDetail } from "./detail-reads";
import { orNotFound } from "./not-found";

export type PayoutDetailData = Omit<PayoutDetailScreenProps, "retryPayout"> & {
  /** The screen gets the retry action only when this is true. */
  canRetry: boolean;
};

export function payoutExportHref(payoutId: string): string {
  return `/payouts/${encodeURIComponent(payoutId)}/export`;
}

export async function loadPayoutDetail(payoutId: string): Promise<PayoutDetailData> {
  const { store, seller } = await requireSeller();
  const lookup = { sellerId: seller.id, payoutId };
  const [detail, transactions] = await orNotFound(() =>
    Promise.all([
      readPayoutDetail(store.db, seller.id, payoutId),
      listPayoutTransactions(store.db, lookup),
    ]),
  );
  return {
    seller,
    detail,
    transactions,
    exportHref: payoutExportHref(detail.payout.id),
    ...(await retryState(store, seller.id, detail)),
  };
}

async function retryState(
  store: PayoutStore,
  sellerId: string,
  detail: PayoutDetail,
): Promise<{ canRetry: boolean; retryBlockedReason: string | null }> {
  if (detail.payout.status !== "failed" || detail.links.retriedBy !== null) {
    return { canRetry: false, retryBlockedReason: null };
  }
  const { heldReason } = await getBalances(store.db, { sellerId, asOf: appNow() });
  if (heldReason)
    return { canRetry: false, retryBlockedReason: retryBlockedReasons[heldReason.kind] };
  return { canRetry: true, retryBlockedReason: null };
}
