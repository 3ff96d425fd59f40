import {
  type DataTableColumn,
  type Formatter,
  payoutDetailLabels as labels,
  type PayoutBreakdownLineView,
  type PayoutDetailView,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";

interface PayoutBreakdownProps {
  detail: PayoutDetailView;
  format: Formatter;
}

/** The lines that make the net, and the net itself as the total row. */
export function PayoutBreakdown({ detail, format }: PayoutBreakdownProps) {
  const { currency, amount } = detail.payout;
  const columns: DataTableColumn<PayoutBreakdownLineView>[] = [
    {
      id: "line",
      header: labels.breakdownColumns.line,
      rowHeader: true,
      cell: (line) => (
        <span>
          <span>{line.label}</span>
          {!line.affectsNet && <span>{labels.platformFundedNote}</span>}
        </span>
      ),
    },
    {
      id: "amount",
      header: labels.breakdownColumns.amount,
      numeric: true,
      cell: (line) => <span>{format.money(line.amount, currency)}</span>,
    },
  ];
  return (
    <Card title={labels.breakdownTitle} id="payout-breakdown">
      <DataTable
        name="payout-breakdown"
        caption={labels.breakdownCaption}
        columns={columns}
        rows={detail.breakdown}
        rowKey={(line) => line.line}
        footer={
          <tr>
            <th scope="row">{labels.breakdownTotal}</th>
            <td>{format.money(amount, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
