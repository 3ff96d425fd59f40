import { payoutDetailLabels } from "../screens/payout-detail";
import type { ColumnSpec } from "./column-spec";

const headers = payoutDetailLabels.transactionColumns;

export type PayoutTransactionColumnKey = keyof typeof headers;

const column = (
  key: PayoutTransactionColumnKey,
  options: Omit<ColumnSpec, "key" | "id" | "header"> = {},
): ColumnSpec<PayoutTransactionColumnKey> => ({ key, id: key, header: headers[key], ...options });

/**
 * The payout's transactions table, sorted in the browser (ids match payoutTransactionComparators).
 * The order column is not sortable: a sale's description only repeats its order id.
 */
export const payoutTransactionColumnSpecs: readonly ColumnSpec<PayoutTransactionColumnKey>[] = [
  column("occurredAt", { sortable: true, rowHeader: true }),
  column("kind", { sortable: true }),
  column("orderId"),
  column("gross", { numeric: true, sortable: true }),
  column("fees", { numeric: true, sortable: true }),
  column("reserve", { numeric: true, sortable: true }),
  column("net", { numeric: true, sortable: true }),
];
