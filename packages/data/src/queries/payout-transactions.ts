// The transactions a payout is made of: its items grouped by ledger transaction, one row per
// sale, refund, chargeback, adjustment, reserve release, instant payout or returned payout,
// each linked to its order when it has one. The detail screen loads them all at once for its
// client-side table; the CSV export reads them in keyset batches.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import { payoutLookupSchema } from "../boundary-schemas";
import { feeEntryKinds, reserveEntryKinds } from "../domain/payout-breakdown";
import { NotFoundError, parseInput } from "../errors";
import type { LedgerTransactionKind } from "../ledger/ledger-transaction";
import { ledgerEntries, ledgerTransactions, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { jsonRowsOf } from "./json-rows";
import { sumOf, sumWhere } from "./sql-aggregates";

export interface PayoutTransactionRow {
  transactionId: number;
  kind: LedgerTransactionKind;
  occurredAt: Date;
  orderId: string | null;
  description: string;
  /** What the transaction brought before fees and reserve: net − fees − reserve. */
  gross: number;
  /** Commission, processing, delivery share and dispute fees (negative). */
  fees: number;
  /** Held in (negative) or released from (positive) the reserve. */
  reserve: number;
  /** The transaction's effect on this payout. */
  net: number;
}

export async function listPayoutTransactions(
  db: Queryable,
  input: { sellerId: string; payoutId: string },
): Promise<PayoutTransactionRow[]> {
  const { sellerId, payoutId } = parseInput(payoutLookupSchema, input);
  await assertPayoutOfSeller(db, sellerId, payoutId);
  const rows = await selectPayoutTransactions(db, payoutId, null, null);
  return rows.map(({ cursorValue: _, ...row }) => row);
}

export async function assertPayoutOfSeller(
  db: Queryable,
  sellerId: string,
  payoutId: string,
): Promise<{ currency: string }> {
  const [payout] = await db
    .select({ currency: payouts.currency })
    .from(payouts)
    .where(and(eq(payouts.id, payoutId), eq(payouts.sellerId, sellerId)));
  if (!payout) throw new NotFoundError("payout", payoutId);
  return payout;
}

export interface TransactionCursor {
  occurredAt: string;
  transactionId: number;
}

interface JsonTransactionRow {
  transactionId: number;
  kind: LedgerTransactionKind;
  occurredAt: string;
  orderId: string | null;
  description: string;
  fees: number;
  reserve: number;
  net: number;
}

/** The payout's transactions in time order, after a cursor, at most `limit` (null: all). */
export async function selectPayoutTransactions(
  db: Queryable,
  payoutId: string,
  after: TransactionCursor | null,
  limit: number | null,
) {
  // One query per call, its subqueries built apart from the connection. The items are summed
  // per ledger transaction first, so each transaction is then looked up once.
  const subquery = new QueryBuilder();
  const grouped = subquery
    .select({
      transactionId: ledgerEntries.transactionId,
      fees: sumWhere(ledgerEntries.amount, inArray(ledgerEntries.kind, [...feeEntryKinds])).as(
        "fees",
      ),
      reserve: sumWhere(
        ledgerEntries.amount,
        inArray(ledgerEntries.kind, [...reserveEntryKinds]),
      ).as("reserve"),
      net: sumOf(ledgerEntries.amount).as("net"),
    })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .where(eq(payoutItems.payoutId, payoutId))
    .groupBy(ledgerEntries.transactionId)
    .as("grouped");
  // A lateral lookup with LIMIT 1 stays one primary-key probe per group. A plain join lets the
  // planner, which cannot know that a sale's five items make one group, expect a group per item
  // and scan every transaction to hash them instead.
  const transaction = subquery
    .select({
      id: ledgerTransactions.id,
      kind: ledgerTransactions.kind,
      occurredAt: ledgerTransactions.occurredAt,
      orderId: ledgerTransactions.orderId,
      description: ledgerTransactions.description,
    })
    .from(ledgerTransactions)
    .where(eq(ledgerTransactions.id, grouped.transactionId))
    .limit(1)
    .as("transaction");
  // Aliased to the keys of JsonTransactionRow: the rows come back as one json array.
  const ordered = subquery
    .select({
      transactionId: sql<number>`${transaction.id}`.as("transactionId"),
      kind: transaction.kind,
      occurredAt: sql<string>`${transaction.occurredAt}`.as("occurredAt"),
      orderId: sql<string | null>`${transaction.orderId}`.as("orderId"),
      description: transaction.description,
      fees: grouped.fees,
      reserve: grouped.reserve,
      net: grouped.net,
    })
    .from(grouped)
    .innerJoinLateral(transaction, sql`true`)
    .where(
      after
        ? sql`(${transaction.occurredAt}, ${transaction.id}) > (${after.occurredAt}::timestamptz, ${after.transactionId}::bigint)`
        : undefined,
    )
    .orderBy(asc(transaction.occurredAt), asc(transaction.id))
    .$dynamic();
  const page = (limit === null ? ordered : ordered.limit(limit)).as("page");
  const [result] = await db
    .select({
      rows: jsonRowsOf<JsonTransactionRow>(page, sql`${page.occurredAt}, ${page.transactionId}`),
    })
    .from(page);
  return (result?.rows ?? []).map((row) => ({
    transactionId: row.transactionId,
    kind: row.kind,
    occurredAt: new Date(row.occurredAt),
    orderId: row.orderId,
    description: row.description,
    gross: row.net - row.fees - row.reserve,
    fees: row.fees,
    reserve: row.reserve,
    net: row.net,
    /** The instant as the database wrote it, to the microsecond: the next batch's cursor. */
    cursorValue: row.occurredAt,
  }));
}
