import {
  type DataTableColumn,
  orderDetailLabels as labels,
  type OrderPaymentLine,
  orderPaymentLines,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import type { OrderSectionProps } from "./order-section-props";

/** What the customer paid, line by line, each discount with who funded it. */
export function OrderPayment({ order, format }: OrderSectionProps) {
  const { currency, customerPaid } = order.order;
  const columns: DataTableColumn<OrderPaymentLine>[] = [
    { id: "line", header: labels.paymentColumns.line, rowHeader: true, cell: (line) => line.label },
    {
      id: "fundedBy",
      header: labels.paymentColumns.fundedBy,
      cell: (line) => (line.fundedBy ? labels.fundedBy[line.fundedBy] : null),
    },
    {
      id: "amount",
      header: labels.paymentColumns.amount,
      numeric: true,
      cell: (line) => format.money(line.amount, currency),
    },
  ];
  return (
    <Card title={labels.paymentTitle} id="order-payment">
      <DataTable
        name="order-payment"
        caption={labels.paymentCaption}
        columns={columns}
        rows={orderPaymentLines(order)}
        rowKey={(line) => line.id}
        footer={
          <tr>
            <th scope="row" colSpan={2}>
              {labels.customerPaid}
            </th>
            <td>{format.money(customerPaid, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
