import { createFormatter, type OverviewScreenProps, overviewLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { BalancesCard } from "./balances-card";
import { EarningsChart } from "./earnings-chart";
import { LastPayoutCard } from "./last-payout-card";
import { NextPayoutCard } from "./next-payout-card";
import { OverviewAlerts } from "./overview-alerts";
import { PayOutNow } from "./pay-out-now";
import { RecentPayouts } from "./recent-payouts";

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
      <div>
        <OverviewAlerts alerts={balances.alerts} format={format} />
        <BalancesCard balances={balances.balances} currency={seller.currency} format={format} />
        <div>
          <NextPayoutCard balances={balances} format={format} />
          <LastPayoutCard lastPayout={balances.lastPayout} format={format} />
        </div>
        <Card id="earnings" title={overviewLabels.earningsTitle}>
          <EarningsChart seller={seller} earnings={earnings} />
        </Card>
        <RecentPayouts payouts={recentPayouts} format={format} />
      </div>
    </>
  );
}
