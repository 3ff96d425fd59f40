import {
  createFormatter,
  orderDetailLabels as labels,
  type OrderDetailScreenProps,
} from "@payout-styles/ui-core";
import { Breadcrumbs } from "../../components/breadcrumbs";
import { PageHeader } from "../../components/page-header";
import { OrderAfterSale } from "./order-after-sale";
import { OrderItems } from "./order-items";
import { OrderLedger } from "./order-ledger";
import { OrderPayment } from "./order-payment";
import { OrderPayouts } from "./order-payouts";
import { OrderSplit } from "./order-split";
import { OrderSummary } from "./order-summary";

export function OrderDetailScreen({ seller, order }: OrderDetailScreenProps) {
  const format = createFormatter(seller);
  const { id, createdAt } = order.order;
  return (
    <>
      <PageHeader
        breadcrumbs={
          <Breadcrumbs items={[{ label: labels.payoutsCrumb, href: "/payouts" }, { label: id }]} />
        }
        title={labels.title(id)}
        description={format.timeZoneNote(createdAt)}
      />
      <div>
        <OrderSummary order={order} format={format} />
        <div>
          <OrderItems order={order} format={format} />
          <OrderPayment order={order} format={format} />
        </div>
        <div>
          <OrderSplit order={order} format={format} />
          <OrderPayouts order={order} format={format} />
        </div>
        <OrderAfterSale order={order} format={format} />
        <OrderLedger order={order} format={format} />
      </div>
    </>
  );
}
