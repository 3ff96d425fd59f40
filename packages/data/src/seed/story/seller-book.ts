// One seller's side of the ledger while the story runs: posts the domain's transactions, knows the
// available balance at any instant, and which seller-payable entries no payout has claimed yet.
import { isClaimableByScheduledPayout } from "../../domain/payout-composition";
import type { LedgerTransactionDraft } from "../../ledger/ledger-transaction";
import type { LedgerEntryRow, SeedTablesWriter } from "../seed-tables";

export class SellerBook {
  private availableTotal = 0;
  /** Seller-payable entries not yet effective (held sales, scheduled reserve releases). */
  private notYetAvailable: LedgerEntryRow[] = [];
  private unclaimed: LedgerEntryRow[] = [];

  constructor(private readonly writer: SeedTablesWriter) {}

  post(draft: LedgerTransactionDraft): LedgerEntryRow[] {
    const entries = this.writer.postTransaction(draft);
    for (const entry of entries) {
      if (entry.account !== "seller_payable") continue;
      this.notYetAvailable.push(entry);
      // A scheduled or retry payout's own debit is settled by that payout, never claimed.
      if (entry.kind !== "payout") this.unclaimed.push(entry);
    }
    return entries;
  }

  postAll(drafts: LedgerTransactionDraft[]): LedgerEntryRow[] {
    return drafts.flatMap((draft) => this.post(draft));
  }

  /** Σ seller_payable entries effective at `now`: what a payout may take. */
  available(now: Date): number {
    const time = now.getTime();
    const later: LedgerEntryRow[] = [];
    for (const entry of this.notYetAvailable) {
      if (entry.effectiveAt.getTime() <= time) this.availableTotal += entry.amount;
      else later.push(entry);
    }
    this.notYetAvailable = later;
    return this.availableTotal;
  }

  /** The entries a scheduled payout with this cutoff would be made of (nothing is claimed yet). */
  claimable(cutoff: Date): LedgerEntryRow[] {
    return this.unclaimed.filter((entry) => isClaimableByScheduledPayout(entry, cutoff));
  }

  claim(entries: readonly LedgerEntryRow[]): void {
    const claimed = new Set(entries);
    this.unclaimed = this.unclaimed.filter((entry) => !claimed.has(entry));
  }
}
