import { fc } from "@fast-check/vitest";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  IdempotencyKeyReusedError,
  InsufficientBalanceError,
  InvalidStateError,
  PayoutDataError,
  ValidationError,
} from "../errors";
import { idempotencyKeys, ledgerEntries, payoutEvents, payouts } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { createInstantPayout, quoteInstantPayout } from "./instant-payout";
import {
  adjustBalance,
  afterSeed,
  availableAt,
  newKey,
  openSeededStore,
  type SeededCommandStore,
  unbalancedTransactions,
} from "./testing/seeded-commands";

let seeded: SeededCommandStore;
let store: PayoutStore;
let sellerId: string;
const now = afterSeed(1);

const keyRows = (key: string) =>
  store.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));

const instantPayoutsOf = (seller: string) =>
  store.db
    .select()
    .from(payouts)
    .where(and(eq(payouts.sellerId, seller), eq(payouts.origin, "instant")));

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
  sellerId = seeded.sellerIdOf("usd");
  await adjustBalance(store.db, sellerId, 100_000, afterSeed(0));
});
afterAll(() => store.close());

describe("quoteInstantPayout", () => {
  it("prices an amount and says how much is available for an instant payout", async () => {
    const quote = await quoteInstantPayout(store.db, { sellerId, amount: 10_000, asOf: now });
    expect(quote).toEqual({
      amount: 10_000,
      fee: 150,
      net: 9_850,
      availableForInstant: await availableAt(store.db, sellerId, now),
    });
  });

  it("refuses an amount the fee would swallow", async () => {
    await expect(quoteInstantPayout(store.db, { sellerId, amount: 50, asOf: now })).rejects.toThrow(
      "amount: must be more than the instant payout fee of 0.50 USD",
    );
  });
});

describe("createInstantPayout", () => {
  it("takes the amount from the balance and sends the amount minus the fee the same day", async () => {
    const before = await availableAt(store.db, sellerId, now);
    const payout = await createInstantPayout(store.db, {
      sellerId,
      idempotencyKey: newKey("instant"),
      amount: 20_000,
      currency: "USD",
      now,
    });
    expect(payout).toMatchObject({
      sellerId,
      amount: 19_700,
      fee: 300,
      grossAmount: 20_000,
      status: "in_transit",
      method: "instant",
      origin: "instant",
      arrivalDate: "2026-11-17",
      createdAt: now.toISOString(),
    });
    expect(await availableAt(store.db, sellerId, now)).toBe(before - 20_000);
    const events = await store.db
      .select({ status: payoutEvents.status })
      .from(payoutEvents)
      .where(eq(payoutEvents.payoutId, payout.id))
      .orderBy(payoutEvents.id);
    expect(events.map((event) => event.status)).toEqual(["pending", "in_transit"]);
    const entries = await store.db
      .select({
        account: ledgerEntries.account,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
      })
      .from(ledgerEntries)
      .where(
        sql`${ledgerEntries.transactionId} in (select id from ledger_transactions where payout_id = ${payout.id})`,
      );
    expect(entries).toEqual(
      expect.arrayContaining([
        { account: "seller_payable", kind: "instant_payout", amount: -20_000 },
        { account: "payout_clearing", kind: "payout", amount: 19_700 },
        { account: "platform_revenue", kind: "instant_payout_fee", amount: 300 },
      ]),
    );
  });

  it("creates one payout for a request sent twice with the same key, and answers both alike", async () => {
    const request = {
      sellerId,
      idempotencyKey: newKey("twice"),
      amount: 5_000,
      currency: "USD",
      now,
    };
    const first = await createInstantPayout(store.db, request);
    const second = await createInstantPayout(store.db, { ...request, now: afterSeed(1, 9) });
    expect(second).toEqual(first);
    const concurrent = { ...request, idempotencyKey: newKey("concurrent") };
    const [a, b] = await Promise.all([
      createInstantPayout(store.db, concurrent),
      createInstantPayout(store.db, concurrent),
    ]);
    expect(b).toEqual(a);
    const ids = (await instantPayoutsOf(sellerId)).map((payout) => payout.id);
    expect(ids.filter((id) => id === first.id || id === a.id)).toHaveLength(2);
    expect(a.id).not.toBe(first.id);
  });

  it("refuses the same key with a different amount", async () => {
    const request = {
      sellerId,
      idempotencyKey: newKey("reuse"),
      amount: 3_000,
      currency: "USD",
      now,
    };
    await createInstantPayout(store.db, request);
    await expect(createInstantPayout(store.db, { ...request, amount: 3_001 })).rejects.toThrow(
      IdempotencyKeyReusedError,
    );
  });

  it("refuses more than the available balance and stores nothing, not even the key", async () => {
    const idempotencyKey = newKey("too-much");
    const payoutsBefore = await instantPayoutsOf(sellerId);
    const available = await availableAt(store.db, sellerId, now);
    await expect(
      createInstantPayout(store.db, {
        sellerId,
        idempotencyKey,
        amount: available + 1,
        currency: "USD",
        now,
      }),
    ).rejects.toThrow(InsufficientBalanceError);
    expect(await keyRows(idempotencyKey)).toEqual([]);
    expect(await instantPayoutsOf(sellerId)).toEqual(payoutsBefore);
  });

  it.each([
    ["a short key", { idempotencyKey: "short" }, "idempotencyKey"],
    ["a negative amount", { amount: -5 }, "amount"],
    ["a fraction of a cent", { amount: 100.5 }, "amount"],
    ["an amount below the fee", { amount: 40 }, "amount"],
    ["another currency", { currency: "EUR" }, "currency"],
  ])("refuses %s with a ValidationError and stores no key", async (_, change, field) => {
    const idempotencyKey = newKey("invalid");
    const request = { sellerId, idempotencyKey, amount: 1_000, currency: "USD", now, ...change };
    const refusal = createInstantPayout(store.db, request);
    await expect(refusal).rejects.toThrow(ValidationError);
    await expect(refusal).rejects.toMatchObject({ issues: [expect.objectContaining({ field })] });
    expect(await keyRows(request.idempotencyKey)).toEqual([]);
  });

  it("needs a working bank account", async () => {
    const noBank = seeded.sellerIdOf("noBank");
    const request = { idempotencyKey: newKey("no-bank"), amount: 1_000, currency: "USD", now };
    await expect(createInstantPayout(store.db, { ...request, sellerId: noBank })).rejects.toThrow(
      InvalidStateError,
    );
    const failedPayout = seeded.sellerIdOf("failedPayout");
    await expect(
      createInstantPayout(store.db, { ...request, sellerId: failedPayout }),
    ).rejects.toThrow(/failed on the current bank account/);
    expect(await instantPayoutsOf(noBank)).toEqual([]);
  });

  it("never takes the balance below zero, whatever requests arrive, one by one or at once", async () => {
    const seller = seeded.sellerIdOf("large");
    let minute = 0;
    const request = fc.record({
      amount: fc.integer({ min: 51, max: 60_000 }),
      together: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 50_000 }),
        fc.array(request, { maxLength: 6 }),
        async (credit, requests) => {
          minute += 1;
          const at = new Date(afterSeed(2).getTime() + minute * 60_000);
          await adjustBalance(store.db, seller, credit, at);
          const send = (amount: number) =>
            createInstantPayout(store.db, {
              sellerId: seller,
              idempotencyKey: newKey("property"),
              amount,
              currency: "USD",
              now: at,
            }).catch((error: unknown) => {
              if (error instanceof InsufficientBalanceError) return null;
              throw error;
            });
          const together = requests.filter((r) => r.together).map((r) => send(r.amount));
          for (const r of requests.filter((r) => !r.together)) await send(r.amount);
          await Promise.all(together);
          expect(await availableAt(store.db, seller, at)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 25 },
    );
    expect(await unbalancedTransactions(store.db)).toEqual([]);
  });

  it("throws only the package's typed errors for unknown sellers", async () => {
    const refusal = createInstantPayout(store.db, {
      sellerId: "sel_doesnotexist00",
      idempotencyKey: newKey("unknown"),
      amount: 1_000,
      currency: "USD",
      now,
    });
    await expect(refusal).rejects.toBeInstanceOf(PayoutDataError);
  });
});
