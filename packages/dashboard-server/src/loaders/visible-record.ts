// A detail page's 404 must be decided before its loading skeleton starts streaming the response
// with a 200 (https://nextjs.org/docs/app/api-reference/file-conventions/loading#status-codes), so
// the detail's layout asks these first: does the signed-in seller have this payout, this order?
import { getOrderDetail, getPayoutDetail } from "@payout-styles/data";
import { requireSeller } from "../session";
import { orNotFound } from "./not-found";

/** The payout's own row, events and lines: a few indexed reads, not its transactions. */
export async function requireVisiblePayout(payoutId: string): Promise<void> {
  const { store, seller } = await requireSeller();
  await orNotFound(() => getPayoutDetail(store.db, { sellerId: seller.id, payoutId }));
}

export async function requireVisibleOrder(orderId: string): Promise<void> {
  const { store, seller } = await requireSeller();
  await orNotFound(() => getOrderDetail(store.db, { sellerId: seller.id, orderId }));
}
