// The balance activity screen: every ledger transaction that moved the seller's balance up to
// asOf, newest first, keyset-paginated on (occurredAt, id) in both directions.
//
// A row's amount is its effect on the seller-payable account (what the seller is owed), split
// into gross, fees and reserve (held: negative, released: positive) so gross + fees + reserve =
// amount. Pages come from ledger_transactions_seller_occurred_idx, or per type from
// ledger_transactions_seller_kind_occurred_idx: one index scan of at most a page per type,
// merged, so a rare type pages as fast as a common one.
import { and, asc, desc, eq, inArray, lte, ne, type SQL, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { z } from "zod";
import { asOfSchema, recordIdSchema } from "../boundary-schemas";
import { feeEntryKinds, reserveEntryKinds } from "../domain/payout-breakdown";
import { parseInput } from "../errors";
import { ledgerEntries, ledgerTransactions } from "../schema";
import type { Queryable } from "../store/open-store";
import {
  type ActivityParams,
  type ActivityType,
  activityParamsSchema,
  activitySortKey,
} from "./balance-activity-params";
import { instantWithinDays } from "./calendar-range";
import type { KeysetCursor, PageDirection } from "./keyset-cursor";
import { type KeysetPage, pageStart, readKeysetPage } from "./keyset-page";
import { parseSearchParams, type SearchParams } from "./search-params";
import { findSeller } from "./seller-scope";
import { sumWhere } from "./sql-aggregates";

const activityInput = z.object({ sellerId: recordIdSchema, asOf: asOfSchema });

export interface ActivityRow {
  transactionId: number;
  type: ActivityType;
  occurredAt: Date;
  description: string;
  /** The effect on what the seller is owed. */
  amount: number;
  gross: number;
  fees: number;
  reserve: number;
  /** When the money becomes available (a sale's hold period); null when it moves none. */
  availableOn: Date | null;
  orderId: string | null;
  payoutId: string | null;
}

export interface ActivityPage extends KeysetPage<ActivityRow> {
  params: ActivityParams;
}

export async function listBalanceActivity(
  db: Queryable,
  input: { sellerId: string; asOf: Date | string; params?: Partial<ActivityParams> | SearchParams },
): Promise<ActivityPage> {
  const { sellerId, asOf } = parseInput(activityInput, input);
  const params = parseSearchParams(activityParamsSchema, input.params);
  const seller = await findSeller(db, sellerId);
  const filter = and(
    eq(ledgerTransactions.sellerId, seller.id),
    lte(ledgerTransactions.occurredAt, asOf),
    ...instantWithinDays(ledgerTransactions.occurredAt, params, seller.timeZone),
  ) as SQL;
  const page = await readKeysetPage({
    ...pageStart(params),
    pageSize: params.pageSize,
    read: (cursor, direction, limit) =>
      selectActivity(db, filter, params.type, cursor, direction, limit),
    cursorOf: (row) => ({ sort: activitySortKey, value: row.cursorValue, id: row.id }),
  });
  const amounts = await activityAmounts(
    db,
    page.rows.map((row) => row.id),
  );
  return {
    params,
    ...page,
    rows: page.rows.map((row) => {
      const sums = amounts.get(row.id);
      const amount = sums?.amount ?? 0;
      const fees = sums?.fees ?? 0;
      const reserve = sums?.reserve ?? 0;
      return {
        transactionId: row.id,
        type: row.kind as ActivityType,
        occurredAt: row.occurredAt,
        description: row.description,
        amount,
        gross: amount - fees - reserve,
        fees,
        reserve,
        availableOn: sums?.availableOn ?? null,
        orderId: row.orderId,
        payoutId: row.payoutId,
      };
    }),
  };
}

/** One index scan per type (or one over all types), each at most `limit` rows, merged. */
async function selectActivity(
  db: Queryable,
  filter: SQL,
  types: readonly ActivityType[],
  cursor: KeysetCursor | null,
  direction: PageDirection,
  limit: number,
) {
  // Newest first: reading forward goes back in time.
  const order = direction === "forward" ? desc : asc;
  const conditions = [filter];
  if (cursor) {
    const operator = sql.raw(direction === "forward" ? "<" : ">");
    conditions.push(
      sql`(${ledgerTransactions.occurredAt}, ${ledgerTransactions.id}) ${operator} (${cursor.value}::timestamptz, ${cursor.id}::bigint)`,
    );
  }
  const scan = (kindCondition: SQL) =>
    db
      .select({
        id: ledgerTransactions.id,
        kind: ledgerTransactions.kind,
        occurredAt: ledgerTransactions.occurredAt,
        description: ledgerTransactions.description,
        orderId: ledgerTransactions.orderId,
        payoutId: ledgerTransactions.payoutId,
        cursorValue: sql<string>`${ledgerTransactions.occurredAt}::text`.as("cursor_value"),
      })
      .from(ledgerTransactions)
      .where(and(...conditions, kindCondition))
      .orderBy(order(ledgerTransactions.occurredAt), order(ledgerTransactions.id))
      .limit(limit);
  const [firstType, secondType, ...moreTypes] = types;
  const rows =
    firstType === undefined
      ? await scan(ne(ledgerTransactions.kind, "payout_paid"))
      : secondType === undefined
        ? await scan(eq(ledgerTransactions.kind, firstType))
        : await unionAll(
            scan(eq(ledgerTransactions.kind, firstType)),
            scan(eq(ledgerTransactions.kind, secondType)),
            ...moreTypes.map((type) => scan(eq(ledgerTransactions.kind, type))),
          )
            .orderBy(order(ledgerTransactions.occurredAt), order(ledgerTransactions.id))
            .limit(limit);
  return direction === "forward" ? rows : rows.reverse();
}

/** The seller-payable effect of each transaction, split into gross, fees and reserve. */
async function activityAmounts(db: Queryable, transactionIds: number[]) {
  if (transactionIds.length === 0) return new Map<number, never>();
  const payable = eq(ledgerEntries.account, "seller_payable");
  const rows = await db
    .select({
      transactionId: ledgerEntries.transactionId,
      amount: sumWhere(ledgerEntries.amount, payable),
      fees: sumWhere(
        ledgerEntries.amount,
        and(payable, inArray(ledgerEntries.kind, [...feeEntryKinds])),
      ),
      reserve: sumWhere(
        ledgerEntries.amount,
        and(payable, inArray(ledgerEntries.kind, [...reserveEntryKinds])),
      ),
      availableOn:
        sql<Date | null>`max(${ledgerEntries.effectiveAt}) filter (where ${payable})`.mapWith(
          ledgerEntries.effectiveAt,
        ),
    })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.transactionId, transactionIds))
    .groupBy(ledgerEntries.transactionId);
  return new Map(rows.map((row) => [row.transactionId, row]));
}
