// URL state (filters, sort, page cursors) is edited as a whole href, so links and navigations
// share one rule: updated keys keep their place, emptied keys go, the rest stay in order.

export type SearchParamUpdates = Record<string, string | readonly string[] | null | undefined>;

export interface SearchParamOptions {
  /** Keys removed as well, e.g. the page cursors "after"/"before" when a filter changes. */
  drop?: readonly string[];
}

function valuesOf(update: string | readonly string[] | null | undefined): readonly string[] {
  if (update === null || update === undefined) return [];
  return (typeof update === "string" ? [update] : update).filter((value) => value !== "");
}

/**
 * The href for `pathname` with `current` params changed by `updates`: a string sets a key, an
 * array repeats it, null/undefined/""/[] removes it. An updated key that is also in `drop` is set.
 */
export function hrefWithSearchParams(
  pathname: string,
  current: URLSearchParams | string,
  updates: SearchParamUpdates,
  options: SearchParamOptions = {},
): string {
  const updated = new Map(Object.entries(updates).map(([key, update]) => [key, valuesOf(update)]));
  const dropped = new Set(options.drop);
  const next = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(current)) {
    const values = updated.get(key);
    if (values) {
      for (const replacement of values) next.append(key, replacement);
      updated.delete(key);
    } else if (!dropped.has(key) && !Object.hasOwn(updates, key)) {
      next.append(key, value);
    }
  }
  for (const [key, values] of updated) {
    for (const value of values) next.append(key, value);
  }
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}
