// Instants in the story: plain UTC arithmetic on milliseconds, never the wall clock.
import { type CalendarDate, parseCalendarDate, toCalendarDate } from "../../domain/calendar-date";

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

export function later(instant: Date, milliseconds: number): Date {
  return new Date(instant.getTime() + milliseconds);
}

/** The instant a seller's local calendar day starts, at its fixed UTC offset. */
export function localMidnight(day: CalendarDate, utcOffsetHours: number): Date {
  return later(parseCalendarDate(day), -utcOffsetHours * hourMs);
}

/** The seller's local calendar day of an instant, at its fixed UTC offset. */
export function localDay(instant: Date, utcOffsetHours: number): CalendarDate {
  return toCalendarDate(later(instant, utcOffsetHours * hourMs));
}

/** A UTC calendar day at a time of day. */
export function atUtc(day: CalendarDate, hours: number, minutes = 0): Date {
  return later(parseCalendarDate(day), hours * hourMs + minutes * minuteMs);
}
