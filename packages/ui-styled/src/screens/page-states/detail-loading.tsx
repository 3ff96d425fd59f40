import { loadingLabels } from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { media, theme } from "../../styles/theme";
import { LoadingRegion } from "./loading-region";

const Heading = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${theme.spacing["3"]};
`;

const CardPair = styled.div`
  display: grid;
  gap: ${theme.spacing["6"]};

  @media ${media.lg} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;

/** A detail page (payout, order) on its way: its title, summary, sections and table. */
export function DetailLoading() {
  return (
    <LoadingRegion>
      <Heading>
        <Skeleton width="12rem" />
        <Skeleton height="2rem" width="min(100%, 20rem)" />
      </Heading>
      <Card>
        <Skeleton lines={3} />
      </Card>
      <CardPair>
        <Card>
          <Skeleton lines={5} />
        </Card>
        <Card>
          <Skeleton lines={5} />
        </Card>
      </CardPair>
      <TableSkeleton caption={loadingLabels.loading} columns={5} rows={6} />
    </LoadingRegion>
  );
}
