import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canTransition, payoutStatuses } from "../domain/payout-status";
import { ledgerEntries, ledgerTransactions, payouts } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { insertTestPayout, insertTestSeller } from "../testing/fixtures";
import { openTestStore } from "../testing/test-store";
import { refundTransaction } from "./domain-transactions";
import { UnbalancedTransactionError } from "./ledger-transaction";
import { postLedgerTransaction } from "./post-transaction";

/** Drizzle wraps the database's error; the trigger's message is on its cause. */
const databaseRefusal = (pattern: RegExp) => ({
  cause: { message: expect.stringMatching(pattern) },
});

let store: PayoutStore;
let sellerId: string;

beforeAll(async () => {
  store = await openTestStore();
  sellerId = await insertTestSeller(store.db);
});
afterAll(() => store.close());

const refund = () =>
  refundTransaction({
    sellerId,
    currency: "USD",
    occurredAt: new Date("2026-03-01T00:00:00Z"),
    orderId: null as unknown as string,
    refundId: null as unknown as string,
    amount: 250,
  });

describe("ledger storage", () => {
  it("stores a balanced transaction with its entries", async () => {
    const posted = await postLedgerTransaction(store.db, refund());
    expect(posted.entryIds).toHaveLength(2);
    const [sum] = await store.db
      .select({ total: sql<number>`sum(${ledgerEntries.amount})`.mapWith(Number) })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transactionId, posted.transactionId));
    expect(sum?.total).toBe(0);
  });

  it("stores nothing of an unbalanced transaction", async () => {
    const before = await store.db.$count(ledgerTransactions);
    const draft = refund();
    const [first] = draft.entries;
    if (!first) throw new Error("a refund has entries");
    await expect(
      postLedgerTransaction(store.db, { ...draft, entries: [first, { ...first, amount: 1 }] }),
    ).rejects.toThrow(UnbalancedTransactionError);
    expect(await store.db.$count(ledgerTransactions)).toBe(before);
  });

  it("refuses to update or delete a ledger entry: corrections are new transactions", async () => {
    const { entryIds } = await postLedgerTransaction(store.db, refund());
    const [entryId] = entryIds;
    if (entryId === undefined) throw new Error("no entry");
    await expect(
      store.db.update(ledgerEntries).set({ amount: 1 }).where(eq(ledgerEntries.id, entryId)),
    ).rejects.toMatchObject(databaseRefusal(/append-only/));
    await expect(
      store.db.delete(ledgerEntries).where(eq(ledgerEntries.id, entryId)),
    ).rejects.toMatchObject(databaseRefusal(/append-only/));
  });
});

describe("payout rows", () => {
  it("move only along the state machine, in the database as in the domain", async () => {
    let index = 0;
    for (const from of payoutStatuses) {
      for (const to of payoutStatuses) {
        if (from === to) continue;
        index += 1;
        const id = await insertTestPayout(store.db, sellerId, `po_matrix${index}`, from);
        const attempt = store.db.update(payouts).set({ status: to }).where(eq(payouts.id, id));
        if (canTransition(from, to)) await expect(attempt).resolves.toBeDefined();
        else
          await expect(attempt, `${from} → ${to}`).rejects.toMatchObject(
            databaseRefusal(/cannot go from/),
          );
      }
    }
  });

  it("never change their amounts after creation", async () => {
    const id = await insertTestPayout(store.db, sellerId, "po_fixedamount", "pending");
    await expect(
      store.db.update(payouts).set({ amount: 5, grossAmount: 5 }).where(eq(payouts.id, id)),
    ).rejects.toMatchObject(databaseRefusal(/never change/));
  });
});
