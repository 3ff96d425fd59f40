// The database schema: the single source of the storage shapes. Row types are derived from it
// (`typeof table.$inferSelect`); drizzle-kit derives the SQL migrations in ../migrations from it.
//
// Money columns are bigint minor units (mode "number": every amount here stays far below 2^53).
// Sign convention for ledger entries: a credit is positive, a debit negative, so the entries of
// one ledger transaction sum to zero and a credit-normal account's balance is the plain sum.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { breakdownLineKeys } from "./domain/payout-breakdown";

const money = (name: string) => bigint(name, { mode: "number" });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const payoutScheduleInterval = pgEnum("payout_schedule_interval", [
  "daily",
  "weekly",
  "monthly",
  "manual",
]);

export const payoutStatus = pgEnum("payout_status", [
  "pending",
  "in_transit",
  "paid",
  "failed",
  "canceled",
]);

export const payoutMethod = pgEnum("payout_method", ["standard", "instant"]);

/** Why a payout exists: the schedule, a seller's instant request, a retry or a reversal. */
export const payoutOrigin = pgEnum("payout_origin", ["scheduled", "instant", "retry", "reversal"]);

export const ledgerAccount = pgEnum("ledger_account", [
  "seller_payable",
  "seller_reserve",
  "payout_clearing",
  "platform_revenue",
  "delivery_partner_payable",
  "processor",
  "customer_funds",
  "bank",
]);

/** What a ledger transaction records; the balance-activity screen lists them by this type. */
export const ledgerTransactionKind = pgEnum("ledger_transaction_kind", [
  "sale",
  "refund",
  "chargeback",
  "fee",
  "adjustment",
  "reserve_release",
  "payout",
  "payout_paid",
  "payout_failure_return",
  "payout_cancel_return",
  "payout_reversal",
]);

/** What one entry is, for a payout's breakdown lines. */
export const ledgerEntryKind = pgEnum("ledger_entry_kind", [
  "sale",
  "delivery_fee",
  "customer_payment",
  "seller_discount",
  "platform_voucher",
  "commission",
  "processing_fee",
  "delivery_share",
  "refund",
  "chargeback",
  "dispute_fee",
  "adjustment",
  "reserve_hold",
  "reserve_release",
  /** A scheduled or retry payout's debit of the seller's balance: settled by the payout itself. */
  "payout",
  /** An instant payout's debit: an advance, netted as a line of the next scheduled payout. */
  "instant_payout",
  "instant_payout_fee",
  "payout_settlement",
  "payout_return",
]);

/**
 * A payout breakdown's lines, in the order a breakdown shows them (see
 * domain/payout-breakdown.ts, which says what each line holds).
 */
export const payoutLine = pgEnum("payout_line", breakdownLineKeys);

/** An IBAN (SEPA and others), a US account on the ACH rail, a Japanese account on Zengin. */
export const bankAccountKind = pgEnum("bank_account_kind", ["iban", "us_ach", "jp_zengin"]);

export const sellers = pgTable(
  "sellers",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    passwordHash: text("password_hash").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    locale: text("locale").notNull(),
    timeZone: text("time_zone").notNull(),
    country: char("country", { length: 2 }).notNull(),
    scheduleInterval: payoutScheduleInterval("schedule_interval").notNull(),
    /** 0 (Sunday) to 6 for weekly schedules. */
    scheduleWeekday: smallint("schedule_weekday"),
    /** 1 to 31 for monthly schedules; 29–31 fall on the last day of a short month. */
    scheduleMonthDay: smallint("schedule_month_day"),
    holdDays: smallint("hold_days").notNull(),
    reserveBps: integer("reserve_bps").notNull().default(0),
    reserveDays: smallint("reserve_days").notNull().default(0),
    notifyPayoutPaid: boolean("notify_payout_paid").notNull().default(true),
    notifyPayoutFailed: boolean("notify_payout_failed").notNull().default(true),
    notifyWeeklySummary: boolean("notify_weekly_summary").notNull().default(false),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    // A weekly schedule names its weekday and a monthly one its day, or the run cannot tell
    // (coalesce: a CHECK passes on NULL).
    check(
      "sellers_schedule_complete",
      sql`(${t.scheduleInterval} <> 'weekly' or coalesce(${t.scheduleWeekday} between 0 and 6, false))
        and (${t.scheduleInterval} <> 'monthly' or coalesce(${t.scheduleMonthDay} between 1 and 31, false))`,
    ),
  ],
);

export const bankAccounts = pgTable(
  "bank_accounts",
  {
    id: text("id").primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    kind: bankAccountKind("kind").notNull(),
    bankName: text("bank_name").notNull(),
    holderName: text("holder_name").notNull(),
    country: char("country", { length: 2 }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    last4: char("last4", { length: 4 }).notNull(),
    /** A one-way hash of the full account number: tells "same account" without storing it. */
    fingerprint: text("fingerprint").notNull(),
    createdAt: instant("created_at").notNull(),
    /** Set when a newer account replaces this one; the newest unreplaced one is the destination. */
    replacedAt: instant("replaced_at"),
  },
  (t) => [index("bank_accounts_seller_idx").on(t.sellerId, t.createdAt)],
);

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    currency: char("currency", { length: 3 }).notNull(),
    createdAt: instant("created_at").notNull(),
    customerName: text("customer_name").notNull(),
    /** What the items cost before any discount. */
    itemsSubtotal: money("items_subtotal").notNull(),
    deliveryFee: money("delivery_fee").notNull(),
    sellerDiscount: money("seller_discount").notNull(),
    platformVoucher: money("platform_voucher").notNull(),
    voucherCode: text("voucher_code"),
    /** itemsSubtotal + deliveryFee − sellerDiscount − platformVoucher. */
    customerPaid: money("customer_paid").notNull(),
    // The split as it applied at the time of the sale: never re-priced.
    commissionBps: integer("commission_bps").notNull(),
    processingBps: integer("processing_bps").notNull(),
    processingFixed: money("processing_fixed").notNull(),
    deliveryShareBps: integer("delivery_share_bps").notNull(),
    commission: money("commission").notNull(),
    processingFee: money("processing_fee").notNull(),
    deliveryShare: money("delivery_share").notNull(),
    reserveHeld: money("reserve_held").notNull(),
    /** What the seller earns from the sale: itemsSubtotal − sellerDiscount − fees. */
    sellerNet: money("seller_net").notNull(),
  },
  (t) => [index("orders_seller_created_idx").on(t.sellerId, t.createdAt, t.id)],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPrice: money("unit_price").notNull(),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);

export const refunds = pgTable(
  "refunds",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    amount: money("amount").notNull(),
    reason: text("reason").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("refunds_order_idx").on(t.orderId)],
);

export const chargebacks = pgTable(
  "chargebacks",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    amount: money("amount").notNull(),
    fee: money("fee").notNull(),
    reason: text("reason").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("chargebacks_order_idx").on(t.orderId)],
);

export const adjustments = pgTable(
  "adjustments",
  {
    id: text("id").primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    amount: money("amount").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    description: text("description").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("adjustments_seller_idx").on(t.sellerId, t.createdAt)],
);

export const payouts = pgTable(
  "payouts",
  {
    id: text("id").primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    currency: char("currency", { length: 3 }).notNull(),
    /** What reaches the bank, after any instant fee. Never changes after creation. */
    amount: money("amount").notNull(),
    /** What left the seller's balance: amount + fee. */
    grossAmount: money("gross_amount").notNull(),
    fee: money("fee").notNull(),
    status: payoutStatus("status").notNull(),
    method: payoutMethod("method").notNull(),
    origin: payoutOrigin("origin").notNull(),
    /** One scheduled payout per seller and period: the payout run's idempotency key. */
    periodKey: text("period_key"),
    createdAt: instant("created_at").notNull(),
    arrivalDate: date("arrival_date", { mode: "string" }).notNull(),
    bankAccountId: text("bank_account_id").references(() => bankAccounts.id),
    bankReference: text("bank_reference").notNull(),
    failureCode: text("failure_code"),
    failureMessage: text("failure_message"),
    retryOf: text("retry_of"),
    reversalOf: text("reversal_of"),
  },
  (t) => [
    uniqueIndex("payouts_seller_period_key").on(t.sellerId, t.periodKey),
    uniqueIndex("payouts_retry_of_key").on(t.retryOf),
    uniqueIndex("payouts_reversal_of_key").on(t.reversalOf),
    index("payouts_seller_created_idx").on(t.sellerId, t.createdAt, t.id),
    index("payouts_seller_arrival_idx").on(t.sellerId, t.arrivalDate, t.id),
    index("payouts_seller_amount_idx").on(t.sellerId, t.amount, t.id),
    index("payouts_seller_reference_idx").on(t.sellerId, t.bankReference),
    check("payouts_amount_positive", sql`${t.amount} > 0`),
    check("payouts_gross_is_amount_plus_fee", sql`${t.grossAmount} = ${t.amount} + ${t.fee}`),
  ],
);

export const payoutEvents = pgTable(
  "payout_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    payoutId: text("payout_id")
      .notNull()
      .references(() => payouts.id),
    status: payoutStatus("status").notNull(),
    occurredAt: instant("occurred_at").notNull(),
    reason: text("reason").notNull(),
    failureCode: text("failure_code"),
  },
  (t) => [index("payout_events_payout_idx").on(t.payoutId, t.occurredAt, t.id)],
);

export const ledgerTransactions = pgTable(
  "ledger_transactions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    kind: ledgerTransactionKind("kind").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    description: text("description").notNull(),
    occurredAt: instant("occurred_at").notNull(),
    orderId: text("order_id").references(() => orders.id),
    refundId: text("refund_id").references(() => refunds.id),
    chargebackId: text("chargeback_id").references(() => chargebacks.id),
    adjustmentId: text("adjustment_id").references(() => adjustments.id),
    payoutId: text("payout_id").references(() => payouts.id),
  },
  (t) => [
    index("ledger_transactions_seller_occurred_idx").on(t.sellerId, t.occurredAt, t.id),
    index("ledger_transactions_seller_kind_occurred_idx").on(
      t.sellerId,
      t.kind,
      t.occurredAt,
      t.id,
    ),
    index("ledger_transactions_order_idx").on(t.orderId),
    index("ledger_transactions_payout_idx").on(t.payoutId),
  ],
);

export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    transactionId: bigint("transaction_id", { mode: "number" })
      .notNull()
      .references(() => ledgerTransactions.id),
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    account: ledgerAccount("account").notNull(),
    kind: ledgerEntryKind("kind").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /** Credit positive, debit negative. */
    amount: money("amount").notNull(),
    /** When the entry counts towards a balance: the sale plus the hold period, for example. */
    effectiveAt: instant("effective_at").notNull(),
    /** The order this entry traces back to, when it has one (sales, refunds, chargebacks). */
    orderId: text("order_id"),
  },
  (t) => [
    index("ledger_entries_transaction_idx").on(t.transactionId),
    // kind, amount and currency ride along in the key so that balance sums over a seller's
    // account are index-only scans (the seed vacuums after loading to make them so).
    index("ledger_entries_seller_account_effective_idx").on(
      t.sellerId,
      t.account,
      t.effectiveAt,
      t.kind,
      t.amount,
      t.currency,
    ),
    index("ledger_entries_order_idx").on(t.orderId),
  ],
);

/**
 * Which seller-payable entries a payout is made of. Insert-only, and an entry belongs to at most
 * one payout, so the entries stay append-only while payouts claim them.
 */
export const payoutItems = pgTable(
  "payout_items",
  {
    payoutId: text("payout_id")
      .notNull()
      .references(() => payouts.id),
    entryId: bigint("entry_id", { mode: "number" })
      .notNull()
      .references(() => ledgerEntries.id),
  },
  (t) => [
    primaryKey({ columns: [t.payoutId, t.entryId] }),
    uniqueIndex("payout_items_entry_key").on(t.entryId),
  ],
);

/**
 * A payout's breakdown, stored when the payout is made (in the same transaction as its items)
 * so that the payouts screen never re-adds thousands of items. Insert-only, like the items it
 * sums. Zero lines are not stored; every line but platform_vouchers adds to the net, so the
 * lines that do sum exactly to the payout's amount.
 */
export const payoutLines = pgTable(
  "payout_lines",
  {
    payoutId: text("payout_id")
      .notNull()
      .references(() => payouts.id),
    line: payoutLine("line").notNull(),
    /** Signed: what the line adds to (or takes from) the net amount. */
    amount: money("amount").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.payoutId, t.line] }),
    check("payout_lines_amount_nonzero", sql`${t.amount} <> 0`),
  ],
);

/** Stored first responses of client-keyed commands, replayed for the same key. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    sellerId: text("seller_id")
      .notNull()
      .references(() => sellers.id),
    key: text("key").notNull(),
    operation: text("operation").notNull(),
    /** A hash of the request's parameters: the same key with other parameters is refused. */
    requestHash: text("request_hash").notNull(),
    response: jsonb("response").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.key] })],
);
