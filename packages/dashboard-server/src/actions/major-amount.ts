// An amount typed in major units ("1234.50", "1200" for yen) as exact minor units of the seller's
// currency, or the reason it is not one.
import { isCurrencyCode, minorUnits, parseMajorUnits } from "@payout-styles/data";
import { actionMessages } from "../messages";

export type ParsedAmount = { ok: true; amount: number } | { ok: false; message: string };

export function parseTypedAmount(text: string, currency: string): ParsedAmount {
  if (!isCurrencyCode(currency)) throw new RangeError(`unknown currency ${currency}`);
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: actionMessages.amount };
  const decimals = minorUnits(currency);
  if ((trimmed.split(".")[1] ?? "").length > decimals) {
    return { ok: false, message: actionMessages.amountTooPrecise(decimals) };
  }
  const amount = parseMajorUnits(trimmed, currency);
  return amount === null ? { ok: false, message: actionMessages.amount } : { ok: true, amount };
}
