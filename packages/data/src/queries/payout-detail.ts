// The payout detail screen: the payout (net amount first), its status timeline, where it went,
// the payouts it is linked to, and a breakdown whose lines add up exactly to the net.
import { and, asc, eq, sql } from "drizzle-orm";
import { payoutLookupSchema } from "../boundary-schemas";
import type { BankAccountKind } from "../domain/bank-account-validation";
import {
  type BreakdownLine,
  breakdownOfStoredLines,
  payoutGrossSales,
} from "../domain/payout-breakdown";
import { failureMessage } from "../domain/payout-failure-codes";
import type { PayoutStatus } from "../domain/payout-status";
import { NotFoundError, parseInput } from "../errors";
import { bankAccounts, payoutEvents, payoutLines, payouts } from "../schema";
import type { Queryable } from "../store/open-store";

export interface PayoutEventView {
  status: PayoutStatus;
  occurredAt: Date;
  reason: string;
  failureCode: string | null;
  /** A human message for a failure, null for other events. */
  failureMessage: string | null;
}

export interface PayoutDetail {
  payout: {
    /** Net: what reaches the bank. */
    amount: number;
    currency: string;
    id: string;
    status: PayoutStatus;
    method: "standard" | "instant";
    origin: "scheduled" | "instant" | "retry" | "reversal";
    grossAmount: number;
    fee: number;
    grossSales: number;
    feesAndAdjustments: number;
    createdAt: Date;
    arrivalDate: string;
    failureCode: string | null;
    failureMessage: string | null;
  };
  events: PayoutEventView[];
  destination: {
    kind: BankAccountKind;
    bankName: string;
    last4: string;
    holderName: string;
  } | null;
  bankReference: string;
  links: {
    retryOf: string | null;
    retriedBy: string | null;
    reversalOf: string | null;
    reversedBy: string | null;
  };
  breakdown: BreakdownLine[];
}

export async function getPayoutDetail(
  db: Queryable,
  input: { sellerId: string; payoutId: string },
): Promise<PayoutDetail> {
  const { sellerId, payoutId } = parseInput(payoutLookupSchema, input);
  const [row] = await db
    .select({ payout: payouts, bankAccount: bankAccounts })
    .from(payouts)
    .leftJoin(bankAccounts, eq(bankAccounts.id, payouts.bankAccountId))
    .where(and(eq(payouts.id, payoutId), eq(payouts.sellerId, sellerId)));
  if (!row) throw new NotFoundError("payout", payoutId);
  const { payout, bankAccount } = row;

  const [events, linked, storedLines] = await Promise.all([
    db
      .select()
      .from(payoutEvents)
      .where(eq(payoutEvents.payoutId, payout.id))
      .orderBy(asc(payoutEvents.occurredAt), asc(payoutEvents.id)),
    db
      .select({ id: payouts.id, retryOf: payouts.retryOf, reversalOf: payouts.reversalOf })
      .from(payouts)
      .where(
        and(
          eq(payouts.sellerId, sellerId),
          sql`(${payouts.retryOf} = ${payout.id} or ${payouts.reversalOf} = ${payout.id})`,
        ),
      ),
    db
      .select({ line: payoutLines.line, amount: payoutLines.amount })
      .from(payoutLines)
      .where(eq(payoutLines.payoutId, payout.id)),
  ]);

  const breakdown = breakdownOfStoredLines(payout, storedLines);
  const grossSales = payoutGrossSales(
    payout,
    storedLines.find((line) => line.line === "sales")?.amount ?? 0,
  );
  return {
    payout: {
      amount: payout.amount,
      currency: payout.currency,
      id: payout.id,
      status: payout.status,
      method: payout.method,
      origin: payout.origin,
      grossAmount: payout.grossAmount,
      fee: payout.fee,
      grossSales,
      feesAndAdjustments: payout.amount - grossSales,
      createdAt: payout.createdAt,
      arrivalDate: payout.arrivalDate,
      failureCode: payout.failureCode,
      failureMessage:
        payout.status === "failed"
          ? failureMessage(payout.failureCode, payout.failureMessage)
          : null,
    },
    events: events.map((event) => ({
      status: event.status,
      occurredAt: event.occurredAt,
      reason: event.reason,
      failureCode: event.failureCode,
      failureMessage:
        event.status === "failed" ? failureMessage(event.failureCode, payout.failureMessage) : null,
    })),
    destination: bankAccount
      ? {
          kind: bankAccount.kind,
          bankName: bankAccount.bankName,
          last4: bankAccount.last4,
          holderName: bankAccount.holderName,
        }
      : null,
    bankReference: payout.bankReference,
    links: {
      retryOf: payout.retryOf,
      retriedBy: linked.find((other) => other.retryOf === payout.id)?.id ?? null,
      reversalOf: payout.reversalOf,
      reversedBy: linked.find((other) => other.reversalOf === payout.id)?.id ?? null,
    },
    breakdown,
  };
}
