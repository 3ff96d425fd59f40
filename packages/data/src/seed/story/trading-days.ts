// How many orders a day brings and when they come: more at weekends, lunch and dinner peaks in
// the seller's local time, and steady growth over the seller's history.
import { addDays, type CalendarDate, parseCalendarDate } from "../../domain/calendar-date";
import type { StoryContext } from "./story-context";
import { later, localDay, localMidnight, minuteMs } from "./time";

/** Sunday first; the factors average 1 over a week. */
const weekdayFactors = [1.1, 0.8, 0.85, 0.9, 1.0, 1.2, 1.15] as const;

/** From 85 % of the average volume at the start of the history to 115 % at its end. */
const growth = { from: 0.85, to: 1.15 } as const;

/** Calls `placeOrder` at every order time of the seller's history. */
export function scheduleTradingDays(
  context: StoryContext,
  placeOrder: (context: StoryContext, at: Date) => void,
): void {
  const { seller } = context;
  const firstDay = localDay(context.historyStart, seller.utcOffsetHours);
  const lastDay = localDay(context.asOf, seller.utcOffsetHours);
  const { historyDays, ordersPerDay } = seller.volume[context.profile];
  for (let index = 0, day = firstDay; day <= lastDay; index += 1, day = addDays(day, 1)) {
    const midnight = localMidnight(day, seller.utcOffsetHours);
    const progress = Math.min(index / historyDays, 1);
    const mean =
      ordersPerDay * weekdayFactor(day) * (growth.from + (growth.to - growth.from) * progress);
    const count = Math.round(mean * (0.85 + 0.3 * context.rng.float()));
    context.queue.schedule(midnight, () => {
      for (let order = 0; order < count; order += 1) {
        const at = later(
          midnight,
          orderMinute(context) * minuteMs + context.rng.int(0, 59) * 1_000,
        );
        context.queue.schedule(at, (placedAt) => placeOrder(context, placedAt));
      }
    });
  }
}

function weekdayFactor(day: CalendarDate): number {
  return weekdayFactors[parseCalendarDate(day).getUTCDay()] ?? 1;
}

/** Minute of the local day: lunch around 12:30, dinner around 19:00, a few in between. */
function orderMinute(context: StoryContext): number {
  const { rng } = context;
  const peak = (centre: number, halfWidth: number) =>
    Math.round(centre + (rng.float() + rng.float() - 1) * halfWidth);
  const meal = rng.weighted([
    ["lunch", 40],
    ["dinner", 50],
    ["between", 10],
  ] as const);
  if (meal === "lunch") return peak(12.5 * 60, 90);
  if (meal === "dinner") return peak(19 * 60, 150);
  return rng.int(9 * 60, 23 * 60);
}
