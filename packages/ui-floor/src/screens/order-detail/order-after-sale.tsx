import {
  type DataTableColumn,
  orderDetailLabels as labels,
  type OrderAfterSaleRow,
  orderAfterSaleRows,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import type { OrderSectionProps } from "./order-section-props";

const columnLabels = labels.afterSaleColumns;

export function OrderAfterSale({ order, format }: OrderSectionProps) {
  const { currency } = order.order;
  const columns: DataTableColumn<OrderAfterSaleRow>[] = [
    {
      id: "createdAt",
      header: columnLabels.createdAt,
      rowHeader: true,
      cell: (row) => (
        <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt)}</time>
      ),
    },
    { id: "kind", header: columnLabels.kind, cell: (row) => labels.afterSaleKinds[row.kind] },
    { id: "reason", header: columnLabels.reason, cell: (row) => row.reason },
    {
      id: "amount",
      header: columnLabels.amount,
      numeric: true,
      cell: (row) => format.money(row.amount, currency),
    },
    {
      id: "fee",
      header: columnLabels.fee,
      numeric: true,
      cell: (row) => (row.fee === null ? null : format.money(row.fee, currency)),
    },
  ];
  return (
    <Card title={labels.afterSaleTitle} id="order-after-sale">
      <DataTable
        name="order-after-sale"
        caption={labels.afterSaleCaption}
        columns={columns}
        rows={orderAfterSaleRows(order)}
        rowKey={(row) => row.id}
        empty={<EmptyState title={labels.noAfterSale} />}
      />
    </Card>
  );
}
