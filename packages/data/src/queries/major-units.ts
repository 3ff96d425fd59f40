// Exact conversion between integer minor units and decimal text in major units ("12.34" USD,
// "1200" JPY), for CSV files and for amounts a person types into a filter. String and BigInt
// arithmetic only: no floating point touches an amount.
import { type CurrencyCode, minorUnits } from "../money/currency";

/** A non-negative amount as a person types it: digits, optionally a point and decimals. */
export const majorAmountPattern = /^\d{1,13}(\.\d{1,3})?$/;

/** 1234 USD → "12.34", -5 USD → "-0.05", 1200 JPY → "1200", 1234 KWD → "1.234". */
export function formatMinorUnits(amount: number, currency: CurrencyCode): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not a minor-unit amount: ${amount}`);
  const decimals = minorUnits(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(decimals + 1, "0");
  const sign = amount < 0 ? "-" : "";
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * "12.50" USD → 1250, "12.5" USD → 1250, "1200" JPY → 1200. Null when the text is not an amount
 * or has more decimals than the currency (a cent fraction cannot be filtered on).
 */
export function parseMajorUnits(text: string, currency: CurrencyCode): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  const decimals = minorUnits(currency);
  if (fraction.length > decimals) return null;
  const minor =
    BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** Compares two major-unit texts exactly, whatever their number of decimals. */
export function compareMajorAmounts(left: string, right: string): number {
  const scaled = (text: string) => {
    const [whole = "0", fraction = ""] = text.split(".");
    return BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, "0").slice(0, 3));
  };
  const difference = scaled(left) - scaled(right);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
