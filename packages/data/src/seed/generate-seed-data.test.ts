import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoSeller } from "./demo-sellers";
import { generateSeedData } from "./generate-seed-data";
import { type SeedTables, SeedTablesWriter } from "./seed-tables";
import { tellSellerStory } from "./story/seller-story";

const fingerprint = (tables: SeedTables) =>
  createHash("sha256").update(JSON.stringify(tables)).digest("hex");

describe("generateSeedData", () => {
  it("generates identical tables on every call", () => {
    const first = generateSeedData({ profile: "test" });
    const second = generateSeedData({ profile: "test" });
    expect(first.tables.ledgerEntries.length).toBeGreaterThan(0);
    expect(fingerprint(second.tables)).toBe(fingerprint(first.tables));
  });

  it("tells each seller's story from its own stream, unaffected by the other sellers", () => {
    const together = generateSeedData({ profile: "test" }).tables;
    const alone = new SeedTablesWriter();
    tellSellerStory(alone, demoSeller("eur"), "test");
    const [eur] = alone.tables.sellers;
    const ordersOf = (tables: SeedTables) =>
      tables.orders.filter((order) => order.sellerId === eur?.id).map((order) => order.id);
    expect(ordersOf(alone.tables).length).toBeGreaterThan(0);
    expect(ordersOf(together)).toEqual(ordersOf(alone.tables));
  });
});
