import {
  type DataTableColumn,
  orderDetailLabels as labels,
  ledgerAccountLabels,
  ledgerEntryKindLabels,
  type OrderLedgerEntryView,
  type OrderLedgerTransactionView,
  payoutHref,
} from "@payout-styles/ui-core";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { Link } from "../../components/link";
import type { OrderSectionProps } from "./order-section-props";

interface LedgerRow extends OrderLedgerEntryView {
  transaction: OrderLedgerTransactionView;
}

const columnLabels = labels.ledgerColumns;

/** Every entry of the order, each with the payout that included it: payout ↔ order, to the cent. */
export function OrderLedger({ order, format }: OrderSectionProps) {
  const { currency } = order.order;
  const rows: LedgerRow[] = order.ledger.flatMap((transaction) =>
    transaction.entries.map((entry) => ({ ...entry, transaction })),
  );
  const columns: DataTableColumn<LedgerRow>[] = [
    {
      id: "occurredAt",
      header: columnLabels.occurredAt,
      rowHeader: true,
      cell: (row) => (
        <time dateTime={row.transaction.occurredAt.toISOString()}>
          {format.dateTime(row.transaction.occurredAt)}
        </time>
      ),
    },
    {
      id: "transaction",
      header: columnLabels.transaction,
      cell: (row) => row.transaction.description,
    },
    { id: "kind", header: columnLabels.kind, cell: (row) => ledgerEntryKindLabels[row.kind] },
    {
      id: "account",
      header: columnLabels.account,
      cell: (row) => ledgerAccountLabels[row.account],
    },
    {
      id: "amount",
      header: columnLabels.amount,
      numeric: true,
      cell: (row) => format.money(row.amount, currency),
    },
    {
      id: "payout",
      header: columnLabels.payout,
      cell: (row) => {
        if (row.payoutId) return <Link href={payoutHref(row.payoutId)}>{row.payoutId}</Link>;
        return row.account === "seller_payable" ? (
          <span>{labels.notInPayout}</span>
        ) : (
          <span>{labels.notPaidOutAccount}</span>
        );
      },
    },
  ];
  return (
    <Card title={labels.ledgerTitle} description={labels.ledgerDescription} id="order-ledger">
      <DataTable
        name="order-ledger"
        caption={labels.ledgerCaption}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.entryId)}
      />
    </Card>
  );
}
