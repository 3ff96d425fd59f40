// Next.js hands a page its query as a record (repeated keys as arrays); a route handler has the
// request's URLSearchParams. Both reach the data layer's param schemas as the same record.
import type { SearchParams } from "@payout-styles/data";

export function searchParamsRecord(params: URLSearchParams): SearchParams {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

export function hrefWithQuery(pathname: string, query: string): string {
  return query ? `${pathname}?${query}` : pathname;
}

/** The link for each page-size choice, given how to link to the list with a change. */
export function pageSizeHrefs(at: (changes: { pageSize: 25 | 50 | 100 }) => string) {
  return { "25": at({ pageSize: 25 }), "50": at({ pageSize: 50 }), "100": at({ pageSize: 100 }) };
}
