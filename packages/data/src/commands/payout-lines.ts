// A payout's breakdown lines, composed from the items it is made of and stored with it, in the
// same transaction, so that a read never has to add up thousands of items again. The seed
// composes its payouts' lines with the same buildPayoutBreakdown, from the items it holds.
import { and, eq } from "drizzle-orm";
import { type BreakdownLine, buildPayoutBreakdown } from "../domain/payout-breakdown";
import { sumOf } from "../queries/sql-aggregates";
import { ledgerEntries, orders, payoutItems, payoutLines } from "../schema";
import type { Queryable } from "../store/open-store";
import type { PayoutRow } from "./payout-records";

/** The breakdown of a payout from its stored items: call it once every item is inserted. */
export async function composePayoutLines(
  tx: Queryable,
  payout: PayoutRow,
): Promise<BreakdownLine[]> {
  const itemTotals = await tx
    .select({
      kind: ledgerEntries.kind,
      amount: sumOf(ledgerEntries.amount),
      platformVouchers: sumOf(orders.platformVoucher),
    })
    .from(payoutItems)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
    .leftJoin(orders, and(eq(orders.id, ledgerEntries.orderId), eq(ledgerEntries.kind, "sale")))
    .where(eq(payoutItems.payoutId, payout.id))
    .groupBy(ledgerEntries.kind);
  const platformVouchers = itemTotals.reduce((total, item) => total + item.platformVouchers, 0);
  return buildPayoutBreakdown(payout, itemTotals, platformVouchers);
}

/** Stores the payout's breakdown lines (a payout's amount is positive: it has at least one). */
export async function recordPayoutLines(tx: Queryable, payout: PayoutRow): Promise<void> {
  const lines = await composePayoutLines(tx, payout);
  await tx
    .insert(payoutLines)
    .values(lines.map(({ line, amount }) => ({ payoutId: payout.id, line, amount })));
}
