// Counts and rates, in the seller's locale. Formatters are cached: tables call these per row.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, kind: "count" | "percent") {
  const key = `${locale}|${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      kind === "percent" ? { style: "percent", maximumFractionDigits: 2 } : {},
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** 12345 in en-US → "12,345". */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, "count").format(value);
}

/** A rate in basis points: 150 → "1.5%", 125 → "1.25%" (a basis point is 0.01%). */
export function formatBasisPoints(bps: number, locale: string): string {
  return numberFormat(locale, "percent").format(bps / 10_000);
}
