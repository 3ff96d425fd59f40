// The payouts screen's CSV export: every payout of the current filter (not just the page), in
// the screen's sort, read in keyset batches and written record by record.
import { z } from "zod";
import { recordIdSchema } from "../../boundary-schemas";
import { parseInput } from "../../errors";
import type { CurrencyCode } from "../../money/currency";
import type { Queryable } from "../../store/open-store";
import type { KeysetCursor } from "../keyset-cursor";
import { formatMinorUnits } from "../major-units";
import { payoutFilter } from "../payout-filter";
import { toListRow } from "../payout-list";
import {
  type PayoutListParams,
  payoutListParamsSchema,
  payoutSortKey,
} from "../payout-list-params";
import { payoutCursor, selectPayoutPage } from "../payout-page";
import { parseSearchParams, type SearchParams } from "../search-params";
import { findSeller } from "../seller-scope";
import { csvBatchSizeSchema, csvLine } from "./csv-line";

const exportPayoutsInput = z.object({
  sellerId: recordIdSchema,
  batchSize: csvBatchSizeSchema,
});

const header = [
  "payout_id",
  "created_at",
  "arrival_date",
  "status",
  "method",
  "origin",
  "currency",
  "gross_sales",
  "fees_and_adjustments",
  "net_amount",
  "destination_bank",
  "destination_last4",
  "bank_reference",
];

/**
 * Validates and checks access first (so a bad request fails before anything is sent), then
 * returns the file as lines: the header, then one record per payout.
 */
export async function exportPayoutsCsv(
  db: Queryable,
  input: {
    sellerId: string;
    params?: Partial<PayoutListParams> | SearchParams;
    batchSize?: number;
  },
): Promise<AsyncIterable<string>> {
  const { sellerId, batchSize } = parseInput(exportPayoutsInput, input);
  const params = parseSearchParams(payoutListParamsSchema, input.params);
  const seller = await findSeller(db, sellerId);
  const filter = payoutFilter(seller, params);
  const sortKey = payoutSortKey(params);
  return (async function* () {
    yield csvLine(header);
    let cursor: KeysetCursor | null = null;
    for (;;) {
      const batch = await selectPayoutPage(db, filter, {
        sortKey,
        order: params.order,
        cursor,
        direction: "forward",
        limit: batchSize,
      });
      for (const row of batch) {
        const payout = toListRow(row);
        const money = (amount: number) => formatMinorUnits(amount, payout.currency as CurrencyCode);
        yield csvLine([
          payout.id,
          payout.createdAt.toISOString(),
          payout.arrivalDate,
          payout.status,
          payout.method,
          payout.origin,
          payout.currency,
          money(payout.grossSales),
          money(payout.feesAndAdjustments),
          money(payout.amount),
          payout.destination?.bankName ?? null,
          payout.destination?.last4 ?? null,
          payout.bankReference,
        ]);
      }
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      cursor = payoutCursor(sortKey, last);
    }
  })();
}
