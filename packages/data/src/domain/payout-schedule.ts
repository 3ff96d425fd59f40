// When a seller is paid: daily, weekly on a weekday, monthly on a day (the 29th–31st fall on the
// last day of a shorter month), or only when the seller asks (manual).
import { z } from "zod";
import { addDays, type CalendarDate, daysInMonth, parseCalendarDate } from "./calendar-date";

export const payoutScheduleSchema = z.discriminatedUnion("interval", [
  z.object({ interval: z.literal("daily") }),
  z.object({ interval: z.literal("weekly"), weekday: z.number().int().min(0).max(6) }),
  z.object({ interval: z.literal("monthly"), monthDay: z.number().int().min(1).max(31) }),
  z.object({ interval: z.literal("manual") }),
]);

export type PayoutSchedule = z.infer<typeof payoutScheduleSchema>;

/** Days from a standard payout's creation to its arrival at the bank. */
export const standardArrivalDays = 2;

export function isPayoutDay(schedule: PayoutSchedule, day: CalendarDate): boolean {
  const date = parseCalendarDate(day);
  switch (schedule.interval) {
    case "daily":
      return true;
    case "weekly":
      return date.getUTCDay() === schedule.weekday;
    case "monthly": {
      const lastDay = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
      return date.getUTCDate() === Math.min(schedule.monthDay, lastDay);
    }
    case "manual":
      return false;
  }
}

/** The first payout day strictly after `day`, or null for a manual schedule. */
export function nextPayoutDay(schedule: PayoutSchedule, day: CalendarDate): CalendarDate | null {
  if (schedule.interval === "manual") return null;
  let candidate = addDays(day, 1);
  // A monthly schedule always hits within 31 days of any date.
  for (let step = 0; step < 31 && !isPayoutDay(schedule, candidate); step += 1) {
    candidate = addDays(candidate, 1);
  }
  return candidate;
}
