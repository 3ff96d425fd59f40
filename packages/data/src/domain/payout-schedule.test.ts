import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays, parseCalendarDate, toCalendarDate } from "./calendar-date";
import {
  isPayoutDay,
  nextPayoutDay,
  type PayoutSchedule,
  payoutScheduleSchema,
} from "./payout-schedule";

const days = fc.integer({ min: 0, max: 3_650 }).map((offset) => addDays("2024-01-01", offset));

const schedules: fc.Arbitrary<PayoutSchedule> = fc.oneof(
  fc.constant({ interval: "daily" as const }),
  fc.integer({ min: 0, max: 6 }).map((weekday) => ({ interval: "weekly" as const, weekday })),
  fc.integer({ min: 1, max: 31 }).map((monthDay) => ({ interval: "monthly" as const, monthDay })),
);

describe("payout schedule", () => {
  it("pays weekly on the chosen weekday", () => {
    const mondays = { interval: "weekly", weekday: 1 } as const;
    expect(isPayoutDay(mondays, "2026-11-16")).toBe(true); // a Monday
    expect(isPayoutDay(mondays, "2026-11-17")).toBe(false);
  });

  it("moves the 29th–31st to the last day of a shorter month", () => {
    const on31st = { interval: "monthly", monthDay: 31 } as const;
    expect(isPayoutDay(on31st, "2026-02-28")).toBe(true);
    expect(isPayoutDay(on31st, "2028-02-28")).toBe(false); // a leap year
    expect(isPayoutDay(on31st, "2028-02-29")).toBe(true);
    expect(isPayoutDay(on31st, "2026-04-30")).toBe(true);
    expect(isPayoutDay(on31st, "2026-05-30")).toBe(false);
    expect(isPayoutDay(on31st, "2026-05-31")).toBe(true);
    expect(isPayoutDay({ interval: "monthly", monthDay: 29 }, "2026-02-28")).toBe(true);
  });

  it("never pays a manual schedule by itself", () => {
    expect(isPayoutDay({ interval: "manual" }, "2026-11-16")).toBe(false);
    expect(nextPayoutDay({ interval: "manual" }, "2026-11-16")).toBeNull();
  });

  test.prop([schedules, days], { numRuns: 3_000 })(
    "the next payout day is the first payout day strictly after the given day",
    (schedule, day) => {
      const next = nextPayoutDay(schedule, day);
      expect(next).not.toBeNull();
      if (!next) return;
      expect(next > day).toBe(true);
      expect(isPayoutDay(schedule, next)).toBe(true);
      for (let between = addDays(day, 1); between < next; between = addDays(between, 1)) {
        expect(isPayoutDay(schedule, between)).toBe(false);
      }
    },
  );

  test.prop([
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 2024, max: 2030 }),
    fc.integer({ min: 0, max: 11 }),
  ])("a monthly schedule pays exactly once in every month", (monthDay, year, month) => {
    const first = toCalendarDate(new Date(Date.UTC(year, month, 1)));
    let count = 0;
    for (let day = first; parseCalendarDate(day).getUTCMonth() === month; day = addDays(day, 1)) {
      if (isPayoutDay({ interval: "monthly", monthDay }, day)) count += 1;
    }
    expect(count).toBe(1);
  });

  it("validates schedules at the boundary", () => {
    expect(payoutScheduleSchema.safeParse({ interval: "weekly", weekday: 7 }).success).toBe(false);
    expect(payoutScheduleSchema.safeParse({ interval: "monthly", monthDay: 0 }).success).toBe(
      false,
    );
    expect(payoutScheduleSchema.safeParse({ interval: "hourly" }).success).toBe(false);
    expect(payoutScheduleSchema.safeParse({ interval: "monthly", monthDay: 31 }).success).toBe(
      true,
    );
  });
});

describe("calendar dates", () => {
  it("refuses what is not a real calendar date", () => {
    expect(() => parseCalendarDate("2026-02-30")).toThrow(RangeError);
    expect(() => parseCalendarDate("2026-2-3")).toThrow(RangeError);
    expect(() => parseCalendarDate("yesterday")).toThrow(RangeError);
  });

  it("adds days across months and years in UTC", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});
