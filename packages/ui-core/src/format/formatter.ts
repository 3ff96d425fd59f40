// Every formatting function bound to one seller's locale and time zone, so a screen makes one
// formatter from its SellerView and passes nothing else around.
import {
  type DateStyle,
  formatDate,
  formatDateTime,
  formatTimeZoneNote,
  type ZoneContext,
} from "./date";
import { formatMoney, type MoneyFormatOptions } from "./money";
import { formatBasisPoints, formatCount } from "./number";

export interface Formatter {
  locale: string;
  timeZone: string;
  money(minor: number, currency: string, options?: MoneyFormatOptions): string;
  date(value: Date | string, style?: DateStyle): string;
  dateTime(value: Date): string;
  count(n: number): string;
  basisPoints(bps: number): string;
  timeZoneNote(at: Date): string;
}

export function createFormatter(zone: ZoneContext): Formatter {
  const { locale, timeZone } = zone;
  return {
    locale,
    timeZone,
    money: (minor, currency, options) => formatMoney(minor, currency, locale, options),
    date: (value, style) => formatDate(value, zone, style),
    dateTime: (value) => formatDateTime(value, zone),
    count: (n) => formatCount(n, locale),
    basisPoints: (bps) => formatBasisPoints(bps, locale),
    timeZoneNote: (at) => formatTimeZoneNote(zone, at),
  };
}
