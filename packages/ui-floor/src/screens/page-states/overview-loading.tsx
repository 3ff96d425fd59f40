import { overviewLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { LoadingRegion } from "./loading-region";

const balanceStats = 4;

export function OverviewLoading() {
  return (
    <>
      <PageHeader title={overviewLabels.title} description={<Skeleton />} />
      <LoadingRegion>
        <Card title={overviewLabels.balancesTitle}>
          <div>
            {Array.from({ length: balanceStats }, (_, index) => (
              <Skeleton key={index} lines={2} />
            ))}
          </div>
        </Card>
        <div>
          <Card title={overviewLabels.nextPayoutTitle}>
            <Skeleton lines={2} />
          </Card>
          <Card title={overviewLabels.lastPayoutTitle}>
            <Skeleton lines={2} />
          </Card>
        </div>
        <Card title={overviewLabels.earningsTitle}>
          <Skeleton />
        </Card>
        <Card title={overviewLabels.recentPayoutsTitle}>
          <TableSkeleton caption={overviewLabels.recentPayoutsCaption} columns={5} rows={5} />
        </Card>
      </LoadingRegion>
    </>
  );
}
