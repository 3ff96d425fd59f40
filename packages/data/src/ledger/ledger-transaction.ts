// A ledger transaction as the domain builds it, before it is stored: a header and entries whose
// amounts (credit positive, debit negative) sum to zero. Nothing is stored unbalanced.
import type { ledgerAccount, ledgerEntryKind, ledgerTransactionKind } from "../schema";

export type LedgerAccount = (typeof ledgerAccount.enumValues)[number];
export type LedgerEntryKind = (typeof ledgerEntryKind.enumValues)[number];
export type LedgerTransactionKind = (typeof ledgerTransactionKind.enumValues)[number];

export interface LedgerEntryDraft {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  amount: number;
  effectiveAt: Date;
}

export interface LedgerTransactionDraft {
  sellerId: string;
  kind: LedgerTransactionKind;
  currency: string;
  description: string;
  occurredAt: Date;
  orderId?: string | null;
  refundId?: string | null;
  chargebackId?: string | null;
  adjustmentId?: string | null;
  payoutId?: string | null;
  entries: LedgerEntryDraft[];
}

export class UnbalancedTransactionError extends Error {
  constructor(
    readonly draft: LedgerTransactionDraft,
    readonly sum: number,
  ) {
    super(`ledger transaction "${draft.description}" does not balance: entries sum to ${sum}`);
    this.name = "UnbalancedTransactionError";
  }
}

export function assertBalanced(draft: LedgerTransactionDraft): void {
  if (draft.entries.length < 2) {
    throw new UnbalancedTransactionError(draft, draft.entries[0]?.amount ?? 0);
  }
  let sum = 0;
  for (const entry of draft.entries) {
    if (!Number.isSafeInteger(entry.amount)) {
      throw new RangeError(`ledger amounts are integers in minor units: ${entry.amount}`);
    }
    sum += entry.amount;
  }
  if (sum !== 0) throw new UnbalancedTransactionError(draft, sum);
}

/** Drops zero-amount entries (a sale without a discount has no discount entry). */
export function withoutZeroEntries(entries: LedgerEntryDraft[]): LedgerEntryDraft[] {
  return entries.filter((entry) => entry.amount !== 0);
}
