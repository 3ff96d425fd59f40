// Reads what decides whether a seller's payouts are held (src/domain/payout-hold.ts). The payout
// run and the overview both ask here, so "held" means the same thing in both.
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { decidePayoutHold, type PayoutHoldDecision } from "../domain/payout-hold";
import { bankAccounts, payouts } from "../schema";
import type { Queryable } from "../store/open-store";

const retries = alias(payouts, "retries");

export async function payoutHoldOf(db: Queryable, sellerId: string): Promise<PayoutHoldDecision> {
  const [account] = await db
    .select({ id: bankAccounts.id, fingerprint: bankAccounts.fingerprint })
    .from(bankAccounts)
    .where(and(eq(bankAccounts.sellerId, sellerId), isNull(bankAccounts.replacedAt)))
    .orderBy(desc(bankAccounts.createdAt), desc(bankAccounts.id))
    .limit(1);
  const failures = account
    ? await db
        .select({ payoutId: payouts.id, retryId: retries.id })
        .from(payouts)
        .innerJoin(bankAccounts, eq(bankAccounts.id, payouts.bankAccountId))
        .leftJoin(retries, eq(retries.retryOf, payouts.id))
        .where(
          and(
            eq(payouts.sellerId, sellerId),
            eq(payouts.status, "failed"),
            eq(bankAccounts.fingerprint, account.fingerprint),
          ),
        )
        .orderBy(desc(payouts.createdAt), desc(payouts.id))
    : [];
  return decidePayoutHold({
    bankAccountId: account?.id ?? null,
    failuresOnBankAccount: failures.map((failure) => ({
      payoutId: failure.payoutId,
      retried: failure.retryId !== null,
    })),
  });
}
