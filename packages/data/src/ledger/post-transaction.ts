// Stores one balanced ledger transaction and its entries. Entries are append-only (a trigger
// refuses updates and deletes), so a correction is always a new transaction.
import { ledgerEntries, ledgerTransactions } from "../schema";
import type { Queryable } from "../store/open-store";
import { assertBalanced, type LedgerTransactionDraft } from "./ledger-transaction";

export interface PostedTransaction {
  transactionId: number;
  entryIds: number[];
}

export async function postLedgerTransaction(
  db: Queryable,
  draft: LedgerTransactionDraft,
): Promise<PostedTransaction> {
  assertBalanced(draft);
  const [header] = await db
    .insert(ledgerTransactions)
    .values({
      sellerId: draft.sellerId,
      kind: draft.kind,
      currency: draft.currency,
      description: draft.description,
      occurredAt: draft.occurredAt,
      orderId: draft.orderId ?? null,
      refundId: draft.refundId ?? null,
      chargebackId: draft.chargebackId ?? null,
      adjustmentId: draft.adjustmentId ?? null,
      payoutId: draft.payoutId ?? null,
    })
    .returning({ id: ledgerTransactions.id });
  if (!header) throw new Error("the ledger transaction was not stored");
  const rows = await db
    .insert(ledgerEntries)
    .values(
      draft.entries.map((entry) => ({
        transactionId: header.id,
        sellerId: draft.sellerId,
        account: entry.account,
        kind: entry.kind,
        currency: draft.currency,
        amount: entry.amount,
        effectiveAt: entry.effectiveAt,
        orderId: draft.orderId ?? null,
      })),
    )
    .returning({ id: ledgerEntries.id });
  return { transactionId: header.id, entryIds: rows.map((row) => row.id) };
}
