// Platform adjustments on the seller's balance: a monthly charge (tablet rental) and, now and
// then, a credit (goodwill, promotion co-funding) or a debit (supplies, penalties).
import { addDays, type CalendarDate } from "../../domain/calendar-date";
import { adjustmentTransaction } from "../../ledger/domain-transactions";
import { minorPerMajor } from "../../money/currency";
import type { StoryContext } from "./story-context";
import { later, localDay, localMidnight, minuteMs } from "./time";

type AdjustmentTemplate = readonly [description: string, minCents: number, maxCents: number];

/** Amounts in US cents; in yen at ¥1.5 to the cent. */
const credits: readonly AdjustmentTemplate[] = [
  ["Goodwill credit for a courier delay", 500, 2_500],
  ["Promotion co-funding from the platform", 2_000, 6_000],
  ["Correction of a commission overcharge", 300, 1_500],
];
const debits: readonly AdjustmentTemplate[] = [
  ["Branded packaging order", 3_000, 8_000],
  ["Missed-order penalty", 500, 1_500],
  ["Featured listing campaign", 2_000, 5_000],
];

export function scheduleAdjustments(context: StoryContext): void {
  const { seller, rng } = context;
  const offset = seller.utcOffsetHours;
  const firstDay = localDay(context.historyStart, offset);
  const lastDay = localDay(context.asOf, offset);
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    if (day.endsWith("-01")) {
      const at = later(localMidnight(day, offset), 8 * 60 * minuteMs);
      const { description, amount } = seller.monthlyCharge;
      context.queue.schedule(at, (chargedAt) => adjust(context, chargedAt, amount, description));
    }
  }
  scheduleOccasional(context, credits, 1, addDays(firstDay, rng.int(2, 10)), [15, 35]);
  scheduleOccasional(context, debits, -1, addDays(firstDay, rng.int(5, 20)), [20, 45]);
}

function scheduleOccasional(
  context: StoryContext,
  templates: readonly AdjustmentTemplate[],
  sign: 1 | -1,
  firstDay: CalendarDate,
  gapDays: readonly [number, number],
): void {
  const { rng, seller } = context;
  const lastDay = localDay(context.asOf, seller.utcOffsetHours);
  for (let day = firstDay; day <= lastDay; day = addDays(day, rng.int(...gapDays))) {
    const [description, min, max] = rng.pick(templates);
    const amount = sign * inSellerCurrency(context, min, max);
    const at = later(
      localMidnight(day, seller.utcOffsetHours),
      rng.int(9 * 60, 17 * 60) * minuteMs,
    );
    context.queue.schedule(at, (adjustedAt) => adjust(context, adjustedAt, amount, description));
  }
}

/** An amount between two US-cent figures; for a currency without minor units, in ¥10 steps. */
function inSellerCurrency(context: StoryContext, minCents: number, maxCents: number): number {
  if (minorPerMajor(context.seller.currency) > 1) return context.rng.int(minCents, maxCents);
  return context.rng.int((minCents * 3) / 20, (maxCents * 3) / 20) * 10;
}

function adjust(context: StoryContext, at: Date, amount: number, description: string): void {
  const adjustmentId = context.rng.id("adjustment");
  const { seller } = context;
  context.writer.tables.adjustments.push({
    id: adjustmentId,
    sellerId: context.sellerId,
    amount,
    currency: seller.currency,
    description,
    createdAt: at,
  });
  context.book.post(
    adjustmentTransaction({
      sellerId: context.sellerId,
      currency: seller.currency,
      occurredAt: at,
      adjustmentId,
      amount,
      description,
    }),
  );
}
