import {
  type DataTableColumn,
  orderDetailLabels as labels,
  type OrderSplitLine,
  orderSplitLines,
  orderSplitTotal,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import type { OrderSectionProps } from "./order-section-props";

/** Who got what, at which rate; the total is what the customer paid plus the platform's voucher. */
export function OrderSplit({ order, format }: OrderSectionProps) {
  const { currency } = order.order;
  const lines = orderSplitLines(order, format);
  const total = orderSplitTotal(lines);
  const columns: DataTableColumn<OrderSplitLine>[] = [
    { id: "party", header: labels.splitColumns.party, rowHeader: true, cell: (line) => line.label },
    { id: "rate", header: labels.splitColumns.rate, cell: (line) => line.rate },
    {
      id: "amount",
      header: labels.splitColumns.amount,
      numeric: true,
      cell: (line) => format.money(line.amount, currency),
    },
  ];
  return (
    <Card title={labels.splitTitle} description={labels.splitDescription} id="order-split">
      <DataTable
        name="order-split"
        caption={labels.splitCaption}
        columns={columns}
        rows={lines}
        rowKey={(line) => line.id}
        footer={
          <tr>
            <th scope="row" colSpan={2}>
              {labels.splitTotal}
            </th>
            <td>{format.money(total, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
