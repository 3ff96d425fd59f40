import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidStateError, NotFoundError } from "../errors";
import {
  idempotencyKeys,
  ledgerEntries,
  ledgerTransactions,
  payoutItems,
  payouts,
} from "../schema";
import type { PayoutStore } from "../store/open-store";
import { replaceBankAccount } from "./replace-bank-account";
import { retryFailedPayout } from "./retry-failed-payout";
import {
  afterSeed,
  newKey,
  openSeededStore,
  type SeededCommandStore,
  unbalancedTransactions,
} from "./testing/seeded-commands";

let seeded: SeededCommandStore;
let store: PayoutStore;
let sellerId: string;
/** The seed's unresolved failure: account closed, bank account not replaced, no retry. */
let failed: typeof payouts.$inferSelect;
const now = afterSeed(1);

const newAccount = {
  kind: "us_ach",
  routingNumber: "026009593",
  accountNumber: "4402918833",
  holderName: "Maple Street Dumplings LLC",
} as const;

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
  sellerId = seeded.sellerIdOf("failedPayout");
  const retries = alias(payouts, "retries");
  const [row] = await store.db
    .select({ payout: payouts })
    .from(payouts)
    .leftJoin(retries, eq(retries.retryOf, payouts.id))
    .where(and(eq(payouts.sellerId, sellerId), eq(payouts.status, "failed"), isNull(retries.id)))
    .orderBy(desc(payouts.createdAt));
  if (!row) throw new Error("the seed has no unresolved failed payout");
  failed = row.payout;
});
afterAll(() => store.close());

describe("retryFailedPayout", () => {
  it("is refused while the bank account that refused the money is still the current one", async () => {
    const idempotencyKey = newKey("retry-too-soon");
    await expect(
      retryFailedPayout(store.db, { sellerId, payoutId: failed.id, idempotencyKey, now }),
    ).rejects.toThrow(/replace the bank account/);
    expect(
      await store.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, idempotencyKey)),
    ).toEqual([]);
  });

  it("sends the returned money again once the bank account is replaced", async () => {
    await replaceBankAccount(store.db, {
      sellerId,
      idempotencyKey: newKey("new-account"),
      account: newAccount,
      now,
    });
    const idempotencyKey = newKey("retry");
    const retry = await retryFailedPayout(store.db, {
      sellerId,
      payoutId: failed.id,
      idempotencyKey,
      now,
    });
    expect(retry).toMatchObject({
      sellerId,
      origin: "retry",
      method: "standard",
      status: "pending",
      retryOf: failed.id,
      amount: failed.grossAmount,
      grossAmount: failed.grossAmount,
      fee: 0,
      arrivalDate: "2026-11-19",
    });
    expect(retry.bankAccountId).not.toBe(failed.bankAccountId);

    const items = await store.db
      .select({
        amount: ledgerEntries.amount,
        kind: ledgerEntries.kind,
        txKind: ledgerTransactions.kind,
        txPayout: ledgerTransactions.payoutId,
      })
      .from(payoutItems)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
      .where(eq(payoutItems.payoutId, retry.id));
    expect(items).toEqual([
      {
        amount: retry.amount,
        kind: "payout_return",
        txKind: "payout_failure_return",
        txPayout: failed.id,
      },
    ]);

    const replay = await retryFailedPayout(store.db, {
      sellerId,
      payoutId: failed.id,
      idempotencyKey,
      now: afterSeed(2),
    });
    expect(replay).toEqual(retry);
  });

  it("is refused a second time, and never changes the failed payout", async () => {
    await expect(
      retryFailedPayout(store.db, {
        sellerId,
        payoutId: failed.id,
        idempotencyKey: newKey("again"),
        now,
      }),
    ).rejects.toThrow(/already retried/);
    const [row] = await store.db.select().from(payouts).where(eq(payouts.id, failed.id));
    expect(row).toEqual(failed);
  });

  it("is refused for a payout that did not fail", async () => {
    const [paid] = await store.db
      .select({ id: payouts.id })
      .from(payouts)
      .where(and(eq(payouts.sellerId, sellerId), eq(payouts.status, "paid")))
      .limit(1);
    if (!paid) throw new Error("the seed has no paid payout");
    await expect(
      retryFailedPayout(store.db, {
        sellerId,
        payoutId: paid.id,
        idempotencyKey: newKey("paid"),
        now,
      }),
    ).rejects.toThrow(InvalidStateError);
  });

  it("does not find another seller's payout or an unknown one", async () => {
    const other = seeded.sellerIdOf("usd");
    await expect(
      retryFailedPayout(store.db, {
        sellerId: other,
        payoutId: failed.id,
        idempotencyKey: newKey("other"),
        now,
      }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      retryFailedPayout(store.db, {
        sellerId,
        payoutId: "po_unknown000000",
        idempotencyKey: newKey("unknown"),
        now,
      }),
    ).rejects.toThrow(NotFoundError);
  });

  it("leaves every ledger transaction balanced", async () => {
    expect(await unbalancedTransactions(store.db)).toEqual([]);
    const [sum] = await store.db
      .select({ total: sql<number>`sum(${ledgerEntries.amount})`.mapWith(Number) })
      .from(ledgerEntries);
    expect(sum?.total).toBe(0);
  });
});
