// Calendar-date filters. A date range is inclusive at both ends and means whole days in the
// seller's time zone: "from 2026-03-01 to 2026-03-31" in New York is every instant from March 1st
// 00:00 New York time up to, not including, April 1st 00:00 New York time. Bank arrival dates
// are calendar dates already and are compared as dates.
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { addDays, type CalendarDate, parseCalendarDate } from "../domain/calendar-date";

export const calendarDateParamSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const year = parseCalendarDate(value).getUTCFullYear();
      return year >= 1970 && year <= 2999;
    } catch {
      return false;
    }
  }, "must be a date as YYYY-MM-DD between 1970 and 2999");

/** The instant a calendar day starts in a time zone, computed by the database's zone rules. */
export function startOfLocalDay(day: CalendarDate, timeZone: string): SQL {
  return sql`((${day})::date)::timestamp at time zone ${timeZone}`;
}

/** Conditions keeping an instant column within whole local days [from, to]. */
export function instantWithinDays(
  column: PgColumn | SQL,
  range: { from?: CalendarDate | undefined; to?: CalendarDate | undefined },
  timeZone: string,
): SQL[] {
  const conditions: SQL[] = [];
  if (range.from) conditions.push(sql`${column} >= ${startOfLocalDay(range.from, timeZone)}`);
  if (range.to) {
    conditions.push(sql`${column} < ${startOfLocalDay(addDays(range.to, 1), timeZone)}`);
  }
  return conditions;
}
