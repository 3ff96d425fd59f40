import type { OrderDetailScreenProps } from "@payout-styles/ui-core";
import { requireSeller } from "../session";
import { readOrderDetail } from "./detail-reads";
import { orNotFound } from "./not-found";

export async function loadOrderDetail(orderId: string): Promise<OrderDetailScreenProps> {
  const { store, seller } = await requireSeller();
  const order = await orNotFound(() => readOrderDetail(store.db, seller.id, orderId));
  return { seller, order };
}
