// URL query parameters as Next.js hands them over (searchParams), parsed into a screen's typed
// params by a zod schema, and the reverse: typed params back to a query string for links.
//
// The same schemas also accept params that are already typed, so a read can validate whatever
// it is given with one schema: parsing parsed params changes nothing.
import { z } from "zod";
import { parseInput } from "../errors";

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value: the first when a key is repeated; an empty field counts as absent. */
export function singleParam<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" && first.trim() === "" ? undefined : first;
  }, schema);
}

/** A list: repeated keys (`status=paid&status=failed`) or comma-separated values, or both. */
export function listParam<Item extends z.ZodType>(item: Item) {
  return z.preprocess((value) => {
    if (value === undefined || value === null) return [];
    const values = Array.isArray(value) ? value : [value];
    return values.flatMap((entry) =>
      typeof entry === "string"
        ? entry
            .split(",")
            .map((part) => part.trim())
            .filter((part) => part !== "")
        : [entry],
    );
  }, z.array(item));
}

/** Parses a screen's search params, throwing ValidationError with the offending field's name. */
export function parseSearchParams<Schema extends z.ZodType>(
  schema: Schema,
  searchParams: SearchParams | Record<string, unknown> | undefined,
): z.output<Schema> {
  return parseInput(schema, searchParams ?? {});
}

export type QueryValue = string | number | readonly string[] | undefined;

/**
 * A query string (without "?") from key/value pairs, leaving out absent values, empty lists and
 * values equal to their default. Lists are comma-separated.
 */
export function toQueryString(
  values: Record<string, QueryValue>,
  defaults: Record<string, string | number> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === defaults[key]) continue;
    if (typeof value === "object") {
      if (value.length > 0) query.set(key, value.join(","));
      continue;
    }
    query.set(key, String(value));
  }
  return query.toString();
}
