// A detail route reads its record twice in one request: the layout, to answer 404 before the
// loading skeleton streams, and the page, to render it. Memoised per request, it is read once.
import { getOrderDetail, getPayoutDetail, type PayoutStore } from "@payout-styles/data";
import { cache } from "react";

type Db = PayoutStore["db"];

export const readPayoutDetail = cache((db: Db, sellerId: string, payoutId: string) =>
  getPayoutDetail(db, { sellerId, payoutId }),
);

export const readOrderDetail = cache((db: Db, sellerId: string, orderId: string) =>
  getOrderDetail(db, { sellerId, orderId }),
);
