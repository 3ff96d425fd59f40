// The payout run, as the real one composes it: on each payout day a seller with a working bank
// account is paid every unclaimed seller-payable entry available at the cutoff, when that sum is
// positive and covered by the available balance.
import { addDays, type CalendarDate, toCalendarDate } from "../../domain/calendar-date";
import { payoutCutoff, payoutPeriodKey } from "../../domain/payout-composition";
import { isPayoutDay, standardArrivalDays } from "../../domain/payout-schedule";
import { payoutCreatedTransaction } from "../../ledger/domain-transactions";
import { type PayoutFate, sendPayout } from "./payout-lifecycle";
import { asPayoutEvent, createPayout } from "./payout-records";
import { quietDaysBeforeAsOf, randomFailureCodes, type StoryBeatName } from "./story-beats";
import { canPayOut, type StoryContext } from "./story-context";
import { atUtc, dayMs } from "./time";

export function schedulePayoutRuns(context: StoryContext): void {
  if (!context.seller.bank) return;
  const lastDay = toCalendarDate(context.asOf);
  for (
    let day = addDays(toCalendarDate(context.historyStart), 1);
    day <= lastDay;
    day = addDays(day, 1)
  ) {
    if (!isPayoutDay(context.seller.schedule, day)) continue;
    const runAt = atUtc(day, 5, context.rng.int(0, 15));
    context.queue.schedule(runAt, (at) => runScheduledPayout(context, day, at));
  }
}

function runScheduledPayout(context: StoryContext, day: CalendarDate, at: Date): void {
  if (!canPayOut(context)) return;
  const { book } = context;
  const entries = book.claimable(payoutCutoff(day));
  const amount = entries.reduce((sum, entry) => sum + entry.amount, 0);
  if (amount <= 0 || amount > book.available(at)) return;
  const payout = createPayout(context, {
    origin: "scheduled",
    method: "standard",
    amount,
    fee: 0,
    createdAt: at,
    arrivalDate: addDays(day, standardArrivalDays),
    periodKey: payoutPeriodKey(day),
    reason: `Scheduled payout for ${day}`,
  });
  book.claim(entries);
  for (const entry of entries) {
    context.writer.tables.payoutItems.push({ payoutId: payout.id, entryId: entry.id });
  }
  book.post(payoutCreatedTransaction(asPayoutEvent(payout, at)));
  sendPayout(context, payout, fateOf(context, at));
}

/** Each story beat lands on the first payout from its day on; other payouts fail only rarely. */
function fateOf(context: StoryContext, at: Date): PayoutFate {
  const { beats, rng } = context;
  const daysLeft = (context.asOf.getTime() - at.getTime()) / dayMs;
  const { unresolvedFailure, returnedAfterPaid, reversal } = beats;
  if (unresolvedFailure && beatIsDue(context, "unresolvedFailure", unresolvedFailure, daysLeft)) {
    return { kind: "failed", code: unresolvedFailure.code, repaired: false };
  }
  if (returnedAfterPaid && beatIsDue(context, "returnedAfterPaid", returnedAfterPaid, daysLeft)) {
    return { kind: "returnedAfterPaid", code: returnedAfterPaid.code };
  }
  if (reversal && beatIsDue(context, "reversal", reversal, daysLeft)) return { kind: "reversed" };
  if (daysLeft > quietDaysBeforeAsOf && rng.chance(beats.randomFailureRate)) {
    return { kind: "failed", code: rng.pick(randomFailureCodes), repaired: true };
  }
  return { kind: "paid" };
}

/** True once: for the first payout at most `daysBeforeAsOf` days before the story's end. */
function beatIsDue(
  context: StoryContext,
  name: StoryBeatName,
  beat: { daysBeforeAsOf: number },
  daysLeft: number,
): boolean {
  if (daysLeft > beat.daysBeforeAsOf || context.toldBeats.has(name)) return false;
  context.toldBeats.add(name);
  return true;
}
