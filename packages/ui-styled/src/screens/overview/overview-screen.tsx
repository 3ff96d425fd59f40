import { createFormatter, type OverviewScreenProps, overviewLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { media, theme } from "../../styles/theme";
import { BalancesCard } from "./balances-card";
import { EarningsChart } from "./earnings-chart";
import { LastPayoutCard } from "./last-payout-card";
import { NextPayoutCard } from "./next-payout-card";
import { OverviewAlerts } from "./overview-alerts";
import { PayOutNow } from "./pay-out-now";
import { RecentPayouts } from "./recent-payouts";

const Sections = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["6"]};
`;

const PayoutCards = styled.div`
  display: grid;
  gap: ${theme.spacing["6"]};

  @media ${media.md} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

export function OverviewScreen({
  seller,
  asOf,
  balances,
  earnings,
  recentPayouts,
  quoteInstantPayout,
  payOutNow,
}: OverviewScreenProps) {
  const format = createFormatter(seller);
  return (
    <>
      <PageHeader
        title={overviewLabels.title}
        description={
          <>
            <p>{overviewLabels.description}</p>
            <p>{format.timeZoneNote(asOf)}</p>
          </>
        }
        actions={
          <PayOutNow
            seller={seller}
            balances={balances}
            quoteInstantPayout={quoteInstantPayout}
            payOutNow={payOutNow}
          />
        }
      />
      <Sections>
        <OverviewAlerts alerts={balances.alerts} format={format} />
        <BalancesCard balances={balances.balances} currency={seller.currency} format={format} />
        <PayoutCards>
          <NextPayoutCard balances={balances} format={format} />
          <LastPayoutCard lastPayout={balances.lastPayout} format={format} />
        </PayoutCards>
        <Card id="earnings" title={overviewLabels.earningsTitle}>
          <EarningsChart seller={seller} earnings={earnings} />
        </Card>
        <RecentPayouts payouts={recentPayouts} format={format} />
      </Sections>
    </>
  );
}
