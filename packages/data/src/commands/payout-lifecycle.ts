// A payout's life after creation: sent, arrived, failed (also after arriving, when the bank
// returns it) or canceled. Each change updates the status, which the database's trigger keeps on
// the state machine, appends an event and posts the ledger transaction that moves the money.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { payoutFailureCodeSchema, payoutFailureMessages } from "../domain/payout-failure-codes";
import type { PayoutStatus } from "../domain/payout-status";
import { InvalidStateError, NotFoundError, parseInput } from "../errors";
import { payoutPaidTransaction, payoutReturnTransaction } from "../ledger/domain-transactions";
import { postLedgerTransaction } from "../ledger/post-transaction";
import { payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import {
  appendPayoutEvent,
  ledgerPayoutEvent,
  type PayoutRow,
  type PayoutSummary,
  reversalOf,
  toPayoutSummary,
} from "./payout-records";

const transitionInputSchema = z.object({
  payoutId: recordIdSchema,
  now: instantSchema,
});

const reasonSchema = z.string().trim().min(1, "must not be empty").max(500, "is too long");

const failInputSchema = transitionInputSchema.extend({
  failureCode: payoutFailureCodeSchema,
  failureMessage: reasonSchema.optional(),
});

const cancelInputSchema = transitionInputSchema.extend({ reason: reasonSchema.optional() });

/** Locks a payout row for a status change. A reversal is complete when made and never changes. */
export async function lockPayout(tx: Queryable, payoutId: string): Promise<PayoutRow> {
  const [payout] = await tx.select().from(payouts).where(eq(payouts.id, payoutId)).for("update");
  if (!payout) throw new NotFoundError("payout", payoutId);
  if (payout.origin === "reversal") {
    throw new InvalidStateError(
      `Payout ${payoutId} is a reversal: it is complete when it is made.`,
    );
  }
  return payout;
}

/**
 * Moves a locked payout to `to` and records the event. The trigger refuses an illegal move; a
 * move to the status it already has would pass the trigger, so it is refused here.
 */
export async function advancePayout(
  tx: Queryable,
  payout: PayoutRow,
  to: PayoutStatus,
  now: Date,
  reason: string,
  failure: { failureCode: string; failureMessage: string } | null = null,
): Promise<PayoutRow> {
  if (payout.status === to) {
    throw new InvalidStateError(`Payout ${payout.id} is already ${to.replace("_", " ")}.`);
  }
  const [updated] = await tx
    .update(payouts)
    .set({ status: to, ...failure })
    .where(eq(payouts.id, payout.id))
    .returning();
  if (!updated) throw new NotFoundError("payout", payout.id);
  await appendPayoutEvent(tx, {
    payoutId: payout.id,
    status: to,
    occurredAt: now,
    reason,
    failureCode: failure?.failureCode ?? null,
  });
  return updated;
}

export async function markPayoutInTransit(
  db: Queryable,
  input: { payoutId: string; now: Date },
): Promise<PayoutSummary> {
  const { payoutId, now } = parseInput(transitionInputSchema, input);
  return inCommandTransaction(db, async (tx) => {
    const payout = await lockPayout(tx, payoutId);
    return toPayoutSummary(await advancePayout(tx, payout, "in_transit", now, "Sent to the bank"));
  });
}

export async function markPayoutPaid(
  db: Queryable,
  input: { payoutId: string; now: Date },
): Promise<PayoutSummary> {
  const { payoutId, now } = parseInput(transitionInputSchema, input);
  return inCommandTransaction(db, async (tx) => {
    const payout = await lockPayout(tx, payoutId);
    const paid = await advancePayout(tx, payout, "paid", now, "Arrived at the bank");
    await postLedgerTransaction(tx, payoutPaidTransaction(ledgerPayoutEvent(paid, now)));
    return toPayoutSummary(paid);
  });
}

/** The bank refused the payout, or returned it after it arrived: the money comes back. */
export async function failPayout(
  db: Queryable,
  input: { payoutId: string; failureCode: string; failureMessage?: string; now: Date },
): Promise<PayoutSummary> {
  const { payoutId, failureCode, failureMessage, now } = parseInput(failInputSchema, input);
  const message = failureMessage ?? payoutFailureMessages[failureCode];
  return inCommandTransaction(db, async (tx) => {
    const payout = await lockPayout(tx, payoutId);
    const reversal = await reversalOf(tx, payoutId);
    if (reversal) {
      throw new InvalidStateError(
        `Payout ${payoutId} was reversed by ${reversal}: its money is back already.`,
      );
    }
    const failed = await advancePayout(tx, payout, "failed", now, message, {
      failureCode,
      failureMessage: message,
    });
    const reason = payout.status === "paid" ? "returned_after_paid" : "failed";
    await postLedgerTransaction(
      tx,
      payoutReturnTransaction(ledgerPayoutEvent(failed, now), reason),
    );
    return toPayoutSummary(failed);
  });
}

/** Stops a payout before it is sent (the trigger allows it only while pending). */
export async function cancelPayout(
  db: Queryable,
  input: { payoutId: string; now: Date; reason?: string },
): Promise<PayoutSummary> {
  const { payoutId, now, reason } = parseInput(cancelInputSchema, input);
  return inCommandTransaction(db, async (tx) => {
    const payout = await lockPayout(tx, payoutId);
    const canceled = await advancePayout(tx, payout, "canceled", now, reason ?? "Canceled");
    await postLedgerTransaction(
      tx,
      payoutReturnTransaction(ledgerPayoutEvent(canceled, now), "canceled"),
    );
    return toPayoutSummary(canceled);
  });
}
