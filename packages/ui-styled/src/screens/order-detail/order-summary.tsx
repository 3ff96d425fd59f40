import { orderDetailLabels as labels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Stat } from "../../components/stat";
import { media, theme } from "../../styles/theme";
import type { OrderSectionProps } from "./order-section-props";

const Stats = styled.div`
  display: grid;
  grid-template-columns: repeat(1, minmax(0, 1fr));
  gap: ${theme.spacing["6"]};

  @media ${media.sm} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  @media ${media.lg} {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
`;

export function OrderSummary({ order, format }: OrderSectionProps) {
  const { customerName, createdAt, customerPaid, currency } = order.order;
  const youReceive = order.split.seller;
  return (
    <Card title={labels.summaryTitle} id="order-summary">
      <Stats>
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
      </Stats>
    </Card>
  );
}
