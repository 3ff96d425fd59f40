// A reversal brings a paid payout's money back from the bank (sent in error, say). It is a new
// payout linked to the original (reversalOf), complete when made: the original stays paid, and
// the money is back in the seller's balance, where the next scheduled payout will include it.
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { toCalendarDate } from "../domain/calendar-date";
import { InvalidStateError, parseInput } from "../errors";
import { payoutReturnTransaction } from "../ledger/domain-transactions";
import { postLedgerTransaction } from "../ledger/post-transaction";
import type { Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import { lockPayout } from "./payout-lifecycle";
import { recordPayoutLines } from "./payout-lines";
import {
  appendPayoutEvent,
  insertPayout,
  ledgerPayoutEvent,
  type PayoutSummary,
  reversalOf,
  toPayoutSummary,
} from "./payout-records";

const reverseInputSchema = z.object({
  payoutId: recordIdSchema,
  now: instantSchema,
  reason: z.string().trim().min(1, "must say why").max(500, "is too long"),
});

export async function reversePayout(
  db: Queryable,
  input: { payoutId: string; now: Date; reason: string },
): Promise<PayoutSummary> {
  const { payoutId, now, reason } = parseInput(reverseInputSchema, input);
  return inCommandTransaction(db, async (tx) => {
    const original = await lockPayout(tx, payoutId);
    if (original.status !== "paid") {
      throw new InvalidStateError(
        `Only a paid payout can be reversed; payout ${payoutId} is ${original.status.replace("_", " ")}.`,
      );
    }
    const earlier = await reversalOf(tx, payoutId);
    if (earlier) {
      throw new InvalidStateError(`Payout ${payoutId} was already reversed by ${earlier}.`);
    }
    const reversal = await insertPayout(tx, {
      sellerId: original.sellerId,
      currency: original.currency,
      amount: original.amount,
      grossAmount: original.grossAmount,
      fee: original.fee,
      status: "paid",
      method: original.method,
      origin: "reversal",
      reversalOf: original.id,
      createdAt: now,
      arrivalDate: toCalendarDate(now),
      bankAccountId: original.bankAccountId,
    });
    await recordPayoutLines(tx, reversal);
    await appendPayoutEvent(tx, {
      payoutId: reversal.id,
      status: "paid",
      occurredAt: now,
      reason: `Reversal of ${original.id}: ${reason}`,
    });
    await postLedgerTransaction(
      tx,
      payoutReturnTransaction(ledgerPayoutEvent(reversal, now), "reversed"),
    );
    return toPayoutSummary(reversal);
  });
}
