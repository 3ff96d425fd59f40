// What happens to a payout after it is created: in transit a few hours later, paid on its arrival
// date — or rejected by the bank, returned after arriving, or reversed. Events past the story's
// end never happen, so recent payouts are still pending or in transit.
//
// After a failure the seller replaces its bank account and the failed money is retried: a new
// payout whose only item is the failure's return entry. A reversal is a new payout that brings a
// paid payout's money back from the bank.

import { addDays, toCalendarDate } from "../../domain/calendar-date";
import { type PayoutFailureCode, payoutFailureMessages } from "../../domain/payout-failure-codes";
import { standardArrivalDays } from "../../domain/payout-schedule";
import {
  payoutCreatedTransaction,
  payoutPaidTransaction,
  payoutReturnTransaction,
} from "../../ledger/domain-transactions";
import type { PayoutRow } from "../seed-tables";
import { destinationLabel, replaceBankAccount } from "./bank-accounts";
import { asPayoutEvent, createPayout, recordPayoutEvent } from "./payout-records";
import type { StoryContext } from "./story-context";
import { atUtc, dayMs, hourMs, later, minuteMs } from "./time";

export type PayoutFate =
  | { kind: "paid" }
  | { kind: "failed"; code: PayoutFailureCode; repaired: boolean }
  | { kind: "returnedAfterPaid"; code: PayoutFailureCode }
  | { kind: "reversed" };

export function sendPayout(context: StoryContext, payout: PayoutRow, fate: PayoutFate): void {
  const { queue, rng } = context;
  const instant = payout.method === "instant";
  const destination = context.bank.account ? destinationLabel(context.bank.account) : "the bank";
  const sentAt = instant
    ? later(payout.createdAt, rng.int(1, 3) * minuteMs)
    : later(payout.createdAt, rng.int(120, 240) * minuteMs);
  queue.schedule(sentAt, (at) => {
    recordPayoutEvent(context, payout, "in_transit", at, `Sent to ${destination}`);
  });

  if (fate.kind === "failed") {
    const failAt = later(payout.createdAt, rng.int(6 * 60, 20 * 60) * minuteMs);
    queue.schedule(failAt, (at) => failPayout(context, payout, at, fate.code, fate.repaired));
    return;
  }

  const paidAt = instant
    ? later(payout.createdAt, rng.int(10, 30) * minuteMs)
    : atUtc(payout.arrivalDate, 13, rng.int(0, 240));
  queue.schedule(paidAt, (at) => {
    recordPayoutEvent(context, payout, "paid", at, `Arrived at ${destination}`);
    context.book.post(payoutPaidTransaction(asPayoutEvent(payout, at)));
  });
  if (fate.kind === "returnedAfterPaid") {
    const returnAt = later(paidAt, rng.int(20, 44) * hourMs);
    queue.schedule(returnAt, (at) => failPayout(context, payout, at, fate.code, true));
  }
  if (fate.kind === "reversed") {
    const reverseAt = later(paidAt, rng.int(2, 4) * dayMs + rng.int(0, 180) * minuteMs);
    queue.schedule(reverseAt, (at) => createReversal(context, payout, at));
  }
}

/** The bank rejects or returns the payout: its money comes back and payouts pause. */
function failPayout(
  context: StoryContext,
  payout: PayoutRow,
  at: Date,
  code: PayoutFailureCode,
  repaired: boolean,
): void {
  const message = payoutFailureMessages[code];
  const afterPaid = payout.status === "paid";
  payout.failureCode = code;
  payout.failureMessage = message;
  recordPayoutEvent(
    context,
    payout,
    "failed",
    at,
    `${afterPaid ? "Returned by the bank after arrival" : "Rejected by the bank"}: ${message}`,
    code,
  );
  const entries = context.book.post(
    payoutReturnTransaction(
      asPayoutEvent(payout, at),
      afterPaid ? "returned_after_paid" : "failed",
    ),
  );
  const returnEntry = entries.find((entry) => entry.account === "seller_payable");
  if (!returnEntry) throw new Error(`payout ${payout.id} returned nothing to the seller`);
  context.bank.failure = { payout, returnEntry };
  if (repaired) {
    const repairAt = later(at, context.rng.int(2, 5) * dayMs + context.rng.int(1, 10) * hourMs);
    context.queue.schedule(repairAt, (repairedAt) => repairAndRetry(context, repairedAt));
  }
}

function repairAndRetry(context: StoryContext, at: Date): void {
  replaceBankAccount(context, at);
  context.queue.schedule(later(at, context.rng.int(10, 40) * minuteMs), (retryAt) =>
    retryFailedPayout(context, retryAt),
  );
}

function retryFailedPayout(context: StoryContext, at: Date): void {
  const failure = context.bank.failure;
  if (!failure) return;
  const amount = failure.returnEntry.amount;
  // Never let a payout take the balance below zero: wait for sales to cover a recent chargeback.
  if (amount > context.book.available(at)) {
    context.queue.schedule(later(at, dayMs), (nextAt) => retryFailedPayout(context, nextAt));
    return;
  }
  const retry = createPayout(context, {
    origin: "retry",
    method: "standard",
    amount,
    fee: 0,
    createdAt: at,
    arrivalDate: addDays(toCalendarDate(at), standardArrivalDays),
    retryOf: failure.payout.id,
    reason: `Retry of payout ${failure.payout.id}`,
  });
  context.book.claim([failure.returnEntry]);
  context.writer.tables.payoutItems.push({ payoutId: retry.id, entryId: failure.returnEntry.id });
  context.book.post(payoutCreatedTransaction(asPayoutEvent(retry, at)));
  context.bank.failure = null;
  sendPayout(context, retry, { kind: "paid" });
}

/** As the reversal command makes it: complete when made, the original staying paid. */
function createReversal(context: StoryContext, original: PayoutRow, at: Date): void {
  const reversal = createPayout(
    context,
    {
      origin: "reversal",
      method: original.method,
      amount: original.amount,
      fee: original.fee,
      createdAt: at,
      arrivalDate: toCalendarDate(at),
      reversalOf: original.id,
      bankAccountId: original.bankAccountId,
      reason: `Reversal of ${original.id}: sent in error, recalled at the seller's request`,
    },
    "paid",
  );
  context.book.post(payoutReturnTransaction(asPayoutEvent(reversal, at), "reversed"));
}
