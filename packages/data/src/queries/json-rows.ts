// Many rows read as one JSON array. PGlite decodes every field of every row on its own in
// JavaScript (about 1.5 µs a field), so a few thousand rows of ten fields take tens of
// milliseconds just to arrive; built into one json value on the server, they arrive several
// times faster. Both drivers parse json, so the rows have the same shape on both engines:
// numbers for bigint and numeric, ISO 8601 text for instants, null for NULL.
import { type SQL, type Subquery, sql } from "drizzle-orm";

/**
 * The subquery's rows as one json array in `orderBy` order ([] for none), each row an object
 * keyed by the subquery's column names: alias its columns to the keys the caller reads.
 */
export function jsonRowsOf<Row>(rows: Subquery, orderBy: SQL): SQL<Row[]> {
  return sql<
    Row[]
  >`coalesce(json_agg(${sql.identifier(rows._.alias)} order by ${orderBy}), '[]'::json)`;
}
