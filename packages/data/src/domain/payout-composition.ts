// Which ledger entries a scheduled payout is made of. The payout run and the seed both use this,
// so a seeded payout is composed exactly as a real run would compose it.
import type { LedgerAccount, LedgerEntryKind } from "../ledger/ledger-transaction";
import { type CalendarDate, parseCalendarDate } from "./calendar-date";

export interface ClaimCandidate {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  effectiveAt: Date;
}

/**
 * A scheduled payout claims every unclaimed seller-payable entry that is available at its cutoff,
 * except the debits of scheduled and retry payouts (kind "payout"), which their own payout
 * settles. Instant payout debits and payout returns are claimed, so they show as lines.
 */
export function isClaimableByScheduledPayout(entry: ClaimCandidate, cutoff: Date): boolean {
  return (
    entry.account === "seller_payable" &&
    entry.kind !== "payout" &&
    entry.effectiveAt.getTime() <= cutoff.getTime()
  );
}

/** A payout day's cutoff: the start of that day in UTC. */
export function payoutCutoff(day: CalendarDate): Date {
  return parseCalendarDate(day);
}

/** The run's idempotency key for one seller and day: one scheduled payout per period. */
export function payoutPeriodKey(day: CalendarDate): string {
  return `scheduled:${day}`;
}
