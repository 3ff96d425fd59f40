// The transactions a payout is made of: its items grouped by ledger transaction, one row per
// sale, refund, chargeback, adjustment, reserve release, instant payout or returned payout,
// each linked to its order when it has one. The detail screen loads them all at once for its
// client-side table; the CSV export reads them in keyset batches.
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { feeEntryKinds, reserveEntryKinds } from "../domain/payout-breakdown";
import { NotFoundError, parseInput } from "../errors";
import type { LedgerTransactionKind } from "../ledger/ledger-transaction";
import { ledgerEntries, ledgerTransactions, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { payoutLookupSchema } from "./seller-scope";
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

/** The payout's transactions in time order, after a cursor, at most `limit` (null: all). */
export async function selectPayoutTransactions(
  db: Queryable,
  payoutId: string,
  after: TransactionCursor | null,
  limit: number | null,
) {
  const conditions: SQL[] = [eq(payoutItems.payoutId, payoutId)];
  if (after) {
    conditions.push(
      sql`(${ledgerTransactions.occurredAt}, ${ledgerTransactions.id}) > (${after.occurredAt}::timestamptz, ${after.transactionId}::bigint)`,
    );
  }
  const fees = sumWhere(ledgerEntries.amount, inArray(ledgerEntries.kind, [...feeEntryKinds]));
  const reserve = sumWhere(
    ledgerEntries.amount,
    inArray(ledgerEntries.kind, [...reserveEntryKinds]),
  );
  const query = db
    .select({
      transactionId: ledgerTransactions.id,
      kind: ledgerTransactions.kind,
      occurredAt: ledgerTransactions.occurredAt,
      orderId: ledgerTransactions.orderId,
      description: ledgerTransactions.description,
      fees,
      reserve,
      net: sumOf(ledgerEntries.amount),
      cursorValue: sql<string>`${ledgerTransactions.occurredAt}::text`,
    })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(and(...conditions))
    .groupBy(ledgerTransactions.id)
    .orderBy(asc(ledgerTransactions.occurredAt), asc(ledgerTransactions.id));
  const rows = await (limit === null ? query : query.limit(limit));
  return rows.map((row) => ({
    transactionId: row.transactionId,
    kind: row.kind,
    occurredAt: row.occurredAt,
    orderId: row.orderId,
    description: row.description,
    gross: row.net - row.fees - row.reserve,
    fees: row.fees,
    reserve: row.reserve,
    net: row.net,
    cursorValue: row.cursorValue,
  }));
}
