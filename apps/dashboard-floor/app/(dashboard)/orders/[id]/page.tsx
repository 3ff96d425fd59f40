import { loadOrderDetail } from "@payout-styles/dashboard-server";
import { orderDetailLabels } from "@payout-styles/ui-core";
import { OrderDetailScreen } from "@payout-styles/ui-floor";

type OrderPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: OrderPageProps) {
  return { title: orderDetailLabels.title((await params).id) };
}

export default async function OrderPage({ params }: OrderPageProps) {
  const props = await loadOrderDetail((await params).id);
  return <OrderDetailScreen {...props} />;
}
