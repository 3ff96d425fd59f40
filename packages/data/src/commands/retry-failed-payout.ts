// A retry sends a failed payout's money again, as a new payout (retryOf) whose only item is the
// entry that brought the money back to the balance. The failed payout is never changed. The bank
// account that refused the money must be replaced first, or the retry would fail the same way.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { addDays, toCalendarDate } from "../domain/calendar-date";
import { standardArrivalDays } from "../domain/payout-schedule";
import { InsufficientBalanceError, InvalidStateError, NotFoundError, parseInput } from "../errors";
import { ledgerEntries, ledgerTransactions, payoutItems, payouts } from "../schema";
import type { Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import { idempotencyKeySchema, withIdempotency } from "./idempotency";
import {
  insertPayout,
  type PayoutRow,
  type PayoutSummary,
  recordPayoutCreated,
  toPayoutSummary,
} from "./payout-records";
import { availableBalance } from "./seller-balance";
import { lockSeller, requirePayoutDestination } from "./seller-records";

const retryInputSchema = z.object({
  sellerId: recordIdSchema,
  payoutId: recordIdSchema,
  idempotencyKey: idempotencyKeySchema,
  now: instantSchema,
});

async function retryablePayout(tx: Queryable, sellerId: string, payoutId: string) {
  const [failed] = await tx
    .select()
    .from(payouts)
    .where(and(eq(payouts.id, payoutId), eq(payouts.sellerId, sellerId)));
  if (!failed) throw new NotFoundError("payout", payoutId);
  if (failed.status !== "failed") {
    throw new InvalidStateError(
      `Only a failed payout can be retried; payout ${payoutId} is ${failed.status.replace("_", " ")}.`,
    );
  }
  const [earlier] = await tx
    .select({ id: payouts.id })
    .from(payouts)
    .where(eq(payouts.retryOf, payoutId));
  if (earlier)
    throw new InvalidStateError(`Payout ${payoutId} was already retried by ${earlier.id}.`);
  return failed;
}

/** The seller-payable entry of the failure's return transaction, and the payout that claimed it. */
async function returnEntryOf(tx: Queryable, failed: PayoutRow) {
  const [entry] = await tx
    .select({ id: ledgerEntries.id, claimedBy: payoutItems.payoutId })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .leftJoin(payoutItems, eq(payoutItems.entryId, ledgerEntries.id))
    .where(
      and(
        eq(ledgerTransactions.payoutId, failed.id),
        eq(ledgerTransactions.kind, "payout_failure_return"),
        eq(ledgerEntries.account, "seller_payable"),
        eq(ledgerEntries.kind, "payout_return"),
      ),
    );
  if (!entry) throw new InvalidStateError(`Payout ${failed.id} has no returned money to retry.`);
  if (entry.claimedBy) {
    throw new InvalidStateError(
      `The money of payout ${failed.id} is back in the balance and part of payout ${entry.claimedBy} already.`,
    );
  }
  return entry;
}

export async function retryFailedPayout(
  db: Queryable,
  input: { sellerId: string; payoutId: string; idempotencyKey: string; now: Date },
): Promise<PayoutSummary> {
  const { sellerId, payoutId, idempotencyKey, now } = parseInput(retryInputSchema, input);
  return inCommandTransaction(db, async (tx) => {
    const seller = await lockSeller(tx, sellerId);
    const request = { sellerId, key: idempotencyKey, now, operation: "retry_failed_payout" };
    return withIdempotency(tx, { ...request, request: { payoutId } }, async () => {
      const failed = await retryablePayout(tx, sellerId, payoutId);
      const bankAccountId = await requirePayoutDestination(tx, sellerId, "retrying the payout");
      const returnEntry = await returnEntryOf(tx, failed);
      const available = await availableBalance(tx, seller, now);
      if (failed.grossAmount > available) {
        throw new InsufficientBalanceError(failed.grossAmount, Math.max(available, 0));
      }
      const retry = await insertPayout(tx, {
        sellerId,
        currency: failed.currency,
        amount: failed.grossAmount,
        grossAmount: failed.grossAmount,
        fee: 0,
        status: "pending",
        method: "standard",
        origin: "retry",
        retryOf: failed.id,
        createdAt: now,
        arrivalDate: addDays(toCalendarDate(now), standardArrivalDays),
        bankAccountId,
      });
      await tx.insert(payoutItems).values({ payoutId: retry.id, entryId: returnEntry.id });
      await recordPayoutCreated(tx, retry, `Retry of payout ${failed.id}`);
      return toPayoutSummary(retry);
    });
  });
}
