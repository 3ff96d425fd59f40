import {
  type DataTableColumn,
  orderDetailLabels as labels,
  type OrderDetailView,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import type { OrderSectionProps } from "./order-section-props";

type OrderItem = OrderDetailView["items"][number];

export function OrderItems({ order, format }: OrderSectionProps) {
  const { currency, itemsSubtotal } = order.order;
  const columns: DataTableColumn<OrderItem>[] = [
    { id: "name", header: labels.itemColumns.name, rowHeader: true, cell: (item) => item.name },
    {
      id: "quantity",
      header: labels.itemColumns.quantity,
      numeric: true,
      cell: (item) => format.count(item.quantity),
    },
    {
      id: "unitPrice",
      header: labels.itemColumns.unitPrice,
      numeric: true,
      cell: (item) => format.money(item.unitPrice, currency),
    },
    {
      id: "total",
      header: labels.itemColumns.total,
      numeric: true,
      cell: (item) => format.money(item.total, currency),
    },
  ];
  return (
    <Card title={labels.itemsTitle} id="order-items">
      <DataTable
        name="order-items"
        caption={labels.itemsCaption}
        columns={columns}
        rows={order.items}
        // Items have no id of their own; an order's item list never changes.
        rowKey={(item) => `${order.items.indexOf(item)}`}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              {labels.paymentLines.itemsSubtotal}
            </th>
            <td>{format.money(itemsSubtotal, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
