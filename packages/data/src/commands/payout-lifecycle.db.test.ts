import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "../domain/calendar-date";
import { payoutFailureMessages } from "../domain/payout-failure-codes";
import { InvalidStateError, NotFoundError, ValidationError } from "../errors";
import { ledgerEntries, ledgerTransactions, payoutEvents, payouts } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import { createInstantPayout } from "./instant-payout";
import {
  advancePayout,
  cancelPayout,
  failPayout,
  lockPayout,
  markPayoutInTransit,
  markPayoutPaid,
} from "./payout-lifecycle";
import type { PayoutSummary } from "./payout-records";
import { reversePayout } from "./reverse-payout";
import { runScheduledPayouts } from "./run-scheduled-payouts";
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
let usd: string;
let eur: string;

/** A new pending scheduled payout for the usd seller, on day `days` after the seed. */
async function scheduledPayout(days: number): Promise<PayoutSummary> {
  await adjustBalance(store.db, usd, 2_500, afterSeed(days - 1, 12));
  const run = await runScheduledPayouts(store, {
    day: toCalendarDate(afterSeed(days)),
    now: afterSeed(days),
  });
  const payout = run.created.find((created) => created.sellerId === usd);
  if (!payout) throw new Error("the run paid the usd seller nothing");
  return payout;
}

async function instantPayout(sellerId: string, amount: number, currency: string, at: Date) {
  return createInstantPayout(store.db, {
    sellerId,
    idempotencyKey: newKey("instant"),
    amount,
    currency,
    now: at,
  });
}

/** Refused with an InvalidStateError (not a raw database error) whose message matches. */
async function expectRefused(command: Promise<unknown>, message: RegExp) {
  const error = await command.then(
    () => null,
    (refusal: unknown) => refusal,
  );
  expect(error).toBeInstanceOf(InvalidStateError);
  expect((error as Error).message).toMatch(message);
}

async function eventsOf(payoutId: string) {
  return store.db
    .select({ status: payoutEvents.status, reason: payoutEvents.reason })
    .from(payoutEvents)
    .where(eq(payoutEvents.payoutId, payoutId))
    .orderBy(payoutEvents.id);
}

async function ledgerOf(payoutId: string) {
  return store.db
    .select({
      kind: ledgerTransactions.kind,
      account: ledgerEntries.account,
      amount: ledgerEntries.amount,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(eq(ledgerTransactions.payoutId, payoutId))
    .orderBy(ledgerEntries.id);
}

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
  usd = seeded.sellerIdOf("usd");
  eur = seeded.sellerIdOf("eur");
  await adjustBalance(store.db, eur, 50_000, afterSeed(0));
});
afterAll(() => store.close());

describe("a payout's life", () => {
  it("goes pending → in transit → paid, with an event each, and its money leaves clearing for the bank", async () => {
    const payout = await scheduledPayout(1);
    await markPayoutInTransit(store.db, { payoutId: payout.id, now: afterSeed(1, 8) });
    const paid = await markPayoutPaid(store.db, { payoutId: payout.id, now: afterSeed(3) });
    expect(paid.status).toBe("paid");
    expect((await eventsOf(payout.id)).map((event) => event.status)).toEqual([
      "pending",
      "in_transit",
      "paid",
    ]);
    expect((await ledgerOf(payout.id)).filter((entry) => entry.kind === "payout_paid")).toEqual([
      { kind: "payout_paid", account: "payout_clearing", amount: -payout.amount },
      { kind: "payout_paid", account: "bank", amount: payout.amount },
    ]);
  });

  it("is refused, by the database, every move the state machine forbids", async () => {
    const paid = await scheduledPayout(2);
    await markPayoutInTransit(store.db, { payoutId: paid.id, now: afterSeed(2, 8) });
    await markPayoutPaid(store.db, { payoutId: paid.id, now: afterSeed(4) });
    const canceled = await scheduledPayout(3);
    await cancelPayout(store.db, { payoutId: canceled.id, now: afterSeed(3, 7) });
    const eventsBefore = [...(await eventsOf(paid.id)), ...(await eventsOf(canceled.id))];

    const now = afterSeed(5);
    await expectRefused(
      markPayoutInTransit(store.db, { payoutId: paid.id, now }),
      /cannot go from paid to in_transit/,
    );
    await expectRefused(
      inCommandTransaction(store.db, async (tx) =>
        advancePayout(tx, await lockPayout(tx, paid.id), "pending", now, "Back to pending"),
      ),
      /cannot go from paid to pending/,
    );
    await expectRefused(
      markPayoutPaid(store.db, { payoutId: canceled.id, now }),
      /cannot go from canceled to paid/,
    );
    await expectRefused(
      cancelPayout(store.db, { payoutId: paid.id, now }),
      /cannot go from paid to canceled/,
    );
    await expectRefused(markPayoutPaid(store.db, { payoutId: paid.id, now }), /already paid/);
    expect([...(await eventsOf(paid.id)), ...(await eventsOf(canceled.id))]).toEqual(eventsBefore);
    expect((await ledgerOf(paid.id)).filter((entry) => entry.kind === "payout_paid")).toHaveLength(
      2,
    );
  });

  it("gives the money back to the balance when canceled while pending", async () => {
    const payout = await scheduledPayout(6);
    const before = await availableAt(store.db, usd, afterSeed(6, 7));
    await cancelPayout(store.db, { payoutId: payout.id, now: afterSeed(6, 7), reason: "Ops hold" });
    expect(await availableAt(store.db, usd, afterSeed(6, 7))).toBe(before + payout.grossAmount);
    expect((await eventsOf(payout.id)).at(-1)).toEqual({ status: "canceled", reason: "Ops hold" });
  });

  it("gives the money back from clearing when the bank refuses it", async () => {
    const jpy = seeded.sellerIdOf("jpy");
    const at = afterSeed(1);
    const payout = await instantPayout(jpy, 10_000, "JPY", at);
    const before = await availableAt(store.db, jpy, at);
    const failed = await failPayout(store.db, {
      payoutId: payout.id,
      failureCode: "could_not_process",
      now: at,
    });
    expect(failed).toMatchObject({
      status: "failed",
      failureCode: "could_not_process",
      failureMessage: payoutFailureMessages.could_not_process,
    });
    expect(await availableAt(store.db, jpy, at)).toBe(before + 10_000);
    expect((await ledgerOf(payout.id)).filter((e) => e.kind === "payout_failure_return")).toEqual([
      { kind: "payout_failure_return", account: "payout_clearing", amount: -payout.amount },
      { kind: "payout_failure_return", account: "platform_revenue", amount: -payout.fee },
      { kind: "payout_failure_return", account: "seller_payable", amount: 10_000 },
    ]);
  });

  it("gives the money back from the bank when a paid payout is returned", async () => {
    const payout = await scheduledPayout(7);
    await markPayoutInTransit(store.db, { payoutId: payout.id, now: afterSeed(7, 8) });
    await markPayoutPaid(store.db, { payoutId: payout.id, now: afterSeed(8) });
    const before = await availableAt(store.db, usd, afterSeed(9));
    const returned = await failPayout(store.db, {
      payoutId: payout.id,
      failureCode: "account_closed",
      now: afterSeed(9),
    });
    expect(returned.failureMessage).toBe(payoutFailureMessages.account_closed);
    expect(await availableAt(store.db, usd, afterSeed(9))).toBe(before + payout.amount);
    expect(
      (await ledgerOf(payout.id)).filter((entry) => entry.kind === "payout_failure_return"),
    ).toEqual([
      { kind: "payout_failure_return", account: "bank", amount: -payout.amount },
      { kind: "payout_failure_return", account: "seller_payable", amount: payout.amount },
    ]);
    await expectRefused(
      failPayout(store.db, { payoutId: payout.id, failureCode: "no_account", now: afterSeed(9) }),
      /already failed/,
    );
  });

  it("reverses a paid payout with a new payout that brings the money back, once", async () => {
    const at = afterSeed(2);
    const payout = await instantPayout(eur, 20_000, "EUR", at);
    await markPayoutPaid(store.db, { payoutId: payout.id, now: at });
    const before = await availableAt(store.db, eur, at);
    const reversal = await reversePayout(store.db, {
      payoutId: payout.id,
      now: at,
      reason: "Sent twice by mistake",
    });
    expect(reversal).toMatchObject({
      origin: "reversal",
      reversalOf: payout.id,
      status: "paid",
      amount: payout.amount,
      fee: payout.fee,
      grossAmount: payout.grossAmount,
    });
    expect(await availableAt(store.db, eur, at)).toBe(before + payout.grossAmount);
    const [original] = await store.db.select().from(payouts).where(eq(payouts.id, payout.id));
    expect(original?.status).toBe("paid");

    await expectRefused(
      reversePayout(store.db, { payoutId: payout.id, now: at, reason: "Again" }),
      /already reversed/,
    );
    await expectRefused(
      failPayout(store.db, { payoutId: payout.id, failureCode: "account_closed", now: at }),
      /was reversed/,
    );
    await expectRefused(
      failPayout(store.db, { payoutId: reversal.id, failureCode: "account_closed", now: at }),
      /is a reversal/,
    );
  });

  it("reverses only paid payouts", async () => {
    const payout = await instantPayout(eur, 5_000, "EUR", afterSeed(3));
    await expectRefused(
      reversePayout(store.db, { payoutId: payout.id, now: afterSeed(3), reason: "Too early" }),
      /Only a paid payout can be reversed/,
    );
  });

  it("does not find an unknown payout, and refuses an unknown failure code", async () => {
    await expect(
      markPayoutPaid(store.db, { payoutId: "po_unknown000000", now: afterSeed(1) }),
    ).rejects.toThrow(NotFoundError);
    const payout = await instantPayout(eur, 5_000, "EUR", afterSeed(3));
    await expect(
      failPayout(store.db, {
        payoutId: payout.id,
        failureCode: "insufficient_funds",
        now: afterSeed(3),
      }),
    ).rejects.toThrow(ValidationError);
  });

  it("leaves every ledger transaction balanced", async () => {
    expect(await unbalancedTransactions(store.db)).toEqual([]);
  });
});
