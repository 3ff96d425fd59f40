// An order's side of the trace: every ledger entry that points back to the order, grouped by
// transaction, each with the payout that included it, and those payouts.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { PayoutStatus } from "../domain/payout-status";
import type {
  LedgerAccount,
  LedgerEntryKind,
  LedgerTransactionKind,
} from "../ledger/ledger-transaction";
import { ledgerEntries, ledgerTransactions, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";

export interface OrderLedgerEntry {
  entryId: number;
  account: LedgerAccount;
  kind: LedgerEntryKind;
  amount: number;
  effectiveAt: Date;
  /** The payout that included this entry, if one has. */
  payoutId: string | null;
}

export interface OrderLedgerTransaction {
  transactionId: number;
  kind: LedgerTransactionKind;
  occurredAt: Date;
  description: string;
  entries: OrderLedgerEntry[];
}

export interface IncludingPayout {
  id: string;
  status: PayoutStatus;
  amount: number;
  currency: string;
  arrivalDate: string;
  createdAt: Date;
}

export async function traceOrder(
  db: Queryable,
  sellerId: string,
  orderId: string,
): Promise<{ ledger: OrderLedgerTransaction[]; payouts: IncludingPayout[] }> {
  const rows = await db
    .select({
      transactionId: ledgerTransactions.id,
      transactionKind: ledgerTransactions.kind,
      occurredAt: ledgerTransactions.occurredAt,
      description: ledgerTransactions.description,
      entryId: ledgerEntries.id,
      account: ledgerEntries.account,
      kind: ledgerEntries.kind,
      amount: ledgerEntries.amount,
      effectiveAt: ledgerEntries.effectiveAt,
      payoutId: payoutItems.payoutId,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .leftJoin(payoutItems, eq(payoutItems.entryId, ledgerEntries.id))
    .where(and(eq(ledgerEntries.orderId, orderId), eq(ledgerEntries.sellerId, sellerId)))
    .orderBy(asc(ledgerTransactions.occurredAt), asc(ledgerTransactions.id), asc(ledgerEntries.id));

  const ledger = new Map<number, OrderLedgerTransaction>();
  for (const { transactionId, transactionKind, occurredAt, description, ...entry } of rows) {
    const transaction = ledger.get(transactionId) ?? {
      transactionId,
      kind: transactionKind,
      occurredAt,
      description,
      entries: [],
    };
    transaction.entries.push(entry);
    ledger.set(transactionId, transaction);
  }

  const payoutIds = [...new Set(rows.flatMap((row) => row.payoutId ?? []))];
  const including =
    payoutIds.length === 0
      ? []
      : await db
          .select({
            id: payouts.id,
            status: payouts.status,
            amount: payouts.amount,
            currency: payouts.currency,
            arrivalDate: payouts.arrivalDate,
            createdAt: payouts.createdAt,
          })
          .from(payouts)
          .where(and(inArray(payouts.id, payoutIds), eq(payouts.sellerId, sellerId)))
          .orderBy(asc(payouts.createdAt), asc(payouts.id));
  return { ledger: [...ledger.values()], payouts: including };
}
