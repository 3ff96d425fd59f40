// Random sequences of the real commands against the seeded store, each in a transaction that is
// rolled back (the commands' own transactions become savepoints), so every case starts from the
// seed. Whatever the order, the money invariants hold afterwards and every refusal is a typed one.
import { desc, eq, sql } from "drizzle-orm";
import { TransactionRollbackError } from "drizzle-orm/errors";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "../domain/calendar-date";
import { payoutFailureCodes } from "../domain/payout-failure-codes";
import {
  IdempotencyKeyReusedError,
  InsufficientBalanceError,
  InvalidStateError,
  ValidationError,
} from "../errors";
import {
  idempotencyKeys,
  ledgerEntries,
  payoutItems,
  payoutLines,
  payouts,
  sellers,
} from "../schema";
import { seedAsOf, seedDatabase } from "../seed";
import type { Database, PayoutStore, Queryable } from "../store/open-store";
import { openTestStore } from "../testing/test-store";
import {
  cancelPayout,
  createInstantPayout,
  failPayout,
  markPayoutInTransit,
  markPayoutPaid,
  replaceBankAccount,
  retryFailedPayout,
  reversePayout,
  runScheduledPayouts,
} from "./index";
import { availableAt, unbalancedTransactions } from "./testing/seeded-commands";

const numRuns = 150;
const recentPayouts = 12;

const minutes = fc.integer({ min: 1, max: 2 * 24 * 60 });
const transitions = ["in_transit", "paid", "fail", "cancel"] as const;

const commandArbitrary = fc.oneof(
  fc.record({ kind: fc.constant("run" as const), after: minutes }),
  fc.record({
    kind: fc.constant("instant" as const),
    after: minutes,
    seller: fc.nat(),
    /** Per mille of the available balance; above 1000 asks for more than there is. */
    share: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1001, max: 3000 })),
    reuse: fc.option(fc.record({ key: fc.nat(), sameParams: fc.boolean() }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constantFrom(...transitions),
    after: minutes,
    payout: fc.nat(),
    failureCode: fc.constantFrom(...payoutFailureCodes),
  }),
  fc.record({ kind: fc.constant("replaceAndRetry" as const), after: minutes, payout: fc.nat() }),
  fc.record({ kind: fc.constant("reverse" as const), after: minutes, payout: fc.nat() }),
);

type Command = typeof commandArbitrary extends fc.Arbitrary<infer C> ? C : never;

interface InstantRequest {
  sellerId: string;
  amount: number;
  currency: string;
}

/** What a sequence has done so far: the keys it sent, and the payout each key answered with. */
interface SequenceState {
  now: Date;
  keys: { key: string; request: InstantRequest }[];
  /** The request that a key was first answered for, and every payout it answered with. */
  answers: Map<string, { request: InstantRequest; payoutIds: Set<string> }>;
  accounts: number;
}

let store: PayoutStore;
let sellerRows: { id: string; currency: string }[];

beforeAll(async () => {
  store = await openTestStore();
  await seedDatabase(store, { profile: "test" });
  sellerRows = await store.db
    .select({ id: sellers.id, currency: sellers.currency })
    .from(sellers)
    .orderBy(sellers.id);
}, 120_000);
afterAll(() => store?.close());

/** Runs a command, letting through only the typed refusals this command may give. */
async function refusedWith<Result>(
  allowed: (error: unknown) => boolean,
  command: () => Promise<Result>,
): Promise<Result | null> {
  try {
    return await command();
  } catch (error) {
    if (allowed(error)) return null;
    throw error;
  }
}

const isInvalidState = (error: unknown) => error instanceof InvalidStateError;

/** One of the newest payouts: the sequence's own and the seed's latest. */
async function pickPayout(tx: Queryable, index: number) {
  const rows = await tx
    .select({ id: payouts.id, sellerId: payouts.sellerId })
    .from(payouts)
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(recentPayouts);
  return rows[index % rows.length];
}

/** One of the newest failed payouts, those not retried yet first. */
async function pickFailedPayout(tx: Queryable, index: number) {
  const retried = sql`exists (select 1 from payouts as retries where retries.retry_of = ${payouts.id})`;
  const rows = await tx
    .select({ id: payouts.id, sellerId: payouts.sellerId })
    .from(payouts)
    .where(eq(payouts.status, "failed"))
    .orderBy(retried, desc(payouts.createdAt), desc(payouts.id))
    .limit(recentPayouts);
  return rows[index % rows.length];
}

async function instant(
  tx: Queryable,
  state: SequenceState,
  command: Command & { kind: "instant" },
) {
  const reused = command.reuse && state.keys[command.reuse.key % Math.max(state.keys.length, 1)];
  let key: string;
  let request: InstantRequest;
  if (reused && command.reuse) {
    key = reused.key;
    request = command.reuse.sameParams
      ? reused.request
      : { ...reused.request, amount: reused.request.amount + 1 };
  } else {
    const seller = sellerRows[command.seller % sellerRows.length];
    if (!seller) throw new Error("the seed has no sellers");
    const available = await availableAt(tx, seller.id, state.now);
    key = `sequence-key-${state.keys.length}`;
    request = {
      sellerId: seller.id,
      currency: seller.currency,
      amount: Math.max(1, Math.floor((Math.max(available, 0) * command.share) / 1000)),
    };
    state.keys.push({ key, request });
  }
  const available = await availableAt(tx, request.sellerId, state.now);
  const earlier = state.answers.get(key);
  try {
    const payout = await createInstantPayout(tx, {
      ...request,
      idempotencyKey: key,
      now: state.now,
    });
    if (!earlier) expect(payout.grossAmount).toBeLessThanOrEqual(available);
    if (earlier) earlier.payoutIds.add(payout.id);
    else state.answers.set(key, { request, payoutIds: new Set([payout.id]) });
  } catch (error) {
    if (error instanceof InsufficientBalanceError) {
      expect(earlier).toBeUndefined();
      expect(request.amount).toBeGreaterThan(available);
    } else if (error instanceof IdempotencyKeyReusedError) {
      expect(earlier?.request).toBeDefined();
      expect(request).not.toEqual(earlier?.request);
    } else if (error instanceof ValidationError) {
      expect(error.issues.map((issue) => issue.field)).toEqual(["amount"]);
    } else if (!isInvalidState(error)) {
      throw error;
    }
  }
}

async function replaceAndRetry(tx: Queryable, state: SequenceState, payoutIndex: number) {
  const payout = await pickFailedPayout(tx, payoutIndex);
  if (!payout) return;
  state.accounts += 1;
  await replaceBankAccount(tx, {
    sellerId: payout.sellerId,
    idempotencyKey: `sequence-account-${state.accounts}`,
    account: {
      kind: "us_ach",
      routingNumber: "026009593",
      accountNumber: `44029${String(state.accounts).padStart(5, "0")}`,
      holderName: "Sequence Test Kitchen LLC",
    },
    now: state.now,
  });
  await refusedWith(
    (error) => isInvalidState(error) || error instanceof InsufficientBalanceError,
    () =>
      retryFailedPayout(tx, {
        sellerId: payout.sellerId,
        payoutId: payout.id,
        idempotencyKey: `sequence-retry-${state.accounts}`,
        now: state.now,
      }),
  );
}

async function apply(tx: Queryable, state: SequenceState, command: Command): Promise<void> {
  state.now = new Date(state.now.getTime() + command.after * 60_000);
  const now = state.now;
  switch (command.kind) {
    case "run":
      await runScheduledPayouts(tx as Database, { day: toCalendarDate(now), now });
      return;
    case "instant":
      return instant(tx, state, command);
    case "replaceAndRetry":
      return replaceAndRetry(tx, state, command.payout);
    default: {
      const payout = await pickPayout(tx, command.payout);
      if (!payout) return;
      const payoutId = payout.id;
      await refusedWith(isInvalidState, () => {
        switch (command.kind) {
          case "in_transit":
            return markPayoutInTransit(tx, { payoutId, now });
          case "paid":
            return markPayoutPaid(tx, { payoutId, now });
          case "fail":
            return failPayout(tx, { payoutId, now, failureCode: command.failureCode });
          case "cancel":
            return cancelPayout(tx, { payoutId, now });
          case "reverse":
            return reversePayout(tx, { payoutId, now, reason: "Sent in error" });
        }
      });
    }
  }
}

async function checkInvariants(tx: Queryable, state: SequenceState): Promise<void> {
  expect(await unbalancedTransactions(tx)).toEqual([]);

  const negativeBalances = await tx
    .select({ sellerId: ledgerEntries.sellerId })
    .from(ledgerEntries)
    .where(
      sql`${ledgerEntries.account} = 'seller_payable' and ${ledgerEntries.effectiveAt} <= ${state.now.toISOString()}`,
    )
    .groupBy(ledgerEntries.sellerId)
    .having(sql`sum(${ledgerEntries.amount}) < 0`);
  expect(negativeBalances).toEqual([]);

  const linesOffTheAmount = await tx
    .select({ payoutId: payoutLines.payoutId })
    .from(payoutLines)
    .innerJoin(payouts, eq(payouts.id, payoutLines.payoutId))
    .groupBy(payoutLines.payoutId, payouts.amount)
    .having(
      sql`coalesce(sum(${payoutLines.amount}) filter (where ${payoutLines.line} <> 'platform_vouchers'), 0) <> ${payouts.amount}`,
    );
  expect(linesOffTheAmount).toEqual([]);

  const claimedTwice = await tx
    .select({ entryId: payoutItems.entryId })
    .from(payoutItems)
    .groupBy(payoutItems.entryId)
    .having(sql`count(*) > 1`);
  expect(claimedTwice).toEqual([]);

  const keysWithSeveralPayouts = await tx
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .groupBy(idempotencyKeys.sellerId, idempotencyKeys.key)
    .having(sql`count(distinct ${idempotencyKeys.response}->>'id') > 1`);
  expect(keysWithSeveralPayouts).toEqual([]);
  for (const { payoutIds } of state.answers.values()) expect(payoutIds.size).toBe(1);
}

describe("random command sequences", () => {
  it(`keep the ledger balanced, balances non-negative, lines equal to amounts and keys to one payout (${numRuns} sequences of 3-12 commands)`, async () => {
    const seededPayouts = await store.db.$count(payouts);
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandArbitrary, { minLength: 3, maxLength: 12 }),
        async (commands) => {
          try {
            await store.db.transaction(async (tx) => {
              const state: SequenceState = {
                now: seedAsOf,
                keys: [],
                answers: new Map(),
                accounts: 0,
              };
              for (const command of commands) await apply(tx, state, command);
              await checkInvariants(tx, state);
              tx.rollback();
            });
          } catch (error) {
            if (!(error instanceof TransactionRollbackError)) throw error;
          }
        },
      ),
      { numRuns },
    );
    expect(await store.db.$count(payouts)).toBe(seededPayouts);
  }, 300_000);
});
