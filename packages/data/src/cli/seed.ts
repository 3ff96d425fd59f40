// Seeds an empty store with the demo data and prints who can sign in, how many rows each table
// got, and how long it took:
//   tsx src/cli/seed.ts [--profile full|test] [--data-dir DIR]
// The store is PGlite in DIR (default <repo>/.data/pglite), or the server DATABASE_URL names.
import { parseArgs } from "node:util";
import { z } from "zod";
import { PayoutDataError, parseInput } from "../errors";
import { seedProfiles } from "../seed/demo-sellers";
import { seedDatabase } from "../seed/seed-database";
import type { SeedSummary } from "../seed/seed-summary";
import { openStore } from "../store/open-store";
import { localDataDir } from "./local-store";

const argumentsSchema = z.object({
  profile: z.enum(seedProfiles).default("full"),
  "data-dir": z.string().min(1).optional(),
});

function printSummary(summary: SeedSummary, target: string, seconds: number): void {
  console.log(`Seeded the "${summary.profile}" profile into ${target}, as of ${summary.asOf}.`);
  console.table(
    summary.sellers.map(({ role, email, password, currency, orders, payouts }) => ({
      role,
      email,
      password,
      currency,
      orders,
      payouts,
    })),
  );
  console.table(summary.counts);
  const peakMegabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`Took ${seconds.toFixed(1)} s; peak memory (max RSS) ${peakMegabytes} MB.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { profile: { type: "string" }, "data-dir": { type: "string" } },
  });
  const options = parseInput(argumentsSchema, values);
  const dataDir = options["data-dir"] ?? localDataDir();
  const onServer = Boolean(process.env.DATABASE_URL);
  const target = onServer ? "the PostgreSQL server at DATABASE_URL" : `PGlite in ${dataDir}`;
  // Timed from opening the store to closing it, so the time includes migrating and flushing.
  const started = performance.now();
  const store = await openStore(onServer ? {} : { dataDir });
  let summary: SeedSummary;
  try {
    summary = await seedDatabase(store, { profile: options.profile });
  } finally {
    await store.close();
  }
  printSummary(summary, target, (performance.now() - started) / 1000);
}

main().catch((error: unknown) => {
  console.error(error instanceof PayoutDataError ? error.message : error);
  process.exitCode = 1;
});
