// The overview's balances as of an instant, per currency, with the next scheduled payout, the
// last payout and what needs the seller's attention. Definitions: packages/data/README.md.
import { and, desc, eq, gt, lte, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import { asOfSchema, recordIdSchema } from "../boundary-schemas";
import { toCalendarDate } from "../domain/calendar-date";
import { payoutCutoff } from "../domain/payout-composition";
import type { PayoutHold } from "../domain/payout-hold";
import { nextPayoutDay } from "../domain/payout-schedule";
import { NotFoundError, parseInput } from "../errors";
import { ledgerEntries, payouts, sellers } from "../schema";
import type { Queryable } from "../store/open-store";
import { type PayoutAlert, payoutAlerts } from "./payout-alerts";
import { payoutHoldOf } from "./payout-hold";
import { scheduleOf } from "./seller-profile";
import { sumOf } from "./sql-aggregates";
import { claimedThrough, unclaimedTotals } from "./unclaimed-entries";

const balancesInput = z.object({ sellerId: recordIdSchema, asOf: asOfSchema });

export interface CurrencyBalance {
  currency: string;
  available: number;
  pending: number;
  reserve: number;
  inTransit: number;
  /** What an instant payout may take now: the available balance, never below zero. */
  instantAvailable: number;
}

export interface NextPayout {
  date: string;
  currency: string;
  /** Σ entries the payout would be made of at that day's cutoff; 0 when none would be made. */
  estimatedAmount: number;
}

export interface LastPayout {
  id: string;
  createdAt: Date;
  arrivalDate: string;
  status: "pending" | "in_transit" | "paid" | "failed" | "canceled";
  amount: number;
  currency: string;
}

export interface Balances {
  asOf: Date;
  balances: CurrencyBalance[];
  /** Null for a manual schedule and while payouts are held. */
  nextPayout: NextPayout | null;
  /** The payout run skips this seller until the hold is lifted (src/domain/payout-hold.ts). */
  held: boolean;
  heldReason: PayoutHold | null;
  lastPayout: LastPayout | null;
  alerts: PayoutAlert[];
}

export async function getBalances(
  db: Queryable,
  input: { sellerId: string; asOf: Date | string },
): Promise<Balances> {
  const { sellerId, asOf } = parseInput(balancesInput, input);
  const [seller] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!seller) throw new NotFoundError("seller", sellerId);
  // The hold is the seller's state now, whatever asOf: the payout run reads the same.
  const { hold } = await payoutHoldOf(db, seller.id);
  const claimedUntil = await claimedThrough(db, seller.id, asOf);
  const payoutDay = hold ? null : nextPayoutDay(scheduleOf(seller), toCalendarDate(asOf));
  // The available balance, and the payout run's own rule for the next payout: what would be
  // claimable at that day's cutoff (no payout is made when that is not positive).
  const unclaimed = await unclaimedTotals(db, {
    sellerId: seller.id,
    after: claimedUntil,
    asOf,
    cutoff: payoutDay ? payoutCutoff(payoutDay) : null,
  });
  const balances = await balancesAsOf(db, seller.id, asOf, unclaimed.byAsOf);
  const nextPayout = payoutDay
    ? {
        date: payoutDay,
        currency: seller.currency,
        estimatedAmount: Math.max(0, unclaimed.byCutoff.get(seller.currency) ?? 0),
      }
    : null;
  const [lastPayout] = await db
    .select({
      id: payouts.id,
      createdAt: payouts.createdAt,
      arrivalDate: payouts.arrivalDate,
      status: payouts.status,
      amount: payouts.amount,
      currency: payouts.currency,
    })
    .from(payouts)
    .where(and(eq(payouts.sellerId, seller.id), lte(payouts.createdAt, asOf)))
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(1);
  return {
    asOf,
    balances,
    nextPayout,
    held: hold !== null,
    heldReason: hold,
    lastPayout: lastPayout ?? null,
    alerts: await payoutAlerts(db, seller.id, hold),
  };
}

/**
 * The README's definitions, read cheaply: in transit and pending are short index ranges; the
 * available balance is the unclaimed window (see unclaimed-entries.ts); the reserve is minus its
 * entries after asOf, because every hold is recorded together with its release, so the reserve's
 * entries sum to zero over all time.
 */
async function balancesAsOf(
  db: Queryable,
  sellerId: string,
  asOf: Date,
  available: ReadonlyMap<string, number>,
): Promise<CurrencyBalance[]> {
  const accountSum = (
    account: "seller_reserve" | "payout_clearing" | "seller_payable",
    ...conditions: SQL[]
  ) =>
    db
      .select({ currency: ledgerEntries.currency, amount: sumOf(ledgerEntries.amount) })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.sellerId, sellerId),
          eq(ledgerEntries.account, account),
          ...conditions,
        ),
      )
      .groupBy(ledgerEntries.currency)
      .then((rows) => new Map(rows.map((row) => [row.currency, row.amount])));
  const [pending, futureReserve, inTransit] = await Promise.all([
    // Scheduled reserve releases are not pending: that money is in the reserve until released.
    accountSum(
      "seller_payable",
      gt(ledgerEntries.effectiveAt, asOf),
      ne(ledgerEntries.kind, "reserve_release"),
    ),
    accountSum("seller_reserve", gt(ledgerEntries.effectiveAt, asOf)),
    accountSum("payout_clearing", lte(ledgerEntries.effectiveAt, asOf)),
  ]);
  const currencies = [
    ...new Set([
      ...available.keys(),
      ...pending.keys(),
      ...futureReserve.keys(),
      ...inTransit.keys(),
    ]),
  ].sort();
  return currencies.map((currency) => {
    const availableAmount = available.get(currency) ?? 0;
    return {
      currency,
      available: availableAmount,
      pending: pending.get(currency) ?? 0,
      reserve: 0 - (futureReserve.get(currency) ?? 0),
      inTransit: inTransit.get(currency) ?? 0,
      instantAvailable: Math.max(availableAmount, 0),
    };
  });
}
