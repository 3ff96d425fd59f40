// The write side of the payout data layer. Only the commands and their types are public: the
// row writers they share stay inside, so no caller can skip a lock, an event or a ledger entry.
export { type BankAccountDetails, bankAccountDetails } from "./bank-account-details";
export {
  canonicalJson,
  type IdempotentRequest,
  idempotencyKeySchema,
  type JsonValue,
  requestHash,
  withIdempotency,
} from "./idempotency";
export {
  createInstantPayout,
  type InstantPayoutQuote,
  quoteInstantPayout,
} from "./instant-payout";
// Operator commands: what the bank and the payout rail report (in transit, paid, failed,
// returned) and the platform's own cancel or reversal. They take no seller: no seller-facing
// route may call them.
export { cancelPayout, failPayout, markPayoutInTransit, markPayoutPaid } from "./payout-lifecycle";
export { newBankReference, type PayoutSummary, toPayoutSummary } from "./payout-records";
export { type BankAccountSummary, replaceBankAccount } from "./replace-bank-account";
export { retryFailedPayout } from "./retry-failed-payout";
export { reversePayout } from "./reverse-payout";
export {
  type HeldSeller,
  type PayoutRunHooks,
  runScheduledPayouts,
  type ScheduledPayoutRun,
} from "./run-scheduled-payouts";
export {
  type NotificationPreferences,
  updateNotificationPreferences,
  updatePayoutSchedule,
} from "./seller-settings";
