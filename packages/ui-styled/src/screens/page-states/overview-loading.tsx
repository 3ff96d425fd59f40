import { overviewLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { PageHeader } from "../../components/page-header";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { media, theme } from "../../styles/theme";
import { LoadingRegion } from "./loading-region";

const balanceStats = 4;

const BalanceStats = styled.div`
  display: grid;
  gap: ${theme.spacing["4"]};

  @media ${media.sm} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  @media ${media.lg} {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
`;

const PayoutCards = styled.div`
  display: grid;
  gap: ${theme.spacing["6"]};

  @media ${media.md} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

export function OverviewLoading() {
  return (
    <>
      <PageHeader title={overviewLabels.title} description={<Skeleton width="16rem" />} />
      <LoadingRegion>
        <Card title={overviewLabels.balancesTitle}>
          <BalanceStats>
            {Array.from({ length: balanceStats }, (_, index) => (
              <Skeleton key={index} lines={2} />
            ))}
          </BalanceStats>
        </Card>
        <PayoutCards>
          <Card title={overviewLabels.nextPayoutTitle}>
            <Skeleton lines={2} />
          </Card>
          <Card title={overviewLabels.lastPayoutTitle}>
            <Skeleton lines={2} />
          </Card>
        </PayoutCards>
        <Card title={overviewLabels.earningsTitle}>
          <Skeleton height="16rem" />
        </Card>
        <Card title={overviewLabels.recentPayoutsTitle} flush>
          <TableSkeleton caption={overviewLabels.recentPayoutsCaption} columns={5} rows={5} />
        </Card>
      </LoadingRegion>
    </>
  );
}
