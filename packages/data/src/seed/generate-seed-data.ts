// The whole seed, generated in memory: every demo seller's story, in a fixed order, into one set
// of tables. Pure and deterministic: no database, no wall clock, no Math.random.
import { z } from "zod";
import { parseInput } from "../errors";
import { demoSellers, type SeedProfile, seedProfiles } from "./demo-sellers";
import { composeSeedPayoutLines } from "./payout-lines";
import { seedAsOf } from "./seed-clock";
import { type SeedTables, SeedTablesWriter } from "./seed-tables";
import { tellSellerStory } from "./story/seller-story";

export interface SeedData {
  profile: SeedProfile;
  /** The instant the story ends: every row is dated at or before it, except scheduled releases. */
  asOf: Date;
  tables: SeedTables;
}

const generateInput = z.object({ profile: z.enum(seedProfiles).default("full") });

export function generateSeedData(options: { profile?: SeedProfile } = {}): SeedData {
  const { profile } = parseInput(generateInput, options);
  const writer = new SeedTablesWriter();
  for (const seller of demoSellers) tellSellerStory(writer, seller, profile);
  writer.tables.payoutLines.push(...composeSeedPayoutLines(writer.tables));
  return { profile, asOf: seedAsOf, tables: writer.tables };
}
