// What needs the seller's attention on the overview: payouts that failed and wait for a retry,
// and a missing bank account (nothing is paid out until one is added). A hold caused by a failed
// payout is explained by that payout's alert while it waits for a retry: decidePayoutHold names
// such a payout first.
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { failureMessage } from "../domain/payout-failure-codes";
import type { PayoutHold } from "../domain/payout-hold";
import { payouts } from "../schema";
import type { Queryable } from "../store/open-store";

export type PayoutAlert =
  | {
      kind: "payout_failed";
      payoutId: string;
      amount: number;
      currency: string;
      failureCode: string | null;
      message: string;
    }
  | { kind: "no_bank_account" };

const retries = alias(payouts, "retries");

export async function payoutAlerts(
  db: Queryable,
  sellerId: string,
  hold: PayoutHold | null,
): Promise<PayoutAlert[]> {
  const failed = await db
    .select({
      id: payouts.id,
      amount: payouts.amount,
      currency: payouts.currency,
      failureCode: payouts.failureCode,
      failureMessage: payouts.failureMessage,
    })
    .from(payouts)
    .leftJoin(retries, eq(retries.retryOf, payouts.id))
    .where(and(eq(payouts.sellerId, sellerId), eq(payouts.status, "failed"), isNull(retries.id)))
    .orderBy(asc(payouts.createdAt), asc(payouts.id));
  const alerts: PayoutAlert[] = failed.map((payout) => ({
    kind: "payout_failed",
    payoutId: payout.id,
    amount: payout.amount,
    currency: payout.currency,
    failureCode: payout.failureCode,
    message: failureMessage(payout.failureCode, payout.failureMessage),
  }));
  if (hold?.kind === "no_bank_account") alerts.push({ kind: "no_bank_account" });
  return alerts;
}
