// A payout's gross sales come from the entries it is made of: the sale entries among its items
// (see payoutGrossSales). These aggregates read the items of only the payouts asked for.
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type PayoutOrigin, payoutGrossSales } from "../domain/payout-breakdown";
import { ledgerEntries, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { countRows, sumOf } from "./sql-aggregates";

/** Σ of the sale entries each of the given payouts is made of (absent: none). */
export async function saleItemsByPayout(
  db: Queryable,
  payoutIds: readonly string[],
): Promise<Map<string, number>> {
  if (payoutIds.length === 0) return new Map();
  const rows = await db
    .select({ payoutId: payoutItems.payoutId, sales: sumOf(ledgerEntries.amount) })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .where(and(inArray(payoutItems.payoutId, [...payoutIds]), eq(ledgerEntries.kind, "sale")))
    .groupBy(payoutItems.payoutId);
  return new Map(rows.map((row) => [row.payoutId, row.sales]));
}

export interface PayoutAmounts {
  grossSales: number;
  feesAndAdjustments: number;
}

export function payoutAmounts(
  payout: { id: string; origin: PayoutOrigin; amount: number; grossAmount: number },
  saleItems: ReadonlyMap<string, number>,
): PayoutAmounts {
  const grossSales = payoutGrossSales(payout, saleItems.get(payout.id) ?? 0);
  return { grossSales, feesAndAdjustments: payout.amount - grossSales };
}

export interface CurrencyTotals {
  currency: string;
  count: number;
  amount: number;
  grossSales: number;
  feesAndAdjustments: number;
}

/** Count, net, gross sales and fees per currency over every payout the filter matches. */
export async function payoutTotals(db: Queryable, filter: SQL): Promise<CurrencyTotals[]> {
  // The same rule as payoutGrossSales, in SQL: the sale items of a scheduled payout, what left
  // the balance for any other. One aggregate over the filtered payouts' sale items.
  const saleItems = db
    .select({ payoutId: payoutItems.payoutId, sales: sumOf(ledgerEntries.amount).as("sales") })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .where(
      and(
        eq(ledgerEntries.kind, "sale"),
        inArray(
          payoutItems.payoutId,
          db
            .select({ id: payouts.id })
            .from(payouts)
            .where(and(filter, eq(payouts.origin, "scheduled"))),
        ),
      ),
    )
    .groupBy(payoutItems.payoutId)
    .as("sale_items");
  const rows = await db
    .select({
      currency: payouts.currency,
      count: countRows(),
      amount: sumOf(payouts.amount),
      grossSales: sumOf(
        sql`case when ${payouts.origin} = 'scheduled' then coalesce(${saleItems.sales}, 0) else ${payouts.grossAmount} end`,
      ),
    })
    .from(payouts)
    .leftJoin(saleItems, eq(saleItems.payoutId, payouts.id))
    .where(filter)
    .groupBy(payouts.currency)
    .orderBy(payouts.currency);
  return rows.map((row) => ({ ...row, feesAndAdjustments: row.amount - row.grossSales }));
}
