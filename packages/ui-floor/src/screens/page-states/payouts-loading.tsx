import { payoutsLabels } from "@payout-styles/ui-core";
import { PageHeader } from "../../components/page-header";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { LoadingRegion } from "./loading-region";

export function PayoutsLoading() {
  return (
    <>
      <PageHeader title={payoutsLabels.title} description={payoutsLabels.description} />
      <LoadingRegion>
        <Skeleton />
        <Skeleton />
        <TableSkeleton caption={payoutsLabels.tableCaption} columns={7} rows={10} />
      </LoadingRegion>
    </>
  );
}
