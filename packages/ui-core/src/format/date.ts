// Dates in the seller's time zone, stated. Two kinds of value: an instant (a Date) is shown as the
// seller's wall clock; a calendar date ("2026-11-16", e.g. a payout's arrival date) is a day, not
// a moment, and is shown as that day whatever the zone.

export interface ZoneContext {
  /** BCP 47 locale, e.g. "en-US". */
  locale: string;
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

/** Intl's date styles, and "dayMonth" ("Nov 2"): an axis label where the year is known. */
export type DateStyle = "short" | "medium" | "long" | "dayMonth";

function styleOptions(style: DateStyle): Intl.DateTimeFormatOptions {
  return style === "dayMonth" ? { month: "short", day: "numeric" } : { dateStyle: style };
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter per option set: tables format a date per row.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return instant;
}

/**
 * "2026-11-16" → that day (formatted in UTC, where its midnight lies, so no zone can move it);
 * a Date or an ISO instant → its day in the seller's zone.
 */
export function formatDate(
  value: Date | string,
  zone: ZoneContext,
  style: DateStyle = "medium",
): string {
  if (typeof value === "string") {
    const calendar = calendarDatePattern.exec(value);
    if (calendar) {
      const [, year, month, day] = calendar.map(Number) as [number, number, number, number];
      const midnightUtc = new Date(Date.UTC(year, month - 1, day));
      return dateFormat(zone.locale, { ...styleOptions(style), timeZone: "UTC" }).format(
        midnightUtc,
      );
    }
  }
  return dateFormat(zone.locale, { ...styleOptions(style), timeZone: zone.timeZone }).format(
    toInstant(value),
  );
}

/** Date and time of an instant, on the seller's wall clock. */
export function formatDateTime(value: Date, zone: ZoneContext): string {
  return dateFormat(zone.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: zone.timeZone,
  }).format(toInstant(value));
}

/** "Times are in Europe/Berlin (CET)": the zone and its abbreviation at `at` (CET or CEST). */
export function formatTimeZoneNote(zone: ZoneContext, at: Date): string {
  const abbreviation = dateFormat(zone.locale, {
    timeZone: zone.timeZone,
    timeZoneName: "short",
  })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return abbreviation
    ? `Times are in ${zone.timeZone} (${abbreviation})`
    : `Times are in ${zone.timeZone}`;
}
