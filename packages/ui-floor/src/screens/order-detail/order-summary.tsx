import { orderDetailLabels as labels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";
import type { OrderSectionProps } from "./order-section-props";

export function OrderSummary({ order, format }: OrderSectionProps) {
  const { customerName, createdAt, customerPaid, currency } = order.order;
  const youReceive = order.split.seller;
  return (
    <Card title={labels.summaryTitle} id="order-summary">
      <div>
        <Stat name="customer" label={labels.customer} value={customerName} />
        <Stat
          name="placed"
          label={labels.placedAt}
          value={<time dateTime={createdAt.toISOString()}>{format.dateTime(createdAt)}</time>}
        />
        <Stat
          name="customer-paid"
          label={labels.customerPaid}
          value={format.money(customerPaid, currency)}
        />
        <Stat
          name="you-receive"
          label={labels.youReceive}
          value={format.money(youReceive, currency)}
        />
      </div>
    </Card>
  );
}
