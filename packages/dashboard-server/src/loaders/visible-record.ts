// A detail page's 404 must be decided before its loading skeleton starts streaming the response
// with a 200 (https://nextjs.org/docs/app/api-reference/file-conventions/loading#status-codes), so
// the detail's layout asks these first: does the signed-in seller have this payout, this order?
import { requireSeller } from "../session";
import { readOrderDetail, readPayoutDetail } from "./detail-reads";
import { orNotFound } from "./not-found";

/** The payout's own row, events and lines: a few indexed reads, not its transactions. */
export async function requireVisiblePayout(payoutId: string): Promise<void> {
  const { store, seller } = await requireSeller();
  await orNotFound(() => readPayoutDetail(store.db, seller.id, payoutId));
}

export async function requireVisibleOrder(orderId: string): Promise<void> {
  const { store, seller } = await requireSeller();
  await orNotFound(() => readOrderDetail(store.db, seller.id, orderId));
}
