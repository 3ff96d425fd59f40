import { loadingLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import { LoadingRegion } from "./loading-region";

/** A detail page (payout, order) on its way: its title, summary, sections and table. */
export function DetailLoading() {
  return (
    <LoadingRegion>
      <div>
        <Skeleton />
        <Skeleton />
      </div>
      <Card>
        <Skeleton lines={3} />
      </Card>
      <div>
        <Card>
          <Skeleton lines={5} />
        </Card>
        <Card>
          <Skeleton lines={5} />
        </Card>
      </div>
      <TableSkeleton caption={loadingLabels.loading} columns={5} rows={6} />
    </LoadingRegion>
  );
}
