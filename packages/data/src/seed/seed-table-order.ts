// The seed's tables in the order their rows can be inserted: every row after the rows it refers to.
import type { PgTable } from "drizzle-orm/pg-core";
import {
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
import type { SeedTableName } from "./seed-tables";

export const seedTableOrder: readonly (readonly [SeedTableName, PgTable])[] = [
  ["sellers", sellers],
  ["bankAccounts", bankAccounts],
  ["orders", orders],
  ["orderItems", orderItems],
  ["refunds", refunds],
  ["chargebacks", chargebacks],
  ["adjustments", adjustments],
  ["payouts", payouts],
  ["payoutEvents", payoutEvents],
  ["ledgerTransactions", ledgerTransactions],
  ["ledgerEntries", ledgerEntries],
  ["payoutItems", payoutItems],
  ["payoutLines", payoutLines],
];
