import {
  createFormatter,
  orderDetailLabels as labels,
  type OrderDetailScreenProps,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Breadcrumbs } from "../../components/breadcrumbs";
import { PageHeader } from "../../components/page-header";
import { media, theme } from "../../styles/theme";
import { OrderAfterSale } from "./order-after-sale";
import { OrderItems } from "./order-items";
import { OrderLedger } from "./order-ledger";
import { OrderPayment } from "./order-payment";
import { OrderPayouts } from "./order-payouts";
import { OrderSplit } from "./order-split";
import { OrderSummary } from "./order-summary";

const Sections = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

// Two tables side by side only where both fit without scrolling.
const SectionPair = styled.div`
  display: grid;
  gap: ${theme.spacing["6"]};

  @media ${media["2xl"]} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

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
      <Sections>
        <OrderSummary order={order} format={format} />
        <SectionPair>
          <OrderItems order={order} format={format} />
          <OrderPayment order={order} format={format} />
        </SectionPair>
        <SectionPair>
          <OrderSplit order={order} format={format} />
          <OrderPayouts order={order} format={format} />
        </SectionPair>
        <OrderAfterSale order={order} format={format} />
        <OrderLedger order={order} format={format} />
      </Sections>
    </>
  );
}
