// Every command that makes a payout stores its breakdown lines in the same transaction: composed
// from its items, or from what it moved when it has none, always adding up to its amount.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "../domain/calendar-date";
import { breakdownLineOf } from "../domain/payout-breakdown";
import { ledgerEntries, payoutItems, payoutLines, payouts } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { createInstantPayout } from "./instant-payout";
import { markPayoutPaid } from "./payout-lifecycle";
import { replaceBankAccount } from "./replace-bank-account";
import { retryFailedPayout } from "./retry-failed-payout";
import { reversePayout } from "./reverse-payout";
import { runScheduledPayouts } from "./run-scheduled-payouts";
import { updatePayoutSchedule } from "./seller-settings";
import {
  adjustBalance,
  afterSeed,
  newKey,
  openSeededStore,
  type SeededCommandStore,
} from "./testing/seeded-commands";

/** Drizzle wraps the database's error; the trigger's message is on its cause. */
const databaseRefusal = (pattern: RegExp) => ({
  cause: { message: expect.stringMatching(pattern) },
});

let seeded: SeededCommandStore;
let store: PayoutStore;
let usd: string;

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
  usd = seeded.sellerIdOf("usd");
  await adjustBalance(store.db, usd, 100_000, afterSeed(0));
});
afterAll(() => store.close());

/** The payout's stored lines as [line, amount], in the breakdown's order. */
async function linesOf(payoutId: string) {
  const rows = await store.db
    .select({ line: payoutLines.line, amount: payoutLines.amount })
    .from(payoutLines)
    .where(eq(payoutLines.payoutId, payoutId))
    .orderBy(payoutLines.line);
  return rows.map((row) => [row.line, row.amount] as const);
}

async function instantPayoutOf(amount: number, at: Date) {
  const idempotencyKey = newKey("instant");
  return createInstantPayout(store.db, {
    sellerId: usd,
    idempotencyKey,
    amount,
    currency: "USD",
    now: at,
  });
}

describe("the lines a payout is stored with", () => {
  it("are the balance paid out and the fee for an instant payout", async () => {
    const payout = await instantPayoutOf(10_000, afterSeed(1));
    expect(await linesOf(payout.id)).toEqual([
      ["balance_paid_out", 10_000],
      ["instant_payout_fee", -payout.fee],
    ]);
  });

  it("are the sums of a scheduled payout's items per line, netting the instant payouts before it", async () => {
    await updatePayoutSchedule(store.db, {
      sellerId: usd,
      idempotencyKey: newKey("daily"),
      schedule: { interval: "daily" },
      now: afterSeed(1),
    });
    const run = await runScheduledPayouts(store, {
      day: toCalendarDate(afterSeed(2)),
      now: afterSeed(2),
    });
    const payout = run.created.find((created) => created.sellerId === usd);
    if (!payout) throw new Error("the run paid the usd seller");
    const items = await store.db
      .select({ kind: ledgerEntries.kind, amount: ledgerEntries.amount })
      .from(payoutItems)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
      .where(eq(payoutItems.payoutId, payout.id));
    const expected = new Map<string, number>();
    for (const item of items) {
      const line = breakdownLineOf(item.kind);
      expected.set(line, (expected.get(line) ?? 0) + item.amount);
    }
    const stored = await linesOf(payout.id);
    const netLines = stored.filter(([line]) => line !== "platform_vouchers");
    expect(new Map(netLines)).toEqual(new Map([...expected].filter(([, amount]) => amount !== 0)));
    expect(netLines.reduce((sum, [, amount]) => sum + amount, 0)).toBe(payout.amount);
    expect(new Map(stored).get("instant_payouts")).toBe(-10_000);
  });

  it("is the returned payout alone for a retry", async () => {
    const sellerId = seeded.sellerIdOf("failedPayout");
    // The seed's unresolved failure is the seller's latest failed payout.
    const [failed] = await store.db
      .select()
      .from(payouts)
      .where(and(eq(payouts.sellerId, sellerId), eq(payouts.status, "failed")))
      .orderBy(desc(payouts.createdAt))
      .limit(1);
    if (!failed) throw new Error("the seed has a failed payout to retry");
    await replaceBankAccount(store.db, {
      sellerId,
      idempotencyKey: newKey("account"),
      account: {
        kind: "us_ach",
        routingNumber: "026009593",
        accountNumber: "4402918833",
        holderName: "Green Bowl LLC",
      },
      now: afterSeed(1),
    });
    const retry = await retryFailedPayout(store.db, {
      sellerId,
      payoutId: failed.id,
      idempotencyKey: newKey("retry"),
      now: afterSeed(1),
    });
    expect(await linesOf(retry.id)).toEqual([["returned_payouts", failed.grossAmount]]);
  });

  it("are the money brought back and the fee for a reversal", async () => {
    await adjustBalance(store.db, usd, 10_000, afterSeed(3));
    const payout = await instantPayoutOf(5_000, afterSeed(3));
    await markPayoutPaid(store.db, { payoutId: payout.id, now: afterSeed(3) });
    const reversal = await reversePayout(store.db, {
      payoutId: payout.id,
      now: afterSeed(3),
      reason: "Sent in error",
    });
    expect(await linesOf(reversal.id)).toEqual([
      ["reversed_payout", 5_000],
      ["instant_payout_fee", -payout.fee],
    ]);
  });

  it("never change: the database refuses to update or delete them", async () => {
    const [line] = await store.db.select().from(payoutLines).limit(1);
    if (!line) throw new Error("the seed stored lines");
    const before = await linesOf(line.payoutId);
    const ofPayout = eq(payoutLines.payoutId, line.payoutId);
    await expect(
      store.db.update(payoutLines).set({ amount: 1 }).where(ofPayout),
    ).rejects.toMatchObject(databaseRefusal(/append-only/));
    await expect(store.db.delete(payoutLines).where(ofPayout)).rejects.toMatchObject(
      databaseRefusal(/append-only/),
    );
    expect(await linesOf(line.payoutId)).toEqual(before);
  });
});
