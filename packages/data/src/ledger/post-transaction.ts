// Stores one balanced ledger transaction and its entries. Entries are append-only (a trigger
// refuses updates and deletes), so a correction is always a new transaction.
import { ledgerEntries, ledgerTransactions } from "../schema";
import type { Queryable } from "../store/open-store";
import { ledgerRowsOf } from "./ledger-rows";
import type { LedgerTransactionDraft } from "./ledger-transaction";

export interface PostedTransaction {
  transactionId: number;
  entryIds: number[];
}

export async function postLedgerTransaction(
  db: Queryable,
  draft: LedgerTransactionDraft,
): Promise<PostedTransaction> {
  const rows = ledgerRowsOf(draft);
  const [header] = await db
    .insert(ledgerTransactions)
    .values(rows.transaction)
    .returning({ id: ledgerTransactions.id });
  if (!header) throw new Error("the ledger transaction was not stored");
  const entries = await db
    .insert(ledgerEntries)
    .values(rows.entries.map((entry) => ({ ...entry, transactionId: header.id })))
    .returning({ id: ledgerEntries.id });
  return { transactionId: header.id, entryIds: entries.map((entry) => entry.id) };
}
