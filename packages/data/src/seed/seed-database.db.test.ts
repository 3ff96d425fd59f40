import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { InvalidStateError, ValidationError } from "../errors";
import type { PayoutStore } from "../store/open-store";
import { openTestStore } from "../testing/test-store";
import { canonicalDump } from "./canonical-dump";
import { demoSellerRoles } from "./demo-sellers";
import { seedDatabase } from "./seed-database";
import type { SeedSummary } from "./seed-summary";

let first: PayoutStore;
let second: PayoutStore;
let summary: SeedSummary;

beforeAll(async () => {
  [first, second] = await Promise.all([openTestStore(), openTestStore()]);
  summary = await seedDatabase(first, { profile: "test" });
  await seedDatabase(second, { profile: "test" });
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

describe("seedDatabase", () => {
  it("gives byte-identical tables and sequences in two fresh stores", async () => {
    const [one, two] = await Promise.all([canonicalDump(first), canonicalDump(second)]);
    expect(Object.keys(one.tables)).toContain("ledger_entries");
    expect(one).toEqual(two);
  });

  it("names the six demo sellers with credentials that sign in", async () => {
    expect(summary.sellers.map((seller) => seller.role)).toEqual([...demoSellerRoles]);
    for (const seller of summary.sellers) {
      const [row] = await first.query<{ password_hash: string }>(
        "SELECT password_hash FROM sellers WHERE email = $1",
        [seller.email],
      );
      expect(row && (await verifyPassword(seller.password, row.password_hash))).toBe(true);
    }
  });

  it("reports the row count of every table and of every seller's orders and payouts", async () => {
    for (const [table, rows] of Object.entries(summary.counts)) {
      const [row] = await first.query<{ count: number }>(`SELECT count(*) AS count FROM ${table}`);
      expect(row?.count, table).toBe(rows);
    }
    for (const seller of summary.sellers) {
      const [row] = await first.query<{ orders: number; payouts: number }>(
        `SELECT (SELECT count(*) FROM orders WHERE seller_id = $1) AS orders,
                (SELECT count(*) FROM payouts WHERE seller_id = $1) AS payouts`,
        [seller.id],
      );
      expect(row).toEqual({ orders: seller.orders, payouts: seller.payouts });
    }
  });

  it("refuses a store that already holds sellers, and changes nothing in it", async () => {
    const before = await canonicalDump(first);
    await expect(seedDatabase(first, { profile: "test" })).rejects.toThrow(InvalidStateError);
    expect(await canonicalDump(first)).toEqual(before);
  });

  it("leaves the sequences after the seeded ids, so later inserts continue", async () => {
    const [last] = await first.query<{ id: number }>("SELECT max(id) AS id FROM payout_events");
    const [payout] = await first.query<{ id: string }>("SELECT id FROM payouts LIMIT 1");
    const [inserted] = await first.query<{ id: number }>(
      `INSERT INTO payout_events (payout_id, status, occurred_at, reason)
       VALUES ($1, 'pending', now(), 'test') RETURNING id`,
      [payout?.id],
    );
    expect(inserted?.id).toBe((last?.id ?? 0) + 1);
  });

  it("rejects an unknown profile before touching the store", async () => {
    await expect(seedDatabase(second, { profile: "huge" as unknown as "test" })).rejects.toThrow(
      ValidationError,
    );
  });
});
