// Loads the demo data into a freshly migrated, empty store: generated in memory, then bulk loaded
// in one database transaction, so a failed seed leaves nothing behind, then vacuumed and analyzed
// (PGlite runs no autovacuum to do it later): the planner learns how skewed the data is, and the
// visibility map lets balance sums read the ledger's index alone.
import { getTableName, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../auth/password";
import { InvalidStateError, parseInput } from "../errors";
import type { PayoutStore, Queryable } from "../store/open-store";
import { bulkInsert, continueSequences } from "./bulk-load";
import { type SeedProfile, seedProfiles } from "./demo-sellers";
import { generateSeedData } from "./generate-seed-data";
import { type SeedSummary, summarizeSeed } from "./seed-summary";
import { seedTableOrder } from "./seed-table-order";
import type { SeedTables } from "./seed-tables";

const seedOptions = z.object({ profile: z.enum(seedProfiles).default("full") });

export async function seedDatabase(
  store: PayoutStore,
  options: { profile?: SeedProfile } = {},
): Promise<SeedSummary> {
  const { profile } = parseInput(seedOptions, options);
  // Checked again inside the transaction; this first check only saves generating for nothing.
  await assertNoSellers(store.db);
  const data = generateSeedData({ profile });
  const sellers = await Promise.all(
    data.tables.sellers.map(async (seller) => ({
      ...seller,
      passwordHash: await hashPassword(seller.password, seller.passwordSalt),
    })),
  );
  const tables: SeedTables = { ...data.tables, sellers };
  await store.db.transaction(async (tx) => {
    await assertNoSellers(tx);
    await skipReferenceChecksIfAllowed(tx);
    for (const [name, table] of seedTableOrder) await bulkInsert(tx, table, tables[name]);
    for (const [, table] of seedTableOrder) await continueSequences(tx, table);
  });
  const tableNames = seedTableOrder.map(([, table]) => `"${getTableName(table)}"`);
  await store.db.execute(sql.raw(`VACUUM (ANALYZE) ${tableNames.join(", ")}`));
  return summarizeSeed(data);
}

async function assertNoSellers(db: Queryable): Promise<void> {
  const row = await firstRow<{ present: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM sellers) AS present`,
  );
  if (row?.present) {
    throw new InvalidStateError(
      "The store already holds sellers: seed only a freshly migrated, empty database.",
    );
  }
}

/**
 * The seed writes rows that reference each other by construction, in dependency order; checking
 * every foreign key row by row would double the load time. As pg_restore does, a superuser
 * session skips the referential triggers for this transaction only (SET LOCAL); a session that
 * may not do so simply loads with the checks on.
 */
async function skipReferenceChecksIfAllowed(tx: Queryable): Promise<void> {
  const row = await firstRow<{ superuser: string }>(
    tx,
    sql`SELECT current_setting('is_superuser') AS superuser`,
  );
  if (row?.superuser === "on") {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
  }
}

/** Both drivers answer `execute` with `{ rows }`; Drizzle's shared type cannot say so. */
async function firstRow<Row>(db: Queryable, query: SQL): Promise<Row | undefined> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows[0];
}
