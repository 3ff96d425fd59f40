// What the command tests share: a seeded store per test file, the ledger invariants every test
// ends on, and money put into a seller's balance without a sale.
import { randomUUID } from "node:crypto";
import { and, eq, lte, sql } from "drizzle-orm";
import { adjustmentTransaction } from "../../ledger/domain-transactions";
import { postLedgerTransaction } from "../../ledger/post-transaction";
import { adjustments, ledgerEntries, sellers } from "../../schema";
import { seedAsOf } from "../../seed";
import type { Queryable } from "../../store/open-store";

export {
  openSeededStore,
  type SeededStore as SeededCommandStore,
} from "../../testing/seeded-store";

/** Instants after the seeded story ends, one day apart: `afterSeed(1)` is the next day. */
export function afterSeed(days: number, hourUtc = 6): Date {
  const instant = new Date(seedAsOf);
  instant.setUTCDate(instant.getUTCDate() + days);
  instant.setUTCHours(hourUtc, 0, 0, 0);
  return instant;
}

export const newKey = (label: string) => `${label}-${randomUUID()}`;

/** Ledger transactions whose entries do not sum to zero (there must never be any). */
export async function unbalancedTransactions(db: Queryable): Promise<number[]> {
  const rows = await db
    .select({ id: ledgerEntries.transactionId })
    .from(ledgerEntries)
    .groupBy(ledgerEntries.transactionId)
    .having(sql`sum(${ledgerEntries.amount}) <> 0`);
  return rows.map((row) => row.id);
}

export async function availableAt(db: Queryable, sellerId: string, asOf: Date): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${ledgerEntries.amount}), 0)`.mapWith(Number) })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.sellerId, sellerId),
        eq(ledgerEntries.account, "seller_payable"),
        lte(ledgerEntries.effectiveAt, asOf),
      ),
    );
  return row?.total ?? 0;
}

/** A platform adjustment: credits (positive) or debits the seller's balance at `at`. */
export async function adjustBalance(
  db: Queryable,
  sellerId: string,
  amount: number,
  at: Date,
): Promise<void> {
  const [seller] = await db
    .select({ currency: sellers.currency })
    .from(sellers)
    .where(eq(sellers.id, sellerId));
  if (!seller) throw new Error(`no seller ${sellerId}`);
  const adjustmentId = `adj_${randomUUID().replaceAll("-", "").slice(0, 14)}`;
  const description = amount >= 0 ? "Goodwill credit" : "Tablet rental";
  await db.insert(adjustments).values({
    id: adjustmentId,
    sellerId,
    amount,
    currency: seller.currency,
    description,
    createdAt: at,
  });
  await postLedgerTransaction(
    db,
    adjustmentTransaction({
      sellerId,
      currency: seller.currency,
      occurredAt: at,
      adjustmentId,
      amount,
      description,
    }),
  );
}
