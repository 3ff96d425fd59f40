import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toCalendarDate } from "../domain/calendar-date";
import { payoutCutoff, payoutPeriodKey } from "../domain/payout-composition";
import { ValidationError } from "../errors";
import { getBalances } from "../queries/balances";
import { ledgerEntries, payoutItems, payouts } from "../schema";
import type { PayoutStore } from "../store/open-store";
import { replaceBankAccount } from "./replace-bank-account";
import { runScheduledPayouts } from "./run-scheduled-payouts";
import { updatePayoutSchedule } from "./seller-settings";
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
/** Sellers that are due every day once beforeAll made them all daily. */
let payable: string[];

const dayAfterSeed = (days: number) => toCalendarDate(afterSeed(days));

async function periodPayouts(day: string) {
  const rows = await store.db
    .select()
    .from(payouts)
    .where(eq(payouts.periodKey, payoutPeriodKey(day)));
  return rows.sort((a, b) => (a.sellerId < b.sellerId ? -1 : 1));
}

const sortedBySeller = <Row extends { sellerId: string }>(rows: Row[]) =>
  [...rows].sort((a, b) => (a.sellerId < b.sellerId ? -1 : 1));

/** New money for every payable seller, due before the cutoff of day `days` after the seed. */
async function creditPayableSellersBefore(days: number) {
  for (const sellerId of payable)
    await adjustBalance(store.db, sellerId, 1_000, afterSeed(days - 1, 12));
}

beforeAll(async () => {
  seeded = await openSeededStore();
  store = seeded.store;
  for (const role of ["eur", "jpy", "large", "noBank"] as const) {
    await updatePayoutSchedule(store.db, {
      sellerId: seeded.sellerIdOf(role),
      idempotencyKey: newKey("daily"),
      schedule: { interval: "daily" },
      now: afterSeed(0),
    });
  }
  payable = (["usd", "eur", "jpy", "large"] as const).map((role) => seeded.sellerIdOf(role)).sort();
});
afterAll(() => store.close());

describe("runScheduledPayouts", () => {
  it("pays each seller due that day once, and nothing when run again", async () => {
    const day = dayAfterSeed(1);
    await creditPayableSellersBefore(1);
    const first = await runScheduledPayouts(store, { day, now: afterSeed(1) });
    expect(first.created.map((payout) => payout.sellerId).sort()).toEqual(payable);
    for (const payout of first.created) {
      expect(payout).toMatchObject({
        status: "pending",
        method: "standard",
        origin: "scheduled",
        periodKey: payoutPeriodKey(day),
        arrivalDate: addDays(day, 2),
        fee: 0,
      });
      expect(payout.bankAccountId).not.toBeNull();
    }

    const second = await runScheduledPayouts(store.db, { day, now: afterSeed(1, 7) });
    expect(second.created).toEqual([]);
    expect(second.alreadyPaid.sort()).toEqual(payable);
    expect(await periodPayouts(day)).toHaveLength(payable.length);
  });

  it("holds sellers without a working bank account: none, or one a payout failed on", async () => {
    const run = await runScheduledPayouts(store, { day: dayAfterSeed(2), now: afterSeed(2) });
    const failedPayoutSeller = seeded.sellerIdOf("failedPayout");
    const retries = alias(payouts, "retries");
    const [unresolved, ...others] = await store.db
      .select({ id: payouts.id })
      .from(payouts)
      .leftJoin(retries, eq(retries.retryOf, payouts.id))
      .where(
        and(
          eq(payouts.sellerId, failedPayoutSeller),
          eq(payouts.status, "failed"),
          isNull(retries.id),
        ),
      );
    expect(others).toEqual([]);
    expect(sortedBySeller(run.held)).toEqual(
      sortedBySeller([
        { sellerId: seeded.sellerIdOf("noBank"), hold: { kind: "no_bank_account" } },
        {
          sellerId: failedPayoutSeller,
          hold: { kind: "bank_account_failed", payoutId: unresolved?.id },
        },
      ]),
    );
    const heldIds = run.held.map((held) => held.sellerId);
    const heldPayouts = await store.db
      .select({ id: payouts.id })
      .from(payouts)
      .where(and(inArray(payouts.sellerId, heldIds), sql`${payouts.createdAt} > ${afterSeed(0)}`));
    expect(heldPayouts).toEqual([]);
  });

  it("holds the very sellers the overview shows as held, for the same reason", async () => {
    const run = await runScheduledPayouts(store, { day: dayAfterSeed(2), now: afterSeed(2, 9) });
    expect(run.held.length).toBeGreaterThan(0);
    for (const { sellerId, hold } of run.held) {
      const balances = await getBalances(store.db, { sellerId, asOf: afterSeed(2, 9) });
      expect(balances).toMatchObject({ held: true, heldReason: hold, nextPayout: null });
    }
  });

  it("pays each seller exactly once when two runs start at the same time", async () => {
    const day = dayAfterSeed(3);
    await creditPayableSellersBefore(3);
    const runs = await Promise.all([
      runScheduledPayouts(store, { day, now: afterSeed(3) }),
      runScheduledPayouts(store, { day, now: afterSeed(3) }),
    ]);
    const created = runs.flatMap((run) => run.created.map((payout) => payout.sellerId));
    expect(created.sort()).toEqual(payable);
    const alreadyPaid = runs.flatMap((run) => run.alreadyPaid);
    expect(alreadyPaid.sort()).toEqual(payable);
    expect((await periodPayouts(day)).map((payout) => payout.sellerId)).toEqual(payable);
  });

  it("after a crash halfway, a rerun pays the sellers left and nobody twice", async () => {
    const day = dayAfterSeed(4);
    await creditPayableSellersBefore(4);
    const paidBeforeCrash: string[] = [];
    const crash = runScheduledPayouts(
      store,
      { day, now: afterSeed(4) },
      {
        afterSeller(sellerId) {
          paidBeforeCrash.push(sellerId);
          if (paidBeforeCrash.length === 2) throw new Error("the run's process died");
        },
      },
    );
    await expect(crash).rejects.toThrow("the run's process died");
    const afterCrash = await periodPayouts(day);
    expect(afterCrash.map((payout) => payout.sellerId)).toEqual(
      paidBeforeCrash.filter((id) => payable.includes(id)).sort(),
    );

    expect(afterCrash.length).toBeGreaterThan(0);

    const rerun = await runScheduledPayouts(store, { day, now: afterSeed(4, 8) });
    expect(rerun.created.length).toBeGreaterThan(0);
    expect(rerun.alreadyPaid.sort()).toEqual(afterCrash.map((payout) => payout.sellerId));
    const paidOnce = (await periodPayouts(day)).map((payout) => payout.sellerId);
    expect(paidOnce).toEqual(payable);
  });

  it("makes every payout of its items, which add up to its amount and were due at the cutoff", async () => {
    const day = dayAfterSeed(1);
    for (const payout of await periodPayouts(day)) {
      const items = await store.db
        .select({
          amount: ledgerEntries.amount,
          account: ledgerEntries.account,
          kind: ledgerEntries.kind,
          effectiveAt: ledgerEntries.effectiveAt,
          sellerId: ledgerEntries.sellerId,
        })
        .from(payoutItems)
        .innerJoin(ledgerEntries, eq(ledgerEntries.id, payoutItems.entryId))
        .where(eq(payoutItems.payoutId, payout.id));
      expect(items.length).toBeGreaterThan(0);
      expect(items.reduce((sum, item) => sum + item.amount, 0)).toBe(payout.amount);
      for (const item of items) {
        expect(item).toMatchObject({ account: "seller_payable", sellerId: payout.sellerId });
        expect(item.kind).not.toBe("payout");
        expect(item.effectiveAt.getTime()).toBeLessThanOrEqual(payoutCutoff(day).getTime());
      }
    }
  });

  it("pays nothing when the claimable entries add up to zero or less", async () => {
    const sellerId = seeded.sellerIdOf("usd");
    const day = dayAfterSeed(5);
    await adjustBalance(store.db, sellerId, -10_000_000, afterSeed(4, 23));
    const run = await runScheduledPayouts(store, { day, now: afterSeed(5) });
    expect(run.nothingToPay).toContain(sellerId);
    expect(run.created.map((payout) => payout.sellerId)).not.toContain(sellerId);
    await adjustBalance(store.db, sellerId, 10_000_000, afterSeed(5, 1));
  });

  it("waits rather than take the balance below zero when money left it after the cutoff", async () => {
    const sellerId = seeded.sellerIdOf("large");
    const day = dayAfterSeed(6);
    const before = await availableAt(store.db, sellerId, afterSeed(6));
    // Effective after the cutoff, so not part of the payout, but it lowers what is available.
    await adjustBalance(store.db, sellerId, -before, afterSeed(6, 1));
    const run = await runScheduledPayouts(store, { day, now: afterSeed(6) });
    expect(run.nothingToPay).toContain(sellerId);
    expect(await availableAt(store.db, sellerId, afterSeed(6))).toBe(0);
  });

  it("refuses a day that is not a calendar date", async () => {
    await expect(
      runScheduledPayouts(store, { day: "2026-02-30", now: afterSeed(1) }),
    ).rejects.toThrow(ValidationError);
  });

  it("pays a seller again once it replaced the bank account a payout failed on", async () => {
    const sellerId = seeded.sellerIdOf("failedPayout");
    const account = await replaceBankAccount(store.db, {
      sellerId,
      idempotencyKey: newKey("new-account"),
      account: {
        kind: "us_ach",
        routingNumber: "026009593",
        accountNumber: "4402918833",
        holderName: "Green Bowl Salads LLC",
      },
      now: afterSeed(6, 12),
    });
    expect(await getBalances(store.db, { sellerId, asOf: afterSeed(6, 12) })).toMatchObject({
      held: false,
      heldReason: null,
    });
    await adjustBalance(store.db, sellerId, 1_000, afterSeed(6, 12));
    const run = await runScheduledPayouts(store, { day: dayAfterSeed(7), now: afterSeed(7) });
    expect(run.held).toEqual([
      { sellerId: seeded.sellerIdOf("noBank"), hold: { kind: "no_bank_account" } },
    ]);
    const paid = run.created.find((payout) => payout.sellerId === sellerId);
    expect(paid?.bankAccountId).toBe(account.id);
  });

  it("leaves every ledger transaction balanced", async () => {
    expect(await unbalancedTransactions(store.db)).toEqual([]);
  });
});
