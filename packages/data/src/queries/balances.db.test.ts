import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceBankAccount } from "../commands/replace-bank-account";
import { toCalendarDate } from "../domain/calendar-date";
import { isClaimableByScheduledPayout, payoutCutoff } from "../domain/payout-composition";
import { payoutFailureMessages } from "../domain/payout-failure-codes";
import { nextPayoutDay } from "../domain/payout-schedule";
import { NotFoundError, ValidationError } from "../errors";
import { ledgerEntries, ledgerTransactions, payoutItems, payouts } from "../schema";
import { seedAsOf } from "../seed/seed-clock";
import { storyBeats } from "../seed/story/story-beats";
import type { Database } from "../store/open-store";
import { openSeededStore, type SeededStore } from "../testing/seeded-store";
import { getBalances } from "./balances";
import { scheduleOf } from "./seller-profile";

let seeded: SeededStore;
let db: Database;

beforeAll(async () => {
  seeded = await openSeededStore();
  db = seeded.store.db;
});
afterAll(() => seeded.store.close());

/** Every entry of the seller with its transaction's instant, read plainly. */
const entriesOf = (sellerId: string) =>
  db
    .select({ entry: ledgerEntries, occurredAt: ledgerTransactions.occurredAt })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(eq(ledgerEntries.sellerId, sellerId));

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** The seed's unresolved failure: the failedPayout seller's only failed payout not retried. */
async function unresolvedFailureOf(sellerId: string) {
  const failed = await db
    .select()
    .from(payouts)
    .where(and(eq(payouts.sellerId, sellerId), eq(payouts.status, "failed")));
  const retried = new Set(
    (await db.select({ retryOf: payouts.retryOf }).from(payouts)).map((row) => row.retryOf),
  );
  const [unresolved, ...others] = failed.filter((payout) => !retried.has(payout.id));
  if (!unresolved || others.length > 0) throw new Error("expected one unresolved failure");
  return unresolved;
}

describe("getBalances", () => {
  /** The README's definitions, summed over every entry. */
  async function definedBalances(sellerId: string, at: Date) {
    const rows = await entriesOf(sellerId);
    const of = (account: string) => rows.filter((row) => row.entry.account === account);
    const settled = (account: string) =>
      sum(
        of(account)
          .filter((row) => row.entry.effectiveAt <= at)
          .map((row) => row.entry.amount),
      );
    const available = settled("seller_payable");
    return {
      available,
      pending: sum(
        of("seller_payable")
          .filter((row) => row.entry.effectiveAt > at && row.entry.kind !== "reserve_release")
          .map((row) => row.entry.amount),
      ),
      reserve: settled("seller_reserve"),
      inTransit: settled("payout_clearing"),
      instantAvailable: Math.max(available, 0),
    };
  }

  it("computes available, pending, reserve and in transit as the README defines them", async () => {
    for (const seller of seeded.sellers) {
      const { balances } = await getBalances(db, { sellerId: seller.id, asOf: seedAsOf });
      expect(balances).toEqual([
        { currency: seller.currency, ...(await definedBalances(seller.id, seedAsOf)) },
      ]);
    }
  });

  it("agrees with the definitions at any instant of the story, not only at its end", async () => {
    const day = 24 * 60 * 60 * 1000;
    for (const seller of seeded.sellers) {
      for (const daysBack of [0.2, 1, 3.5, 9, 20, 41, 70]) {
        const at = new Date(seedAsOf.getTime() - daysBack * day);
        const { balances } = await getBalances(db, { sellerId: seller.id, asOf: at });
        const expected = await definedBalances(seller.id, at);
        const [balance] = balances;
        expect({ available: balance?.available ?? 0, reserve: balance?.reserve ?? 0 }).toEqual({
          available: expected.available,
          reserve: expected.reserve,
        });
        expect(balance?.inTransit ?? 0).toBe(expected.inTransit);
      }
    }
  });

  it("accounts for every cent the seller earned once everything has settled", async () => {
    const farFuture = new Date("2100-01-01T00:00:00Z");
    for (const seller of seeded.sellers) {
      const rows = await entriesOf(seller.id);
      const [balance] = (await getBalances(db, { sellerId: seller.id, asOf: farFuture })).balances;
      expect(balance?.pending).toBe(0);
      // Double entry: what the seller holds (available, reserve, in transit, arrived at its bank)
      // is exactly what every other account gave up for it.
      const paidOut = sum(
        rows.filter((row) => row.entry.account === "bank").map((row) => row.entry.amount),
      );
      const others = sum(
        rows
          .filter(
            (row) =>
              !["seller_payable", "seller_reserve", "payout_clearing", "bank"].includes(
                row.entry.account,
              ),
          )
          .map((row) => row.entry.amount),
      );
      expect(
        (balance?.available ?? 0) + (balance?.reserve ?? 0) + (balance?.inTransit ?? 0) + paidOut,
      ).toBe(-others);
    }
  });

  it("estimates the next scheduled payout with the payout run's own rule", async () => {
    for (const seller of seeded.sellers) {
      const result = await getBalances(db, { sellerId: seller.id, asOf: seedAsOf });
      if (result.held) continue;
      const day = nextPayoutDay(scheduleOf(seller), toCalendarDate(seedAsOf));
      expect(result.nextPayout?.date).toBe(day);
      if (!day) continue;
      const claimed = new Set(
        (
          await db
            .select({ entryId: payoutItems.entryId })
            .from(payoutItems)
            .innerJoin(payouts, eq(payouts.id, payoutItems.payoutId))
            .where(eq(payouts.sellerId, seller.id))
        ).map((row) => row.entryId),
      );
      const claimable = (await entriesOf(seller.id))
        .map((row) => row.entry)
        .filter((entry) => !claimed.has(entry.id))
        .filter((entry) => isClaimableByScheduledPayout(entry, payoutCutoff(day)));
      expect(result.nextPayout?.estimatedAmount).toBe(
        Math.max(0, sum(claimable.map((entry) => entry.amount))),
      );
    }
  });

  it("holds exactly the sellers without a working bank account, with no next payout", async () => {
    const held = [];
    for (const seller of seeded.sellers) {
      const result = await getBalances(db, { sellerId: seller.id, asOf: seedAsOf });
      expect(result.held).toBe(result.heldReason !== null);
      if (!result.held) continue;
      expect(result.nextPayout).toBeNull();
      held.push(seller.id);
    }
    expect(held.sort()).toEqual(
      [seeded.sellerIdOf("noBank"), seeded.sellerIdOf("failedPayout")].sort(),
    );
  });

  it("holds a seller without a bank account as no_bank_account, with its alert", async () => {
    const noBank = await getBalances(db, { sellerId: seeded.sellerIdOf("noBank"), asOf: seedAsOf });
    expect(noBank.heldReason).toEqual({ kind: "no_bank_account" });
    expect(noBank.alerts).toContainEqual({ kind: "no_bank_account" });
  });

  it("holds a seller whose bank account refused a payout, naming that payout and its alert", async () => {
    const sellerId = seeded.sellerIdOf("failedPayout");
    const failed = await unresolvedFailureOf(sellerId);
    const result = await getBalances(db, { sellerId, asOf: seedAsOf });
    expect(result.heldReason).toEqual({ kind: "bank_account_failed", payoutId: failed.id });
    const code = storyBeats.failedPayout.unresolvedFailure?.code;
    expect(code).toBe("account_closed");
    expect(result.alerts).toEqual([
      {
        kind: "payout_failed",
        payoutId: failed.id,
        amount: failed.amount,
        currency: failed.currency,
        failureCode: code,
        message: "The bank account has been closed. Add a new bank account, then retry the payout.",
      },
    ]);
  });

  it("alerts on failed payouts that wait for a retry, and on nothing that was retried", async () => {
    const failedAlerts = [];
    for (const seller of seeded.sellers) {
      const result = await getBalances(db, { sellerId: seller.id, asOf: seedAsOf });
      const own = await db.select().from(payouts).where(eq(payouts.sellerId, seller.id));
      const retried = new Set(own.map((payout) => payout.retryOf));
      const waiting = own.filter((payout) => payout.status === "failed" && !retried.has(payout.id));
      const alerts = result.alerts.flatMap((alert) =>
        alert.kind === "payout_failed" ? [alert] : [],
      );
      expect(alerts.map((alert) => alert.payoutId).sort()).toEqual(
        waiting.map((payout) => payout.id).sort(),
      );
      failedAlerts.push(...alerts);
    }
    expect(failedAlerts.length).toBeGreaterThan(0);
    for (const alert of failedAlerts) {
      expect(Object.values(payoutFailureMessages)).toContain(alert.message);
    }
  });

  it("reports the last payout created by asOf", async () => {
    for (const seller of seeded.sellers) {
      const own = await db.select().from(payouts).where(eq(payouts.sellerId, seller.id));
      const latest = own
        .filter((payout) => payout.createdAt <= seedAsOf)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0];
      const result = await getBalances(db, { sellerId: seller.id, asOf: seedAsOf });
      expect(result.lastPayout?.id ?? null).toBe(latest?.id ?? null);
    }
  });

  it("answers an unknown seller with NotFoundError and a malformed asOf with ValidationError", async () => {
    await expect(getBalances(db, { sellerId: "sel_nobody", asOf: seedAsOf })).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      getBalances(db, { sellerId: seeded.sellers[0]?.id ?? "", asOf: "not a date" }),
    ).rejects.toThrow(ValidationError);
  });

  // Last: it changes the seeded store.
  it("lifts the hold once the seller replaces the bank account, the failure still to retry", async () => {
    const sellerId = seeded.sellerIdOf("failedPayout");
    const failed = await unresolvedFailureOf(sellerId);
    await replaceBankAccount(db, {
      sellerId,
      idempotencyKey: "balances-new-account",
      account: {
        kind: "us_ach",
        routingNumber: "026009593",
        accountNumber: "4402918833",
        holderName: "Green Bowl Salads LLC",
      },
      now: seedAsOf,
    });
    const seller = seeded.sellers.find((row) => row.id === sellerId);
    if (!seller) throw new Error("the seed has no failedPayout seller row");
    const result = await getBalances(db, { sellerId, asOf: seedAsOf });
    expect(result).toMatchObject({ held: false, heldReason: null });
    expect(result.nextPayout?.date).toBe(
      nextPayoutDay(scheduleOf(seller), toCalendarDate(seedAsOf)),
    );
    expect(result.nextPayout).not.toBeNull();
    expect(result.alerts).toEqual([
      expect.objectContaining({ kind: "payout_failed", payoutId: failed.id }),
    ]);
  });
});
