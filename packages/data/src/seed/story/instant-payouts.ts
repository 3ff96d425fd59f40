// Now and then a seller asks for its money at once: an instant payout of a round part of the
// available balance, less the instant fee. Its debit is an advance that the next scheduled payout
// nets as a line.
import { addDays, type CalendarDate } from "../../domain/calendar-date";
import { instantPayoutFee } from "../../domain/instant-payout-fee";
import { payoutCreatedTransaction } from "../../ledger/domain-transactions";
import { basisPointsOf } from "../../money/allocate";
import { sendPayout } from "./payout-lifecycle";
import { asPayoutEvent, createPayout } from "./payout-records";
import { canPayOut, type StoryContext } from "./story-context";
import { later, localDay, localMidnight, minuteMs } from "./time";

export function scheduleInstantPayouts(context: StoryContext): void {
  scheduleNext(context, localDay(context.historyStart, context.seller.utcOffsetHours));
}

function scheduleNext(context: StoryContext, afterDay: CalendarDate): void {
  const { seller, rng } = context;
  if (!seller.instantPayoutEvery || !seller.bank) return;
  const day = addDays(afterDay, rng.int(...seller.instantPayoutEvery));
  // In the seller's afternoon or evening, after a busy service.
  const at = later(localMidnight(day, seller.utcOffsetHours), rng.int(15 * 60, 21 * 60) * minuteMs);
  context.queue.schedule(at, (requestedAt) => {
    requestInstantPayout(context, requestedAt);
    scheduleNext(context, day);
  });
}

function requestInstantPayout(context: StoryContext, at: Date): void {
  if (!canPayOut(context)) return;
  const { terms, rng, seller } = context;
  const share = basisPointsOf(context.book.available(at), rng.int(4_000, 8_000));
  // What leaves the balance: a round amount, as a seller would ask for; the fee comes out of it.
  const gross = share - (share % terms.instantAmountStep);
  if (gross < terms.instantMinimumAmount) return;
  const fee = instantPayoutFee(gross, seller.currency);
  const payout = createPayout(context, {
    origin: "instant",
    method: "instant",
    amount: gross - fee,
    fee,
    createdAt: at,
    arrivalDate: localDay(at, seller.utcOffsetHours),
    reason: "Instant payout requested",
  });
  context.book.post(payoutCreatedTransaction(asPayoutEvent(payout, at)));
  sendPayout(context, payout, { kind: "paid" });
}
