// Money arrives in integer minor units and is formatted only here, at render. Amounts go to Intl as
// decimal strings built from the integer, so no floating point touches them.

export type MoneySignDisplay = "auto" | "always" | "exceptZero" | "negative";

export interface MoneyFormatOptions {
  signDisplay?: MoneySignDisplay;
}

// Tables render thousands of amounts: one Intl formatter per locale, currency and sign display.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const currencyDigits = new Map<string, number>();

/** The currency's number of minor-unit digits per ISO 4217, as Intl knows it: USD 2, JPY 0. */
export function minorUnitDigits(currency: string): number {
  let digits = currencyDigits.get(currency);
  if (digits === undefined) {
    const resolved = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions();
    digits = resolved.maximumFractionDigits ?? 2;
    currencyDigits.set(currency, digits);
  }
  return digits;
}

/** 123450 USD → "1234.50", 1200 JPY → "1200": no grouping, a dot, what a form field starts with. */
export function toMajorUnitsText(minorUnits: number, currency: string): string {
  if (!Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`not a minor-unit amount: ${minorUnits}`);
  }
  const decimals = minorUnitDigits(currency);
  const digits = Math.abs(minorUnits)
    .toString()
    .padStart(decimals + 1, "0");
  const sign = minorUnits < 0 ? "-" : "";
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function moneyFormat(currency: string, locale: string, signDisplay: MoneySignDisplay) {
  const key = `${locale}|${currency}|${signDisplay}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits = minorUnitDigits(currency);
    // Fixed digits, so every amount in a column shows the currency's one precision.
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      signDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** 123450 USD in en-US → "$1,234.50"; in de-DE, EUR → "1.234,50 €"; JPY in ja-JP → "￥1,200". */
export function formatMoney(
  minorUnits: number,
  currency: string,
  locale: string,
  options: MoneyFormatOptions = {},
): string {
  const amount = toMajorUnitsText(minorUnits, currency) as `${number}`;
  return moneyFormat(currency, locale, options.signDisplay ?? "auto").format(amount);
}
