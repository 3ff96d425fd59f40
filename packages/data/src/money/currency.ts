// ISO 4217 minor units. Amounts are integers in the minor unit everywhere; this table is the one
// place that knows how many decimals a currency has.
import { z } from "zod";

const minorUnitsByCurrency = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  BHD: 3,
  KWD: 3,
} as const;

export type CurrencyCode = keyof typeof minorUnitsByCurrency;

export const currencyCodes = Object.keys(minorUnitsByCurrency) as [CurrencyCode, ...CurrencyCode[]];

export const currencyCodeSchema = z.enum(currencyCodes);

export function minorUnits(currency: CurrencyCode): number {
  return minorUnitsByCurrency[currency];
}

/** How many minor units one major unit has: 100 for USD, 1 for JPY, 1000 for KWD. */
export function minorPerMajor(currency: CurrencyCode): number {
  return 10 ** minorUnits(currency);
}

export function isCurrencyCode(value: string): value is CurrencyCode {
  return value in minorUnitsByCurrency;
}
