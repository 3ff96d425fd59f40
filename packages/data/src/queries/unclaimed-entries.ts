// Sums of seller-payable entries that no payout has claimed, read from a short window of the
// ledger instead of all of it. Both the available balance and the next payout's estimate are
// such sums, and a large seller has over a million entries.
//
// Why a window is exact: a scheduled payout is made of every unclaimed claimable entry effective
// at its cutoff (isClaimableByScheduledPayout), so after the latest scheduled payout created by
// asOf, every claimable entry effective at or before its cutoff is claimed. Only entries after
// that cutoff can be unclaimed, and only payouts that are not scheduled (a retry claims its
// return entry) can have claimed any of them.
//
// Why the available balance is such a sum: a payout that claims entries (scheduled, retry) debits
// the balance by its gross amount with a "payout" entry, and its items add up to that gross
// amount (the breakdown invariant, asserted by getPayoutDetail). Claimed entries and those debits
// cancel, so Σ seller_payable effective by asOf = Σ claimable entries effective by asOf and
// unclaimed as of asOf.
import { and, desc, eq, gt, isNotNull, lte, ne, type SQL } from "drizzle-orm";
import { payoutCutoff, payoutPeriodKey } from "../domain/payout-composition";
import { ledgerEntries, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { sumWhere } from "./sql-aggregates";

/** The cutoff of the latest scheduled payout created by asOf: every claimable entry up to it is claimed. */
export async function claimedThrough(
  db: Queryable,
  sellerId: string,
  asOf: Date,
): Promise<Date | null> {
  const [latest] = await db
    .select({ periodKey: payouts.periodKey })
    .from(payouts)
    .where(
      and(
        eq(payouts.sellerId, sellerId),
        isNotNull(payouts.periodKey),
        eq(payouts.origin, "scheduled"),
        lte(payouts.createdAt, asOf),
      ),
    )
    .orderBy(desc(payouts.periodKey))
    .limit(1);
  const key = latest?.periodKey;
  if (!key) return null;
  const day = key.slice(key.indexOf(":") + 1);
  // A key this module cannot read gives no window: slower, never wrong.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || payoutPeriodKey(day) !== key) return null;
  return payoutCutoff(day);
}

export interface UnclaimedWindow {
  sellerId: string;
  /** From claimedThrough: entries at or before it are known to be claimed. */
  after: Date | null;
  /** Claims by payouts created later than this do not count yet. */
  asOf: Date;
  /** A later payout day's cutoff to total up to as well, if any (it is after asOf). */
  cutoff: Date | null;
}

export interface UnclaimedTotals {
  /** Per currency, up to asOf: the available balance. */
  byAsOf: Map<string, number>;
  /** Per currency, up to the cutoff: what a payout run then would claim. */
  byCutoff: Map<string, number>;
}

/**
 * Σ per currency of the claimable seller-payable entries in the window that no payout created by
 * asOf has claimed, up to asOf and up to the cutoff: one scan serves both, since the available
 * balance and the next payout's estimate share most of their window.
 */
export async function unclaimedTotals(
  db: Queryable,
  window: UnclaimedWindow,
): Promise<UnclaimedTotals> {
  const cutoff = window.cutoff ?? window.asOf;
  const inWindow: SQL[] = [
    eq(ledgerEntries.sellerId, window.sellerId),
    eq(ledgerEntries.account, "seller_payable"),
    ne(ledgerEntries.kind, "payout"),
    lte(ledgerEntries.effectiveAt, cutoff),
  ];
  if (window.after) inWindow.push(gt(ledgerEntries.effectiveAt, window.after));
  const claimers: SQL[] = [
    eq(payouts.sellerId, window.sellerId),
    ne(payouts.origin, "scheduled"),
    lte(payouts.createdAt, window.asOf),
  ];
  if (window.after) claimers.push(gt(payouts.createdAt, window.after));
  const sums = {
    currency: ledgerEntries.currency,
    byAsOf: sumWhere(ledgerEntries.amount, lte(ledgerEntries.effectiveAt, window.asOf)),
    byCutoff: sumWhere(ledgerEntries.amount, lte(ledgerEntries.effectiveAt, cutoff)),
  };

  const [entries, claimed] = await Promise.all([
    db
      .select(sums)
      .from(ledgerEntries)
      .where(and(...inWindow))
      .groupBy(ledgerEntries.currency),
    db
      .select(sums)
      .from(payouts)
      .innerJoin(payoutItems, eq(payoutItems.payoutId, payouts.id))
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
      .where(and(...claimers, ...inWindow))
      .groupBy(ledgerEntries.currency),
  ]);
  const totals = (bound: "byAsOf" | "byCutoff") => {
    const byCurrency = new Map(entries.map((row) => [row.currency, row[bound]]));
    for (const row of claimed) {
      byCurrency.set(row.currency, (byCurrency.get(row.currency) ?? 0) - row[bound]);
    }
    return byCurrency;
  };
  return { byAsOf: totals("byAsOf"), byCutoff: totals("byCutoff") };
}
