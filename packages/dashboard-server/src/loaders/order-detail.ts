import { getOrderDetail } from "@payout-styles/data";
import type { OrderDetailScreenProps } from "@payout-styles/ui-core";
import { requireSeller } from "../session";
import { orNotFound } from "./not-found";

export async function loadOrderDetail(orderId: string): Promise<OrderDetailScreenProps> {
  const { store, seller } = await requireSeller();
  const order = await orNotFound(() => getOrderDetail(store.db, { sellerId: seller.id, orderId }));
  return { seller, order };
}
