// The seed's rows, held in memory in the shapes of the schema and loaded in one go afterwards.
// bigserial ids are assigned here, in insertion order, so two runs number every row alike.
import { ledgerRowsOf } from "../ledger/ledger-rows";
import type { LedgerTransactionDraft } from "../ledger/ledger-transaction";
import type {
  adjustments,
  bankAccounts,
  chargebacks,
  ledgerEntries,
  ledgerTransactions,
  orderItems,
  orders,
  payoutEvents,
  payoutItems,
  payoutLines,
  payouts,
  refunds,
  sellers,
} from "../schema";

/** A seller row before its password is hashed (hashing is slow and async, so it happens at load). */
export type SeedSellerRow = Omit<typeof sellers.$inferSelect, "passwordHash"> & {
  password: string;
  passwordSalt: Buffer;
};
export type BankAccountRow = typeof bankAccounts.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderItemRow = typeof orderItems.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
export type ChargebackRow = typeof chargebacks.$inferSelect;
export type AdjustmentRow = typeof adjustments.$inferSelect;
export type PayoutRow = typeof payouts.$inferSelect;
export type PayoutEventRow = typeof payoutEvents.$inferSelect;
export type LedgerTransactionRow = typeof ledgerTransactions.$inferSelect;
export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type PayoutItemRow = typeof payoutItems.$inferSelect;
export type PayoutLineRow = typeof payoutLines.$inferSelect;

export interface SeedTables {
  sellers: SeedSellerRow[];
  bankAccounts: BankAccountRow[];
  orders: OrderRow[];
  orderItems: OrderItemRow[];
  refunds: RefundRow[];
  chargebacks: ChargebackRow[];
  adjustments: AdjustmentRow[];
  payouts: PayoutRow[];
  payoutEvents: PayoutEventRow[];
  ledgerTransactions: LedgerTransactionRow[];
  ledgerEntries: LedgerEntryRow[];
  payoutItems: PayoutItemRow[];
  payoutLines: PayoutLineRow[];
}

export type SeedTableName = keyof SeedTables;

export function emptySeedTables(): SeedTables {
  return {
    sellers: [],
    bankAccounts: [],
    orders: [],
    orderItems: [],
    refunds: [],
    chargebacks: [],
    adjustments: [],
    payouts: [],
    payoutEvents: [],
    ledgerTransactions: [],
    ledgerEntries: [],
    payoutItems: [],
    payoutLines: [],
  };
}

/** Appends rows and numbers the bigserial ones (ids start at 1, as a fresh sequence would). */
export class SeedTablesWriter {
  readonly tables = emptySeedTables();

  addOrderItem(row: Omit<OrderItemRow, "id">): void {
    this.tables.orderItems.push({ id: this.tables.orderItems.length + 1, ...row });
  }

  addPayoutEvent(row: Omit<PayoutEventRow, "id">): void {
    this.tables.payoutEvents.push({ id: this.tables.payoutEvents.length + 1, ...row });
  }

  /** Stores a balanced domain transaction and returns its entry rows. */
  postTransaction(draft: LedgerTransactionDraft): LedgerEntryRow[] {
    const rows = ledgerRowsOf(draft);
    const transactionId = this.tables.ledgerTransactions.length + 1;
    this.tables.ledgerTransactions.push({ id: transactionId, ...rows.transaction });
    return rows.entries.map((entry) => {
      const row = { id: this.tables.ledgerEntries.length + 1, transactionId, ...entry };
      this.tables.ledgerEntries.push(row);
      return row;
    });
  }
}
