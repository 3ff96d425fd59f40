// The payout run for one day. Each seller due that day is paid in a transaction of its own, so a
// crash leaves every seller either paid or untouched, and a rerun picks up where it stopped. The
// seller row lock serializes two runs for the same seller, and the unique (seller_id,
// period_key) index is the final guard: a second run for the same day pays nobody twice.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { instantSchema } from "../boundary-schemas";
import { addDays, type CalendarDate } from "../domain/calendar-date";
import { payoutCutoff, payoutPeriodKey } from "../domain/payout-composition";
import type { PayoutHold } from "../domain/payout-hold";
import { isPayoutDay, standardArrivalDays } from "../domain/payout-schedule";
import { parseInput } from "../errors";
import { calendarDateParamSchema } from "../queries/calendar-range";
import { payoutHoldOf } from "../queries/payout-hold";
import { payoutItems, payouts, sellers } from "../schema";
import type { Database, PayoutStore, Queryable } from "../store/open-store";
import { inCommandTransaction } from "./command-transaction";
import {
  newPayoutValues,
  type PayoutSummary,
  recordPayoutCreated,
  toPayoutSummary,
} from "./payout-records";
import { availableBalance, claimableEntries } from "./seller-balance";
import { lockSeller, scheduleOfSeller } from "./seller-records";

const runInputSchema = z.object({
  day: calendarDateParamSchema,
  now: instantSchema,
});

export interface ScheduledPayoutRun {
  created: PayoutSummary[];
  /** Sellers that already had their payout for the day (an earlier or concurrent run). */
  alreadyPaid: string[];
  /** Sellers whose claimable entries do not add up to a positive amount within their balance. */
  nothingToPay: string[];
  /** Sellers whose payouts are held, and why (as getBalances says): their money waits. */
  held: HeldSeller[];
}

export interface HeldSeller {
  sellerId: string;
  hold: PayoutHold;
}

export interface PayoutRunHooks {
  /** Runs after each seller's transaction commits (a test throws here to crash the run). */
  afterSeller?(sellerId: string): void | Promise<void>;
}

type SellerOutcome =
  | { kind: "created"; payout: PayoutSummary }
  | { kind: "held"; hold: PayoutHold }
  | { kind: "alreadyPaid" | "nothingToPay" };

const itemsPerInsert = 5_000;

export async function runScheduledPayouts(
  store: PayoutStore | Database,
  input: { day: CalendarDate; now: Date },
  hooks: PayoutRunHooks = {},
): Promise<ScheduledPayoutRun> {
  const { day, now } = parseInput(runInputSchema, input);
  const db = "engine" in store ? store.db : store;
  const run: ScheduledPayoutRun = { created: [], alreadyPaid: [], nothingToPay: [], held: [] };
  for (const sellerId of await sellersPaidOn(db, day)) {
    const outcome = await inCommandTransaction(db, (tx) =>
      payScheduledPayout(tx, sellerId, day, now),
    );
    if (outcome.kind === "created") run.created.push(outcome.payout);
    else if (outcome.kind === "held") run.held.push({ sellerId, hold: outcome.hold });
    else run[outcome.kind].push(sellerId);
    await hooks.afterSeller?.(sellerId);
  }
  return run;
}

async function sellersPaidOn(db: Queryable, day: CalendarDate): Promise<string[]> {
  const rows = await db
    .select({
      id: sellers.id,
      scheduleInterval: sellers.scheduleInterval,
      scheduleWeekday: sellers.scheduleWeekday,
      scheduleMonthDay: sellers.scheduleMonthDay,
    })
    .from(sellers)
    .orderBy(sellers.id);
  return rows.filter((row) => isPayoutDay(scheduleOfSeller(row), day)).map((row) => row.id);
}

async function payScheduledPayout(
  tx: Queryable,
  sellerId: string,
  day: CalendarDate,
  now: Date,
): Promise<SellerOutcome> {
  const seller = await lockSeller(tx, sellerId);
  const periodKey = payoutPeriodKey(day);
  const [existing] = await tx
    .select({ id: payouts.id })
    .from(payouts)
    .where(and(eq(payouts.sellerId, sellerId), eq(payouts.periodKey, periodKey)));
  if (existing) return { kind: "alreadyPaid" };
  const destination = await payoutHoldOf(tx, sellerId);
  if (destination.hold) return { kind: "held", hold: destination.hold };

  const entries = await claimableEntries(tx, seller, payoutCutoff(day));
  const amount = entries.reduce((sum, entry) => sum + entry.amount, 0);
  // Refunds since the cutoff can leave less available than the entries add up to: the payout
  // waits for a later day rather than take the balance below zero.
  if (amount <= 0 || amount > (await availableBalance(tx, seller, now))) {
    return { kind: "nothingToPay" };
  }
  const [payout] = await tx
    .insert(payouts)
    .values(
      newPayoutValues({
        sellerId,
        currency: seller.currency,
        amount,
        grossAmount: amount,
        fee: 0,
        status: "pending",
        method: "standard",
        origin: "scheduled",
        periodKey,
        createdAt: now,
        arrivalDate: addDays(day, standardArrivalDays),
        bankAccountId: destination.bankAccountId,
      }),
    )
    .onConflictDoNothing({ target: [payouts.sellerId, payouts.periodKey] })
    .returning();
  if (!payout) return { kind: "alreadyPaid" };
  for (let start = 0; start < entries.length; start += itemsPerInsert) {
    const chunk = entries.slice(start, start + itemsPerInsert);
    await tx
      .insert(payoutItems)
      .values(chunk.map((entry) => ({ payoutId: payout.id, entryId: entry.id })));
  }
  await recordPayoutCreated(tx, payout, `Scheduled payout for ${day}`);
  return { kind: "created", payout: toPayoutSummary(payout) };
}
