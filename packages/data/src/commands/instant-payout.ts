// Instant payouts: the seller takes a chosen amount of the available balance now, for a fee. The
// amount leaves the balance; the bank receives it minus the fee, the same day.
import { z } from "zod";
import { instantSchema, recordIdSchema } from "../boundary-schemas";
import { toCalendarDate } from "../domain/calendar-date";
import { instantPayoutFee } from "../domain/instant-payout-fee";
import { InsufficientBalanceError, parseInput, ValidationError } from "../errors";
import { type CurrencyCode, currencyCodeSchema } from "../money/currency";
import { formatMinorUnits } from "../queries/major-units";
import { findSeller } from "../queries/seller-scope";
import type { Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import { idempotencyKeySchema, withIdempotency } from "./idempotency";
import { advancePayout } from "./payout-lifecycle";
import {
  insertPayout,
  type PayoutSummary,
  recordPayoutCreated,
  toPayoutSummary,
} from "./payout-records";
import { availableBalance } from "./seller-balance";
import { lockSeller, requirePayoutDestination } from "./seller-records";

const grossAmountSchema = z
  .number({ error: "must be an amount in minor units" })
  .int("must be a whole number of minor units")
  .positive("must be more than zero")
  .max(Number.MAX_SAFE_INTEGER);

const quoteInputSchema = z.object({
  sellerId: recordIdSchema,
  amount: grossAmountSchema,
  asOf: instantSchema,
});

const createInputSchema = z.object({
  sellerId: recordIdSchema,
  idempotencyKey: idempotencyKeySchema,
  amount: grossAmountSchema,
  currency: currencyCodeSchema,
  now: instantSchema,
});

export interface InstantPayoutQuote {
  /** What leaves the balance. */
  amount: number;
  fee: number;
  /** What reaches the bank. */
  net: number;
  /** The available balance, never below zero: the most an instant payout can take. */
  availableForInstant: number;
}

/** The fee and the net; refuses an amount that the fee would swallow. */
function priceOf(amount: number, currency: CurrencyCode) {
  const fee = instantPayoutFee(amount, currency);
  if (amount <= fee) {
    throw new ValidationError([
      {
        field: "amount",
        message: `must be more than the instant payout fee of ${formatMinorUnits(fee, currency)} ${currency}`,
      },
    ]);
  }
  return { amount, fee, net: amount - fee };
}

export async function quoteInstantPayout(
  db: Queryable,
  input: { sellerId: string; amount: number; asOf: Date },
): Promise<InstantPayoutQuote> {
  const { sellerId, amount, asOf } = parseInput(quoteInputSchema, input);
  const seller = await findSeller(db, sellerId);
  const available = await availableBalance(db, seller, asOf);
  return { ...priceOf(amount, seller.currency), availableForInstant: Math.max(available, 0) };
}

export async function createInstantPayout(
  db: Queryable,
  input: { sellerId: string; idempotencyKey: string; amount: number; currency: string; now: Date },
): Promise<PayoutSummary> {
  const { sellerId, idempotencyKey, amount, currency, now } = parseInput(createInputSchema, input);
  const { fee, net } = priceOf(amount, currency);
  return inCommandTransaction(db, async (tx) => {
    const seller = await lockSeller(tx, sellerId);
    const request = { sellerId, key: idempotencyKey, now, operation: "create_instant_payout" };
    return withIdempotency(tx, { ...request, request: { amount, currency } }, async () => {
      if (currency !== seller.currency) {
        throw new ValidationError([
          { field: "currency", message: `must be the seller's currency, ${seller.currency}` },
        ]);
      }
      const available = await availableBalance(tx, seller, now);
      if (amount > available) throw new InsufficientBalanceError(amount, Math.max(available, 0));
      const bankAccountId = await requirePayoutDestination(
        tx,
        sellerId,
        "requesting an instant payout",
      );
      const payout = await insertPayout(tx, {
        sellerId,
        currency,
        amount: net,
        grossAmount: amount,
        fee,
        status: "pending",
        method: "instant",
        origin: "instant",
        createdAt: now,
        arrivalDate: toCalendarDate(now),
        bankAccountId,
      });
      await recordPayoutCreated(tx, payout, "Instant payout requested");
      return toPayoutSummary(
        await advancePayout(tx, payout, "in_transit", now, "Sent to the bank"),
      );
    });
  });
}
