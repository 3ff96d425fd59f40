// Aggregates that come back as numbers on both engines (node-postgres hands int8 over as text
// when a query is not a typed column) and as 0 rather than null over no rows.
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

export function sumOf(expression: SQL | PgColumn): SQL<number> {
  return sql<number>`coalesce(sum(${expression}), 0)`.mapWith(Number);
}

export function sumWhere(expression: SQL | PgColumn, condition: SQL | undefined): SQL<number> {
  return sql<number>`coalesce(sum(${expression}) filter (where ${condition ?? sql`true`}), 0)`.mapWith(
    Number,
  );
}

export function countRows(): SQL<number> {
  return sql<number>`count(*)`.mapWith(Number);
}
