// A payout's gross sales come from its stored sales line (see payoutGrossSales): one primary-key
// lookup per payout, however many sales the payout is made of.
import { type SQL, sql } from "drizzle-orm";
import { type PayoutOrigin, payoutGrossSales } from "../domain/payout-breakdown";
import { payoutLines, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { salesLineOfPayout } from "./payout-page";
import { countRows, sumOf } from "./sql-aggregates";

export interface PayoutAmounts {
  grossSales: number;
  feesAndAdjustments: number;
}

export function payoutAmounts(payout: {
  origin: PayoutOrigin;
  amount: number;
  grossAmount: number;
  salesLine: number | null;
}): PayoutAmounts {
  const grossSales = payoutGrossSales(payout, payout.salesLine ?? 0);
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
  // The same rule as payoutGrossSales, in SQL.
  const grossSales = sql`case when ${payouts.origin} = 'scheduled' then coalesce(${payoutLines.amount}, 0) else ${payouts.grossAmount} end`;
  const rows = await db
    .select({
      currency: payouts.currency,
      count: countRows(),
      amount: sumOf(payouts.amount),
      grossSales: sumOf(grossSales),
    })
    .from(payouts)
    .leftJoin(payoutLines, salesLineOfPayout)
    .where(filter)
    .groupBy(payouts.currency)
    .orderBy(payouts.currency);
  return rows.map((row) => ({ ...row, feesAndAdjustments: row.amount - row.grossSales }));
}
