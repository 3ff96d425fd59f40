import {
  type DataTableColumn,
  type Formatter,
  payoutDetailLabels as labels,
  type PayoutBreakdownLineView,
  type PayoutDetailView,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { muted, totalAmount } from "../table-cells.css";
import * as styles from "./payout-breakdown.css";

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
        <span className={styles.line}>
          <span>{line.label}</span>
          {!line.affectsNet && (
            <span className={styles.platformFundedNote}>{labels.platformFundedNote}</span>
          )}
        </span>
      ),
    },
    {
      id: "amount",
      header: labels.breakdownColumns.amount,
      numeric: true,
      cell: (line) => (
        <span className={line.affectsNet ? undefined : muted}>
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
            <td className={totalAmount}>{format.money(amount, currency)}</td>
          </tr>
        }
      />
    </Card>
  );
}
