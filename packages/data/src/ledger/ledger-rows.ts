// The rows one ledger transaction is stored as, before the database (or the seed) numbers them.
// The commands insert them through Drizzle and the seed bulk-loads them: one mapping for both.
import type { ledgerEntries, ledgerTransactions } from "../schema";
import { assertBalanced, type LedgerTransactionDraft } from "./ledger-transaction";

export type LedgerTransactionRowDraft = Omit<typeof ledgerTransactions.$inferSelect, "id">;
export type LedgerEntryRowDraft = Omit<typeof ledgerEntries.$inferSelect, "id" | "transactionId">;

export function ledgerRowsOf(draft: LedgerTransactionDraft): {
  transaction: LedgerTransactionRowDraft;
  entries: LedgerEntryRowDraft[];
} {
  assertBalanced(draft);
  const orderId = draft.orderId ?? null;
  return {
    transaction: {
      sellerId: draft.sellerId,
      kind: draft.kind,
      currency: draft.currency,
      description: draft.description,
      occurredAt: draft.occurredAt,
      orderId,
      refundId: draft.refundId ?? null,
      chargebackId: draft.chargebackId ?? null,
      adjustmentId: draft.adjustmentId ?? null,
      payoutId: draft.payoutId ?? null,
    },
    entries: draft.entries.map((entry) => ({
      sellerId: draft.sellerId,
      account: entry.account,
      kind: entry.kind,
      currency: draft.currency,
      amount: entry.amount,
      effectiveAt: entry.effectiveAt,
      orderId,
    })),
  };
}
