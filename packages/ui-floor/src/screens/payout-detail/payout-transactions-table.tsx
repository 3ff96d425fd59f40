"use client";
import {
  createFormatter,
  payoutDetailLabels as labels,
  orderHref,
  type PayoutTransactionColumnKey,
  type PayoutTransactionView,
  payoutTransactionColumnSpecs,
  payoutTransactionKindLabels,
  payoutTransactionTable,
  type SellerView,
  withCells,
} from "@payout-styles/ui-core";
import { useClientTable } from "@payout-styles/ui-core/client";
import { useMemo } from "react";
import { Button } from "../../components/button";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { Link } from "../../components/link";
import { SearchInput } from "../../components/search-input";

interface PayoutTransactionsTableProps {
  seller: SellerView;
  currency: string;
  transactions: PayoutTransactionView[];
}

/** Sort, filter and "show all" run here, on every transaction already loaded with the page. */
export function PayoutTransactionsTable({
  seller,
  currency,
  transactions,
}: PayoutTransactionsTableProps) {
  const table = useClientTable({ rows: transactions, ...payoutTransactionTable });
  const format = useMemo(() => createFormatter(seller), [seller]);
  const columns = useMemo(() => {
    const money = (amount: number) => format.money(amount, currency);
    return withCells<PayoutTransactionColumnKey, PayoutTransactionView>(
      payoutTransactionColumnSpecs,
      {
        occurredAt: (row) => (
          <time dateTime={row.occurredAt.toISOString()}>{format.dateTime(row.occurredAt)}</time>
        ),
        kind: (row) => payoutTransactionKindLabels[row.kind],
        // A sale's description only repeats its order id, so the order link stands in for it.
        orderId: (row) =>
          row.orderId ? (
            <Link href={orderHref(row.orderId)}>{row.orderId}</Link>
          ) : (
            <span>{row.description}</span>
          ),
        gross: (row) => money(row.gross),
        fees: (row) => money(row.fees),
        reserve: (row) => money(row.reserve),
        net: (row) => money(row.net),
      },
    );
  }, [format, currency]);

  return (
    <Card title={labels.transactionsTitle} id="payout-transactions">
      <div>
        <div>
          <SearchInput
            label={labels.filterTransactions}
            value={table.filter}
            onChange={(event) => table.setFilter(event.target.value)}
          />
        </div>
        <p aria-live="polite">
          {labels.transactionsShown(
            format.count(table.rows.length),
            format.count(table.matchingCount),
          )}
        </p>
      </div>
      <div aria-busy={table.isFiltering || undefined}>
        <DataTable
          name="payout-transactions"
          caption={labels.transactionsCaption}
          columns={columns}
          rows={table.rows}
          rowKey={(row) => String(row.transactionId)}
          sort={table.sort}
          onSortChange={table.onSortChange}
          empty={
            <EmptyState
              title={table.totalCount === 0 ? labels.noTransactions : labels.noMatchingTransactions}
            />
          }
        />
      </div>
      {(table.hiddenCount > 0 || table.canShowFewer) && (
        <div>
          <Button onClick={() => table.setShowAll(!table.showAll)}>
            {table.showAll ? labels.showFewer : labels.showAll(format.count(table.matchingCount))}
          </Button>
        </div>
      )}
    </Card>
  );
}
