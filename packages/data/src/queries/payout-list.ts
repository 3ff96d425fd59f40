// The payouts screen: one page of the seller's payouts for the URL's filter, search and sort,
// keyset-paginated in both directions, with the totals of the whole filter.
import { z } from "zod";
import { recordIdSchema } from "../boundary-schemas";
import type { PayoutStatus } from "../domain/payout-status";
import { parseInput } from "../errors";
import type { Queryable } from "../store/open-store";
import { type KeysetPage, pageStart, readKeysetPage } from "./keyset-page";
import { type CurrencyTotals, payoutAmounts, payoutTotals } from "./payout-amounts";
import { payoutFilter } from "./payout-filter";
import { type PayoutListParams, payoutListParamsSchema, payoutSortKey } from "./payout-list-params";
import { type PayoutPageRow, payoutCursor, selectPayoutPage } from "./payout-page";
import { parseSearchParams, type SearchParams } from "./search-params";
import { findSeller } from "./seller-scope";

const listPayoutsInput = z.object({ sellerId: recordIdSchema });

export interface ListPayoutsInput {
  sellerId: string;
  /** Typed params, or the URL's searchParams as they are. */
  params?: Partial<PayoutListParams> | SearchParams;
}

export interface PayoutListRow {
  id: string;
  createdAt: Date;
  arrivalDate: string;
  status: PayoutStatus;
  method: "standard" | "instant";
  origin: "scheduled" | "instant" | "retry" | "reversal";
  /** The sales line (see payoutGrossSales). */
  grossSales: number;
  /** Everything else, so grossSales + feesAndAdjustments = amount. */
  feesAndAdjustments: number;
  /** Net: what reaches the bank. */
  amount: number;
  currency: string;
  bankReference: string;
  destination: { bankName: string; last4: string } | null;
}

export interface PayoutList extends KeysetPage<PayoutListRow> {
  params: PayoutListParams;
  /** Per currency, over every payout the filter matches (not just this page). */
  totals: CurrencyTotals[];
}

export async function listPayouts(db: Queryable, input: ListPayoutsInput): Promise<PayoutList> {
  const { sellerId } = parseInput(listPayoutsInput, input);
  // Params are parsed on their own so an issue names the URL key ("pageSize"), not a path.
  const params = parseSearchParams(payoutListParamsSchema, input.params);
  const seller = await findSeller(db, sellerId);
  const filter = payoutFilter(seller, params);
  const sortKey = payoutSortKey(params);
  const [page, totals] = await Promise.all([
    readKeysetPage({
      ...pageStart(params),
      pageSize: params.pageSize,
      read: (cursor, direction, limit) =>
        selectPayoutPage(db, filter, { sortKey, order: params.order, cursor, direction, limit }),
      cursorOf: (row: PayoutPageRow) => payoutCursor(sortKey, row),
    }),
    payoutTotals(db, filter),
  ]);
  return { params, ...page, rows: page.rows.map(toListRow), totals };
}

export function toListRow(row: PayoutPageRow): PayoutListRow {
  return {
    id: row.id,
    createdAt: row.createdAt,
    arrivalDate: row.arrivalDate,
    status: row.status,
    method: row.method,
    origin: row.origin,
    ...payoutAmounts(row),
    amount: row.amount,
    currency: row.currency,
    bankReference: row.bankReference,
    destination:
      row.bankName !== null && row.last4 !== null
        ? { bankName: row.bankName, last4: row.last4 }
        : null,
  };
}
