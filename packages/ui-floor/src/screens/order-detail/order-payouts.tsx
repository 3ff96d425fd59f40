import {
  type DataTableColumn,
  type IncludingPayoutView,
  orderDetailLabels as labels,
  payoutHref,
  payoutStatusLabels,
  payoutStatusTone,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Link } from "../../components/link";
import { StatusBadge } from "../../components/status-badge";
import type { OrderSectionProps } from "./order-section-props";

const columnLabels = labels.payoutColumns;

/** The payouts that paid this order out: the way back from order to payout. */
export function OrderPayouts({ order, format }: OrderSectionProps) {
  const columns: DataTableColumn<IncludingPayoutView>[] = [
    {
      id: "id",
      header: columnLabels.id,
      rowHeader: true,
      cell: (payout) => <Link href={payoutHref(payout.id)}>{payout.id}</Link>,
    },
    {
      id: "status",
      header: columnLabels.status,
      cell: (payout) => (
        <StatusBadge tone={payoutStatusTone[payout.status]}>
          {payoutStatusLabels[payout.status]}
        </StatusBadge>
      ),
    },
    {
      id: "arrivalDate",
      header: columnLabels.arrivalDate,
      cell: (payout) => format.date(payout.arrivalDate),
    },
    {
      id: "amount",
      header: columnLabels.amount,
      numeric: true,
      cell: (payout) => format.money(payout.amount, payout.currency),
    },
  ];
  return (
    <Card title={labels.payoutsTitle} id="order-payouts">
      <DataTable
        name="order-payouts"
        caption={labels.payoutsCaption}
        columns={columns}
        rows={order.payouts}
        rowKey={(payout) => payout.id}
        empty={<EmptyState title={labels.noPayouts} />}
      />
    </Card>
  );
}
