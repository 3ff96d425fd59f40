import { loadingLabels } from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { Skeleton } from "../../components/skeleton";
import { TableSkeleton } from "../../components/table-skeleton";
import * as styles from "./detail-loading.css";
import { LoadingRegion } from "./loading-region";

/** A detail page (payout, order) on its way: its title, summary, sections and table. */
export function DetailLoading() {
  return (
    <LoadingRegion>
      <div className={styles.heading}>
        <Skeleton width="12rem" />
        <Skeleton height="2rem" width="min(100%, 20rem)" />
      </div>
      <Card>
        <Skeleton lines={3} />
      </Card>
      <div className={styles.sections}>
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
