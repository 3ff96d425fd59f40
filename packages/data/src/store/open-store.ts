// Opens the payout store: PGlite in-process by default (in memory, or on a data directory), or a
// PostgreSQL server when a URL is given (DATABASE_URL). The same schema, migrations and queries
// run on both; only the driver differs.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A database handle or an open transaction on it: every query function takes either. */
export type Queryable = Pick<Database, "select" | "insert" | "update" | "execute" | "transaction">;

export interface PayoutStore {
  readonly db: Database;
  readonly engine: "pglite" | "postgres";
  /** Plain parameterised SQL, for bulk loads that a query builder would make slow. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** A PostgreSQL connection string. Defaults to DATABASE_URL; without one, PGlite is used. */
  url?: string;
  /** PGlite only: a directory to keep the data in. Without one the database lives in memory. */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

// int8 and numeric arrive as strings by default; every amount and count here fits in a double, and
// the same parsers on both engines keep raw query results the same shape.
const int8 = 20;
const numeric = 1700;
const toNumber = (value: string) => Number(value);
const adminShutdown = "57P01";

// Not `new URL(…, import.meta.url)`: bundlers (Turbopack) take that for an asset to bundle.
const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "../../migrations");

export async function openStore(options: OpenStoreOptions = {}): Promise<PayoutStore> {
  const url = options.url ?? process.env.DATABASE_URL;
  const store = url ? await openPostgres(url) : await openPglite(options.dataDir);
  if (options.migrate ?? true) await store.migrate();
  return store;
}

async function openPglite(dataDir?: string) {
  // PGlite creates its own folder but not the folders above it (a fresh clone has no .data/).
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const parsers = { [int8]: toNumber, [numeric]: toNumber };
  const client = new PGlite({ ...(dataDir ? { dataDir } : {}), parsers });
  await client.waitReady;
  // PGlite keeps its pages in memory, so a random read costs about what a sequential one does.
  // With PostgreSQL's default random_page_cost of 4 the planner prefers scanning all of
  // ledger_entries to a few thousand index probes (a payout's items to their entries), six times
  // slower here. A server keeps its own configuration: there these queries plan alike either way.
  await client.exec("SET random_page_cost = 1.1");
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    engine: "pglite" as const,
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query<Row>(text, params);
      return result.rows;
    },
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string) {
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") =>
      oid === int8 || oid === numeric ? toNumber : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString: url, max: 4, types });
  // An idle client that the server ends (a restart, or a test dropping its database) would
  // otherwise crash the process: the next query simply opens a new connection.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== adminShutdown)
      console.error(`PostgreSQL idle client error: ${error.message}`);
  });
  const db = drizzleNodePostgres({ client: pool, schema });
  return {
    db: db as unknown as Database,
    engine: "postgres" as const,
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as Row[];
    },
    migrate: () => migrateNodePostgres(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}
