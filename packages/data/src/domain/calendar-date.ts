// Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so no machine's time zone moves a
// payout day. Date-fns would do this too; three small functions cost less than the dependency.

export type CalendarDate = string;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function parseCalendarDate(value: CalendarDate): Date {
  if (!isoDate.test(value)) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`not a calendar date: ${value}`);
  }
  return date;
}

export function toCalendarDate(instant: Date): CalendarDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(value: CalendarDate, days: number): CalendarDate {
  const date = parseCalendarDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return toCalendarDate(date);
}

export function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}
