import {
  type Formatter,
  overviewLabels,
  type PayoutRowView,
  recentPayoutColumnSpecs,
  recentPayoutsLimit,
  withCells,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Link } from "../../components/link";
import { payoutCells } from "../payouts/payout-columns";

/** The most recent payouts, each linked to its detail, and the way to all of them. */
export function RecentPayouts({
  payouts,
  format,
}: {
  payouts: readonly PayoutRowView[];
  format: Formatter;
}) {
  return (
    <Card
      id="recent-payouts"
      title={overviewLabels.recentPayoutsTitle}
      actions={<Link href="/payouts">{overviewLabels.viewAllPayouts}</Link>}
    >
      <DataTable
        name="recent-payouts"
        caption={overviewLabels.recentPayoutsCaption}
        columns={withCells(recentPayoutColumnSpecs, payoutCells(format))}
        rows={payouts.slice(0, recentPayoutsLimit)}
        rowKey={(row) => row.id}
        empty={<EmptyState title={overviewLabels.recentPayoutsEmpty} />}
      />
    </Card>
  );
}
