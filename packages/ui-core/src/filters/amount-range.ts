/** The payouts amount filter's bounds in major units, as typed. */
export interface AmountRange {
  min: string;
  max: string;
}

/** Two ranges the URL would hold the same (surrounding spaces are not written). */
export function sameAmountRange(a: AmountRange, b: AmountRange): boolean {
  return a.min.trim() === b.min.trim() && a.max.trim() === b.max.trim();
}

/** The range as written to the URL. */
export function trimAmountRange(range: AmountRange): AmountRange {
  return { min: range.min.trim(), max: range.max.trim() };
}
