// A payout's included transactions as CSV, read in keyset batches of transactions and written
// record by record, so a payout of thousands of sales never sits in memory at once.
import { z } from "zod";
import { recordIdSchema } from "../../boundary-schemas";
import { parseInput } from "../../errors";
import { type CurrencyCode, isCurrencyCode } from "../../money/currency";
import type { Queryable } from "../../store/open-store";
import { formatMinorUnits } from "../major-units";
import {
  assertPayoutOfSeller,
  selectPayoutTransactions,
  type TransactionCursor,
} from "../payout-transactions";
import { csvBatchSizeSchema, csvLine } from "./csv-line";

const exportPayoutTransactionsInput = z.object({
  sellerId: recordIdSchema,
  payoutId: recordIdSchema,
  batchSize: csvBatchSizeSchema,
});

const header = [
  "transaction_id",
  "type",
  "occurred_at",
  "order_id",
  "description",
  "currency",
  "gross",
  "fees",
  "reserve",
  "net",
];

/** Validates and checks access first, then returns the header and one record per transaction. */
export async function exportPayoutTransactionsCsv(
  db: Queryable,
  input: { sellerId: string; payoutId: string; batchSize?: number },
): Promise<AsyncIterable<string>> {
  const { sellerId, payoutId, batchSize } = parseInput(exportPayoutTransactionsInput, input);
  const { currency } = await assertPayoutOfSeller(db, sellerId, payoutId);
  if (!isCurrencyCode(currency))
    throw new RangeError(`payout ${payoutId} has currency ${currency}`);
  const money = (amount: number) => formatMinorUnits(amount, currency as CurrencyCode);
  return (async function* () {
    yield csvLine(header);
    let cursor: TransactionCursor | null = null;
    for (;;) {
      const batch = await selectPayoutTransactions(db, payoutId, cursor, batchSize);
      for (const row of batch) {
        yield csvLine([
          row.transactionId,
          row.kind,
          row.occurredAt.toISOString(),
          row.orderId,
          row.description,
          currency,
          money(row.gross),
          money(row.fees),
          money(row.reserve),
          money(row.net),
        ]);
      }
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      cursor = { occurredAt: last.cursorValue, transactionId: last.transactionId };
    }
  })();
}
