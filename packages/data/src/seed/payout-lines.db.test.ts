// A payout's breakdown is stored when it is made: here, that what the seed stored is what the
// payout's items compose, so the denormalised lines cannot drift from the ledger.
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composePayoutLines } from "../commands/payout-lines";
import { payoutLines, payouts } from "../schema";
import type { PayoutStore, Queryable } from "../store/open-store";
import { openTestStore } from "../testing/test-store";
import { seedDatabase } from "./seed-database";

let store: PayoutStore;

beforeAll(async () => {
  store = await openTestStore();
  await seedDatabase(store, { profile: "test" });
});
afterAll(() => store.close());

/** Every stored line as "payout line amount", sorted. */
async function storedLines(db: Queryable): Promise<string[]> {
  const rows = await db.select().from(payoutLines);
  return rows.map((row) => `${row.payoutId} ${row.line} ${row.amount}`).sort();
}

describe("the seeded payouts' stored lines", () => {
  it("are the lines each payout's items compose, and add up exactly to its amount", async () => {
    const all = await store.db.select().from(payouts).orderBy(asc(payouts.id));
    const stored = await storedLines(store.db);
    const recomposed: string[] = [];
    for (const payout of all) {
      const lines = await composePayoutLines(store.db, payout);
      const net = lines.filter((line) => line.affectsNet).reduce((sum, l) => sum + l.amount, 0);
      expect(net, payout.id).toBe(payout.amount);
      recomposed.push(...lines.map((line) => `${payout.id} ${line.line} ${line.amount}`));
    }
    expect(all.length).toBeGreaterThan(0);
    expect(stored).toEqual(recomposed.sort());
  });
});
