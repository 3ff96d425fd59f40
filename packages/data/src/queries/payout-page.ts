// Reads payouts in keyset order: (sort value, id) after or before a cursor, with the indexes
// payouts_seller_{created,arrival,amount}_idx serving each sort, and each payout's stored sales
// line for its gross sales. Used by the payouts screen, the overview and the CSV export.
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import { bankAccounts, payoutLines, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import type { KeysetCursor, PageDirection } from "./keyset-cursor";
import type { PayoutSortKey } from "./payout-list-params";

const sortColumns = {
  created: {
    column: payouts.createdAt,
    cursorValue: sql<string>`${payouts.createdAt}::text`,
    cast: (value: string | number) => sql`${value}::timestamptz`,
  },
  arrival: {
    column: payouts.arrivalDate,
    cursorValue: sql<string>`${payouts.arrivalDate}::text`,
    cast: (value: string | number) => sql`${value}::date`,
  },
  amount: {
    column: payouts.amount,
    cursorValue: sql<number>`${payouts.amount}`.mapWith(Number),
    cast: (value: string | number) => sql`${value}::bigint`,
  },
} as const;

export interface PayoutPageRequest {
  sortKey: PayoutSortKey;
  order: "asc" | "desc";
  cursor: KeysetCursor | null;
  direction: PageDirection;
  limit: number;
}

/** Payouts matching `filter`, in display order, from the cursor in the given direction. */
export async function selectPayoutPage(db: Queryable, filter: SQL, request: PayoutPageRequest) {
  const sort = sortColumns[request.sortKey];
  const ascending = (request.order === "asc") === (request.direction === "forward");
  const conditions = [filter];
  if (request.cursor) {
    const operator = sql.raw(ascending ? ">" : "<");
    conditions.push(
      sql`(${sort.column}, ${payouts.id}) ${operator} (${sort.cast(request.cursor.value)}, ${request.cursor.id}::text)`,
    );
  }
  const direction = ascending ? asc : desc;
  const rows = await db
    .select({
      id: payouts.id,
      createdAt: payouts.createdAt,
      arrivalDate: payouts.arrivalDate,
      status: payouts.status,
      method: payouts.method,
      origin: payouts.origin,
      amount: payouts.amount,
      grossAmount: payouts.grossAmount,
      fee: payouts.fee,
      currency: payouts.currency,
      bankReference: payouts.bankReference,
      bankName: bankAccounts.bankName,
      last4: bankAccounts.last4,
      salesLine: payoutLines.amount,
      cursorValue: sort.cursorValue,
    })
    .from(payouts)
    .leftJoin(bankAccounts, eq(bankAccounts.id, payouts.bankAccountId))
    .leftJoin(payoutLines, salesLineOfPayout)
    .where(and(...conditions))
    .orderBy(direction(sort.column), direction(payouts.id))
    .limit(request.limit);
  return request.direction === "forward" ? rows : rows.reverse();
}

/** The join condition of a payout's sales line (absent when the payout has no sales). */
export const salesLineOfPayout = sql`${payoutLines.payoutId} = ${payouts.id} and ${payoutLines.line} = 'sales'`;

export type PayoutPageRow = Awaited<ReturnType<typeof selectPayoutPage>>[number];

export function payoutCursor(sortKey: PayoutSortKey, row: PayoutPageRow): KeysetCursor {
  return { sort: sortKey, value: row.cursorValue, id: row.id };
}
