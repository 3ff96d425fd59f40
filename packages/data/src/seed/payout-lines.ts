// The seeded payouts' breakdown lines, composed from the items the seed holds in memory with the
// same buildPayoutBreakdown the commands compose them with from stored items, so a seeded payout
// and one made by a command are broken down alike.
import { buildPayoutBreakdown, type KindTotal } from "../domain/payout-breakdown";
import type { LedgerEntryKind } from "../ledger/ledger-transaction";
import type { LedgerEntryRow, PayoutLineRow, SeedTables } from "./seed-tables";

interface ItemTotals {
  byKind: Map<LedgerEntryKind, number>;
  platformVouchers: number;
}

export function composeSeedPayoutLines(tables: SeedTables): PayoutLineRow[] {
  const voucherOfOrder = new Map(tables.orders.map((order) => [order.id, order.platformVoucher]));
  const totalsOfPayout = new Map<string, ItemTotals>();
  for (const item of tables.payoutItems) {
    const entry = entryById(tables.ledgerEntries, item.entryId);
    let totals = totalsOfPayout.get(item.payoutId);
    if (!totals) {
      totals = { byKind: new Map(), platformVouchers: 0 };
      totalsOfPayout.set(item.payoutId, totals);
    }
    totals.byKind.set(entry.kind, (totals.byKind.get(entry.kind) ?? 0) + entry.amount);
    if (entry.kind === "sale" && entry.orderId) {
      totals.platformVouchers += voucherOfOrder.get(entry.orderId) ?? 0;
    }
  }
  return tables.payouts.flatMap((payout) => {
    const totals = totalsOfPayout.get(payout.id);
    const itemTotals: KindTotal[] = [...(totals?.byKind ?? [])].map(([kind, amount]) => ({
      kind,
      amount,
    }));
    return buildPayoutBreakdown(payout, itemTotals, totals?.platformVouchers ?? 0).map(
      ({ line, amount }) => ({ payoutId: payout.id, line, amount }),
    );
  });
}

/** The seed numbers entries from 1 in insertion order (SeedTablesWriter), so an id is a position. */
function entryById(entries: readonly LedgerEntryRow[], id: number): LedgerEntryRow {
  const entry = entries[id - 1];
  if (entry?.id !== id) throw new Error(`the seed holds no ledger entry ${id}`);
  return entry;
}
