import { activityLabels } from "@payout-styles/ui-core";
import { PageHeader } from "../../components/page-header";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { LoadingRegion } from "./loading-region";

export function ActivityLoading() {
  return (
    <>
      <PageHeader title={activityLabels.title} description={activityLabels.description} />
      <LoadingRegion>
        <Skeleton />
        <TableSkeleton caption={activityLabels.tableCaption} columns={8} rows={10} />
      </LoadingRegion>
    </>
  );
}
