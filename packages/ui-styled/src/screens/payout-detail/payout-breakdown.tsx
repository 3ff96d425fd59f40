import {
  type DataTableColumn,
  type Formatter,
  payoutDetailLabels as labels,
  type PayoutBreakdownLineView,
  type PayoutDetailView,
} from "@payout-styles/ui-core";
import styled from "styled-components";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { tabularNums, textSize } from "../../styles/mixins";
import { theme } from "../../styles/theme";

// Labels wrap, so the amounts stay in view on a phone.
const LineLabel = styled.span`
  display: flex;
  flex-direction: column;
  white-space: normal;
`;

const PlatformFundedNote = styled.span`
  ${textSize("xs")}
  font-weight: ${theme.fontWeight.normal};
  color: ${theme.color.fgMuted};
`;

const LineAmount = styled.span<{ $affectsNet: boolean }>`
  ${({ $affectsNet }) => !$affectsNet && `color: ${theme.color.fgMuted};`}
`;

const TotalCell = styled.td`
  text-align: right;
  ${tabularNums}
`;

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
        <LineLabel>
          <span>{line.label}</span>
          {!line.affectsNet && <PlatformFundedNote>{labels.platformFundedNote}</PlatformFundedNote>}
        </LineLabel>
      ),
    },
    {
      id: "amount",
      header: labels.breakdownColumns.amount,
      numeric: true,
      cell: (line) => (
        <LineAmount $affectsNet={line.affectsNet}>{format.money(line.amount, currency)}</LineAmount>
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
            <TotalCell>{format.money(amount, currency)}</TotalCell>
          </tr>
        }
      />
    </Card>
  );
}
