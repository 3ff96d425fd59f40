// Loads the seed's rows with a few large statements: each chunk of rows goes as one array per
// column, unnested on the server (INSERT ... SELECT ... FROM unnest($1::text[], ...)), which both
// PGlite and node-postgres pass as ordinary parameters. The statement is derived from the Drizzle
// table, so the schema stays the one place that knows the columns.
import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "../store/open-store";

const rowsPerStatement = 16_000;

interface ColumnLoader {
  name: string;
  /** The element type of the array parameter. */
  arrayOf: string;
  /** The value inserted, from the unnested parameter `input.<name>`. */
  select: string;
  value: (value: unknown) => unknown;
}

const asIs = (value: unknown) => value ?? null;

function columnLoader(column: PgColumn): ColumnLoader {
  const name = column.name;
  const input = `input."${name}"`;
  switch (column.columnType) {
    case "PgTimestamp":
      // Milliseconds since the epoch, added exactly: no time zone or text parsing involved.
      return {
        name,
        arrayOf: "int8",
        select: `timestamptz 'epoch' + ${input} * interval '1 millisecond'`,
        value: (value) => (value instanceof Date ? value.getTime() : null),
      };
    case "PgEnumColumn":
      return { name, arrayOf: "text", select: `${input}::"${column.getSQLType()}"`, value: asIs };
    case "PgBigSerial53":
    case "PgBigInt53":
      return { name, arrayOf: "int8", select: input, value: asIs };
    case "PgChar":
    case "PgText":
      return { name, arrayOf: "text", select: input, value: asIs };
    case "PgDateString":
      return { name, arrayOf: "text", select: `${input}::date`, value: asIs };
    default:
      return { name, arrayOf: column.getSQLType(), select: input, value: asIs };
  }
}

export async function bulkInsert(
  db: Queryable,
  table: PgTable,
  rows: readonly object[],
): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).map(
    ([key, column]) => [key, columnLoader(column)] as const,
  );
  const names = columns.map(([, loader]) => `"${loader.name}"`).join(", ");
  const selects = columns.map(([, loader]) => loader.select).join(", ");
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement) as Record<string, unknown>[];
    const parameters: SQL[] = columns.map(
      ([key, loader]) =>
        sql`${sql.param(chunk.map((row) => loader.value(row[key])))}::${sql.raw(loader.arrayOf)}[]`,
    );
    await db.execute(
      sql`INSERT INTO ${sql.raw(`"${getTableName(table)}"`)} (${sql.raw(names)}) SELECT ${sql.raw(
        selects,
      )} FROM unnest(${sql.join(parameters, sql`, `)}) AS input(${sql.raw(names)})`,
    );
  }
}

/** Moves a bigserial column's sequence past the ids the seed assigned, so later inserts continue. */
export async function continueSequences(db: Queryable, table: PgTable): Promise<void> {
  const tableName = getTableName(table);
  for (const column of Object.values(getTableColumns(table))) {
    if (column.columnType !== "PgBigSerial53") continue;
    await db.execute(
      sql`SELECT setval(pg_get_serial_sequence(${tableName}, ${column.name}), coalesce(max(${sql.raw(
        `"${column.name}"`,
      )}), 0) + 1, false) FROM ${sql.raw(`"${tableName}"`)}`,
    );
  }
}
