// The full profile, generated in memory (no database): the demo and benchmark data.
import { beforeAll, describe, expect, it } from "vitest";
import { demoSeller } from "./demo-sellers";
import { generateSeedData, type SeedData } from "./generate-seed-data";
import { measureRealism } from "./realism-figures";
import type { SeedTables } from "./seed-tables";
import { dayMs } from "./story/time";

let full: SeedData;

beforeAll(() => {
  full = generateSeedData({ profile: "full" });
});

describe("the full profile", () => {
  it("gives the large seller at least 100,000 orders over at least two years", () => {
    const largeId = full.tables.sellers.find((s) => s.email === demoSeller("large").email)?.id;
    const times = full.tables.orders
      .filter((order) => order.sellerId === largeId)
      .map((order) => order.createdAt.getTime());
    expect(times.length).toBeGreaterThanOrEqual(100_000);
    const first = times.reduce((a, b) => Math.min(a, b));
    const last = times.reduce((a, b) => Math.max(a, b));
    expect((last - first) / dayMs).toBeGreaterThanOrEqual(730);
  });

  it("stays within the realistic ranges of refunds, disputes and failed payouts", () => {
    const figures = measureRealism(full.tables);
    expect(figures.refundRate).toBeGreaterThanOrEqual(0.02);
    expect(figures.refundRate).toBeLessThanOrEqual(0.05);
    expect(figures.disputeRate).toBeGreaterThanOrEqual(0.001);
    expect(figures.disputeRate).toBeLessThanOrEqual(0.005);
    expect(figures.failedPayoutShare).toBeGreaterThanOrEqual(0.005);
    expect(figures.failedPayoutShare).toBeLessThanOrEqual(0.02);
  });

  it("leaves every seller's available balance at or above zero as of seedAsOf", () => {
    const available = new Map<string, number>();
    for (const entry of full.tables.ledgerEntries) {
      if (entry.account !== "seller_payable" || entry.effectiveAt > full.asOf) continue;
      available.set(entry.sellerId, (available.get(entry.sellerId) ?? 0) + entry.amount);
    }
    expect(available.size).toBe(full.tables.sellers.length);
    for (const [sellerId, balance] of available) {
      expect(balance, sellerId).toBeGreaterThanOrEqual(0);
    }
  });

  it("gives the demo sellers the same ids and first bank accounts as the test profile", () => {
    const test = generateSeedData({ profile: "test" }).tables;
    const identities = (tables: SeedTables) =>
      tables.sellers.map((seller) => [
        seller.id,
        tables.bankAccounts.find((account) => account.sellerId === seller.id)?.id ?? null,
      ]);
    expect(identities(full.tables)).toEqual(identities(test));
  });
});
