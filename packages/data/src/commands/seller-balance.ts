// The seller-payable figures a payout is checked against. Both read the seller's entries through
// ledger_entries_seller_account_effective_idx (seller_id, account, effective_at).
import { and, eq, lte, notExists, sql } from "drizzle-orm";
import { isClaimableByScheduledPayout } from "../domain/payout-composition";
import { ledgerEntries, payoutItems } from "../schema";
import type { Queryable } from "../store/open-store";

/** Σ seller_payable entries effective at `asOf`: what a payout may take at most. */
export async function availableBalance(
  tx: Queryable,
  seller: { id: string; currency: string },
  asOf: Date,
): Promise<number> {
  const [row] = await tx
    .select({ available: sql<number>`coalesce(sum(${ledgerEntries.amount}), 0)`.mapWith(Number) })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.sellerId, seller.id),
        eq(ledgerEntries.account, "seller_payable"),
        lte(ledgerEntries.effectiveAt, asOf),
        eq(ledgerEntries.currency, seller.currency),
      ),
    );
  return row?.available ?? 0;
}

export interface ClaimableEntry {
  id: number;
  amount: number;
}

/**
 * The entries a scheduled payout with this cutoff is made of: the seller's unclaimed
 * seller_payable entries (anti-join on payout_items_entry_key) that the domain's rule accepts.
 */
export async function claimableEntries(
  tx: Queryable,
  seller: { id: string; currency: string },
  cutoff: Date,
): Promise<ClaimableEntry[]> {
  const candidates = await tx
    .select({
      id: ledgerEntries.id,
      amount: ledgerEntries.amount,
      account: ledgerEntries.account,
      kind: ledgerEntries.kind,
      effectiveAt: ledgerEntries.effectiveAt,
    })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.sellerId, seller.id),
        eq(ledgerEntries.account, "seller_payable"),
        lte(ledgerEntries.effectiveAt, cutoff),
        eq(ledgerEntries.currency, seller.currency),
        notExists(
          tx
            .select({ claimed: sql`1` })
            .from(payoutItems)
            .where(eq(payoutItems.entryId, ledgerEntries.id)),
        ),
      ),
    );
  return candidates
    .filter((entry) => isClaimableByScheduledPayout(entry, cutoff))
    .map(({ id, amount }) => ({ id, amount }));
}
