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
        // Labels wrap, so the amounts stay in view on a phone.
        <span className="flex flex-col whitespace-normal">
          <span>{line.label}</span>
          {!line.affectsNet && (
            <span className="text-xs font-normal text-fg-muted">{labels.platformFundedNote}</span>
          )}
        </span>
      ),
    },
    {
      id: "amount",
      header: labels.breakdownColumns.amount,
      numeric: true,
      cell: (line) => (
        <span className={line.affectsNet ? undefined : "text-fg-muted"}>
          {format.money(line.amount, currency)}
        </span>
      ),
    },
  ];
  return (
    <Card title={labels.breakdownTitle} id="payout-breakdown" flush>
      <DataTable
        name="payout-breakdown"
        caption={labels.breakdownCaption}
        hideCaption
        columns={columns}
        rows={detail.breakdown}
        rowKey={(line) => line.line}
        footer={
          <tr>
            <th scope="row">{labels.breakdownTotal}</th>
            <td className="text-right tabular-nums">{format.money(amount, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
